using FsCheck;
using FsCheck.Xunit;
using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.UnitTests.Scheduling;

// Properties on random instances (FsCheck draws the seed of each): every schedule passes the independent checker
// (CheckedSolver), callers stay between the bound and the maximum, and nothing is dropped without a reason.
[Trait("Category", "Unit")]
public sealed class CallSchedulerProperties
{
    [Property(MaxTest = 150)]
    public void Every_schedule_is_valid_and_accounts_for_every_block(NonNegativeInt seed)
    {
        var problem = RandomProblem(seed.Get);

        var result = CheckedSolver.Solve(problem);

        Assert.Equal(
            problem.Blocks.Select(block => block.Id).Order(),
            result.Placed.Select(p => p.BlockId).Concat(result.Unplaced.Select(u => u.BlockId)).Order());
        Assert.All(result.Unplaced, unplaced => Assert.False(string.IsNullOrWhiteSpace(unplaced.Reason)));
    }

    [Property(MaxTest = 150)]
    public void Callers_never_exceed_the_maximum_and_never_fall_below_the_bound(NonNegativeInt seed)
    {
        var problem = RandomProblem(seed.Get);

        var result = CheckedSolver.Solve(problem);

        var unplacedSchools = problem.Blocks.Where(b => result.Unplaced.Any(u => u.BlockId == b.Id))
            .Select(b => b.SecondarySchoolId).ToHashSet();
        foreach (var school in result.Schools)
        {
            var maximum = problem.MaxCallers!.GetValueOrDefault(school.SecondarySchoolId, int.MaxValue);
            Assert.InRange(school.Callers, 0, maximum);
            if (!unplacedSchools.Contains(school.SecondarySchoolId))
            {
                Assert.True(school.Callers >= school.LowerBound, $"School {school.SecondarySchoolId} below bound");
            }
        }
    }

    [Property(MaxTest = 100)]
    public void A_block_longer_than_every_window_is_reported_and_the_others_are_still_placed(NonNegativeInt seed)
    {
        var problem = RandomProblem(seed.Get);
        var longest = problem.Days.SelectMany(day => day.Windows).Max(w => (w.End - w.Start).TotalMinutes);
        var tooLong = new BlockRequest(
            problem.Blocks.Max(block => block.Id) + 1, 1, 900, (int)(longest / problem.SlotMinutes) + 1);
        var withTooLong = problem with { Blocks = [.. problem.Blocks, tooLong] };

        var without = CheckedSolver.Solve(problem);
        var with = CheckedSolver.Solve(withTooLong);

        var reported = Assert.Single(with.Unplaced, u => u.BlockId == tooLong.Id);
        Assert.Contains("past in geen enkel tijdvak", reported.Reason);
        Assert.Equal(without.Placed.Count, with.Placed.Count);
    }

    [Property(MaxTest = 50)]
    public void The_same_problem_gives_the_same_schedule_whatever_the_order_of_its_blocks(NonNegativeInt seed)
    {
        var problem = RandomProblem(seed.Get);
        var shuffled = problem with { Blocks = [.. problem.Blocks.OrderBy(b => (b.Id * 7919) % 101)] };

        Assert.Equal(CheckedSolver.Solve(problem).Placed, CheckedSolver.Solve(shuffled).Placed);
    }

    [Property(MaxTest = 100)]
    public void Pinned_blocks_keep_their_time_when_new_blocks_arrive(NonNegativeInt seed)
    {
        var problem = RandomProblem(seed.Get);
        var first = CheckedSolver.Solve(problem);
        var pins = first.Placed.Where((_, i) => i % 3 == 0)
            .Select(p => new FixedStart(p.BlockId, p.Date, p.Start, p.CallerNumber)).ToArray();
        var nextId = problem.Blocks.Max(block => block.Id) + 1;
        var grown = problem with
        {
            Blocks = [.. problem.Blocks, new BlockRequest(nextId, 1, 2, 3), new BlockRequest(nextId + 1, 99, 1, 2)],
            Pinned = pins,
        };

        var again = CheckedSolver.Solve(grown);

        foreach (var pin in pins)
        {
            var placed = Assert.Single(again.Placed, p => p.BlockId == pin.BlockId);
            Assert.Equal((pin.Date, pin.Start, pin.CallerNumber), (placed.Date, placed.Start, placed.CallerNumber));
        }
    }

