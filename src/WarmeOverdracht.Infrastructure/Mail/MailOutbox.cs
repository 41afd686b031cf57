using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>Stores mail to be sent. A message whose deduplication key is already stored is not stored again.</summary>
public sealed class MailOutbox(WarmeOverdrachtDbContext db, OutboxSignal signal, ILogger<MailOutbox> logger)
{
    /// <summary>Stores the message in the caller's unit of work; false when one with its key exists.</summary>
    public async Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        if (await db.OutboxMessages.AnyAsync(m => m.DeduplicationKey == message.DeduplicationKey, cancellationToken))
        {
            return false;
        }

        db.OutboxMessages.Add(message);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (await IsQueuedAsync(message, cancellationToken))
            {
                return false;
            }

            throw;
        }

        signal.Notify();
        logger.LogInformation("Queued mail {OutboxMessageId} for school {SchoolId}", message.Id, message.SchoolId);
        return true;
    }

    /// <summary>After a failed insert: true when a concurrent request stored the same key first.</summary>
    private async Task<bool> IsQueuedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        db.Entry(message).State = EntityState.Detached;
        return await db.OutboxMessages.AnyAsync(m => m.DeduplicationKey == message.DeduplicationKey, cancellationToken);
    }
}
