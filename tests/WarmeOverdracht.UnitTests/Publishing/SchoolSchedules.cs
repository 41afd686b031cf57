using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.UnitTests.Publishing;

/// <summary>Schedules of one VO and one PO school, with names that need encoding and calls out of order.</summary>
internal static class SchoolSchedules
{
    public const string FormulaLikeName = "=HYPERLINK(\"http://example.invalid\",\"klik\")";

    public static readonly DateOnly FirstDay = new(2027, 5, 18);

    public static SchoolSchedule Secondary(int version = 1) => new(
        SchoolId: 7,
        SchoolCode: "20AB00",
        SchoolName: "Zilverreiger College",
        Sector: SchoolSector.Secondary,
        SchoolYearName: "2026-2027",
        ScheduleVersion: version,
        SlotMinutes: 7,
        Calls:
        [
            Call(FirstDay.AddDays(1), "09:00", 1, "De Regenboog", "Anna de Vries", "06-12345678", "Noor Bakker"),
            Call(FirstDay, "08:30", 2, "OBS 't Startpunt", "Jan Smit", "06-87654321", FormulaLikeName),
            Call(FirstDay, "08:30", 1, "De Regenboog", "Anna de Vries", "06-12345678",
                "Sem <Jansen>", "Lotte D'Amico & Zn"),
        ]);

    public static SchoolSchedule Primary(int version = 1) => new(
        SchoolId: 3,
        SchoolCode: "12CD00",
        SchoolName: "De Regenboog",
        Sector: SchoolSector.Primary,
        SchoolYearName: "2026-2027",
        ScheduleVersion: version,
        SlotMinutes: 7,
        Calls:
        [
            Call(FirstDay.AddDays(1), "09:00", 1, "De Regenboog", "Anna de Vries", "06-12345678", "Noor Bakker"),
            Call(FirstDay, "08:30", 1, "De Regenboog", "Anna de Vries", "06-12345678",
                "Sem <Jansen>", "Lotte D'Amico & Zn"),
        ]);

    private static ScheduledCall Call(
        DateOnly date, string start, int caller, string primarySchool, string contact, string mobile,
        params string[] pupils)
    {
        var begin = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        return new ScheduledCall(
            date, begin, begin.AddMinutes(7 * pupils.Length), caller, primarySchool, contact, mobile,
            "Zilverreiger College", pupils);
    }
}
