namespace WarmeOverdracht.Domain.SchoolYears;

/// <summary>A date on which calls are made, with one or more time windows.</summary>
public class HandoverDay
{
    public int Id { get; set; }

    public int SchoolYearId { get; set; }

    public DateOnly Date { get; set; }

    public List<TimeWindow> Windows { get; } = [];
}
