namespace WarmeOverdracht.Scheduling;

// Maps days and windows to integer grid minutes, the scheduler's only notion of time. Real minutes (breaks
// included) decide overlaps and changeovers; window minutes, which skip breaks and nights, measure the finish.
internal sealed class TimeAxis
{
    public const int MinutesPerDay = 24 * 60;

    private readonly DateOnly[] dates;
    private readonly AxisWindow[] windows;
    private readonly ArraySegment<AxisWindow>[] windowsPerDay;
    private readonly int[] windowAt;

    private TimeAxis(DateOnly[] dates, AxisWindow[] windows)
    {
        this.dates = dates;
        this.windows = windows;
        windowsPerDay = SplitPerDay(dates.Length, windows);
        windowAt = IndexMinutes(dates.Length, windows);
        TotalWindowMinutes = windows.Sum(window => window.Length);
        LongestWindowMinutes = windows.Length == 0 ? 0 : windows.Max(window => window.Length);
    }

    public IReadOnlyList<AxisWindow> Windows => windows;

    public int GridMinutes => dates.Length * MinutesPerDay;

    public int TotalWindowMinutes { get; }

    public int LongestWindowMinutes { get; }

    public static TimeAxis Build(IEnumerable<DayWindows> days)
    {
        var ordered = days.OrderBy(day => day.Date).ToArray();
        var windows = new List<AxisWindow>();
        var offset = 0;
        for (var day = 0; day < ordered.Length; day++)
        {
            foreach (var window in ordered[day].Windows.OrderBy(window => window.Start))
            {
                var start = day * MinutesPerDay + MinutesRoundedUp(window.Start);
                var end = day * MinutesPerDay + MinutesRoundedDown(window.End);
                if (end > start)
                {
                    windows.Add(new AxisWindow(day, start, end, offset));
                    offset += end - start;
                }
            }
        }

        return new TimeAxis(ordered.Select(day => day.Date).ToArray(), [.. windows]);
    }

    public bool InsideOneWindow(Interval call) =>
        windows.Any(window => window.Start <= call.Start && call.End <= window.End);

    public bool CanHold(BlockInfo block) => block.Duration <= LongestWindowMinutes;

    public IReadOnlyList<AxisWindow> WindowsOn(int day) => windowsPerDay[day];

    public static int DayOf(int minute) => minute / MinutesPerDay;

    public int WindowMinutesAtEnd(int end)
    {
        var window = windows[windowAt[end - 1]];
        return window.Offset + end - window.Start;
    }

    public Interval? ToGrid(DateOnly date, TimeOnly start, TimeOnly end)
    {
        var day = Array.BinarySearch(dates, date);
        if (day < 0)
        {
            return null;
        }

        var dayStart = day * MinutesPerDay;
        return new Interval(dayStart + MinutesRoundedDown(start), dayStart + MinutesRoundedUp(end));
    }

    public DateOnly DateOf(int minute) => dates[DayOf(minute)];

    public static TimeOnly TimeOf(int minute) => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute % MinutesPerDay));

    private static int MinutesRoundedDown(TimeOnly time) => (int)(time.Ticks / TimeSpan.TicksPerMinute);

    private static int MinutesRoundedUp(TimeOnly time) =>
        (int)((time.Ticks + TimeSpan.TicksPerMinute - 1) / TimeSpan.TicksPerMinute);

    private static ArraySegment<AxisWindow>[] SplitPerDay(int dayCount, AxisWindow[] windows)
    {
        var perDay = new ArraySegment<AxisWindow>[dayCount];
        for (var day = 0; day < dayCount; day++)
        {
            var first = Array.FindIndex(windows, window => window.Day >= day);
            var count = windows.Count(window => window.Day == day);
            perDay[day] = count == 0
                ? ArraySegment<AxisWindow>.Empty
                : new ArraySegment<AxisWindow>(windows, first, count);
        }

        return perDay;
    }

    private static int[] IndexMinutes(int dayCount, AxisWindow[] windows)
    {
        var index = new int[dayCount * MinutesPerDay];
        Array.Fill(index, -1);
        for (var i = 0; i < windows.Length; i++)
        {
            Array.Fill(index, i, windows[i].Start, windows[i].Length);
        }

        return index;
    }
}
