namespace WarmeOverdracht.Scheduling;

// The objectives in their order of importance; a lower score is a better schedule.
internal readonly record struct ScheduleScore(
    int UnplacedBlocks, int UnplacedMinutes, int TotalCallers, int MovedFromPublished, int WaitingMinutes,
    int FinishMinutes)
    : IComparable<ScheduleScore>
{
    public static ScheduleScore Of(SchedulingModel model, Placement placement, ScheduleMetrics metrics)
    {
        var unplaced = model.Blocks.Where(block => !placement.IsPlaced(block.Index)).ToArray();
        return new ScheduleScore(
            unplaced.Length,
            unplaced.Sum(block => block.Duration),
            metrics.TotalCallers,
            model.Blocks.Count(block => model.PreferredStarts[block.Index] >= 0
                && placement.Starts[block.Index] != model.PreferredStarts[block.Index]),
            metrics.WaitingMinutes,
            metrics.FinishMinutes);
    }

    public int CompareTo(ScheduleScore other) => Ordered().CompareTo(other.Ordered());

    public static bool operator <(ScheduleScore left, ScheduleScore right) => left.CompareTo(right) < 0;

    public static bool operator >(ScheduleScore left, ScheduleScore right) => left.CompareTo(right) > 0;

    public static bool operator <=(ScheduleScore left, ScheduleScore right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ScheduleScore left, ScheduleScore right) => left.CompareTo(right) >= 0;

    private (int, int, int, int, int, int) Ordered() =>
        (UnplacedBlocks, UnplacedMinutes, TotalCallers, MovedFromPublished, WaitingMinutes, FinishMinutes);
}
