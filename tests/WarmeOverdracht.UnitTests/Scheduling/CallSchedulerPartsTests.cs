using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.UnitTests.Scheduling;

// Blocks of the same line and VO school are the parts of one split call: they stay on one day.
[Trait("Category", "Unit")]
public sealed class CallSchedulerPartsTests
{
    [Fact]
    public void Parts_go_together_to_the_day_that_holds_them_all()
    {
        var problem = new ProblemBuilder()
            .WithDay("09:00-10:00")
            .WithDay("09:00-12:00")
            .WithBlock(line: 1, school: 7, pupils: 8)
            .WithBlock(line: 1, school: 7, pupils: 4)
            .Build();

        var result = CheckedSolver.Solve(problem);

        Assert.Equal([ProblemBuilder.FirstDay.AddDays(1)], result.Placed.Select(p => p.Date).Distinct());
        Assert.Equal(0, result.Metrics.WaitingMinutes);
    }

    [Fact]
    public void A_part_that_no_longer_fits_on_its_day_is_reported_not_moved_to_another_day()
    {
        var problem = new ProblemBuilder()
            .WithDay("09:00-10:00")
            .WithDay("09:00-10:00")
            .WithBlock(line: 1, school: 7, pupils: 8)
            .WithBlock(line: 1, school: 7, pupils: 4)
            .Build();

        var result = CheckedSolver.Solve(problem);

        Assert.Equal(1, Assert.Single(result.Placed).BlockId);
        var unplaced = Assert.Single(result.Unplaced);
        Assert.Equal(2, unplaced.BlockId);
        Assert.StartsWith("Dit deel van een gesplitst gesprek past niet meer op dezelfde dag", unplaced.Reason);
    }
}
