namespace WarmeOverdracht.Scheduling;

// Places the blocks of a phone line one at a time, longest first: the first at the earliest free time, each next
// one where it adds the least waiting on a day the line already calls, or else at the earliest free time. Parts of
// one split call (blocks of the same line and school) stay on the day of the part placed first.
internal sealed class OneByOnePlacer(SchedulingModel model, Occupancy occupancy)
{
    public void Place(LineInfo line, Placement placement)
    {
        var longestFirst = line.Blocks
            .Where(index => !placement.IsPlaced(index))
            .Select(index => model.Blocks[index])
            .OrderByDescending(block => block.Duration)
            .ThenBy(block => block.Id);

        foreach (var block in longestFirst)
        {
            var partDay = DayOfPlacedPart(line, block, placement);
            var start = partDay is { } day
                ? FindLeastWaitingStart(block, CallsOf(line, placement), day)
                : FindStart(block, CallsOf(line, placement));
            if (start < 0)
            {
                placement.Causes[block.Index] = partDay is null ? Diagnose(block) : FailureCause.PartsApart;
                continue;
            }

            occupancy.AddCall(block.School, new Interval(start, start + block.Duration));
            placement.Starts[block.Index] = start;
        }
    }

    private int? DayOfPlacedPart(LineInfo line, BlockInfo block, Placement placement)
    {
        var part = line.Blocks.FirstOrDefault(
            index => index != block.Index && model.Blocks[index].School == block.School && placement.IsPlaced(index),
            -1);
        return part < 0 ? null : TimeAxis.DayOf(placement.Starts[part]);
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

    private int FindLeastWaitingStart(BlockInfo block, List<Interval> lineCalls, int? onlyDay = null)
    {
        var best = (Start: -1, AddedWaiting: int.MaxValue);
        var days = lineCalls.GroupBy(call => TimeAxis.DayOf(call.Start))
            .Where(group => onlyDay is null || group.Key == onlyDay)
            .OrderBy(group => group.Key);
        foreach (var day in days)
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
