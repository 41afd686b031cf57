namespace WarmeOverdracht.Scheduling;

// Reports a percentage that only goes up, so a progress bar never jumps back.
internal sealed class ProgressReporter(IProgress<int>? progress)
{
    private int reported = -1;

    public void Report(int percent)
    {
        var clamped = Math.Clamp(percent, 0, 100);
        if (clamped > reported)
        {
            reported = clamped;
            progress?.Report(clamped);
        }
    }
}
