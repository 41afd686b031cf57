namespace WarmeOverdracht.IntegrationTests.Support;

/// <summary>Polls for something a background service does, failing the test after a timeout.</summary>
public static class Eventually
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Waited {Timeout.TotalSeconds} s for {what}.");
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
}
