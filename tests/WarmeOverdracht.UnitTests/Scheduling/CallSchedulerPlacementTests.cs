using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.UnitTests.Scheduling;

[Trait("Category", "Unit")]
public sealed class CallSchedulerPlacementTests
{
    [Fact]
    public void A_block_longer_than_any_window_is_reported_with_the_reason()
    {
        var problem = new ProblemBuilder()
            .WithDay("09:00-10:00", "10:30-11:00")
            .WithBlock(line: 1, school: 7, pupils: 12)
            .Build();

        var result = CheckedSolver.Solve(problem);

        var unplaced = Assert.Single(result.Unplaced);
        Assert.Equal(
            "Het gesprek duurt 84 minuten en past in geen enkel tijdvak (langste tijdvak: 60 minuten).",
            unplaced.Reason);
    }

    [Fact]
    public void A_school_without_placed_blocks_still_appears_with_its_figures()
    {
        var problem = new ProblemBuilder()
            .WithDay("09:00-10:00")
            .WithBlock(line: 1, school: 7, pupils: 12)
            .Build();

        var result = CheckedSolver.Solve(problem);

        Assert.Equal([new SchoolCallers(SecondarySchoolId: 7, Callers: 0, LowerBound: 2, LoadMinutes: 84)],
            result.Schools);
    }

    [Fact]
    public void A_block_that_does_not_fit_with_the_maximum_callers_is_reported_with_the_reason()
    {
        var problem = new ProblemBuilder()
            .WithDay("09:00-10:00")
            .WithMaxCallers(school: 7, maximum: 2)
            .WithSlotMinutes(10)
            .WithBlock(line: 1, school: 7, pupils: 6)
            .WithBlock(line: 2, school: 7, pupils: 6)
            .WithBlock(line: 3, school: 7, pupils: 6)
            .Build();

        var result = CheckedSolver.Solve(problem);

        var unplaced = Assert.Single(result.Unplaced);
        Assert.Equal(3, unplaced.BlockId);
        Assert.Equal(
            "De VO-school heeft maximaal 2 bellers; daarmee past dit gesprek niet meer in de overdrachtsdagen.",
            unplaced.Reason);
    }

    [Fact]
    public void A_line_is_never_called_during_its_unavailable_time()
    {
        var problem = new ProblemBuilder()
            .WithDay("09:00-12:00")
            .WithDay("09:00-12:00")
            .WithUnavailable(line: 1, "09:00-10:30")
            .WithUnavailable(line: 2, "09:00-12:00")
            .WithBlock(line: 1, school: 7, pupils: 3)
            .WithBlock(line: 2, school: 7, pupils: 3)
            .Build();

        var result = CheckedSolver.Solve(problem);

        var first = result.Placed.Single(placed => placed.BlockId == 1);
        var second = result.Placed.Single(placed => placed.BlockId == 2);
        Assert.Equal((ProblemBuilder.FirstDay, new TimeOnly(10, 30)), (first.Date, first.Start));
        Assert.Equal((ProblemBuilder.FirstDay.AddDays(1), new TimeOnly(9, 0)), (second.Date, second.Start));
    }

    [Fact]
    public void A_line_that_is_never_free_long_enough_is_reported_with_the_reason()
    {
        var problem = new ProblemBuilder()
            .WithDay("09:00-10:00")
            .WithUnavailable(line: 1, "09:10-09:50")
            .WithBlock(line: 1, school: 7, pupils: 2)
            .Build();

        var result = CheckedSolver.Solve(problem);

        Assert.Equal(
            "De contactpersoon is in geen enkel tijdvak nog 14 minuten achter elkaar bereikbaar en vrij "
                + "van andere gesprekken.",
            Assert.Single(result.Unplaced).Reason);
    }

    [Fact]
    public void A_line_with_several_schools_is_called_back_to_back_when_possible()
    {
        var problem = new ProblemBuilder()
            .WithDay("09:00-12:00")
            .WithMaxCallers(school: 8, maximum: 1)
            .WithBlock(line: 2, school: 8, pupils: 8)
            .WithBlock(line: 1, school: 7, pupils: 2)
            .WithBlock(line: 1, school: 8, pupils: 3)
            .WithBlock(line: 1, school: 9, pupils: 1)
            .Build();

        var result = CheckedSolver.Solve(problem);

        var lineCalls = result.Placed.Where(placed => placed.BlockId > 1).OrderBy(placed => placed.Start).ToList();
        Assert.Equal(new TimeOnly(9, 35), lineCalls[0].Start);
        Assert.All(lineCalls.Zip(lineCalls.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.Equal(0, result.Metrics.WaitingMinutes);
    }

    [Fact]
    public void Waiting_is_counted_when_a_line_cannot_call_back_to_back()
    {
        var problem = new ProblemBuilder()
            .WithDay("09:00-09:21")
            .WithUnavailable(line: 1, "09:07-09:14")
            .WithBlock(line: 1, school: 7, pupils: 1)
            .WithBlock(line: 1, school: 8, pupils: 1)
            .Build();

        var result = CheckedSolver.Solve(problem);

        Assert.Equal([new TimeOnly(9, 0), new TimeOnly(9, 14)], result.Placed.Select(placed => placed.Start));
        Assert.Equal(7, result.Metrics.WaitingMinutes);
        Assert.Equal(21, result.Metrics.FinishMinutes);
        Assert.Equal(14, result.Metrics.CallMinutes);
    }

    [Fact]
    public void Changeover_minutes_are_kept_between_calls_of_one_caller()
    {
        var problem = new ProblemBuilder()
            .WithDay("09:00-10:00")
            .WithMaxCallers(school: 7, maximum: 1)
            .WithChangeoverMinutes(5)
            .WithBlock(line: 1, school: 7, pupils: 2)
            .WithBlock(line: 2, school: 7, pupils: 2)
            .Build();

        var result = CheckedSolver.Solve(problem);

        Assert.Equal(
            [(new TimeOnly(9, 0), new TimeOnly(9, 14), 1), (new TimeOnly(9, 19), new TimeOnly(9, 33), 1)],
            result.Placed.Select(placed => (placed.Start, placed.End, placed.CallerNumber)));
    }

    [Fact]
    public void Lower_bounds_and_figures_of_a_tiny_region_are_exact()
    {
        var builder = new ProblemBuilder().WithDay("09:00-10:00", "10:30-11:00").WithSlotMinutes(10);
        foreach (var line in Enumerable.Range(1, 5))
        {
            builder.WithBlock(line, school: 7, pupils: 3);
        }

        var problem = builder.WithBlock(line: 6, school: 8, pupils: 1).Build();

        var result = CheckedSolver.Solve(problem);

        Assert.Equal([new SchoolCallers(7, 2, 2, 150), new SchoolCallers(8, 1, 1, 10)], result.Schools);
        Assert.Equal(new ScheduleMetrics(
            FinishMinutes: 90,
            FinishLowerBoundMinutes: 75,
            WaitingMinutes: 0,
            CallMinutes: 160,
            TotalCallers: 3,
            TotalCallerLowerBound: 3), result.Metrics);
    }
}
