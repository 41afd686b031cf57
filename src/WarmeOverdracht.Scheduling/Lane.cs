namespace WarmeOverdracht.Scheduling;

/// <summary>The busy intervals of one phone line or one caller, kept sorted by start.</summary>
internal sealed class Lane
{
    private readonly List<(int Start, int End)> busy = [];

    public IReadOnlyList<(int Start, int End)> Busy => busy;

    /// <summary>
    /// True when [start, end) keeps at least <paramref name="gap"/> minutes from every busy interval.
    /// </summary>
    public bool IsFree(int start, int end, int gap = 0)
    {
        foreach (var (busyStart, busyEnd) in busy)
        {
            if (busyStart >= end + gap)
            {
                return true;
            }

            if (start < busyEnd + gap && busyStart < end + gap)
            {
                return false;
            }
        }

        return true;
    }

    public void Add(int start, int end)
    {
        var index = busy.FindIndex(b => b.Start > start);
        busy.Insert(index < 0 ? busy.Count : index, (start, end));
    }
}
