using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>
/// Delivers queued mail in the background: due messages in order of queuing, each marked as being sent
/// before it goes out and as sent right after; a certain failure is retried later (see
/// <see cref="OutboxRetryPolicy"/>) until <see cref="MailOptions.MaxAttempts"/>, an uncertain one is left
/// for the secretariat, so no message is sent twice automatically. Wakes every poll interval, or at
/// once on <see cref="OutboxSignal"/>.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopeFactory,
    OutboxSignal signal,
    IMailTransport transport,
    OutboxMimeMessageFactory mimeFactory,
    IOptions<MailOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int BatchSize = 20;
    private const int MaxErrorLength = 2000;

    private readonly MailOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await SendDueMessagesSafelyAsync(stoppingToken);
            await WaitForWorkAsync(stoppingToken);
        }
    }

    private async Task SendDueMessagesSafelyAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SendDueMessagesAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("The outbox sender stopped; unsent mail stays in the outbox");
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "The outbox sender could not work through the outbox; it tries again later");
        }
    }

    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        var pollInterval = TimeSpan.FromSeconds(Math.Max(1, _options.PollIntervalSeconds));
        using var timeout = new CancellationTokenSource(pollInterval, timeProvider);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await signal.WaitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            // The poll interval passed, or the host is stopping: the loop condition tells which.
        }
    }

    private async Task SendDueMessagesAsync(CancellationToken stoppingToken)
    {
        var afterId = 0;
        int batchCount;
        do
        {
            using var scope = scopeFactory.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<WarmeOverdrachtDbContext>();
            var batch = await LoadDueBatchAsync(db, afterId, stoppingToken);

            foreach (var message in batch)
            {
                stoppingToken.ThrowIfCancellationRequested();
                await SendOneAsync(db, message, stoppingToken);
            }

            batchCount = batch.Count;
            afterId = batchCount > 0 ? batch[^1].Id : afterId;
        }
        while (batchCount == BatchSize);
    }

    private Task<List<OutboxMessage>> LoadDueBatchAsync(
        WarmeOverdrachtDbContext db, int afterId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var maxAttempts = _options.MaxAttempts;
        return db.OutboxMessages
            .Include(m => m.Attachments)
            .Where(m => m.Id > afterId && m.SentAt == null && m.SendingStartedAt == null
                        && m.NextAttemptAt <= now && m.Attempts < maxAttempts)
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task SendOneAsync(WarmeOverdrachtDbContext db, OutboxMessage message, CancellationToken stoppingToken)
    {
        if (!await TryClaimAsync(db, message, stoppingToken))
        {
            return;
        }

        try
        {
            using var mime = mimeFactory.Create(message);

            // A stopping host waits for the message in hand (the transport has its own timeouts):
            // cutting a send short is what leaves a message in doubt.
            await transport.SendAsync(mime, CancellationToken.None);
        }
        catch (Exception exception)
        {
            await RecordFailureAsync(db, message, exception);
            return;
        }

        message.SentAt = timeProvider.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Sent outbox message {OutboxMessageId}", message.Id);
    }

    /// <summary>
    /// Records that the message is being sent, but only if no other sender did so since it was loaded;
    /// a second sender then skips it. From here on the message is never picked up automatically again
    /// unless the attempt is known to have failed.
    /// </summary>
    private async Task<bool> TryClaimAsync(
        WarmeOverdrachtDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var startedAt = timeProvider.GetUtcNow();
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.SentAt == null && m.SendingStartedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SendingStartedAt, startedAt), cancellationToken);
        if (claimed == 1)
        {
            var property = db.Entry(message).Property(m => m.SendingStartedAt);
            property.OriginalValue = startedAt;
            property.CurrentValue = startedAt;
        }

        return claimed == 1;
    }

    private async Task RecordFailureAsync(WarmeOverdrachtDbContext db, OutboxMessage message, Exception exception)
    {
        var uncertain = exception is MailDeliveryUncertainException;
        message.Attempts++;
        message.LastError = Describe(exception.InnerException is { } inner && uncertain ? inner : exception);
        message.NextAttemptAt = timeProvider.GetUtcNow() + OutboxRetryPolicy.DelayAfter(message.Attempts);
        message.SendingStartedAt = uncertain ? message.SendingStartedAt : null;
        await db.SaveChangesAsync(CancellationToken.None);

        if (uncertain)
        {
            logger.LogError(
                exception,
                "Outbox message {OutboxMessageId} may or may not have been delivered; it is not sent again "
                + "automatically and waits for the secretariat",
                message.Id);
            return;
        }

        LogFailure(message, exception);
    }

    private void LogFailure(OutboxMessage message, Exception exception)
    {
        // An SMTP server's reply often quotes the recipient's address, so its text stays out of the log.
        if (exception is SmtpCommandException smtp)
        {
            logger.LogWarning(
                "SMTP server refused outbox message {OutboxMessageId} ({SmtpErrorCode}, {SmtpStatusCode}); "
                + "attempt {Attempt} of {MaxAttempts}",
                message.Id, smtp.ErrorCode, smtp.StatusCode, message.Attempts, _options.MaxAttempts);
        }
        else
        {
            logger.LogWarning(
                exception,
                "Sending outbox message {OutboxMessageId} failed; attempt {Attempt} of {MaxAttempts}",
                message.Id, message.Attempts, _options.MaxAttempts);
        }

        if (message.Attempts >= _options.MaxAttempts)
        {
            logger.LogError(
                "Outbox message {OutboxMessageId} was not sent after {Attempts} attempts; "
                + "it stays unsent in the outbox",
                message.Id, message.Attempts);
        }
    }

    private static string Describe(Exception exception)
    {
        var text = exception.GetType().Name + ": " + exception.Message;
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }
}
