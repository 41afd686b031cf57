namespace WarmeOverdracht.Scheduling;

// One deterministic pass over all phone lines, busiest line first, with a fixed number of callers per school.
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

        foreach (var line in lineOrder)
        {
            cancellationToken.ThrowIfCancellationRequested();
            occupancy.BeginLine(line.Unavailable);
            if (!backToBack.TryPlace(line, placement))
            {
                oneByOne.Place(line, placement);
            }
        }

        return placement;
    }
}
