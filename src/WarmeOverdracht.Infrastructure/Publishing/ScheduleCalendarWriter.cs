using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.Publishing;

/// <summary>
/// Writes one school's calls as an iCalendar file (RFC 5545) with one event per call, in Europe/Amsterdam
/// time with its VTIMEZONE. Every call keeps its UID across versions and the SEQUENCE is the schedule
/// version, so a calendar that imported an earlier version updates its events instead of adding copies.
/// Calls that were cancelled go along with STATUS:CANCELLED; when none of the school's calls remain, the
/// file is a METHOD:CANCEL for all of them.
/// </summary>
public sealed class ScheduleCalendarWriter(TimeProvider clock)
{
    /// <summary>The MIME type of the files this writer produces.</summary>
    public const string ContentType = "text/calendar; charset=utf-8";

    private const string TimeZoneId = "Europe/Amsterdam";
    private const string ProductId = "-//KP Amstelland//Warme Overdracht//NL";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Writes the calendar and returns the UTF-8 bytes of the .ics file.</summary>
    public byte[] Write(SchoolSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);

        var cancelled = schedule.CancelledCalls.Where(c => c.Key is not null).ToList();
        var current = schedule.Calls.Where(c => c.Key is not null).ToList();
        var calendar = new Ical.Net.Calendar
        {
            ProductId = ProductId,
            Method = current.Count == 0 && cancelled.Count > 0 ? "CANCEL" : "PUBLISH",
        };
        var earliest = current.Concat(cancelled).Select(c => c.Date).DefaultIfEmpty(DateOnly.FromDateTime(
            clock.GetUtcNow().UtcDateTime)).Min();
        calendar.AddTimeZone(TimeZoneId, earliest.ToDateTime(TimeOnly.MinValue), includeHistoricalData: false);

        foreach (var call in current)
        {
            calendar.Events.Add(EventFor(schedule, call, cancelled: false));
        }

        foreach (var call in cancelled)
        {
            calendar.Events.Add(EventFor(schedule, call, cancelled: true));
        }

        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }

    /// <summary>The attachment name for the calendar file.</summary>
    public static string FileNameFor(SchoolSchedule schedule) =>
        Path.ChangeExtension(ScheduleWorkbookWriter.FileNameFor(schedule), ".ics");

    private CalendarEvent EventFor(SchoolSchedule schedule, ScheduledCall call, bool cancelled) => new()
    {
        Uid = call.Key!.Uid,
        Sequence = schedule.ScheduleVersion,
        DtStamp = new CalDateTime(clock.GetUtcNow().UtcDateTime, true),
        DtStart = new CalDateTime(call.Date, call.Start, TimeZoneId),
        DtEnd = new CalDateTime(call.Date, call.End, TimeZoneId),
        Summary = SummaryFor(schedule.Sector, call),
        Description = DescriptionFor(schedule.Sector, call),
        Location = call.MobileNumber,
        Status = cancelled ? "CANCELLED" : "CONFIRMED",
        Transparency = "OPAQUE",
    };

    private static string SummaryFor(SchoolSector sector, ScheduledCall call) =>
        sector == SchoolSector.Secondary
            ? string.Create(
                Dutch,
                $"Warme overdracht: bel {call.PrimarySchoolName} op {call.MobileNumber} (beller {call.CallerNumber})")
            : $"Warme overdracht: {call.SecondarySchoolName} belt u op {call.MobileNumber}";

    private static string DescriptionFor(SchoolSector sector, ScheduledCall call)
    {
        var number = sector == SchoolSector.Secondary
            ? $"Te bellen nummer: {call.MobileNumber} ({call.ContactName}, {call.PrimarySchoolName})"
            : $"Bereikbaar op: {call.MobileNumber} ({call.ContactName})";
        return string.Join(
            "\n",
            number,
            $"VO-school: {call.SecondarySchoolName}",
            string.Create(Dutch, $"Beller: {call.CallerNumber}"),
            "Leerlingen:",
            string.Join("\n", call.PupilNames.Select(name => "- " + name)));
    }
}
