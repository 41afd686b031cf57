using System.Globalization;
using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.UnitTests.Scheduling;

// Builds scheduling problems for tests: days with windows written as "09:00-12:00", blocks, limits.
internal sealed class ProblemBuilder
{
    public static readonly DateOnly FirstDay = new(2027, 5, 18);

    private readonly List<DayWindows> days = [];
    private readonly List<BlockRequest> blocks = [];
    private readonly Dictionary<int, int> maxCallers = [];
    private readonly List<LineUnavailability> unavailable = [];
    private int slotMinutes = 7;
    private int changeoverMinutes;

    public ProblemBuilder WithDay(params string[] windows)
    {
        days.Add(new DayWindows(FirstDay.AddDays(days.Count), windows.Select(ParseWindow).ToList()));
        return this;
    }

    public ProblemBuilder WithBlock(int line, int school, int pupils)
    {
        blocks.Add(new BlockRequest(blocks.Count + 1, line, school, pupils));
        return this;
    }

    public ProblemBuilder WithMaxCallers(int school, int maximum)
    {
        maxCallers[school] = maximum;
        return this;
    }

    public ProblemBuilder WithUnavailable(int line, string times, int day = 0)
    {
        var window = ParseWindow(times);
        unavailable.Add(new LineUnavailability(line, FirstDay.AddDays(day), window.Start, window.End));
        return this;
    }

    public ProblemBuilder WithSlotMinutes(int minutes)
    {
        slotMinutes = minutes;
        return this;
    }

    public ProblemBuilder WithChangeoverMinutes(int minutes)
    {
        changeoverMinutes = minutes;
        return this;
    }

    public SchedulingProblem Build() =>
        new([.. days], [.. blocks], slotMinutes, new Dictionary<int, int>(maxCallers), [.. unavailable],
            changeoverMinutes);

    public static Window ParseWindow(string times)
    {
        var parts = times.Split('-');
        return new Window(ParseTime(parts[0]), ParseTime(parts[1]));
    }

    private static TimeOnly ParseTime(string time) => TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture);
}
