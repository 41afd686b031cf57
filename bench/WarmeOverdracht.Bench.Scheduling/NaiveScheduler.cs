namespace WarmeOverdracht.Bench.Scheduling;

// Today's spreadsheet practice: PO schools (phone lines) in list order, each block at the first time the line and a
// caller of the VO school are free. A school starts with its lower bound of callers and gets one more whenever a
// block fits nowhere with the callers it has, up to its maximum.
internal static class NaiveScheduler
{
    public static Dictionary<int, int> Schedule(Grid grid)
    {
        var problem = grid.Problem;
        var lineBusy = new Dictionary<int, bool[]>();
        var schoolCalls = new Dictionary<int, int[]>();
        var callers = problem.Blocks.GroupBy(block => block.SecondarySchoolId).ToDictionary(
            school => school.Key,
            school => Math.Max(1, (school.Sum(b => grid.Durations[b.Id]) + grid.TotalWindowMinutes - 1)
                / grid.TotalWindowMinutes));
        var starts = new Dictionary<int, int>();

        foreach (var block in problem.Blocks.OrderBy(b => b.PhoneLineId).ThenBy(b => b.SecondarySchoolId))
        {
            var busy = lineBusy.TryGetValue(block.PhoneLineId, out var known)
                ? known
                : NewLine(grid, block.PhoneLineId);
            lineBusy[block.PhoneLineId] = busy;
            if (!schoolCalls.TryGetValue(block.SecondarySchoolId, out var calls))
            {
                calls = new int[grid.Horizon + problem.ChangeoverMinutes];
                schoolCalls[block.SecondarySchoolId] = calls;
            }

            var duration = grid.Durations[block.Id];
            var start = FirstFit(grid, busy, calls, callers[block.SecondarySchoolId], duration);
            while (start < 0 && CanGrow(problem, block.SecondarySchoolId, callers))
            {
                callers[block.SecondarySchoolId]++;
                start = FirstFit(grid, busy, calls, callers[block.SecondarySchoolId], duration);
            }

            if (start < 0)
            {
                continue;
            }

            starts[block.Id] = start;
            Array.Fill(busy, true, start, duration);
            for (var minute = start; minute < start + duration + problem.ChangeoverMinutes; minute++)
            {
                calls[minute]++;
            }
        }

        return starts;
    }

    private static bool CanGrow(
        WarmeOverdracht.Scheduling.SchedulingProblem problem, int school, Dictionary<int, int> callers)
    {
        var blocks = problem.Blocks.Count(block => block.SecondarySchoolId == school);
        var maximum = problem.MaxCallers?.GetValueOrDefault(school, blocks) ?? blocks;
        return callers[school] < Math.Min(maximum, blocks);
    }

    private static bool[] NewLine(Grid grid, int line)
    {
        var busy = new bool[grid.Horizon];
        foreach (var (start, end) in grid.Unavailable.GetValueOrDefault(line, []))
        {
            Array.Fill(busy, true, start, Math.Min(end, grid.Horizon) - start);
        }

        return busy;
    }

    private static int FirstFit(Grid grid, bool[] lineBusy, int[] schoolCalls, int callers, int duration)
    {
        var changeover = grid.Problem.ChangeoverMinutes;
        foreach (var window in grid.Windows)
        {
            for (var start = window.Start; start + duration <= window.End; start++)
            {
                var fits = true;
                for (var minute = start; minute < start + duration + changeover && fits; minute++)
                {
                    fits = (minute >= start + duration || !lineBusy[minute]) && schoolCalls[minute] < callers;
                }

                if (fits)
                {
                    return start;
                }
            }
        }

        return -1;
    }
}
