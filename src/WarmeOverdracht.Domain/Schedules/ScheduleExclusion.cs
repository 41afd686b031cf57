using WarmeOverdracht.Domain.Pupils;

namespace WarmeOverdracht.Domain.Schedules;

/// <summary>A pupil with a handover request that the schedule leaves out, with the reason.</summary>
public class ScheduleExclusion
{
    public int ScheduleId { get; set; }

    public int PupilId { get; set; }

    public ExclusionReason Reason { get; set; }

    /// <summary>The scheduler's explanation in Dutch, for a pupil whose call could not be placed.</summary>
    public string? Detail { get; set; }
}
