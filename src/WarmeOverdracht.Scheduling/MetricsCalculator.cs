namespace WarmeOverdracht.Scheduling;

internal static class MetricsCalculator
{
    public static ScheduleMetrics Calculate(SchedulingModel model, Placement placement, CallerPlan plan)
    {
        var placed = model.Blocks.Where(block => placement.IsPlaced(block.Index)).ToArray();

        return new ScheduleMetrics(
            FinishMinutes: placed.Select(block => FinishOf(model, placement, block)).DefaultIfEmpty(0).Max(),
            FinishLowerBoundMinutes: FinishLowerBound(model, placed, plan),
            WaitingMinutes: model.Lines.Sum(line => WaitingOf(model, placement, line)),
            CallMinutes: placed.Sum(block => block.Duration),
            TotalCallers: plan.CallersPerSchool.Sum(),
            TotalCallerLowerBound: model.Schools.Sum(school => school.LowerBound));
    }

    private static int FinishOf(SchedulingModel model, Placement placement, BlockInfo block) =>
        model.Axis.WindowMinutesAtEnd(placement.CallOf(block).End);

    private static int FinishLowerBound(SchedulingModel model, BlockInfo[] placed, CallerPlan plan)
    {
        var lineLoads = placed.GroupBy(block => block.Line).Select(line => line.Sum(block => block.Duration));
        var schoolLoads = placed
            .GroupBy(block => block.School)
            .Select(school => (school.Sum(block => block.Duration), plan.CallersPerSchool[school.Key]));
        return LowerBounds.Finish(lineLoads, schoolLoads);
    }

    // Per day on which the line calls: the span from its first call to its last, minus the time in calls.
    private static int WaitingOf(SchedulingModel model, Placement placement, LineInfo line)
    {
        return line.Blocks
            .Where(placement.IsPlaced)
            .Select(index => placement.CallOf(model.Blocks[index]))
            .GroupBy(call => TimeAxis.DayOf(call.Start))
            .Sum(day => day.Max(call => call.End) - day.Min(call => call.Start) - day.Sum(call => call.Length));
    }
}
