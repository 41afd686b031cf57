using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.UnitTests.Scheduling;

/// <summary>
/// Checks every hard constraint of a schedule against its problem, written apart from the scheduler
/// (it shares only the input and output records) so a scheduler bug cannot hide itself.
/// </summary>
public static class ScheduleChecker
{
    public static IReadOnlyList<string> Violations(SchedulingProblem problem, ScheduleResult result)
    {
        var blocks = problem.Blocks.ToDictionary(b => b.Id);
        var violations = new List<string>();
        violations.AddRange(EveryBlockAccountedFor(problem, result));
        violations.AddRange(result.Placed.SelectMany(p => PlacementViolations(problem, blocks[p.BlockId], p)));
        violations.AddRange(LineOverlaps(result, blocks));
        violations.AddRange(CallerViolations(problem, result, blocks));
        return violations;
    }

    public static void AssertValid(SchedulingProblem problem, ScheduleResult result) =>
        Assert.Empty(Violations(problem, result));

    private static IEnumerable<string> EveryBlockAccountedFor(SchedulingProblem problem, ScheduleResult result)
    {
        var seen = result.Placed.Select(p => p.BlockId).Concat(result.Unplaced.Select(u => u.BlockId)).ToList();
        foreach (var block in problem.Blocks.Where(b => seen.Count(id => id == b.Id) != 1))
        {
            yield return $"block {block.Id} appears {seen.Count(id => id == block.Id)} times in the result";
        }
    }

    private static IEnumerable<string> PlacementViolations(SchedulingProblem problem, BlockRequest block, PlacedBlock placed)
    {
        if ((placed.End - placed.Start).TotalMinutes != block.PupilCount * problem.SlotMinutes)
        {
            yield return $"block {block.Id} lasts {(placed.End - placed.Start).TotalMinutes} minutes";
        }

        var day = problem.Days.SingleOrDefault(d => d.Date == placed.Date);
        if (day is null || !day.Windows.Any(w => placed.Start >= w.Start && placed.End <= w.End))
        {
            yield return $"block {block.Id} lies outside every window";
        }

        var clash = (problem.Unavailable ?? []).Any(u => u.PhoneLineId == block.PhoneLineId && u.Date == placed.Date
                                                         && placed.Start < u.End && u.Start < placed.End);
        if (clash)
        {
            yield return $"block {block.Id} lies in an unavailable time of line {block.PhoneLineId}";
        }
    }

    private static IEnumerable<string> LineOverlaps(ScheduleResult result, Dictionary<int, BlockRequest> blocks) =>
        Overlapping(result.Placed, p => blocks[p.BlockId].PhoneLineId, gap: 0)
            .Select(pair => $"line {blocks[pair.A.BlockId].PhoneLineId} has blocks {pair.A.BlockId} and {pair.B.BlockId} at once");

    private static IEnumerable<string> CallerViolations(
        SchedulingProblem problem, ScheduleResult result, Dictionary<int, BlockRequest> blocks)
    {
        var schools = result.Schools.ToDictionary(s => s.SecondarySchoolId);
        foreach (var placed in result.Placed)
        {
            var school = blocks[placed.BlockId].SecondarySchoolId;
            if (!schools.TryGetValue(school, out var callers) || placed.CallerNumber < 1 || placed.CallerNumber > callers.Callers)
            {
                yield return $"block {placed.BlockId} has caller {placed.CallerNumber} outside its school's callers";
            }
        }

        foreach (var pair in Overlapping(result.Placed, p => (blocks[p.BlockId].SecondarySchoolId, p.CallerNumber),
                     problem.ChangeoverMinutes))
        {
            yield return $"caller has blocks {pair.A.BlockId} and {pair.B.BlockId} without changeover";
        }

        foreach (var school in result.Schools)
        {
            var max = problem.MaxCallers?.GetValueOrDefault(school.SecondarySchoolId, int.MaxValue) ?? int.MaxValue;
            if (school.Callers > max)
            {
                yield return $"school {school.SecondarySchoolId} uses {school.Callers} callers, more than {max}";
            }

            if (school.Callers < PeakOverlap(result.Placed.Where(p => blocks[p.BlockId].SecondarySchoolId == school.SecondarySchoolId)))
            {
                yield return $"school {school.SecondarySchoolId} reports fewer callers than its peak overlap";
            }
        }
    }

    private static IEnumerable<(PlacedBlock A, PlacedBlock B)> Overlapping<TKey>(
        IEnumerable<PlacedBlock> placed, Func<PlacedBlock, TKey> key, int gap)
    {
        foreach (var group in placed.GroupBy(key))
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    if (a.Date == b.Date && a.Start < b.End.AddMinutes(gap) && b.Start < a.End.AddMinutes(gap))
                    {
                        yield return (a, b);
                    }
                }
            }
        }
    }

    private static int PeakOverlap(IEnumerable<PlacedBlock> placed)
    {
        var list = placed.ToList();
        return list.Count == 0 ? 0 : list.Max(p => list.Count(o => o.Date == p.Date && o.Start <= p.Start && p.Start < o.End));
    }
}
