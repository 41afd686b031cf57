using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Web.Features.Schedules;

/// <summary>Plans queued schedules one at a time; picks up schedules left in Planning by a restart.</summary>
internal sealed class PlanningWorker(
    PlanningRequests queue, IServiceScopeFactory scopes, ILogger<PlanningWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RequeueInterruptedAsync(stoppingToken);
        await foreach (var scheduleId in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SchedulePlanner>().PlanAsync(scheduleId, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Planning schedule {ScheduleId} failed", scheduleId);
            }
        }
    }

    private async Task RequeueInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WarmeOverdrachtDbContext>();
        var interrupted = await db.Schedules.Where(s => s.Status == ScheduleStatus.Planning)
            .Select(s => s.Id).ToListAsync(cancellationToken);
        interrupted.ForEach(queue.Enqueue);
    }
}
