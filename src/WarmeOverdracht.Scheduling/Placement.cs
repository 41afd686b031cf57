namespace WarmeOverdracht.Scheduling;

internal enum FailureCause
{
    None,
    NoWindows,
    LongerThanAnyWindow,
    LineNotFree,
    NoFreeCaller,
    PartsApart,
}

// The outcome of one placement pass: a grid start per block, or -1 and the reason it found no place.
internal sealed class Placement
{
    public Placement(int blockCount)
    {
        Starts = new int[blockCount];
        Array.Fill(Starts, -1);
        Causes = new FailureCause[blockCount];
    }

    public int[] Starts { get; }

    public FailureCause[] Causes { get; }

    public bool IsPlaced(int block) => Starts[block] >= 0;

    public Interval CallOf(BlockInfo block) => new(Starts[block.Index], Starts[block.Index] + block.Duration);
}
