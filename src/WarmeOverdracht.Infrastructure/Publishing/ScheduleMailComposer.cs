using System.Globalization;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.Publishing;

/// <summary>
/// Composes the Dutch mail that brings a school its part of a published schedule: for a VO school
/// the calls per caller with the numbers to dial, for a PO school the calls with the number on
/// which its contact must be reachable. The schedule goes along as an .xlsx workbook and an .ics
/// calendar. A mail for a new version lists what changed first.
/// </summary>
public sealed class ScheduleMailComposer(
    ScheduleWorkbookWriter workbookWriter, ScheduleCalendarWriter calendarWriter)
{
    private const string Sender = "KP Amstelland";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly string[] SecondaryHeaders =
        ["Datum", "Tijd", "PO-school", "Contactpersoon", "Te bellen nummer", "Leerlingen"];

    private static readonly string[] PrimaryHeaders =
        ["Datum", "Tijd", "VO-school", "Leerlingen", "Contactpersoon", "Bereikbaar op"];

    /// <summary>Composes the mail for one school.</summary>
    public ComposedMail Compose(SchoolSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);

        var attachments = AttachmentsFor(schedule);
        var subject = SubjectFor(schedule);
        var body = new MailBodyBuilder(subject);

        WriteIntroduction(body, schedule);
        ScheduleChangeSection.Write(body, schedule);
        if (schedule.Calls.Count == 0 && schedule.Changes.Count > 0)
        {
            body.Paragraph("Uw school heeft in het nieuwe rooster geen gesprekken meer.");
        }
        else if (schedule.Sector == SchoolSector.Secondary)
        {
            WriteSecondaryCalls(body, schedule);
        }
        else
        {
            WritePrimaryCalls(body, schedule);
        }

        WriteClosing(body, schedule, attachments[0].FileName, attachments[1].FileName);
        var (html, text) = body.Build();
        return new ComposedMail(subject, html, text, attachments);
    }

    /// <summary>
    /// Composes the reminder for one handover day, sent the day before: for a PO school each contact
    /// person with the times and the number to be reachable on, for a VO school each caller's list.
    /// </summary>
    public ComposedMail ComposeReminder(SchoolSchedule schedule, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(schedule);

        var ofDay = schedule with { Calls = schedule.Calls.Where(c => c.Date == day).ToList(), Changes = [] };
        var subject = $"Herinnering: morgen warme overdracht ({DateText(day)}) – {schedule.SchoolName}";
        var body = new MailBodyBuilder(subject);

        body.Paragraph($"Beste collega's van {schedule.SchoolName},");
        body.Paragraph(
            $"Morgen, {DateText(day)}, zijn de telefoongesprekken van de warme overdracht. "
            + "Hieronder staan de gesprekken van uw school op die dag.");
        if (schedule.Sector == SchoolSector.Secondary)
        {
            WriteSecondaryCalls(body, ofDay);
        }
        else
        {
            WritePrimaryLines(body, ofDay);
        }

        body.Paragraph(
            "Kan een gesprek niet doorgaan? Beantwoord dan deze mail, dan zoeken we samen een oplossing.");
        body.Paragraph($"Met vriendelijke groet,\n{Sender}");
        var (html, text) = body.Build();
        return new ComposedMail(subject, html, text, AttachmentsFor(ofDay));
    }

    private static void WritePrimaryLines(MailBodyBuilder body, SchoolSchedule schedule)
    {
        body.Important(
            "Zorg dat elke contactpersoon op de genoemde tijden bereikbaar is op het genoemde nummer: "
            + "de VO-school belt u op dat nummer.");
        var lines = ScheduleWorkbookWriter.SortedCalls(schedule).GroupBy(c => (c.ContactName, c.MobileNumber));
        foreach (var line in lines)
        {
            body.Heading($"{line.Key.ContactName} – bereikbaar op {line.Key.MobileNumber}");
            body.Table(PrimaryHeaders, line.Select(PrimaryRow));
        }
    }

    private List<ComposedAttachment> AttachmentsFor(SchoolSchedule schedule) =>
    [
        new(ScheduleWorkbookWriter.FileNameFor(schedule), ScheduleWorkbookWriter.ContentType,
            workbookWriter.Write(schedule)),
        new(ScheduleCalendarWriter.FileNameFor(schedule), ScheduleCalendarWriter.ContentType,
            calendarWriter.Write(schedule)),
    ];

    private static string SubjectFor(SchoolSchedule schedule) =>
        schedule.Calls.Count == 0 && schedule.Changes.Count > 0
            ? $"Gesprekken warme overdracht {schedule.SchoolYearName} vervallen – {schedule.SchoolName}"
            : schedule.ReplacesEarlier
            ? string.Create(
                Dutch,
                $"Gewijzigd rooster warme overdracht {schedule.SchoolYearName} (versie {schedule.ScheduleVersion})"
                + $" – {schedule.SchoolName}")
            : $"Rooster warme overdracht {schedule.SchoolYearName} – {schedule.SchoolName}";

    private static void WriteIntroduction(MailBodyBuilder body, SchoolSchedule schedule)
    {
        body.Paragraph($"Beste collega's van {schedule.SchoolName},");
        body.Paragraph(
            $"Hierbij ontvangt u het rooster voor de warme overdracht van schooljaar {schedule.SchoolYearName}. "
            + "In deze telefoongesprekken bespreken de basisschool en de middelbare school de leerlingen "
            + "die bij de overstap extra aandacht nodig hebben.");
        if (schedule.ReplacesEarlier)
        {
            body.Important(string.Create(
                Dutch,
                $"Dit is versie {schedule.ScheduleVersion} van het rooster. Het vervangt het rooster dat u "
                + $"eerder van ons kreeg: gebruik vanaf nu alleen dit rooster."));
        }
    }

    private static void WriteSecondaryCalls(MailBodyBuilder body, SchoolSchedule schedule)
    {
        var callers = ScheduleWorkbookWriter.SortedCalls(schedule).GroupBy(c => c.CallerNumber)
            .OrderBy(g => g.Key).ToList();
        if (callers.Count == 0)
        {
            body.Paragraph("In dit rooster staan voor uw school geen gesprekken.");
            return;
        }

        body.Important(CallerCountSentence(callers.Count));
        body.Paragraph(string.Create(
            Dutch,
            $"De beller belt de basisschool zelf, op de genoemde tijd en het genoemde nummer. "
            + $"Per leerling is {schedule.SlotMinutes} minuten gerekend."));
        foreach (var caller in callers)
        {
            body.Heading(string.Create(Dutch, $"Beller {caller.Key}"));
            body.Paragraph(CountSentence(caller.ToList()));
            body.Table(SecondaryHeaders, caller.Select(SecondaryRow));
        }
    }

    private static void WritePrimaryCalls(MailBodyBuilder body, SchoolSchedule schedule)
    {
        var calls = ScheduleWorkbookWriter.SortedCalls(schedule).ToList();
        if (calls.Count == 0)
        {
            body.Paragraph("In dit rooster staan voor uw school geen gesprekken.");
            return;
        }

        body.Paragraph(
            "Op de tijden hieronder belt een collega van de middelbare school (VO-school) uw contactpersoon "
            + "over de leerlingen die u heeft aangemeld. " + CountSentence(calls));
        body.Important(
            "Zorg dat de contactpersoon op de genoemde tijd bereikbaar is op het genoemde nummer. "
            + "De VO-school belt u op dat nummer; neemt niemand op, dan kan het gesprek niet doorgaan.");
        body.Table(PrimaryHeaders, calls.Select(PrimaryRow));
        body.Paragraph(string.Create(
            Dutch,
            $"Per leerling is {schedule.SlotMinutes} minuten gerekend. Klopt een nummer of contactpersoon niet, "
            + $"laat het ons dan zo snel mogelijk weten."));
    }

    private static void WriteClosing(
        MailBodyBuilder body, SchoolSchedule schedule, string workbookFileName, string calendarFileName)
    {
        body.Paragraph(
            $"In de bijlage vindt u hetzelfde rooster als Excel-bestand ({workbookFileName}), "
            + "handig om te printen of te verdelen, en als agendabestand ({calendarFileName}): open het om "
            + "de gesprekken in uw agenda te zetten. Een nieuwe versie werkt dezelfde afspraken bij.");
        body.Paragraph(
            "Heeft u een vraag, of kan een gesprek niet doorgaan? Beantwoord dan deze mail, "
            + "dan zoeken we samen een oplossing.");
        body.Paragraph($"Met vriendelijke groet,\n{Sender}");
        body.Paragraph(string.Create(
            Dutch,
            $"{schedule.SchoolName} ({schedule.SchoolCode}) · rooster versie {schedule.ScheduleVersion}"));
    }

    private static string CallerCountSentence(int callerCount) =>
        callerCount == 1
            ? "Uw school zorgt voor 1 beller: een collega die op de overdrachtsdagen de basisscholen belt. "
                + "Geef het deel \"Beller 1\" hieronder aan deze collega."
            : string.Create(
                Dutch,
                $"Uw school zorgt voor {callerCount} bellers: {callerCount} collega's die op de overdrachtsdagen "
                + $"tegelijk bellen, ieder met een eigen telefoon. Wijs voor elke beller hieronder één collega "
                + $"aan en geef hem of haar dat deel van het rooster.");

    private static string CountSentence(List<ScheduledCall> calls)
    {
        var pupils = calls.Sum(c => c.PupilNames.Count);
        var callWord = calls.Count == 1 ? "gesprek" : "gesprekken";
        var pupilWord = pupils == 1 ? "leerling" : "leerlingen";
        return string.Create(Dutch, $"In totaal {calls.Count} {callWord} over {pupils} {pupilWord}.");
    }

    private static IReadOnlyList<string> SecondaryRow(ScheduledCall call) =>
        [DateText(call.Date), TimeText(call), call.PrimarySchoolName, call.ContactName, call.MobileNumber,
            PupilsText(call)];

    private static IReadOnlyList<string> PrimaryRow(ScheduledCall call) =>
        [DateText(call.Date), TimeText(call), call.SecondarySchoolName, PupilsText(call), call.ContactName,
            call.MobileNumber];

    internal static string DateText(DateOnly date) => date.ToString("dddd d MMMM yyyy", Dutch);

    internal static string TimeText(ScheduledCall call) =>
        call.Start.ToString("HH:mm", Dutch) + "–" + call.End.ToString("HH:mm", Dutch);

    internal static string PupilsText(ScheduledCall call) => string.Join("\n", call.PupilNames);
}
