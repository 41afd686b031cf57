namespace WarmeOverdracht.Domain.Schedules;

/// <summary>
/// One call: one PO phone line and one VO school discuss their pupils consecutively, 7 minutes
/// each, with one VO caller.
/// </summary>
public class CallBlock
{
    public int Id { get; set; }

    public int ScheduleId { get; set; }

    public int PhoneLineId { get; set; }

    public int SecondarySchoolId { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    /// <summary>1-based caller number within the VO school.</summary>
    public int CallerNumber { get; set; }

    /// <summary>What the VO caller recorded after the call; null while it has not taken place.</summary>
    public CallOutcome? Outcome { get; set; }

    public DateTimeOffset? OutcomeAt { get; set; }

    /// <summary>Placed by hand: re-planning keeps its date and time.</summary>
    public bool Pinned { get; set; }

    public List<CallBlockPupil> Pupils { get; } = [];
}

public enum CallOutcome
{
    Done = 1,
    NotReached = 2,
}

/// <summary>A pupil discussed in a call, in the order of discussion.</summary>
public class CallBlockPupil
{
    public int CallBlockId { get; set; }

    public int PupilId { get; set; }

    public int Position { get; set; }
}
