using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.UnitTests.Scheduling;

// A call moved by hand keeps its caller number at re-planning, and the school's other calls go round it.
[Trait("Category", "Unit")]
public sealed class CallSchedulerPinnedCallerTests
{
    private static readonly TimeOnly Ten = new(10, 0);

    [Fact]
    public void A_call_pinned_to_caller_2_keeps_it_and_the_school_counts_two_callers()
    {
        var problem = new ProblemBuilder()
            .WithDay("09:00-12:00")
            .WithBlock(line: 1, school: 7, pupils: 2)
            .WithBlock(line: 2, school: 7, pupils: 2)
            .Build() with { Pinned = [new FixedStart(2, ProblemBuilder.FirstDay, Ten, CallerNumber: 2)] };

        var result = CheckedSolver.Solve(problem);

        var pinned = Assert.Single(result.Placed, p => p.BlockId == 2);
        var other = Assert.Single(result.Placed, p => p.BlockId == 1);
        Assert.Equal((Ten, 2), (pinned.Start, pinned.CallerNumber));
        Assert.Equal(1, other.CallerNumber);
        Assert.Equal(2, Assert.Single(result.Schools).Callers);
    }

    [Fact]
    public void Calls_overlapping_a_pinned_caller_take_another_caller()
    {
        var problem = new ProblemBuilder()
            .WithDay("10:00-10:14")
            .WithBlock(line: 1, school: 7, pupils: 2)
            .WithBlock(line: 2, school: 7, pupils: 2)
            .WithBlock(line: 3, school: 7, pupils: 2)
            .Build() with { Pinned = [new FixedStart(3, ProblemBuilder.FirstDay, Ten, CallerNumber: 1)] };

        var result = CheckedSolver.Solve(problem);

        Assert.Equal(
            [(1, Ten, 2), (2, Ten, 3), (3, Ten, 1)],
            result.Placed.OrderBy(p => p.BlockId).Select(p => (p.BlockId, p.Start, p.CallerNumber)));
    }

    [Fact]
    public void A_pinned_caller_above_the_school_maximum_keeps_the_time_but_not_the_number()
    {
        var problem = new ProblemBuilder()
            .WithDay("09:00-12:00")
            .WithBlock(line: 1, school: 7, pupils: 2)
            .WithMaxCallers(school: 7, maximum: 1)
            .Build() with { Pinned = [new FixedStart(1, ProblemBuilder.FirstDay, Ten, CallerNumber: 3)] };

        var result = CheckedSolver.Solve(problem);

        var placed = Assert.Single(result.Placed);
        Assert.Equal((Ten, 1), (placed.Start, placed.CallerNumber));
        Assert.Equal(1, Assert.Single(result.Schools).Callers);
    }
}
