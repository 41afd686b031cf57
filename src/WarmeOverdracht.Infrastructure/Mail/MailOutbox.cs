using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>
/// Queues mail for the background sender. A message whose deduplication key is already queued (or
/// sent) is not queued again, also when two requests race to queue it.
/// </summary>
public sealed class MailOutbox(WarmeOverdrachtDbContext db, OutboxSignal signal, TimeProvider timeProvider)
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqlServerUniqueIndexViolation = 2601;
    private const int SqlServerUniqueConstraintViolation = 2627;

    /// <summary>A new Message-ID value in the form <c>&lt;guid@warmeoverdracht.local&gt;</c>.</summary>
    public static string NewMessageId() => "<" + Guid.NewGuid().ToString("N") + "@warmeoverdracht.local>";

    /// <summary>
    /// Stores the message and wakes the sender. Returns false, storing nothing, when a message with
    /// the same <see cref="OutboxMessage.DeduplicationKey"/> exists. Saves the context's pending changes.
    /// </summary>
    public async Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        if (await IsQueuedAsync(message.DeduplicationKey, cancellationToken))
        {
            return false;
        }

        Stamp(message);
        db.OutboxMessages.Add(message);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            Detach(message);
            if (await IsQueuedAsync(message.DeduplicationKey, cancellationToken))
            {
                return false;
            }

            throw;
        }

        signal.Notify();
        return true;
    }

    /// <summary>
    /// Stores many messages in one save and wakes the sender once; returns how many were stored.
    /// Messages whose key exists already are left out. When another request stored one of the keys
    /// in the meantime, the save is undone and each message is queued on its own instead.
    /// </summary>
    public async Task<int> EnqueueManyAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);

        var keys = messages.Select(m => m.DeduplicationKey).ToList();
        var existing = (await db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.DeduplicationKey))
            .Select(m => m.DeduplicationKey).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var fresh = messages.Where(m => !existing.Contains(m.DeduplicationKey))
            .DistinctBy(m => m.DeduplicationKey).ToList();
        foreach (var message in fresh)
        {
            Stamp(message);
        }

        db.OutboxMessages.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            fresh.ForEach(Detach);
            return await EnqueueOneByOneAsync(fresh, cancellationToken);
        }

        signal.Notify();
        return fresh.Count;
    }

    /// <summary>
    /// Sends a message again on the secretariat's request: a failed message, or one whose delivery is in
    /// doubt, goes back in the queue as it is (same Message-ID); a sent one is queued again as a copy with
    /// a new Message-ID. Returns false when the message does not exist or is still waiting to be sent.
    /// </summary>
    public async Task<bool> ResendAsync(int id, int maxAttempts, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.Include(m => m.Attachments)
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null || (message.SentAt is null && message.SendingStartedAt is null
                                && message.Attempts < maxAttempts))
        {
            return false;
        }

        if (message.SentAt is not null)
        {
            return await EnqueueAsync(CopyOf(message), cancellationToken);
        }

        message.Attempts = 0;
        message.SendingStartedAt = null;
        message.LastError = null;
        message.NextAttemptAt = timeProvider.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return true;
    }

    private static OutboxMessage CopyOf(OutboxMessage original)
    {
        var copy = new OutboxMessage
        {
            DeduplicationKey = "resend:" + original.Id + ":" + Guid.NewGuid().ToString("N"),
            MessageId = NewMessageId(),
            ToAddress = original.ToAddress,
            ToName = original.ToName,
            Subject = original.Subject,
            HtmlBody = original.HtmlBody,
            TextBody = original.TextBody,
            SchoolId = original.SchoolId,
            ScheduleId = original.ScheduleId,
        };
        copy.Attachments.AddRange(original.Attachments.Select(a => new OutboxAttachment
        {
            FileName = a.FileName, ContentType = a.ContentType, Content = a.Content,
        }));
        return copy;
    }

    private async Task<int> EnqueueOneByOneAsync(List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var message in messages)
        {
            queued += await EnqueueAsync(message, cancellationToken) ? 1 : 0;
        }

        return queued;
    }

    private Task<bool> IsQueuedAsync(string deduplicationKey, CancellationToken cancellationToken) =>
        db.OutboxMessages.AnyAsync(m => m.DeduplicationKey == deduplicationKey, cancellationToken);

    private void Stamp(OutboxMessage message)
    {
        var now = timeProvider.GetUtcNow();
        message.CreatedAt = message.CreatedAt == default ? now : message.CreatedAt;
        message.NextAttemptAt = message.NextAttemptAt == default ? now : message.NextAttemptAt;
    }

    private void Detach(OutboxMessage message)
    {
        foreach (var attachment in message.Attachments)
        {
            db.Entry(attachment).State = EntityState.Detached;
        }

        db.Entry(message).State = EntityState.Detached;
    }

    private static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique,
        SqlException sqlServer => sqlServer.Number is SqlServerUniqueIndexViolation
            or SqlServerUniqueConstraintViolation,
        _ => false,
    };
}
