namespace WarmeOverdracht.Scheduling;

// A half-open range of grid minutes [Start, End).
internal readonly record struct Interval(int Start, int End)
{
    public int Length => End - Start;
}
