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
