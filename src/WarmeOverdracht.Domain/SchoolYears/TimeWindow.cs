namespace WarmeOverdracht.Domain.SchoolYears;

/// <summary>A stretch of a handover day in which calls can be made; breaks lie between windows.</summary>
public class TimeWindow
{
    public int Id { get; set; }

    public int HandoverDayId { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public int Minutes => (int)(End - Start).TotalMinutes;
}
