namespace WarmeOverdracht.Web.Features.Schedules;

/// <summary>One stored call of a PO phone line, as far as its span needs it.</summary>
public sealed record LineCall(
    int PhoneLineId, string PrimarySchool, string Contact, DateOnly Date, TimeOnly Start, TimeOnly End);

/// <summary>
/// A PO phone line's span — per calling day, its first call's start to its last call's end, summed — against
/// its lower bound: its call minutes, reached when the line's calls run back to back.
/// </summary>
public sealed record LineSpan(
    int PhoneLineId, string PrimarySchool, string Contact, int Days, int SpanMinutes, int CallMinutes)
{
    public bool AtBound => SpanMinutes == CallMinutes;

    public int WaitingMinutes => SpanMinutes - CallMinutes;
}

/// <summary>Every line's span beside its bound, and the lines that are above it.</summary>
public sealed record LineSpanSummary(IReadOnlyList<LineSpan> Lines)
{
    public int AtBound => Lines.Count(line => line.AtBound);

    public int SpanMinutes => Lines.Sum(line => line.SpanMinutes);

    public int CallMinutes => Lines.Sum(line => line.CallMinutes);

    public IReadOnlyList<LineSpan> AboveBound => Lines.Where(line => !line.AtBound).ToList();

    public static LineSpanSummary Measure(IEnumerable<LineCall> calls)
    {
        var lines = calls.GroupBy(call => call.PhoneLineId)
            .Select(Measure)
            .OrderBy(line => line.PrimarySchool, StringComparer.CurrentCulture)
            .ThenBy(line => line.Contact, StringComparer.CurrentCulture)
            .ThenBy(line => line.PhoneLineId)
            .ToList();
        return new LineSpanSummary(lines);
    }

    private static LineSpan Measure(IGrouping<int, LineCall> line)
    {
        var first = line.First();
        var days = line.GroupBy(call => call.Date).ToList();
        var span = days.Sum(day => Minutes(day.Min(call => call.Start), day.Max(call => call.End)));
        var callMinutes = line.Sum(call => Minutes(call.Start, call.End));
        return new LineSpan(line.Key, first.PrimarySchool, first.Contact, days.Count, span, callMinutes);
    }

    private static int Minutes(TimeOnly start, TimeOnly end) => (int)(end - start).TotalMinutes;
}
