using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.UnitTests.Scheduling;

[Trait("Category", "Unit")]
public sealed class CallSchedulerRegionTests
{
    private const int MostPopularSchool = RegionGenerator.FirstSecondarySchoolId;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_block_of_a_small_region_is_placed_without_violations(int seed)
    {
        var problem = RegionGenerator.Region(RegionSize.Small, seed).Build();

        var result = CheckedSolver.Solve(problem);

        Assert.Empty(result.Unplaced);
        Assert.Equal(problem.Blocks.Count, result.Placed.Count);
    }

    [Fact]
    public void Every_block_of_a_large_region_is_placed_without_violations()
    {
        var problem = RegionGenerator.Region(RegionSize.Large, seed: 7).Build();

        var result = CheckedSolver.Solve(problem);

        Assert.Empty(result.Unplaced);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_region_on_one_day_with_changeover_is_scheduled_without_violations(int seed)
    {
        var problem = RegionGenerator.Region(RegionSize.Small, seed, days: 1).WithChangeoverMinutes(3).Build();

        var result = CheckedSolver.Solve(problem);

        Assert.Empty(result.Unplaced);
    }

    [Fact]
    public void Same_input_gives_the_same_schedule()
    {
        var problem = RegionGenerator.Region(RegionSize.Small, seed: 4).Build();

        var first = CheckedSolver.Solve(problem);
        var second = CheckedSolver.Solve(problem);

        AssertSameSchedule(first, second);
    }

    [Fact]
    public void Blocks_given_in_another_order_give_the_same_schedule()
    {
        var problem = RegionGenerator.Region(RegionSize.Small, seed: 5).Build();
        var reversed = problem with { Blocks = problem.Blocks.Reverse().ToList() };

        var first = CheckedSolver.Solve(problem);
        var second = CheckedSolver.Solve(reversed);

        AssertSameSchedule(first, second);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    public void Callers_are_never_below_the_lower_bound(int seed)
    {
        var problem = RegionGenerator.Region(RegionSize.Small, seed).Build();

        var result = CheckedSolver.Solve(problem);

        Assert.All(result.Schools, school => Assert.True(school.Callers >= school.LowerBound));
        Assert.Equal(result.Schools.Sum(school => school.LowerBound), result.Metrics.TotalCallerLowerBound);
        Assert.True(result.Metrics.TotalCallers >= result.Metrics.TotalCallerLowerBound);
    }

    [Fact]
    public void A_school_never_uses_more_callers_than_its_maximum()
    {
        var problem = RegionGenerator.Region(RegionSize.Small, seed: 1).WithMaxCallers(MostPopularSchool, 1).Build();

        var result = CheckedSolver.Solve(problem);

        var school = result.Schools.Single(school => school.SecondarySchoolId == MostPopularSchool);
        Assert.True(school.LowerBound > 1, "the test needs a school that cannot manage with its maximum");
        Assert.Equal(1, school.Callers);
        Assert.NotEmpty(result.Unplaced);
        Assert.All(result.Unplaced, unplaced => Assert.Equal(
            "De VO-school heeft maximaal 1 beller; daarmee past dit gesprek niet meer in de overdrachtsdagen.",
            unplaced.Reason));
    }

    [Fact]
    public void The_figures_stay_within_their_bounds()
    {
        var problem = RegionGenerator.Region(RegionSize.Small, seed: 2).Build();

        var metrics = CheckedSolver.Solve(problem).Metrics;

        Assert.True(metrics.FinishMinutes >= metrics.FinishLowerBoundMinutes);
        Assert.True(metrics.WaitingMinutes >= 0);
        Assert.Equal(problem.Blocks.Sum(block => block.PupilCount * problem.SlotMinutes), metrics.CallMinutes);
    }

    private static void AssertSameSchedule(ScheduleResult expected, ScheduleResult actual)
    {
        Assert.Equal(expected.Placed, actual.Placed);
        Assert.Equal(expected.Unplaced, actual.Unplaced);
        Assert.Equal(expected.Schools, actual.Schools);
        Assert.Equal(expected.Metrics, actual.Metrics);
    }
}
