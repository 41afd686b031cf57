namespace WarmeOverdracht.Scheduling;

// Places the blocks of a phone line one at a time, longest first: the first at the earliest free time, each next
// one where it adds the least waiting on a day the line already calls, or else at the earliest free time.
internal sealed class OneByOnePlacer(SchedulingModel model, Occupancy occupancy)
{
    public void Place(LineInfo line, Placement placement)
    {
        var longestFirst = line.Blocks
            .Select(index => model.Blocks[index])
            .OrderByDescending(block => block.Duration)
            .ThenBy(block => block.Id);

        foreach (var block in longestFirst)
        {
            var start = FindStart(block, CallsOf(line, placement));
            if (start < 0)
            {
                placement.Causes[block.Index] = Diagnose(block);
                continue;
            }

            occupancy.AddCall(block.School, new Interval(start, start + block.Duration));
            placement.Starts[block.Index] = start;
        }
    }

    private List<Interval> CallsOf(LineInfo line, Placement placement) =>
        line.Blocks
            .Where(placement.IsPlaced)
            .Select(index => placement.CallOf(model.Blocks[index]))
            .ToList();

    private int FindStart(BlockInfo block, List<Interval> lineCalls)
    {
        var onCallingDay = lineCalls.Count == 0 ? -1 : FindLeastWaitingStart(block, lineCalls);
        if (onCallingDay >= 0)
        {
            return onCallingDay;
        }

        return WindowScanner.FindEarliest(model.Axis.Windows, block.Duration, start => Probe(block, start));
    }

    private int FindLeastWaitingStart(BlockInfo block, List<Interval> lineCalls)
    {
        var best = (Start: -1, AddedWaiting: int.MaxValue);
        foreach (var day in lineCalls.GroupBy(call => TimeAxis.DayOf(call.Start)).OrderBy(group => group.Key))
        {
            var span = new Interval(day.Min(call => call.Start), day.Max(call => call.End));
            var windows = model.Axis.WindowsOn(day.Key);
            var fits = WindowScanner.AllFits(windows, block.Duration, candidate => Probe(block, candidate));
            foreach (var start in fits)
            {
                var addedWaiting = AddedWaiting(span, new Interval(start, start + block.Duration));
                if (addedWaiting < best.AddedWaiting)
                {
                    best = (start, addedWaiting);
                }
            }
        }

        return best.Start;
    }

    private static int AddedWaiting(Interval span, Interval call)
    {
        var widened = Math.Max(span.End, call.End) - Math.Min(span.Start, call.Start);
        return widened - span.Length - call.Length;
    }

    private int Probe(BlockInfo block, int start)
    {
        var call = new Interval(start, start + block.Duration);
        var conflict = Math.Max(occupancy.LastLineConflict(call), occupancy.LastSchoolConflict(block.School, call));
        return conflict < 0 ? start : conflict + 1;
    }

    private FailureCause Diagnose(BlockInfo block)
    {
        if (model.Axis.Windows.Count == 0)
        {
            return FailureCause.NoWindows;
        }

        if (block.Duration > model.Axis.LongestWindowMinutes)
        {
            return FailureCause.LongerThanAnyWindow;
        }

        var windows = model.Axis.Windows;
        var lineFree = WindowScanner.FindEarliest(windows, block.Duration, start => LineProbe(block, start));
        return lineFree < 0 ? FailureCause.LineNotFree : FailureCause.NoFreeCaller;
    }

    private int LineProbe(BlockInfo block, int start)
    {
        var conflict = occupancy.LastLineConflict(new Interval(start, start + block.Duration));
        return conflict < 0 ? start : conflict + 1;
    }
}
