namespace WarmeOverdracht.Scheduling;

/// <summary>A schedule with its quality figures and the lower bounds they are measured against.</summary>
public sealed record ScheduleResult(
    IReadOnlyList<PlacedBlock> Placed,
    IReadOnlyList<UnplacedBlock> Unplaced,
    IReadOnlyList<SchoolCallers> Schools,
    ScheduleMetrics Metrics);

/// <summary>A block at its time, with the 1-based caller of its VO school who makes the call.</summary>
public sealed record PlacedBlock(int BlockId, DateOnly Date, TimeOnly Start, TimeOnly End, int CallerNumber);

/// <summary>A block that could not be placed, with the reason in Dutch.</summary>
public sealed record UnplacedBlock(int BlockId, string Reason);

/// <summary>A VO school's callers beside the lower bound ⌈load / window time⌉.</summary>
public sealed record SchoolCallers(int SecondarySchoolId, int Callers, int LowerBound, int LoadMinutes);

/// <param name="FinishMinutes">Window minutes from the first window's start to the end of the last call.</param>
/// <param name="FinishLowerBoundMinutes">max(largest line load, max over schools of load / callers).</param>
/// <param name="WaitingMinutes">
/// Per phone line and day, the wall-clock time between its first call's start and its last call's end not
/// spent calling (a break in between counts); summed.
/// </param>
/// <param name="CallMinutes">Sum of all placed call durations.</param>
/// <param name="TotalCallers">Sum of callers over VO schools.</param>
/// <param name="TotalCallerLowerBound">Sum of the per-school lower bounds.</param>
public sealed record ScheduleMetrics(
    int FinishMinutes,
    int FinishLowerBoundMinutes,
    int WaitingMinutes,
    int CallMinutes,
    int TotalCallers,
    int TotalCallerLowerBound);
