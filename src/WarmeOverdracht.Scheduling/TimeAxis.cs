namespace WarmeOverdracht.Scheduling;

/// <summary>
/// All windows of all days on one line of minutes: minute <c>day × 1440 + minute of day</c>. Also
/// measures "window minutes", the time that counts: breaks and nights do not.
/// </summary>
internal sealed class TimeAxis
{
    private const int MinutesPerDay = 24 * 60;

    private readonly Dictionary<DateOnly, int> dayIndex;

    private TimeAxis(IReadOnlyList<DateOnly> dates, IReadOnlyList<AxisWindow> windows)
    {
        Dates = dates;
        dayIndex = dates.Select((date, index) => (date, index)).ToDictionary(d => d.date, d => d.index);
        Windows = windows;
        TotalWindowMinutes = windows.Sum(w => w.Length);
        LongestWindow = windows.Count == 0 ? 0 : windows.Max(w => w.Length);
    }

    public IReadOnlyList<DateOnly> Dates { get; }

    /// <summary>Windows in time order.</summary>
    public IReadOnlyList<AxisWindow> Windows { get; }

    public int TotalWindowMinutes { get; }

    public int LongestWindow { get; }

    public static TimeAxis From(IReadOnlyList<DayWindows> days)
    {
        var ordered = days.OrderBy(d => d.Date).ToList();
        var windows = new List<AxisWindow>();
        var elapsed = 0;
        for (var day = 0; day < ordered.Count; day++)
        {
            foreach (var window in ordered[day].Windows.OrderBy(w => w.Start))
            {
                var start = day * MinutesPerDay + Minutes(window.Start);
                var end = day * MinutesPerDay + Minutes(window.End);
                windows.Add(new AxisWindow(day, start, end, elapsed));
                elapsed += end - start;
            }
        }

        return new TimeAxis(ordered.Select(d => d.Date).ToList(), windows);
    }

    public int ToAxis(DateOnly date, TimeOnly time)
    {
        return dayIndex.TryGetValue(date, out var day) ? day * MinutesPerDay + Minutes(time) : -1;
    }

    public DateOnly DateOf(int minute) => Dates[minute / MinutesPerDay];

    public static TimeOnly TimeOf(int minute) => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute % MinutesPerDay));

    public static int DayOf(int minute) => minute / MinutesPerDay;

    /// <summary>
    /// Window minutes from the first window's start up to <paramref name="minute"/>, which lies in a window.
    /// </summary>
    public int ElapsedAt(int minute)
    {
        foreach (var window in Windows)
        {
            if (minute >= window.Start && minute <= window.End)
            {
                return window.ElapsedBefore + (minute - window.Start);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(minute), minute, "The minute lies outside every window.");
    }

    private static int Minutes(TimeOnly time) => time.Hour * 60 + time.Minute;
}

/// <summary>A window on the axis; <see cref="ElapsedBefore"/> is the window time of all earlier windows.</summary>
internal sealed record AxisWindow(int Day, int Start, int End, int ElapsedBefore)
{
    public int Length => End - Start;
}
