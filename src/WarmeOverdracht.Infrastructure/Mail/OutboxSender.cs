using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>
/// Sends due outbox messages in the background, oldest first, with retries and exponential backoff.
/// A message is marked sent right after the transport accepted it.
/// </summary>
internal sealed class OutboxSender(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    OutboxMimeMessageFactory mimeFactory,
    OutboxSignal signal,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pollInterval = TimeSpan.FromSeconds(Math.Max(1, options.Value.PollIntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await SendBatchAsync(stoppingToken) == BatchSize)
                {
                    continue;
                }

                await signal.WaitAsync(pollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException)
            {
                logger.LogError(exception, "The outbox sender could not read or update the outbox");
                await Task.Delay(pollInterval, clock, stoppingToken);
            }
        }
    }

    /// <summary>Sends one batch of due messages; returns how many it tried.</summary>
    internal async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WarmeOverdrachtDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages.Include(m => m.Attachments)
            .Where(m => m.SentAt == null && m.Attempts < options.Value.MaxAttempts && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Take(BatchSize)
            .ToListAsync(cancellationToken);

        foreach (var message in due)
        {
            await SendOneAsync(message, cancellationToken);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return due.Count;
    }

    private async Task SendOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        message.Attempts++;
        try
        {
            await transport.SendAsync(mimeFactory.Create(message), cancellationToken);
            message.SentAt = clock.GetUtcNow();
            message.LastError = null;
            logger.LogInformation("Sent mail {OutboxMessageId} on attempt {Attempt}", message.Id, message.Attempts);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            message.LastError = Truncate($"{exception.GetType().Name}: {exception.Message}");
            message.NextAttemptAt = clock.GetUtcNow().Add(Backoff(message.Attempts));
            logger.LogWarning(exception, "Sending mail {OutboxMessageId} failed on attempt {Attempt}", message.Id, message.Attempts);
        }
    }

    private TimeSpan Backoff(int attempts)
    {
        var seconds = options.Value.FirstRetrySeconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        return TimeSpan.FromSeconds(Math.Min(seconds, options.Value.MaxRetrySeconds));
    }

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..2000];
}
