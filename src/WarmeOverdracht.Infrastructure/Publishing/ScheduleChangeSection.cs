using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.Publishing;

/// <summary>The "what changed" part of a mail for a new version: one row per added, moved or cancelled call.</summary>
internal static class ScheduleChangeSection
{
    private static readonly string[] Headers = ["Wijziging", "Was", "Wordt", "Gesprek met", "Leerlingen"];

    public static void Write(MailBodyBuilder body, SchoolSchedule schedule)
    {
        if (schedule.Changes.Count == 0)
        {
            return;
        }

        body.Heading("Wat is er veranderd");
        body.Paragraph(
            "Deze gesprekken zijn gewijzigd sinds het vorige rooster dat u van ons kreeg. "
            + "Gesprekken die hier niet staan, blijven zoals ze waren.");
        body.Table(Headers, schedule.Changes.Select(change => Row(schedule.Sector, change)));
    }

    private static IReadOnlyList<string> Row(SchoolSector sector, ScheduledCallChange change)
    {
        var call = (change.After ?? change.Before)!;
        var other = sector == SchoolSector.Secondary
            ? $"{call.PrimarySchoolName} ({call.ContactName}, {call.MobileNumber})"
            : $"{call.SecondarySchoolName} (bereikbaar op {call.MobileNumber})";
        return [KindText(change.Kind), When(change.Before), When(change.After), other,
            ScheduleMailComposer.PupilsText(call)];
    }

    private static string When(ScheduledCall? call) => call is null
        ? "–"
        : ScheduleMailComposer.DateText(call.Date) + " " + ScheduleMailComposer.TimeText(call)
          + $" (beller {call.CallerNumber})";

    private static string KindText(CallChangeKind kind) => kind switch
    {
        CallChangeKind.Added => "Nieuw gesprek",
        CallChangeKind.Moved => "Verplaatst",
        CallChangeKind.PupilsChanged => "Andere leerlingen",
        _ => "Vervalt",
    };
}
