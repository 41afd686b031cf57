using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Domain.SchoolYears;
using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.Web.Features.Schedules;

public sealed record SchedulesIndexModel(
    string SchoolYearName, int SlotMinutes, int PupilsWithRequest, IReadOnlyList<Schedule> Schedules);

public sealed record ScheduleDetailsModel(
    Schedule Schedule,
    int ProgressPercent,
    IReadOnlyList<SecondarySchoolSummary> SecondarySchools,
    IReadOnlyList<PrimarySchoolSummary> PrimarySchools,
    IReadOnlyList<(ExclusionReason Reason, int Count)> Exclusions,
    string? Finish,
    string? FinishLowerBound)
{
    /// <summary>What changed against the published version, when this is a later version; else null.</summary>
    public PublishedChanges? Changes { get; init; }

    /// <summary>Every PO phone line's span against its bound.</summary>
    public LineSpanSummary Lines { get; init; } = new([]);

    public int TotalCallers => SecondarySchools.Sum(s => s.Callers);

    public int TotalCallerLowerBound => SecondarySchools.Sum(s => s.CallerLowerBound);

    public int CallMinutes => SecondarySchools.Sum(s => s.LoadMinutes);
}

public sealed record SecondarySchoolSummary(
    int SchoolId, string Name, int Calls, int Pupils, int Callers, int CallerLowerBound, int LoadMinutes);

public sealed record PrimarySchoolSummary(int SchoolId, string Name, int Calls, int Pupils);

public sealed record PublishModel(Schedule Schedule, int SchoolsWithCalls, IReadOnlyList<string> SchoolsWithoutEmail);

public sealed record SchoolScheduleModel(Schedule Schedule, SchoolSchedule School)
{
    /// <summary>The school's PO phone lines, their span against its bound; empty for a VO school.</summary>
    public LineSpanSummary Lines => LineSpanSummary.Measure(School.Sector == SchoolSector.Primary
        ? School.Calls.Select(call => new LineCall(call.Key?.PhoneLineId ?? 0, call.PrimarySchoolName,
            call.ContactName, call.Date, call.Start, call.End))
        : []);
}

public sealed record PrintModel(Schedule Schedule, IReadOnlyList<SchoolSchedule> Schools);

public sealed record ExcludedPupil(
    string ElkNumber, string Name, string PrimarySchool, string? SecondarySchool, string Reason);

public sealed record ExcludedModel(Schedule Schedule, IReadOnlyList<ExcludedPupil> Pupils);

/// <summary>Turns "minutes of window time since the first window" into a day and a wall-clock time.</summary>
internal static class WindowClock
{
    public static string? Describe(SchoolYear year, int? windowMinutes)
    {
        if (windowMinutes is null)
        {
            return null;
        }

        var left = windowMinutes.Value;
        foreach (var day in year.Days.OrderBy(d => d.Date))
        {
            foreach (var window in day.Windows.OrderBy(w => w.Start))
            {
                if (left <= window.Minutes)
                {
                    return $"{day.Date:ddd d MMM} {window.Start.AddMinutes(left):HH:mm}";
                }

                left -= window.Minutes;
            }
        }

        return null;
    }
}
