using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.UnitTests.Publishing;

/// <summary>Schedules of one VO and one PO school, with names that test escaping.</summary>
public static class SchoolScheduleExamples
{
    private static readonly DateOnly Day = new(2027, 5, 18);

    public static SchoolSchedule Secondary() => new(
        2, "22BB00", "Amstelland College", SchoolSector.Secondary, "2026-2027", 1, 7,
        [
            Call(new TimeOnly(8, 30), caller: 2, ["Zoë van 't Hof", "=HYPERLINK(\"http://x\")"]),
            Call(new TimeOnly(8, 44), caller: 1, ["Daniël <b>de</b> Vries & co"]),
            Call(new TimeOnly(9, 0), caller: 1, ["Ayşe Çelik"]),
        ]);

    public static SchoolSchedule Primary() => new(
        1, "11AA00", "Basisschool De Regenboog", SchoolSector.Primary, "2026-2027", 1, 7,
        [Call(new TimeOnly(8, 30), caller: 1, ["Zoë van 't Hof", "Noël Bakker"])]);

    private static ScheduledCall Call(TimeOnly start, int caller, string[] names) => new(
        Day, start, start.AddMinutes(7 * names.Length), caller, "Basisschool De Regenboog", "Marieke de Boer",
        "06-12345678", "Amstelland College", names);
}
