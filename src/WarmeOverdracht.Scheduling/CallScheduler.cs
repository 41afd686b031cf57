namespace WarmeOverdracht.Scheduling;

/// <summary>
/// Makes a schedule: every block at a time inside one window, no phone line or caller in two calls at
/// once, as few callers per VO school as it can, a line's calls back to back where it can.
/// Deterministic: the same problem gives the same schedule.
/// </summary>
public sealed class CallScheduler
{
    public ScheduleResult Solve(
        SchedulingProblem problem, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Validate(problem);

        var axis = TimeAxis.From(problem.Days);
        var loads = Loads(problem);
        var bounds = loads.ToDictionary(
            l => l.Key, l => ScheduleMeasures.CallerLowerBound(l.Value, axis.TotalWindowMinutes));
        var placement = new BlockPlacement(problem, axis, InitialCallers(problem, bounds));
        placement.Run(progress, cancellationToken);

        var placed = problem.Blocks.Where(b => placement.Starts.ContainsKey(b.Id))
            .Select(b => (Block: b, Start: placement.Starts[b.Id],
                End: placement.Starts[b.Id] + b.PupilCount * problem.SlotMinutes))
            .OrderBy(p => p.Start).ThenBy(p => p.Block.Id).ToList();
        var callerOf = CallerAssignment.Assign(placed, problem.ChangeoverMinutes);
        var schools = Schools(loads, bounds, placed, callerOf);

        return new ScheduleResult(
            placed.Select(p => new PlacedBlock(p.Block.Id, axis.DateOf(p.Start), TimeAxis.TimeOf(p.Start),
                TimeAxis.TimeOf(p.End), callerOf[p.Block.Id])).ToList(),
            placement.Unplaced.OrderBy(u => u.BlockId).ToList(),
            schools,
            ScheduleMeasures.Metrics(axis, placed, schools));
    }

    private static SortedDictionary<int, int> Loads(SchedulingProblem problem)
    {
        var loads = new SortedDictionary<int, int>();
        foreach (var block in problem.Blocks)
        {
            loads[block.SecondarySchoolId] = loads.GetValueOrDefault(block.SecondarySchoolId)
                                             + block.PupilCount * problem.SlotMinutes;
        }

        return loads;
    }

    private static Dictionary<int, int> InitialCallers(SchedulingProblem problem, Dictionary<int, int> bounds) =>
        bounds.ToDictionary(b => b.Key, b => Math.Max(1, Math.Min(b.Value,
            problem.MaxCallers?.GetValueOrDefault(b.Key, int.MaxValue) ?? int.MaxValue)));

    private static List<SchoolCallers> Schools(
        SortedDictionary<int, int> loads,
        Dictionary<int, int> bounds,
        List<(BlockRequest Block, int Start, int End)> placed,
        Dictionary<int, int> callerOf) =>
        loads.Select(l => new SchoolCallers(
            l.Key,
            placed.Where(p => p.Block.SecondarySchoolId == l.Key)
                .Select(p => callerOf[p.Block.Id]).DefaultIfEmpty(0).Max(),
            bounds[l.Key],
            placed.Where(p => p.Block.SecondarySchoolId == l.Key).Sum(p => p.End - p.Start)))
        .ToList();

    private static void Validate(SchedulingProblem problem)
    {
        if (problem.SlotMinutes <= 0 || problem.ChangeoverMinutes < 0)
        {
            throw new ArgumentException(
                "Slot minutes must be positive and changeover minutes not negative.", nameof(problem));
        }

        var uniqueIds = problem.Blocks.Select(b => b.Id).Distinct().Count() == problem.Blocks.Count;
        if (problem.Blocks.Any(b => b.PupilCount <= 0) || !uniqueIds)
        {
            throw new ArgumentException("Every block needs a unique id and at least one pupil.", nameof(problem));
        }

        if (problem.Days.SelectMany(d => d.Windows).Any(w => w.End <= w.Start))
        {
            throw new ArgumentException("Every window must end after it starts.", nameof(problem));
        }
    }
}
