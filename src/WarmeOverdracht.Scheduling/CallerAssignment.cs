namespace WarmeOverdracht.Scheduling;

// Callers per school and the 1-based caller of each placed block (0 for unplaced blocks).
internal sealed record CallerPlan(int[] CallerNumbers, int[] CallersPerSchool);

// Interval colouring: taking a school's calls by start and giving each the lowest-numbered caller who is free
// (changeover included) uses exactly as many callers as the peak number of overlapping calls. Pinned calls with a
// caller number take that caller first; the others go round them. A call that then finds no caller within the
// school's callers is taken out of the placement as "no caller free", so the search can add a caller.
internal static class CallerAssignment
{
    public static CallerPlan Assign(SchedulingModel model, Placement placement, int[] callerCaps)
    {
        var numbers = new int[model.Blocks.Count];
        var perSchool = model.Schools
            .Select(school => AssignSchool(model, school, placement, numbers, callerCaps[school.Index]))
            .ToArray();
        return new CallerPlan(numbers, perSchool);
    }

    private static int AssignSchool(
        SchedulingModel model, SchoolInfo school, Placement placement, int[] numbers, int cap)
    {
        var calls = school.Blocks
            .Where(placement.IsPlaced)
            .Select(index => model.Blocks[index])
            .OrderBy(block => placement.Starts[block.Index])
            .ThenBy(block => block.Id)
            .ToArray();
        var callers = new List<List<Interval>>();
        var free = calls.Where(block => !TakePinned(model, placement, block, callers, numbers)).ToArray();
        var limit = Math.Max(cap, callers.Count);

        foreach (var block in free)
        {
            var call = placement.CallOf(block);
            var caller = callers.FindIndex(busy => IsFree(model, busy, call));
            if (caller < 0 && callers.Count < limit)
            {
                caller = callers.Count;
                callers.Add([]);
            }

            if (caller < 0)
            {
                placement.Starts[block.Index] = -1;
                placement.Causes[block.Index] = FailureCause.NoFreeCaller;
                continue;
            }

            callers[caller].Add(call);
            numbers[block.Index] = caller + 1;
        }

        return callers.FindLastIndex(busy => busy.Count > 0) + 1;
    }

    // Gives a pinned block its pinned caller when that caller is free; false leaves the block to the colouring.
    private static bool TakePinned(
        SchedulingModel model, Placement placement, BlockInfo block, List<List<Interval>> callers, int[] numbers)
    {
        var number = model.PinnedCallers[block.Index];
        if (number == 0)
        {
            return false;
        }

        while (callers.Count < number)
        {
            callers.Add([]);
        }

        var call = placement.CallOf(block);
        if (!IsFree(model, callers[number - 1], call))
        {
            return false;
        }

        callers[number - 1].Add(call);
        numbers[block.Index] = number;
        return true;
    }

    private static bool IsFree(SchedulingModel model, List<Interval> busy, Interval call) =>
        busy.TrueForAll(other => call.Start >= other.End + model.ChangeoverMinutes
            || other.Start >= call.End + model.ChangeoverMinutes);
}
