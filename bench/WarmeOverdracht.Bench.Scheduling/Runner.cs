using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.Bench.Scheduling;

// Runs ours, the naive first-fit and CP-SAT on one problem and prints their figures side by side.
internal sealed class Runner(double cpSatSeconds, TextWriter output)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public IReadOnlyList<Figures> Run(string instance, SchedulingProblem problem)
    {
        var grid = Grid.Of(problem);
        var figures = new List<Figures>
        {
            Time(instance, "ours", grid, () => Ours(grid)),
            Time(instance, "naive", grid, () => NaiveScheduler.Schedule(grid)),
        };
        if (cpSatSeconds > 0)
        {
            var status = "";
            figures.Add(Time(instance, "cp-sat", grid, () => CpSatScheduler.Schedule(grid, cpSatSeconds, out status)));
            output.WriteLine($"  cp-sat status: {status}");
        }

        foreach (var figure in figures)
        {
            Print(figure);
        }

        return figures;
    }

    public static string JsonLine(Figures figure) => JsonSerializer.Serialize(
        new
        {
            instance = figure.Instance,
            scheduler = figure.Scheduler,
            blocks = figure.Blocks,
            unplaced = figure.Unplaced,
            callers = figure.Callers,
            callersBound = figure.CallersBound,
            waitingMinutes = figure.WaitingMinutes,
            callMinutes = figure.CallMinutes,
            finish = figure.Finish,
            finishBound = figure.FinishBound,
            seconds = Math.Round(figure.Seconds, 3),
        },
        Json);

    private static Dictionary<int, int> Ours(Grid grid)
    {
        var result = new CallScheduler().Solve(grid.Problem);
        return result.Placed.ToDictionary(placed => placed.BlockId, placed => grid.ToGrid(placed.Date, placed.Start));
    }

    private static Figures Time(string instance, string name, Grid grid, Func<Dictionary<int, int>> schedule)
    {
        var watch = Stopwatch.StartNew();
        var starts = schedule();
        var seconds = watch.Elapsed.TotalSeconds;
        return Figures.Measure(instance, name, grid, starts, seconds);
    }

    private void Print(Figures f)
    {
        var share = f.CallMinutes == 0 ? 0 : 100.0 * f.WaitingMinutes / f.CallMinutes;
        var above = f.Schools.Where(school => school.Callers != school.Bound)
            .Select(school => $"{school.SchoolId}:{school.Callers}/{school.Bound}")
            .ToArray();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {f.Scheduler,-7} {f.Seconds,8:0.000} s  blocks {f.Blocks,5} unplaced {f.Unplaced,3}  "
            + $"callers {f.Callers,4}/{f.CallersBound,-4}  waiting {f.WaitingMinutes,6} min "
            + $"({share,5:0.00} % of {f.CallMinutes})  finish {f.Finish,4}/{f.FinishBound,-4}  "
            + $"violations {f.Violations}"));
        output.WriteLine(above.Length == 0
            ? "          every school at its bound"
            : $"          schools off their bound (callers/bound): {string.Join(' ', above.Take(12))}"
                + (above.Length > 12 ? $" … ({above.Length} schools)" : ""));
    }
}
