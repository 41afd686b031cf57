using System.Collections.Concurrent;
using System.Threading.Channels;

namespace WarmeOverdracht.Web.Features.Schedules;

/// <summary>Schedules waiting to be planned by the background worker.</summary>
public sealed class PlanningRequests
{
    private readonly Channel<int> channel = Channel.CreateUnbounded<int>();

    public void Enqueue(int scheduleId) => channel.Writer.TryWrite(scheduleId);

    public IAsyncEnumerable<int> ReadAllAsync(CancellationToken cancellationToken) =>
        channel.Reader.ReadAllAsync(cancellationToken);
}

/// <summary>How far the planning of each running schedule is, in percent; kept in memory only.</summary>
public sealed class PlanningProgress
{
    private readonly ConcurrentDictionary<int, int> percentages = new();

    public void Report(int scheduleId, int percent) => percentages[scheduleId] = percent;

    public int Get(int scheduleId) => percentages.GetValueOrDefault(scheduleId);

    public void Forget(int scheduleId) => percentages.TryRemove(scheduleId, out _);
}
