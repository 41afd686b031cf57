namespace WarmeOverdracht.Scheduling;

/// <summary>The figures of a schedule and the lower bounds they are compared with.</summary>
internal static class ScheduleMeasures
{
    /// <summary>⌈load / window time⌉: no school can do with fewer callers; at least 1 with any load.</summary>
    public static int CallerLowerBound(int loadMinutes, int totalWindowMinutes) =>
        loadMinutes == 0 || totalWindowMinutes == 0 ? 0 : (loadMinutes + totalWindowMinutes - 1) / totalWindowMinutes;

    public static ScheduleMetrics Metrics(
        TimeAxis axis,
        IReadOnlyList<(BlockRequest Block, int Start, int End)> placed,
        IReadOnlyList<SchoolCallers> schools)
    {
        var finish = placed.Count == 0 ? 0 : placed.Max(p => axis.ElapsedAt(p.End));
        var lineLoads = placed.GroupBy(p => p.Block.PhoneLineId).Select(g => g.Sum(p => p.End - p.Start));
        var schoolBound = schools.Where(s => s.Callers > 0)
            .Select(s => (s.LoadMinutes + s.Callers - 1) / s.Callers);
        var finishBound = lineLoads.Concat(schoolBound).DefaultIfEmpty(0).Max();

        return new ScheduleMetrics(
            finish,
            finishBound,
            Waiting(axis, placed),
            placed.Sum(p => p.End - p.Start),
            schools.Sum(s => s.Callers),
            schools.Sum(s => s.LowerBound));
    }

    /// <summary>
    /// Per line and day: the window time between the first call's start and the last call's end not spent calling.
    /// </summary>
    private static int Waiting(TimeAxis axis, IReadOnlyList<(BlockRequest Block, int Start, int End)> placed) =>
        placed.GroupBy(p => (p.Block.PhoneLineId, Day: TimeAxis.DayOf(p.Start)))
            .Sum(g => axis.ElapsedAt(g.Max(p => p.End)) - axis.ElapsedAt(g.Min(p => p.Start))
                      - g.Sum(p => p.End - p.Start));
}
