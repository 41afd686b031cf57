namespace WarmeOverdracht.Scheduling;

// Minute-by-minute state of one placement pass: how many calls (plus changeover) each school has running, and
// which minutes the phone line being placed is taken. Lines are placed one at a time, so a single line map,
// invalidated by a new stamp per line, is enough.
internal sealed class Occupancy
{
    private readonly int[][] schoolCalls;
    private readonly int[] lineStamp;
    private readonly int changeover;
    private int[] callers = [];
    private int stamp;

    public Occupancy(int schoolCount, int gridMinutes, int changeover)
    {
        schoolCalls = Enumerable.Range(0, schoolCount).Select(_ => new int[gridMinutes + changeover]).ToArray();
        lineStamp = new int[gridMinutes];
        this.changeover = changeover;
    }

    public void Reset(int[] callersPerSchool)
    {
        callers = callersPerSchool;
        foreach (var calls in schoolCalls)
        {
            Array.Clear(calls);
        }
    }

    public void BeginLine(IEnumerable<Interval> unavailable)
    {
        stamp++;
        foreach (var interval in unavailable)
        {
            TakeLine(interval);
        }
    }

    public void TakeLine(Interval interval)
    {
        var start = Math.Max(0, interval.Start);
        var end = Math.Min(lineStamp.Length, interval.End);
        if (end > start)
        {
            Array.Fill(lineStamp, stamp, start, end - start);
        }
    }

    public void AddCall(int school, Interval call)
    {
        TakeLine(call);
        AddSchoolCall(school, call);
    }

    public bool Fits(int school, Interval call) =>
        LastLineConflict(call) < 0 && LastSchoolConflict(school, call) < 0;

    public void AddSchoolCall(int school, Interval call)
    {
        var calls = schoolCalls[school];
        for (var minute = call.Start; minute < call.End + changeover; minute++)
        {
            calls[minute]++;
        }
    }

    // The last minute in the call at which the line is taken, or -1 when it is free throughout.
    public int LastLineConflict(Interval call)
    {
        for (var minute = call.End - 1; minute >= call.Start; minute--)
        {
            if (lineStamp[minute] == stamp)
            {
                return minute;
            }
        }

        return -1;
    }

    // The last minute of the call and its changeover at which every caller is busy, or -1 when none is.
    public int LastSchoolConflict(int school, Interval call)
    {
        var calls = schoolCalls[school];
        var limit = callers[school];
        for (var minute = call.End + changeover - 1; minute >= call.Start; minute--)
        {
            if (calls[minute] >= limit)
            {
                return minute;
            }
        }

        return -1;
    }
}
