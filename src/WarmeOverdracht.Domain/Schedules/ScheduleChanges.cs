namespace WarmeOverdracht.Domain.Schedules;

public enum CallChangeKind { Added, Moved, PupilsChanged, Cancelled }

/// Before is null for Added, After is null for Cancelled.
public sealed record CallChange(CallChangeKind Kind, CallBlock? Before, CallBlock? After)
{
    public int PhoneLineId => (After ?? Before)!.PhoneLineId;
    public int SecondarySchoolId => (After ?? Before)!.SecondarySchoolId;
}

public static class ScheduleChanges
{
    /// Pairs the blocks of two versions by (PhoneLineId, SecondarySchoolId, n-th block of that
    /// pair ordered by Date then Start); unchanged calls are not returned. Moved = Date, Start
    /// or CallerNumber differs (pupils may differ too); PupilsChanged = same time and caller,
    /// other pupils (compare the PupilId sequence ordered by Position).
    /// Result ordered by (After ?? Before).Date, Start, PhoneLineId, SecondarySchoolId.
    public static IReadOnlyList<CallChange> Compare(
        IEnumerable<CallBlock> before, IEnumerable<CallBlock> after)
    {
        var old = Parts(before);
        var current = Parts(after);
        var changes = new List<CallChange>();

        foreach (var (key, block) in current)
        {
            var change = old.TryGetValue(key, out var previous) ? Change(previous, block) : Added(block);
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        changes.AddRange(old.Where(pair => !current.ContainsKey(pair.Key))
            .Select(pair => new CallChange(CallChangeKind.Cancelled, pair.Value, null)));

        return
        [
            .. changes
                .OrderBy(change => (change.After ?? change.Before)!.Date)
                .ThenBy(change => (change.After ?? change.Before)!.Start)
                .ThenBy(change => change.PhoneLineId)
                .ThenBy(change => change.SecondarySchoolId),
        ];
    }

    private static CallChange Added(CallBlock block) => new(CallChangeKind.Added, null, block);

    private static CallChange? Change(CallBlock before, CallBlock after)
    {
        if (before.Date != after.Date || before.Start != after.Start || before.CallerNumber != after.CallerNumber)
        {
            return new CallChange(CallChangeKind.Moved, before, after);
        }

        return PupilIds(before).SequenceEqual(PupilIds(after))
            ? null
            : new CallChange(CallChangeKind.PupilsChanged, before, after);
    }

    private static IEnumerable<int> PupilIds(CallBlock block) =>
        block.Pupils.OrderBy(pupil => pupil.Position).Select(pupil => pupil.PupilId);

    // Key: (line, school, part number), the part number 1-based among the pair's blocks by Date then Start.
    private static Dictionary<(int Line, int School, int Part), CallBlock> Parts(IEnumerable<CallBlock> blocks) =>
        blocks
            .GroupBy(block => (block.PhoneLineId, block.SecondarySchoolId))
            .SelectMany(pair => pair
                .OrderBy(block => block.Date)
                .ThenBy(block => block.Start)
                .Select((block, index) => (Key: (pair.Key.PhoneLineId, pair.Key.SecondarySchoolId, index + 1), block)))
            .ToDictionary(entry => entry.Key, entry => entry.block);
}
