using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Mail;
using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.IntegrationTests.Support;

/// <summary>Builds the mails the integration tests queue.</summary>
public static class TestMails
{
    /// <summary>A small outbox message with a key of its own.</summary>
    public static OutboxMessage Simple(string toAddress = "info@regenboog.example") => new()
    {
        DeduplicationKey = "test:" + Guid.NewGuid().ToString("N"),
        MessageId = MailOutbox.NewMessageId(),
        ToAddress = toAddress,
        ToName = "De Regenboog",
        Subject = "Rooster warme overdracht 2026-2027 – De Regenboog",
        HtmlBody = "<p>Rooster</p>",
        TextBody = "Rooster",
    };

    /// <summary>A PO school's schedule whose name makes a non-ASCII attachment name.</summary>
    public static SchoolSchedule PrimarySchedule() => new(
        SchoolId: 3,
        SchoolCode: "12CD00",
        SchoolName: "Basisschool De Eendracht – Één",
        Sector: SchoolSector.Primary,
        SchoolYearName: "2026-2027",
        ScheduleVersion: 1,
        SlotMinutes: 7,
        Calls:
        [
            new ScheduledCall(
                new DateOnly(2027, 5, 18), new TimeOnly(8, 30), new TimeOnly(8, 44), 1,
                "Basisschool De Eendracht – Één", "Anna de Vries", "06-12345678", "Zilverreiger College",
                ["Sem Jansen", "Lotte Bakker"]) { Key = new CallKey(1, 5, 9, 1) },
        ]);
}
