namespace WarmeOverdracht.Scheduling;

// A placement made with a given number of callers per school, with its caller plan, figures and score.
internal sealed record Candidate(
    int[] CallerCaps, Placement Placement, CallerPlan Plan, ScheduleMetrics Metrics, ScheduleScore Score)
{
    public static Candidate Evaluate(SchedulingModel model, int[] callerCaps, Placement placement)
    {
        var plan = CallerAssignment.Assign(model, placement, callerCaps);
        var metrics = MetricsCalculator.Calculate(model, placement, plan);
        return new Candidate(callerCaps, placement, plan, metrics, ScheduleScore.Of(model, placement, metrics));
    }
}
