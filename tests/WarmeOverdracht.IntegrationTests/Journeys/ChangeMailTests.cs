using Microsoft.EntityFrameworkCore;
using MimeKit;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Journeys;

/// <summary>A new version mails only the schools whose calls changed, and their calendars follow.</summary>
[Trait("Category", "Integration")]
public sealed class ChangeMailTests
{
    [Fact]
    public async Task A_new_version_mails_only_the_changed_schools_with_updated_and_cancelled_calendar_events()
    {
        await using var smtp = await TestSmtpServer.StartAsync(TestSmtpServer.FreePort());
        using var app = new TestApplication(smtp.Port);
        var steps = await SecretariatSteps.LogInAsync(app);
        await steps.ImportSampleAsync();
        var first = await steps.MakeScheduleAsync();
        await steps.PublishAsync(first.Id);
        var firstCount = await steps.WaitForOutboxDrainedAsync();
        var second = await steps.MakeScheduleAsync();
        var (moved, cancelledSchool, expected) = await ChangeSecondVersionAsync(app, second.Id);

        var page = await steps.PublishAsync(second.Id);
        var total = await steps.WaitForOutboxDrainedAsync();

        Assert.Contains("gepubliceerd", page, StringComparison.Ordinal);
        var mails = await MailsOfScheduleAsync(app, smtp, second.Id);
        Assert.Equal(expected.Order(), mails.Keys.Order());
        Assert.Equal(firstCount + expected.Count, total);
        Assert.Equal(total, smtp.Messages.Count);
        AssertMovedEventUpdated(mails[moved.SecondarySchoolId], moved);
        AssertAllCancelled(mails[cancelledSchool]);
    }

    /// <summary>
    /// Moves the first call of the second version by one hour and drops every call of one other VO
    /// school; returns the moved block, that school and every school that should get a mail.
    /// </summary>
    private static Task<(CallBlock Moved, int CancelledSchool, HashSet<int> Expected)> ChangeSecondVersionAsync(
        TestApplication app, int scheduleId) => app.WithDbAsync(async db =>
    {
        var blocks = await db.CallBlocks.Where(b => b.ScheduleId == scheduleId)
            .OrderBy(b => b.Date).ThenBy(b => b.Start).ThenBy(b => b.Id).ToListAsync();
        var moved = blocks[0];
        var cancelledSchool = blocks.First(b => b.SecondarySchoolId != moved.SecondarySchoolId).SecondarySchoolId;
        var dropped = blocks.Where(b => b.SecondarySchoolId == cancelledSchool).ToList();
        moved.Start = moved.Start.AddHours(1);
        moved.End = moved.End.AddHours(1);
        db.CallBlocks.RemoveRange(dropped);
        await db.SaveChangesAsync();

        var lineSchools = await db.PhoneLines.ToDictionaryAsync(l => l.Id, l => l.SchoolId);
        var expected = dropped.Append(moved)
            .SelectMany(b => new[] { b.SecondarySchoolId, lineSchools[b.PhoneLineId] }).ToHashSet();
        return (moved, cancelledSchool, expected);
    });

    private static async Task<Dictionary<int, MimeMessage>> MailsOfScheduleAsync(
        TestApplication app, TestSmtpServer smtp, int scheduleId)
    {
        var queued = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.ScheduleId == scheduleId)
            .Select(m => new { SchoolId = m.SchoolId!.Value, m.MessageId }).ToListAsync());
        return queued.ToDictionary(q => q.SchoolId, q => Assert.Single(smtp.WithMessageId(q.MessageId)));
    }

    private static void AssertMovedEventUpdated(MimeMessage mail, CallBlock moved)
    {
        Assert.Contains("Verplaatst", mail.TextBody, StringComparison.Ordinal);
        var calendar = Calendar(mail);
        var updated = calendar.Events.Single(e => e.Uid!.Contains(
            $"-{moved.PhoneLineId}-{moved.SecondarySchoolId}-1@", StringComparison.Ordinal));
        Assert.Equal(2, updated.Sequence);
        Assert.Equal(moved.Start.ToTimeSpan(), updated.DtStart!.Value.TimeOfDay);
        Assert.Equal("CONFIRMED", updated.Status);
    }

    private static void AssertAllCancelled(MimeMessage mail)
    {
        Assert.Contains("vervallen", mail.Subject, StringComparison.Ordinal);
        var calendar = Calendar(mail);
        Assert.Equal("CANCEL", calendar.Method);
        Assert.NotEmpty(calendar.Events);
        Assert.All(calendar.Events, e => Assert.Equal("CANCELLED", e.Status));
    }

    private static Ical.Net.Calendar Calendar(MimeMessage mail)
    {
        var part = mail.Attachments.OfType<MimePart>()
            .Single(a => a.FileName?.EndsWith(".ics", StringComparison.Ordinal) == true);
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
    }
}
