namespace WarmeOverdracht.IntegrationTests.Support;

/// <summary>Polls for something a background service does, failing the test after a timeout.</summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var deadline = DateTime.UtcNow + limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Waited {limit.TotalSeconds} s for {what}.");
            }

            await Task.Delay(Interval);
        }
    }

    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string what)
        where T : class
    {
        T? found = null;
        await TrueAsync(async () => (found = await probe()) is not null, what);
        return found!;
    }

    /// <summary>
    /// Probes until <paramref name="done"/> holds for the value, for work that takes longer (a schedule, a publish).
    /// </summary>
    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var value = await probe();
        await TrueAsync(async () => done(value = await probe()), what, TimeSpan.FromSeconds(60));
        return value;
    }
}
