using System.Globalization;

namespace WarmeOverdracht.Scheduling;

/// <summary>
/// Places blocks phone line by phone line, busiest line first. A line's blocks go back to back at
/// the earliest time where each block's VO school has a free caller; when no such run exists they go
/// one by one at the earliest free time. A school gets an extra caller only when a block fits
/// nowhere with the callers it has.
/// </summary>
internal sealed class BlockPlacement
{
    private readonly SchedulingProblem problem;
    private readonly TimeAxis axis;
    private readonly Dictionary<int, Lane> lines = [];
    private readonly Dictionary<int, List<Lane>> callers = [];

    public BlockPlacement(SchedulingProblem problem, TimeAxis axis, IReadOnlyDictionary<int, int> initialCallers)
    {
        this.problem = problem;
        this.axis = axis;
        foreach (var (school, count) in initialCallers)
        {
            callers[school] = Enumerable.Range(0, count).Select(_ => new Lane()).ToList();
        }

        foreach (var unavailable in problem.Unavailable ?? [])
        {
            var start = axis.ToAxis(unavailable.Date, unavailable.Start);
            if (start >= 0)
            {
                LineLane(unavailable.PhoneLineId).Add(start, axis.ToAxis(unavailable.Date, unavailable.End));
            }
        }
    }

    public Dictionary<int, int> Starts { get; } = [];

    public List<UnplacedBlock> Unplaced { get; } = [];

    public void Run(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var byLine = problem.Blocks.GroupBy(b => b.PhoneLineId)
            .OrderByDescending(g => g.Sum(Duration)).ThenBy(g => g.Key).ToList();
        for (var i = 0; i < byLine.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            PlaceLine(byLine[i].OrderByDescending(Duration).ThenBy(b => b.Id).ToList());
            progress?.Report((i + 1) * 100 / byLine.Count);
        }
    }

    private int Duration(BlockRequest block) => block.PupilCount * problem.SlotMinutes;

    private void PlaceLine(List<BlockRequest> blocks)
    {
        var placeable = blocks.Where(b => Duration(b) <= axis.LongestWindow).ToList();
        foreach (var block in blocks.Except(placeable))
        {
            Unplaced.Add(new UnplacedBlock(block.Id, string.Format(CultureInfo.InvariantCulture,
                "Het gesprek duurt {0} minuten en past in geen enkel tijdvak (langste tijdvak: {1} minuten).",
                Duration(block), axis.LongestWindow)));
        }

        if (!TryPlaceBackToBack(placeable))
        {
            placeable.ForEach(PlaceAlone);
        }
    }

    private bool TryPlaceBackToBack(List<BlockRequest> blocks)
    {
        if (blocks.Count == 0)
        {
            return true;
        }

        var total = blocks.Sum(Duration);
        foreach (var start in Candidates(blocks))
        {
            var assignment = CallersForRun(blocks, start, total);
            if (assignment is not null)
            {
                Commit(blocks, start, assignment);
                return true;
            }
        }

        return false;
    }

    private List<Lane>? CallersForRun(List<BlockRequest> blocks, int start, int total)
    {
        if (!InOneWindow(start, start + total) || !LineLane(blocks[0].PhoneLineId).IsFree(start, start + total))
        {
            return null;
        }

        var chosen = new List<Lane>();
        var at = start;
        foreach (var block in blocks)
        {
            var lane = FreeCaller(block.SecondarySchoolId, at, at + Duration(block));
            if (lane is null)
            {
                return null;
            }

            chosen.Add(lane);
            at += Duration(block);
        }

        return chosen;
    }

    private void Commit(List<BlockRequest> blocks, int start, List<Lane> lanes)
    {
        var at = start;
        for (var i = 0; i < blocks.Count; i++)
        {
            Occupy(blocks[i], at, lanes[i]);
            at += Duration(blocks[i]);
        }
    }

    private void PlaceAlone(BlockRequest block)
    {
        while (true)
        {
            foreach (var start in Candidates([block]))
            {
                var end = start + Duration(block);
                var lane = InOneWindow(start, end) && LineLane(block.PhoneLineId).IsFree(start, end)
                    ? FreeCaller(block.SecondarySchoolId, start, end)
                    : null;
                if (lane is not null)
                {
                    Occupy(block, start, lane);
                    return;
                }
            }

            if (!TryAddCaller(block))
            {
                return;
            }
        }
    }

    private bool TryAddCaller(BlockRequest block)
    {
        var lanes = SchoolLanes(block.SecondarySchoolId);
        var max = problem.MaxCallers?.GetValueOrDefault(block.SecondarySchoolId, int.MaxValue) ?? int.MaxValue;
        var lineHasRoom = LineHasRoom(block);
        if (lineHasRoom && lanes.Count < max && lanes.All(l => l.Busy.Count > 0))
        {
            lanes.Add(new Lane());
            return true;
        }

        Unplaced.Add(new UnplacedBlock(block.Id, lineHasRoom
            ? $"De VO-school heeft maximaal {max} beller(s); daarmee past dit gesprek niet meer in de overdrachtsdagen."
            : "De contactpersoon heeft in de overdrachtsdagen geen aaneengesloten tijd meer vrij voor dit gesprek."));
        return false;
    }

    private bool LineHasRoom(BlockRequest block) => Candidates([block]).Any(start =>
        InOneWindow(start, start + Duration(block))
        && LineLane(block.PhoneLineId).IsFree(start, start + Duration(block)));

    private void Occupy(BlockRequest block, int start, Lane caller)
    {
        var end = start + Duration(block);
        LineLane(block.PhoneLineId).Add(start, end);
        caller.Add(start, end);
        Starts[block.Id] = start;
    }

    private Lane? FreeCaller(int school, int start, int end) =>
        SchoolLanes(school).FirstOrDefault(lane => lane.IsFree(start, end, problem.ChangeoverMinutes));

    private bool InOneWindow(int start, int end) => axis.Windows.Any(w => start >= w.Start && end <= w.End);

    /// <summary>Window starts and every moment a lane involved becomes free, in time order.</summary>
    private List<int> Candidates(List<BlockRequest> blocks)
    {
        var points = new SortedSet<int>(axis.Windows.Select(w => w.Start));
        var lanes = blocks.Select(b => b.SecondarySchoolId).Distinct().SelectMany(SchoolLanes)
            .Append(blocks.Count > 0 ? LineLane(blocks[0].PhoneLineId) : new Lane());
        foreach (var (_, end) in lanes.SelectMany(l => l.Busy))
        {
            points.Add(end);
            points.Add(end + problem.ChangeoverMinutes);
        }

        return [.. points];
    }

    private Lane LineLane(int lineId)
    {
        if (!lines.TryGetValue(lineId, out var lane))
        {
            lines[lineId] = lane = new Lane();
        }

        return lane;
    }

    private List<Lane> SchoolLanes(int school)
    {
        if (!callers.TryGetValue(school, out var lanes))
        {
            callers[school] = lanes = [new Lane()];
        }

        return lanes;
    }
}
