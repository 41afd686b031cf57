using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.Bench.Scheduling;

internal readonly record struct GridWindow(int Start, int End, int Offset);

// The problem on a grid of whole minutes (day index × 1440 + minute of the day), for the peers that do not
// share the product's internals: windows, durations, and per line the minutes it cannot be called.
internal sealed class Grid
{
    public const int MinutesPerDay = 1_440;

    private Grid(SchedulingProblem problem)
    {
        Problem = problem;
        Dates = [.. problem.Days.Select(day => day.Date).Order()];
        Windows = [.. BuildWindows(problem, Dates)];
        Durations = problem.Blocks.ToDictionary(block => block.Id, block => block.PupilCount * problem.SlotMinutes);
        Unavailable = (problem.Unavailable ?? [])
            .Where(time => Array.IndexOf(Dates, time.Date) >= 0)
            .GroupBy(time => time.PhoneLineId)
            .ToDictionary(line => line.Key, line => line.Select(ToInterval).ToArray());
        TotalWindowMinutes = Windows.Sum(window => window.End - window.Start);
    }

    public SchedulingProblem Problem { get; }

    public DateOnly[] Dates { get; }

    public GridWindow[] Windows { get; }

    public Dictionary<int, int> Durations { get; }

    public Dictionary<int, (int Start, int End)[]> Unavailable { get; }

    public int TotalWindowMinutes { get; }

    public int Horizon => Dates.Length * MinutesPerDay;

    public static Grid Of(SchedulingProblem problem) => new(problem);

    public PlacedBlock ToPlaced(int blockId, int start, int callerNumber = 0)
    {
        var end = start + Durations[blockId];
        return new PlacedBlock(blockId, Dates[start / MinutesPerDay], TimeOf(start), TimeOf(end), callerNumber);
    }

    public int ToGrid(DateOnly date, TimeOnly time) =>
        Array.IndexOf(Dates, date) * MinutesPerDay + time.Hour * 60 + time.Minute;

    // Window minutes from the first window's start to a call's end: breaks and nights do not count.
    public int WindowMinutesAt(int end)
    {
        var window = Windows.Last(window => window.Start < end);
        return window.Offset + Math.Min(end, window.End) - window.Start;
    }

    private static TimeOnly TimeOf(int minute) => new(minute % MinutesPerDay / 60, minute % 60);

    private (int Start, int End) ToInterval(LineUnavailability time)
    {
        var day = Array.IndexOf(Dates, time.Date) * MinutesPerDay;
        var end = time.End.Hour * 60 + time.End.Minute + (time.End.Second > 0 ? 1 : 0);
        return (day + time.Start.Hour * 60 + time.Start.Minute, day + end);
    }

    private static IEnumerable<GridWindow> BuildWindows(SchedulingProblem problem, DateOnly[] dates)
    {
        var offset = 0;
        foreach (var day in problem.Days.OrderBy(day => day.Date))
        {
            var dayStart = Array.IndexOf(dates, day.Date) * MinutesPerDay;
            foreach (var window in day.Windows.OrderBy(window => window.Start))
            {
                var start = dayStart + window.Start.Hour * 60 + window.Start.Minute;
                var end = dayStart + window.End.Hour * 60 + window.End.Minute;
                yield return new GridWindow(start, end, offset);
                offset += end - start;
            }
        }
    }
}
