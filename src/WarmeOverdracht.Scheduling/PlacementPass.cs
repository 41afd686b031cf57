namespace WarmeOverdracht.Scheduling;

// One deterministic pass over all phone lines, busiest line first, with a fixed number of callers per school.
// Pinned blocks are placed first, as they are; then per line the blocks keep their published start where it is
// still free, and the rest go back to back or one by one.
internal sealed class PlacementPass
{
    private readonly SchedulingModel model;
    private readonly Occupancy occupancy;
    private readonly BackToBackPlacer backToBack;
    private readonly OneByOnePlacer oneByOne;
    private readonly LineInfo[] lineOrder;

    public PlacementPass(SchedulingModel model)
    {
        this.model = model;
        occupancy = new Occupancy(model.Schools.Count, model.Axis.GridMinutes, model.ChangeoverMinutes);
        backToBack = new BackToBackPlacer(model, occupancy);
        oneByOne = new OneByOnePlacer(model, occupancy);
        lineOrder = model.Lines.OrderByDescending(line => line.Load).ThenBy(line => line.Id).ToArray();
    }

    public Placement Run(int[] callersPerSchool, CancellationToken cancellationToken)
    {
        occupancy.Reset(callersPerSchool);
        var placement = new Placement(model.Blocks.Count);
        foreach (var block in model.Blocks.Where(block => !model.Axis.CanHold(block)))
        {
            placement.Causes[block.Index] = model.Axis.Windows.Count == 0
                ? FailureCause.NoWindows
                : FailureCause.LongerThanAnyWindow;
        }

        foreach (var block in model.Blocks.Where(block => model.IsPinned(block.Index)))
        {
            placement.Starts[block.Index] = model.PinnedStarts[block.Index];
            occupancy.AddSchoolCall(block.School, placement.CallOf(block));
        }

        foreach (var line in lineOrder)
        {
            cancellationToken.ThrowIfCancellationRequested();
            occupancy.BeginLine(line.Unavailable);
            var placedBefore = PlaceFixed(line, placement);
            if (placedBefore || !backToBack.TryPlace(line, placement))
            {
                oneByOne.Place(line, placement);
            }
        }

        return placement;
    }

    // Takes the line's pinned calls and keeps published starts that are still free; true when any block is placed.
    private bool PlaceFixed(LineInfo line, Placement placement)
    {
        var blocks = line.Blocks.Select(index => model.Blocks[index]).ToArray();
        var any = false;
        foreach (var block in blocks.Where(block => model.IsPinned(block.Index)))
        {
            occupancy.TakeLine(placement.CallOf(block));
            any = true;
        }

        foreach (var block in blocks.Where(block => !model.IsPinned(block.Index)))
        {
            var preferred = model.PreferredStarts[block.Index];
            var call = new Interval(preferred, preferred + block.Duration);
            if (preferred >= 0 && occupancy.Fits(block.School, call))
            {
                occupancy.AddCall(block.School, call);
                placement.Starts[block.Index] = preferred;
                any = true;
            }
        }

        return any;
    }
}
