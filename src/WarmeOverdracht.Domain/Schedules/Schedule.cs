namespace WarmeOverdracht.Domain.Schedules;

/// <summary>A versioned set of call blocks for a school year: Planning → Draft → Published.</summary>
public class Schedule
{
    public int Id { get; set; }

    public int SchoolYearId { get; set; }

    /// <summary>1, 2, 3… within the school year.</summary>
    public int Version { get; set; }

    public ScheduleStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? PlannedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Why planning failed, in Dutch, when <see cref="Status"/> is Failed.</summary>
    public string? FailureMessage { get; set; }

    /// <summary>How long the scheduler took, in milliseconds.</summary>
    public long? PlanningMilliseconds { get; set; }

    /// <summary>Minutes from the first window's start to the last call's end, counted in window time.</summary>
    public int? FinishMinutes { get; set; }

    public int? FinishLowerBoundMinutes { get; set; }

    /// <summary>Minutes PO phone lines wait between their first and last call, summed.</summary>
    public int? WaitingMinutes { get; set; }

    public List<CallBlock> Blocks { get; } = [];

    public List<ScheduleSchool> Schools { get; } = [];

    public List<ScheduleExclusion> Exclusions { get; } = [];
}

public enum ScheduleStatus
{
    Planning = 1,
    Draft = 2,
    Published = 3,
    Failed = 4,
}
