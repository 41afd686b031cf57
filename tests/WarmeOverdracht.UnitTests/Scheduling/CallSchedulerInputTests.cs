using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.UnitTests.Scheduling;

[Trait("Category", "Unit")]
public sealed class CallSchedulerInputTests
{
    public static TheoryData<string, SchedulingProblem> InvalidProblems => new()
    {
        { "a block without pupils", new ProblemBuilder().WithDay("09:00-10:00").WithBlock(1, 7, 0).Build() },
        { "a block with negative pupils", new ProblemBuilder().WithDay("09:00-10:00").WithBlock(1, 7, -2).Build() },
        { "a window ending before it starts", new ProblemBuilder().WithDay("10:00-09:00").Build() },
        { "a window ending as it starts", new ProblemBuilder().WithDay("10:00-10:00").Build() },
        { "a duplicate block id", WithDuplicateBlockId() },
    };

    [Theory]
    [MemberData(nameof(InvalidProblems))]
    public void An_invalid_problem_is_refused(string because, SchedulingProblem problem)
    {
        var exception = Assert.Throws<ArgumentException>(() => new CallScheduler().Solve(problem));

        Assert.Equal("problem", exception.ParamName);
        Assert.False(string.IsNullOrWhiteSpace(because));
    }

    [Fact]
    public void Progress_rises_from_0_to_100()
    {
        var problem = RegionGenerator.Region(RegionSize.Small, seed: 1).Build();
        var progress = new RecordingProgress();

        new CallScheduler().Solve(problem, progress);

        Assert.Equal(0, progress.Values[0]);
        Assert.Equal(100, progress.Values[^1]);
        Assert.Equal(progress.Values.Order(), progress.Values);
    }

    [Fact]
    public void A_cancelled_solve_stops()
    {
        var problem = RegionGenerator.Region(RegionSize.Small, seed: 1).Build();

        Assert.ThrowsAny<OperationCanceledException>(
            () => new CallScheduler().Solve(problem, cancellationToken: new CancellationToken(canceled: true)));
    }

    [Fact]
    public void A_problem_without_days_leaves_every_block_unplaced()
    {
        var problem = new ProblemBuilder().WithBlock(1, 7, 2).Build();

        var result = CheckedSolver.Solve(problem);

        Assert.Equal(
            "Er zijn geen overdrachtsdagen met tijdvakken om dit gesprek in te plannen.",
            Assert.Single(result.Unplaced).Reason);
    }

    private static SchedulingProblem WithDuplicateBlockId()
    {
        var problem = new ProblemBuilder().WithDay("09:00-10:00").WithBlock(1, 7, 1).WithBlock(2, 7, 1).Build();
        return problem with { Blocks = [problem.Blocks[0], problem.Blocks[1] with { Id = problem.Blocks[0].Id }] };
    }

    private sealed class RecordingProgress : IProgress<int>
    {
        public List<int> Values { get; } = [];

        public void Report(int value) => Values.Add(value);
    }
}
