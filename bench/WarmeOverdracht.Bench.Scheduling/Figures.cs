using WarmeOverdracht.Scheduling;
using WarmeOverdracht.UnitTests.Scheduling;

namespace WarmeOverdracht.Bench.Scheduling;

internal sealed record SchoolFigure(int SchoolId, int Callers, int Bound);

// The same figures for every scheduler, measured from its calls alone: callers per school as the peak number of
// overlapping calls (changeover included), waiting per line and day, finish in window minutes, and the bounds.
internal sealed record Figures(
    string Instance,
    string Scheduler,
    int Blocks,
    int Unplaced,
    SchoolFigure[] Schools,
    int WaitingMinutes,
    int CallMinutes,
    int Finish,
    int FinishBound,
    double Seconds,
    int Violations)
{
    public int Callers => Schools.Sum(school => school.Callers);

    public int CallersBound => Schools.Sum(school => school.Bound);

    public static Figures Measure(
        string instance, string scheduler, Grid grid, IReadOnlyDictionary<int, int> starts, double seconds)
    {
        var problem = grid.Problem;
        var requests = problem.Blocks.ToDictionary(block => block.Id);
        var numbered = CallerNumbers(grid, starts);
        var schools = SchoolFigures(grid, starts);
        var result = new ScheduleResult(
            [
                .. starts.OrderBy(pair => pair.Key)
                    .Select(pair => grid.ToPlaced(pair.Key, pair.Value, numbered[pair.Key])),
            ],
            [.. problem.Blocks.Where(block => !starts.ContainsKey(block.Id)).Select(b => new UnplacedBlock(b.Id, "-"))],
            [.. schools.Select(s => new SchoolCallers(s.SchoolId, s.Callers, s.Bound, 0))],
            new ScheduleMetrics(0, 0, 0, 0, 0, 0));
        var violations = ScheduleChecker.Check(problem, result).Count;

        var calls = starts.Select(pair => (Request: requests[pair.Key], Start: pair.Value, End: pair.Value
            + grid.Durations[pair.Key])).ToArray();
        return new Figures(
            instance,
            scheduler,
            problem.Blocks.Count,
            problem.Blocks.Count - starts.Count,
            schools,
            calls.GroupBy(call => (call.Request.PhoneLineId, call.Start / Grid.MinutesPerDay))
                .Sum(day => day.Max(c => c.End) - day.Min(c => c.Start) - day.Sum(c => c.End - c.Start)),
            calls.Sum(call => call.End - call.Start),
            calls.Select(call => grid.WindowMinutesAt(call.End)).DefaultIfEmpty(0).Max(),
            BoundOnFinish(calls.Select(c => (c.Request, c.End - c.Start)), schools),
            seconds,
            violations);
    }

    // max(largest line load, max over schools of ⌈load / callers⌉) over the placed calls.
    private static int BoundOnFinish(IEnumerable<(BlockRequest Request, int Minutes)> calls, SchoolFigure[] schools)
    {
        var list = calls.ToList();
        var byLine = list.GroupBy(c => c.Request.PhoneLineId).Select(g => g.Sum(c => c.Minutes))
            .DefaultIfEmpty(0).Max();
        var callers = schools.ToDictionary(school => school.SchoolId, school => Math.Max(1, school.Callers));
        var bySchool = list.GroupBy(c => c.Request.SecondarySchoolId)
            .Select(g => (g.Sum(c => c.Minutes) + callers[g.Key] - 1) / callers[g.Key])
            .DefaultIfEmpty(0)
            .Max();
        return Math.Max(byLine, bySchool);
    }

    private static SchoolFigure[] SchoolFigures(Grid grid, IReadOnlyDictionary<int, int> starts)
    {
        var changeover = grid.Problem.ChangeoverMinutes;
        return
        [
            .. grid.Problem.Blocks.GroupBy(block => block.SecondarySchoolId).OrderBy(school => school.Key)
                .Select(school =>
                {
                    var load = school.Sum(block => grid.Durations[block.Id]);
                    var bound = (load + grid.TotalWindowMinutes - 1) / grid.TotalWindowMinutes;
                    var events = school.Where(block => starts.ContainsKey(block.Id))
                        .SelectMany(block => new[]
                        {
                            (Time: starts[block.Id], Change: 1),
                            (Time: starts[block.Id] + grid.Durations[block.Id] + changeover, Change: -1),
                        })
                        .OrderBy(e => e.Time).ThenBy(e => e.Change);
                    var (running, peak) = (0, 0);
                    foreach (var e in events)
                    {
                        running += e.Change;
                        peak = Math.Max(peak, running);
                    }

                    return new SchoolFigure(school.Key, peak, bound);
                }),
        ];
    }

    // Interval colouring per school: the lowest-numbered caller free at each call's start.
    private static Dictionary<int, int> CallerNumbers(Grid grid, IReadOnlyDictionary<int, int> starts)
    {
        var numbers = new Dictionary<int, int>();
        var changeover = grid.Problem.ChangeoverMinutes;
        var bySchool = grid.Problem.Blocks.Where(block => starts.ContainsKey(block.Id))
            .GroupBy(block => block.SecondarySchoolId);
        foreach (var school in bySchool)
        {
            var freeFrom = new List<int>();
            foreach (var block in school.OrderBy(block => starts[block.Id]).ThenBy(block => block.Id))
            {
                var caller = freeFrom.FindIndex(free => free <= starts[block.Id]);
                if (caller < 0)
                {
                    caller = freeFrom.Count;
                    freeFrom.Add(0);
                }

                freeFrom[caller] = starts[block.Id] + grid.Durations[block.Id] + changeover;
                numbers[block.Id] = caller + 1;
            }
        }

        return numbers;
    }
}
