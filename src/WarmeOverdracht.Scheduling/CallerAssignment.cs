namespace WarmeOverdracht.Scheduling;

// Callers per school and the 1-based caller of each placed block (0 for unplaced blocks).
internal sealed record CallerPlan(int[] CallerNumbers, int[] CallersPerSchool);

// Interval colouring: taking a school's calls by start and giving each the lowest-numbered caller who is free
// (changeover included) uses exactly as many callers as the peak number of overlapping calls.
internal static class CallerAssignment
{
    public static CallerPlan Assign(SchedulingModel model, Placement placement)
    {
        var numbers = new int[model.Blocks.Count];
        var perSchool = model.Schools
            .Select(school => AssignSchool(model, school, placement, numbers))
            .ToArray();
        return new CallerPlan(numbers, perSchool);
    }

    private static int AssignSchool(SchedulingModel model, SchoolInfo school, Placement placement, int[] numbers)
    {
        var calls = school.Blocks
            .Where(placement.IsPlaced)
            .Select(index => model.Blocks[index])
            .OrderBy(block => placement.Starts[block.Index])
            .ThenBy(block => block.Id);
        var freeFrom = new List<int>();

        foreach (var block in calls)
        {
            var call = placement.CallOf(block);
            var caller = freeFrom.FindIndex(free => free <= call.Start);
            if (caller < 0)
            {
                caller = freeFrom.Count;
                freeFrom.Add(0);
            }

            freeFrom[caller] = call.End + model.ChangeoverMinutes;
            numbers[block.Index] = caller + 1;
        }

        return freeFrom.Count;
    }
}
