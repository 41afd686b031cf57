
namespace WarmeOverdracht.Scheduling;

/// <summary>
/// Makes a schedule of call blocks: every block it can place, with few callers per VO school, phone lines
/// called back to back where possible, and an early finish. Pure and deterministic: the same problem always
/// gives the same schedule.
/// </summary>
public sealed class CallScheduler
{
    /// <summary>Places the blocks of <paramref name="problem"/> and reports the figures beside their bounds.</summary>
    /// <param name="problem">The days, blocks and limits; callers validate user input before.</param>
    /// <param name="progress">Receives the percentage done, 0 to 100, going up only.</param>
    /// <param name="cancellationToken">Stops the search between placement steps.</param>
    /// <exception cref="ArgumentException">A block without pupils, a duplicate block id or day, a window or
    /// unavailable time that does not end after it starts, overlapping windows, or a negative setting.</exception>
    public ScheduleResult Solve(
        SchedulingProblem problem, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ProblemValidator.Validate(problem);
        var reporter = new ProgressReporter(progress);
        reporter.Report(0);

        var model = SchedulingModel.Build(problem);
        var best = new CallerCountSearch(model, reporter, cancellationToken).Run();

        var result = ScheduleResultBuilder.Build(model, best);
        reporter.Report(100);
        return result;
    }
}
