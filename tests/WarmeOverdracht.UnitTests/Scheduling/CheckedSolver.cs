using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.UnitTests.Scheduling;

// Every test that makes a schedule goes through here, so every schedule is checked against the hard constraints.
internal static class CheckedSolver
{
    public static ScheduleResult Solve(SchedulingProblem problem)
    {
        var result = new CallScheduler().Solve(problem);

        Assert.Empty(ScheduleChecker.Check(problem, result));

        return result;
    }
}
