using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.UnitTests.Scheduling;

[Trait("Category", "Unit")]
public sealed class CallSchedulerTests
{
    private readonly CallScheduler scheduler = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_block_of_a_small_region_is_placed_without_violations(int seed)
    {
        var problem = new ProblemBuilder().WithStandardDays().WithRandomRegion(seed, 50, 12, 400).Build();

        var result = scheduler.Solve(problem);

        ScheduleChecker.AssertValid(problem, result);
        Assert.Empty(result.Unplaced);
        Assert.Equal(problem.Blocks.Count, result.Placed.Count);
    }

    [Fact]
    public void Same_input_gives_the_same_schedule()
    {
        var problem = new ProblemBuilder().WithStandardDays().WithRandomRegion(7, 50, 12, 400).Build();

        var first = scheduler.Solve(problem);
        var second = scheduler.Solve(problem);

        Assert.Equal(first.Placed, second.Placed);
        Assert.Equal(first.Schools, second.Schools);
        Assert.Equal(first.Metrics, second.Metrics);
    }

    [Fact]
    public void Callers_are_never_below_the_lower_bound_and_equal_to_it_on_a_small_region()
    {
        var problem = new ProblemBuilder().WithStandardDays().WithRandomRegion(11, 50, 12, 400).Build();

        var result = scheduler.Solve(problem);

        ScheduleChecker.AssertValid(problem, result);
        Assert.All(result.Schools, s => Assert.True(s.Callers >= s.LowerBound));
        Assert.Equal(result.Metrics.TotalCallerLowerBound, result.Metrics.TotalCallers);
    }

    [Fact]
    public void The_lower_bounds_are_computed_as_the_design_says()
    {
        // One day of one 60-minute window; school 1: 10 + 4 pupils = 98 minutes → at least 2 callers.
        var problem = new ProblemBuilder()
            .WithDay(ProblemBuilder.FirstDay, (new TimeOnly(9, 0), new TimeOnly(10, 0)))
            .WithBlock(line: 1, school: 1, pupils: 8)
            .WithBlock(line: 2, school: 1, pupils: 6)
            .Build();

        var result = scheduler.Solve(problem);

        ScheduleChecker.AssertValid(problem, result);
        var school = Assert.Single(result.Schools);
        Assert.Equal((2, 2, 98), (school.Callers, school.LowerBound, school.LoadMinutes));
        Assert.Equal(56, result.Metrics.FinishLowerBoundMinutes);
        Assert.Equal(56, result.Metrics.FinishMinutes);
        Assert.Equal(0, result.Metrics.WaitingMinutes);
    }

    [Fact]
    public void A_line_with_several_schools_is_called_back_to_back()
    {
        var problem = new ProblemBuilder().WithStandardDays()
            .WithBlock(line: 1, school: 1, pupils: 3)
            .WithBlock(line: 1, school: 2, pupils: 2)
            .WithBlock(line: 1, school: 3, pupils: 4)
            .Build();

        var result = scheduler.Solve(problem);

        ScheduleChecker.AssertValid(problem, result);
        Assert.Equal(0, result.Metrics.WaitingMinutes);
        var ordered = result.Placed.OrderBy(p => p.Start).ToList();
        Assert.All(ordered.Skip(1).Zip(ordered), pair => Assert.Equal(pair.Second.End, pair.First.Start));
    }

    [Fact]
    public void A_block_longer_than_any_window_is_reported_with_the_reason_and_the_rest_is_placed()
    {
        var problem = new ProblemBuilder().WithStandardDays()
            .WithBlock(line: 1, school: 1, pupils: 31)
            .WithBlock(line: 2, school: 1, pupils: 2)
            .Build();

        var result = scheduler.Solve(problem);

        ScheduleChecker.AssertValid(problem, result);
        var unplaced = Assert.Single(result.Unplaced);
        Assert.Equal(1, unplaced.BlockId);
        Assert.Contains("217 minuten", unplaced.Reason, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(result.Placed).BlockId);
    }

    [Fact]
    public void A_school_never_uses_more_callers_than_its_maximum()
    {
        var builder = new ProblemBuilder().WithDay(ProblemBuilder.FirstDay, (new TimeOnly(9, 0), new TimeOnly(10, 0)));
        for (var line = 1; line <= 6; line++)
        {
            builder.WithBlock(line, school: 1, pupils: 4);
        }

        var problem = builder.WithMaxCallers(1, 2).Build();

        var result = scheduler.Solve(problem);

        ScheduleChecker.AssertValid(problem, result);
        Assert.Equal(2, Assert.Single(result.Schools).Callers);
        Assert.Equal(4, result.Placed.Count);
        Assert.All(result.Unplaced, u => Assert.Contains("maximaal 2 beller", u.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_is_never_called_during_its_unavailable_time()
    {
        var problem = new ProblemBuilder().WithStandardDays(1)
            .WithBlock(line: 1, school: 1, pupils: 3)
            .WithUnavailable(1, ProblemBuilder.FirstDay, new TimeOnly(8, 30), new TimeOnly(11, 0))
            .Build();

        var result = scheduler.Solve(problem);

        ScheduleChecker.AssertValid(problem, result);
        Assert.Equal(new TimeOnly(11, 0), Assert.Single(result.Placed).Start);
    }

    [Fact]
    public void Changeover_minutes_are_kept_between_calls_of_one_caller()
    {
        var problem = new ProblemBuilder().WithDay(ProblemBuilder.FirstDay, (new TimeOnly(9, 0), new TimeOnly(12, 0)))
            .WithBlock(line: 1, school: 1, pupils: 2)
            .WithBlock(line: 2, school: 1, pupils: 2)
            .WithChangeover(5)
            .Build();

        var result = scheduler.Solve(problem);

        ScheduleChecker.AssertValid(problem, result);
        var ordered = result.Placed.OrderBy(p => p.Start).ToList();
        Assert.Equal(1, Assert.Single(result.Schools).Callers);
        Assert.Equal(ordered[0].End.AddMinutes(5), ordered[1].Start);
    }

    [Fact]
    public void The_checker_catches_a_broken_schedule()
    {
        var problem = new ProblemBuilder().WithStandardDays(1)
            .WithBlock(line: 1, school: 1, pupils: 2)
            .WithBlock(line: 1, school: 2, pupils: 2)
            .Build();
        var good = scheduler.Solve(problem);
        var clash = good.Placed.Select(p => p with { Start = new TimeOnly(7, 0), End = new TimeOnly(7, 14) }).ToList();

        var violations = ScheduleChecker.Violations(problem, good with { Placed = clash });

        Assert.Contains(violations, v => v.Contains("outside every window", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("at once", StringComparison.Ordinal));
    }
}
