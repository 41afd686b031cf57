using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.UnitTests.Scheduling;

[Trait("Category", "Unit")]
public sealed class ScheduleCheckerTests
{
    private static readonly DateOnly Day = ProblemBuilder.FirstDay;

    private static readonly SchedulingProblem Problem = new ProblemBuilder()
        .WithDay("09:00-12:00")
        .WithChangeoverMinutes(5)
        .WithMaxCallers(school: 7, maximum: 2)
        .WithUnavailable(line: 3, "09:30-10:00")
        .WithBlock(line: 1, school: 7, pupils: 2)
        .WithBlock(line: 1, school: 8, pupils: 1)
        .WithBlock(line: 2, school: 7, pupils: 3)
        .WithBlock(line: 3, school: 7, pupils: 1)
        .Build();

    private static readonly ScheduleResult Valid = new(
        [Call(1, "09:00", "09:14", 1), Call(2, "09:14", "09:21", 1), Call(3, "09:00", "09:21", 2),
            Call(4, "10:00", "10:07", 1)],
        [],
        [new SchoolCallers(7, Callers: 2, LowerBound: 1, LoadMinutes: 42), new SchoolCallers(8, 1, 1, 7)],
        new ScheduleMetrics(67, 21, 0, 49, 3, 2));

    [Fact]
    public void A_valid_schedule_passes_the_checker()
    {
        Assert.Empty(ScheduleChecker.Check(Problem, Valid));
    }

    [Theory]
    [InlineData("a block placed twice", "appears 2 times")]
    [InlineData("a block left out", "appears 0 times")]
    [InlineData("a call of the wrong length", "lasts 14 minutes, not 7")]
    [InlineData("a call outside the windows", "does not lie inside one window")]
    [InlineData("a line in two calls at once", "Line 1 is in blocks 1 and 2 at once")]
    [InlineData("a call during unavailable time", "while line 3 is unavailable")]
    [InlineData("a caller without changeover", "without 5 minutes between them")]
    [InlineData("a caller number above the school's callers", "has caller 3; school 7 has 2")]
    [InlineData("more callers than the maximum", "its maximum is 2")]
    [InlineData("callers below the peak overlap", "its peak overlap is 2")]
    [InlineData("callers below the lower bound", "below its lower bound 2")]
    [InlineData("a school left out", "School 8 is reported 0 times")]
    public void The_checker_reports_a_deliberately_broken_schedule(string breakage, string expected)
    {
        var broken = Break(Valid, breakage);

        var violations = ScheduleChecker.Check(Problem, broken);

        Assert.Contains(violations, violation => violation.Contains(expected, StringComparison.Ordinal));
    }

    private static ScheduleResult Break(ScheduleResult valid, string breakage) => breakage switch
    {
        "a block placed twice" => valid with { Placed = [.. valid.Placed, valid.Placed[3]] },
        "a block left out" => valid with { Placed = valid.Placed.Take(3).ToList() },
        "a call of the wrong length" => Replace(valid, Call(4, "10:00", "10:14", 1)),
        "a call outside the windows" => Replace(valid, Call(4, "12:00", "12:07", 1)),
        "a line in two calls at once" => Replace(valid, Call(2, "09:07", "09:14", 1)),
        "a call during unavailable time" => Replace(valid, Call(4, "09:40", "09:47", 1)),
        "a caller without changeover" => Replace(valid, Call(4, "09:23", "09:30", 2)),
        "a caller number above the school's callers" => Replace(valid, Call(4, "10:00", "10:07", 3)),
        "more callers than the maximum" => WithSchool(valid, valid.Schools[0] with { Callers = 3 }),
        "callers below the peak overlap" => WithSchool(valid, valid.Schools[0] with { Callers = 1 }),
        "callers below the lower bound" => WithSchool(valid, valid.Schools[1] with { LowerBound = 2 }),
        "a school left out" => valid with { Schools = [valid.Schools[0]] },
        _ => throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "Unknown breakage."),
    };

    private static ScheduleResult Replace(ScheduleResult valid, PlacedBlock call) =>
        valid with { Placed = valid.Placed.Select(placed => placed.BlockId == call.BlockId ? call : placed).ToList() };

    private static ScheduleResult WithSchool(ScheduleResult valid, SchoolCallers school) =>
        valid with
        {
            Schools = valid.Schools
                .Select(other => other.SecondarySchoolId == school.SecondarySchoolId ? school : other)
                .ToList(),
        };

    private static PlacedBlock Call(int block, string start, string end, int caller)
    {
        var window = ProblemBuilder.ParseWindow($"{start}-{end}");
        return new PlacedBlock(block, Day, window.Start, window.End, caller);
    }
}
