namespace WarmeOverdracht.Scheduling;

internal static class LowerBounds
{
    // ⌈load / window time⌉; zero when there is no window time to bound by.
    public static int Callers(int loadMinutes, int windowMinutes) =>
        windowMinutes <= 0 ? 0 : CeilingDivide(loadMinutes, windowMinutes);

    // max(largest line load, max over schools of ⌈load / callers⌉), over the placed calls.
    public static int Finish(IEnumerable<int> lineLoads, IEnumerable<(int Load, int Callers)> schools)
    {
        var byLine = lineLoads.DefaultIfEmpty(0).Max();
        var bySchool = schools
            .Where(school => school.Callers > 0)
            .Select(school => CeilingDivide(school.Load, school.Callers))
            .DefaultIfEmpty(0)
            .Max();
        return Math.Max(byLine, bySchool);
    }

    public static int CeilingDivide(int numerator, int denominator) => (numerator + denominator - 1) / denominator;
}
