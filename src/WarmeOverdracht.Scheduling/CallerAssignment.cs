namespace WarmeOverdracht.Scheduling;

/// <summary>
/// Numbers the callers of each VO school once the times are fixed: interval colouring in order of
/// start, so the number of callers equals the peak overlap (with changeover time counted).
/// </summary>
internal static class CallerAssignment
{
    public static Dictionary<int, int> Assign(
        IEnumerable<(BlockRequest Block, int Start, int End)> placed, int changeoverMinutes)
    {
        var callerOf = new Dictionary<int, int>();
        foreach (var school in placed.GroupBy(p => p.Block.SecondarySchoolId))
        {
            var freeFrom = new List<int>();
            foreach (var (block, start, end) in school.OrderBy(p => p.Start).ThenBy(p => p.Block.Id))
            {
                var caller = freeFrom.FindIndex(free => free <= start);
                if (caller < 0)
                {
                    freeFrom.Add(0);
                    caller = freeFrom.Count - 1;
                }

                freeFrom[caller] = end + changeoverMinutes;
                callerOf[block.Id] = caller + 1;
            }
        }

        return callerOf;
    }
}
