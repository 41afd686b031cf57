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
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var earlier = Parts(before);
        var later = Parts(after);
        var changes = new List<CallChange>();
        foreach (var key in earlier.Keys.Union(later.Keys))
        {
            var change = Difference(earlier.GetValueOrDefault(key), later.GetValueOrDefault(key));
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        return changes
            .OrderBy(c => (c.After ?? c.Before)!.Date).ThenBy(c => (c.After ?? c.Before)!.Start)
            .ThenBy(c => c.PhoneLineId).ThenBy(c => c.SecondarySchoolId)
            .ToList();
    }

    private static Dictionary<(int Line, int School, int Part), CallBlock> Parts(IEnumerable<CallBlock> blocks) =>
        blocks.GroupBy(b => (b.PhoneLineId, b.SecondarySchoolId))
            .SelectMany(pair => pair.OrderBy(b => b.Date).ThenBy(b => b.Start)
                .Select((block, index) => (Key: (pair.Key.PhoneLineId, pair.Key.SecondarySchoolId, index + 1), block)))
            .ToDictionary(entry => entry.Key, entry => entry.block);

    private static CallChange? Difference(CallBlock? before, CallBlock? after)
    {
        if (before is null)
        {
            return new CallChange(CallChangeKind.Added, null, after);
        }

        if (after is null)
        {
            return new CallChange(CallChangeKind.Cancelled, before, null);
        }

        if (before.Date != after.Date || before.Start != after.Start || before.CallerNumber != after.CallerNumber)
        {
            return new CallChange(CallChangeKind.Moved, before, after);
        }

        return PupilIds(before).SequenceEqual(PupilIds(after))
            ? null
            : new CallChange(CallChangeKind.PupilsChanged, before, after);
    }

    private static IEnumerable<int> PupilIds(CallBlock block) =>
        block.Pupils.OrderBy(p => p.Position).Select(p => p.PupilId);
}