    [Property(MaxTest = 100)]
    public void A_call_pinned_to_another_caller_keeps_that_caller_and_its_time(NonNegativeInt seed)
    {
        var problem = RandomProblem(seed.Get);
        var first = CheckedSolver.Solve(problem);
        var requests = problem.Blocks.ToDictionary(block => block.Id);
        var movable = first.Placed.Where(p => p.CallerNumber < MaximumOf(problem, requests[p.BlockId])).ToArray();
        if (movable.Length == 0)
        {
            return;
        }

        var moved = movable[seed.Get % movable.Length];
        var pin = new FixedStart(moved.BlockId, moved.Date, moved.Start, moved.CallerNumber + 1);

        var again = CheckedSolver.Solve(problem with { Pinned = [pin] });

        var placed = Assert.Single(again.Placed, p => p.BlockId == pin.BlockId);
        Assert.Equal((pin.Date, pin.Start, pin.CallerNumber), (placed.Date, placed.Start, placed.CallerNumber));
    }

    private static int MaximumOf(SchedulingProblem problem, BlockRequest block) =>
        problem.MaxCallers?.GetValueOrDefault(block.SecondarySchoolId, int.MaxValue) ?? int.MaxValue;

    [Property(MaxTest = 100)]
    public void Re_planning_with_the_published_schedule_preferred_moves_nothing_without_a_gain(NonNegativeInt seed)
    {
        var problem = RandomProblem(seed.Get);
        var published = CheckedSolver.Solve(problem);

        var again = CheckedSolver.Solve(problem with
        {
            Preferred = [.. published.Placed.Select(p => new FixedStart(p.BlockId, p.Date, p.Start))],
        });

        // Placing more or using fewer callers comes first and may move blocks; otherwise nothing moves.
        var before = (published.Unplaced.Count, published.Metrics.TotalCallers);
        var after = (again.Unplaced.Count, again.Metrics.TotalCallers);
        Assert.True(after.CompareTo(before) <= 0, $"Re-planning made it worse: {before} became {after}.");
        Assert.True(after != before || published.Placed.Select(p => (p.BlockId, p.Date, p.Start)).SequenceEqual(
            again.Placed.Select(p => (p.BlockId, p.Date, p.Start))), "A block moved without a gain.");
    }

    // One to three days of one to three windows, up to 12 lines and 5 schools, some maximums, changeover,
    // unavailable hours; sizes so that some instances are tight and a few cannot place everything.
    private static SchedulingProblem RandomProblem(int seed)
    {
        var random = new Random(seed);
        var builder = new ProblemBuilder().WithChangeoverMinutes(random.Next(3) == 0 ? random.Next(1, 6) : 0);
        var days = random.Next(1, 4);
        for (var day = 0; day < days; day++)
        {
            builder.WithDay(Windows(random));
        }

        var lines = random.Next(1, 13);
        var schools = random.Next(1, 6);
        for (var line = 1; line <= lines; line++)
        {
            foreach (var school in Enumerable.Range(1, schools).Where(_ => random.Next(3) > 0))
            {
                builder.WithBlock(line, school, random.Next(1, 9));
            }

            if (random.Next(5) == 0)
            {
                var hour = random.Next(8, 16);
                builder.WithUnavailable(line, $"{hour:00}:00-{hour + 1:00}:00", random.Next(days));
            }
        }

        foreach (var school in Enumerable.Range(1, schools).Where(_ => random.Next(4) == 0))
        {
            builder.WithMaxCallers(school, random.Next(0, 3));
        }

        builder.WithBlock(1, 1, 1);
        return builder.Build();
    }

    private static string[] Windows(Random random)
    {
        var start = 8 * 60 + random.Next(0, 4) * 15;
        var windows = new List<string>();
        for (var i = random.Next(1, 4); i > 0 && start < 17 * 60; i--)
        {
            var end = Math.Min(start + random.Next(4, 25) * 10, 18 * 60);
            windows.Add($"{Clock(start)}-{Clock(end)}");
            start = end + random.Next(1, 7) * 10;
        }

        return [.. windows];
    }

    private static string Clock(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";
}
