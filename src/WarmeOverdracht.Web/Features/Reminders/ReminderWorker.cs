using Microsoft.Extensions.Options;

namespace WarmeOverdracht.Web.Features.Reminders;

/// <summary>Looks every check interval whether tomorrow's reminders are due, and queues them once.</summary>
public sealed class ReminderWorker(
    IServiceScopeFactory scopeFactory,
    IOptions<ReminderOptions> options,
    TimeProvider clock,
    ILogger<ReminderWorker> logger) : BackgroundService
{
    private readonly ReminderOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, _options.CheckIntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            await QueueDueSafelyAsync(stoppingToken);
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task QueueDueSafelyAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ReminderSender>();
            await sender.QueueDueAsync(_options.SendFromHour, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the next start looks again.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Queuing reminders failed; the next check tries again");
        }
    }
}
