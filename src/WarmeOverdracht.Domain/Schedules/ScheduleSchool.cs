namespace WarmeOverdracht.Domain.Schedules;

/// <summary>A VO school's caller count in a schedule beside its lower bound.</summary>
public class ScheduleSchool
{
    public int ScheduleId { get; set; }

    public int SchoolId { get; set; }

    public int Callers { get; set; }

    public int CallerLowerBound { get; set; }

    /// <summary>Call minutes the school makes in this schedule.</summary>
    public int LoadMinutes { get; set; }
}
