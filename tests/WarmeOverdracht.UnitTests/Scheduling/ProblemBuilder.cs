using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.UnitTests.Scheduling;

/// <summary>Builds scheduling problems: by hand for small cases, or a seeded random region.</summary>
public sealed class ProblemBuilder
{
    public static readonly DateOnly FirstDay = new(2027, 5, 18);

    private readonly List<DayWindows> days = [];
    private readonly List<BlockRequest> blocks = [];
    private readonly Dictionary<int, int> maxCallers = [];
    private readonly List<LineUnavailability> unavailable = [];
    private int changeover;

    /// <summary>Two days of 08:30–12:00 and 13:00–16:30, as a fresh install has.</summary>
    public ProblemBuilder WithStandardDays(int count = 2)
    {
        for (var i = 0; i < count; i++)
        {
            WithDay(FirstDay.AddDays(i), (new TimeOnly(8, 30), new TimeOnly(12, 0)), (new TimeOnly(13, 0), new TimeOnly(16, 30)));
        }

        return this;
    }

    public ProblemBuilder WithDay(DateOnly date, params (TimeOnly Start, TimeOnly End)[] windows)
    {
        days.Add(new DayWindows(date, windows.Select(w => new Window(w.Start, w.End)).ToList()));
        return this;
    }

    public ProblemBuilder WithBlock(int line, int school, int pupils)
    {
        blocks.Add(new BlockRequest(blocks.Count + 1, line, school, pupils));
        return this;
    }

    public ProblemBuilder WithMaxCallers(int school, int max)
    {
        maxCallers[school] = max;
        return this;
    }

    public ProblemBuilder WithUnavailable(int line, DateOnly date, TimeOnly start, TimeOnly end)
    {
        unavailable.Add(new LineUnavailability(line, date, start, end));
        return this;
    }

    public ProblemBuilder WithChangeover(int minutes)
    {
        changeover = minutes;
        return this;
    }

    /// <summary>
    /// A region like the real ones: PO lines (some schools with two), VO schools of skewed popularity,
    /// 1 to 4 pupils per (line, school) pair.
    /// </summary>
    public ProblemBuilder WithRandomRegion(int seed, int primarySchools, int secondarySchools, int pupils)
    {
        var random = new Random(seed);
        var lines = Enumerable.Range(1, primarySchools).SelectMany(s => s % 6 == 0 ? [s * 10, s * 10 + 1] : new[] { s * 10 }).ToList();
        var weights = Enumerable.Range(1, secondarySchools).Select(i => 1.0 / i).ToArray();
        var pairs = new Dictionary<(int Line, int School), int>();
        for (var i = 0; i < pupils; i++)
        {
            var key = (lines[random.Next(lines.Count)], 1000 + Pick(random, weights));
            pairs[key] = pairs.GetValueOrDefault(key) + 1;
        }

        foreach (var ((line, school), count) in pairs.OrderBy(p => p.Key.Line).ThenBy(p => p.Key.School))
        {
            WithBlock(line, school, count);
        }

        return this;
    }

    public SchedulingProblem Build() =>
        new(days, blocks, 7, maxCallers, unavailable, changeover);

    private static int Pick(Random random, double[] weights)
    {
        var target = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target <= 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
