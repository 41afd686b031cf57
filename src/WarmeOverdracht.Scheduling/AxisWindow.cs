namespace WarmeOverdracht.Scheduling;

// A window on the grid: Start and End are grid minutes (day index × 1440 + minute of the day); Offset is the
// number of window minutes of all earlier windows, so window time can be counted without breaks and nights.
internal readonly record struct AxisWindow(int Day, int Start, int End, int Offset)
{
    public int Length => End - Start;
}
