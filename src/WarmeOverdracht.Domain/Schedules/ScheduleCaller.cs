namespace WarmeOverdracht.Domain.Schedules;

/// <summary>The VO staff member a school named for one of its callers in a schedule.</summary>
public class ScheduleCaller
{
    public int Id { get; set; }

    public int ScheduleId { get; set; }

    public int SchoolId { get; set; }

    /// <summary>1-based, as in <see cref="CallBlock.CallerNumber"/>.</summary>
    public int CallerNumber { get; set; }

    public required string Name { get; set; }
}
