namespace WarmeOverdracht.Scheduling;

// Walks the windows looking for starts where a call of a given length fits. The caller's probe answers, for a
// start, either that start (it fits) or the next start worth trying, so conflicts are skipped, not stepped through.
internal static class WindowScanner
{
    public static int FindEarliest(
        IEnumerable<AxisWindow> windows, int length, Func<int, int> probe, int before = int.MaxValue)
    {
        return AllFits(windows, length, probe, before).FirstOrDefault(-1);
    }

    public static IEnumerable<int> AllFits(
        IEnumerable<AxisWindow> windows, int length, Func<int, int> probe, int before = int.MaxValue)
    {
        foreach (var window in windows.TakeWhile(window => window.Start < before))
        {
            var start = window.Start;
            while (start + length <= window.End && start < before)
            {
                var next = probe(start);
                if (next == start)
                {
                    yield return start;
                    next = start + 1;
                }

                start = next;
            }
        }
    }
}
