namespace WarmeOverdracht.Scheduling;

/// <summary>Everything the scheduler needs: days with windows, the blocks to place, the limits.</summary>
/// <param name="Days">Handover days, each with its windows.</param>
/// <param name="Blocks">One per (PO phone line, VO school): the pupils they discuss in one call.</param>
/// <param name="SlotMinutes">Minutes per pupil.</param>
/// <param name="MaxCallers">Per VO school id, the most callers it can provide; absent means unlimited.</param>
/// <param name="Unavailable">Times at which a phone line cannot be called.</param>
/// <param name="ChangeoverMinutes">Minutes a caller needs between two calls.</param>
/// <param name="Pinned">Blocks the secretariat placed by hand: they keep their time, whatever else happens, and their
/// caller number when it is given and within the school's maximum.</param>
/// <param name="Preferred">Where blocks stood in the published schedule: kept there when that costs no caller.</param>
public sealed record SchedulingProblem(
    IReadOnlyList<DayWindows> Days,
    IReadOnlyList<BlockRequest> Blocks,
    int SlotMinutes = 7,
    IReadOnlyDictionary<int, int>? MaxCallers = null,
    IReadOnlyList<LineUnavailability>? Unavailable = null,
    int ChangeoverMinutes = 0,
    IReadOnlyList<FixedStart>? Pinned = null,
    IReadOnlyList<FixedStart>? Preferred = null);

/// <summary>A handover day and its windows, in wall-clock time.</summary>
public sealed record DayWindows(DateOnly Date, IReadOnlyList<Window> Windows);

public sealed record Window(TimeOnly Start, TimeOnly End);

/// <summary>A call to place: one phone line, one VO school, <paramref name="PupilCount"/> pupils.</summary>
public sealed record BlockRequest(int Id, int PhoneLineId, int SecondarySchoolId, int PupilCount);

/// <summary>A block's start, wall-clock; for a pinned block the move was checked when it was made.</summary>
/// <param name="CallerNumber">For a pinned block, the 1-based caller it keeps; 0 leaves the caller to the
/// scheduler. Preferred starts ignore it.</param>
public sealed record FixedStart(int BlockId, DateOnly Date, TimeOnly Start, int CallerNumber = 0);

public sealed record LineUnavailability(int PhoneLineId, DateOnly Date, TimeOnly Start, TimeOnly End);
