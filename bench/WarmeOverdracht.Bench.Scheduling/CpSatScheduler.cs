using Google.OrTools.Sat;

namespace WarmeOverdracht.Bench.Scheduling;

// The same model in Google OR-Tools CP-SAT: one interval per block whose start lies in a window it fits, no
// overlap per phone line (its unavailable times as fixed intervals), a cumulative per VO school whose capacity is
// the school's number of callers (each call followed by the changeover). Objectives in the product's
// order: total callers, then per line the span from its first call's start to its last call's end minus its
// load (which counts a night between two calling days as waiting, so it also pulls a line onto one day), then
// the end of the last call, minimised in that order (see Schedule).
internal static class CpSatScheduler
{
    public static Dictionary<int, int> Schedule(Grid grid, double seconds, out string status)
    {
        var problem = grid.Problem;
        var model = new CpModel();
        var horizon = grid.Horizon + problem.ChangeoverMinutes;
        var starts = new Dictionary<int, IntVar>();
        var lineIntervals = new Dictionary<int, List<IntervalVar>>();
        var lineEnds = new Dictionary<int, List<LinearExpr>>();
        var schoolIntervals = new Dictionary<int, List<IntervalVar>>();

        foreach (var block in problem.Blocks.OrderBy(block => block.Id))
        {
            var duration = grid.Durations[block.Id];
            var domain = StartDomain(grid, duration);
            if (domain is null)
            {
                continue;
            }

            var start = model.NewIntVarFromDomain(domain, $"s{block.Id}");
            starts[block.Id] = start;
            Add(lineIntervals, block.PhoneLineId, model.NewFixedSizeIntervalVar(start, duration, $"l{block.Id}"));
            Add(lineEnds, block.PhoneLineId, start + duration);
            Add(schoolIntervals, block.SecondarySchoolId, model.NewFixedSizeIntervalVar(
                start, duration + problem.ChangeoverMinutes, $"c{block.Id}"));
        }

        foreach (var (line, intervals) in lineIntervals)
        {
            var fixedTimes = grid.Unavailable.GetValueOrDefault(line, [])
                .Select(time => model.NewFixedSizeIntervalVar(time.Start, time.End - time.Start, $"u{line}"));
            model.AddNoOverlap(intervals.Concat(fixedTimes));
        }

        var callerTerms = new List<LinearExpr>();
        foreach (var (school, intervals) in schoolIntervals)
        {
            var load = problem.Blocks.Where(b => b.SecondarySchoolId == school).Sum(b => grid.Durations[b.Id]);
            var bound = Math.Max(1, (load + grid.TotalWindowMinutes - 1) / grid.TotalWindowMinutes);
            var maximum = Math.Min(problem.MaxCallers?.GetValueOrDefault(school, intervals.Count) ?? intervals.Count,
                intervals.Count);
            var callers = model.NewIntVar(Math.Min(bound, maximum), Math.Max(maximum, 1), $"callers{school}");
            var cumulative = model.AddCumulative(callers);
            foreach (var interval in intervals)
            {
                cumulative.AddDemand(interval, 1);
            }

            callerTerms.Add(callers);
        }

        var spanTerms = new List<LinearExpr>();
        foreach (var (line, ends) in lineEnds.Where(pair => pair.Value.Count > 1))
        {
            var lineStarts = problem.Blocks.Where(b => b.PhoneLineId == line && starts.ContainsKey(b.Id))
                .Select(b => (LinearExpr)starts[b.Id]);
            var lineFirst = model.NewIntVar(0, horizon, $"first{line}");
            var lineLast = model.NewIntVar(0, horizon, $"last{line}");
            model.AddMinEquality(lineFirst, lineStarts);
            model.AddMaxEquality(lineLast, ends);
            spanTerms.Add(lineLast - lineFirst);
        }

        var finish = model.NewIntVar(0, horizon, "finish");
        model.AddMaxEquality(finish, lineEnds.Values.SelectMany(ends => ends));

        // Lexicographic in two phases: a third of the time for the fewest callers, then, with no more callers
        // than found and that solution as a hint, the rest for the least line span and the earliest finish.
        model.Minimize(LinearExpr.Sum(callerTerms));
        var first = Solve(model, seconds / 3);
        if (first.Status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            status = first.Status.ToString();
            return [];
        }

        model.Add(LinearExpr.Sum(callerTerms) <= (long)first.Solver.ObjectiveValue);
        foreach (var (block, start) in starts)
        {
            model.AddHint(start, first.Solver.Value(start));
        }

        long spanWeight = horizon + 1;
        model.Minimize(spanWeight * LinearExpr.Sum(spanTerms) + finish);
        var second = Solve(model, seconds - first.Solver.WallTime());
        var best = second.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible ? second : first;
        status = $"callers {first.Status}, span and finish {second.Status}";
        return starts.ToDictionary(pair => pair.Key, pair => (int)best.Solver.Value(pair.Value));
    }

    private static (CpSolverStatus Status, CpSolver Solver) Solve(CpModel model, double seconds)
    {
        var solver = new CpSolver
        {
            StringParameters = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{Math.Max(1, seconds)} num_workers:2 random_seed:1"),
        };
        return (solver.Solve(model), solver);
    }

    private static Google.OrTools.Util.Domain? StartDomain(Grid grid, int duration)
    {
        var ranges = grid.Windows.Where(window => window.End - window.Start >= duration)
            .SelectMany(window => new long[] { window.Start, window.End - duration })
            .ToArray();
        return ranges.Length == 0 ? null : Google.OrTools.Util.Domain.FromFlatIntervals(ranges);
    }

    private static void Add<T>(Dictionary<int, List<T>> lists, int key, T item)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = [];
            lists[key] = list;
        }

        list.Add(item);
    }
}
