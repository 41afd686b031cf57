using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Infrastructure.Mail;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Web.Features.Outbox;

/// <summary>Reads the outbox for the secretariat: counts per status, one page of mails, one mail in full.</summary>
public sealed class OutboxQuery(WarmeOverdrachtDbContext db, IOptions<MailOptions> options)
{
    public const int PageSize = 50;

    private readonly int _maxAttempts = options.Value.MaxAttempts;

    public async Task<OutboxPage> PageAsync(OutboxStatus? filter, int page, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<OutboxStatus, int>();
        foreach (var status in Enum.GetValues<OutboxStatus>())
        {
            counts[status] = await db.OutboxMessages.CountAsync(Having(status), cancellationToken);
        }

        var total = filter is null ? counts.Values.Sum() : counts[filter.Value];
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var messages = filter is null ? db.OutboxMessages : db.OutboxMessages.Where(Having(filter.Value));
        var rows = await messages.AsNoTracking().OrderByDescending(m => m.Id)
            .Skip((current - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return new OutboxPage
        {
            Rows = rows.Select(ToRow).ToList(), Counts = counts, Filter = filter, Page = current,
            PageCount = pageCount,
        };
    }

    public async Task<OutboxMessageDetails?> DetailsAsync(int id, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return null;
        }

        var attachments = await db.Set<OutboxAttachment>().AsNoTracking().Where(a => a.OutboxMessageId == id)
            .OrderBy(a => a.Id)
            .Select(a => new OutboxAttachmentRow(a.FileName, a.ContentType, a.Content.Length))
            .ToListAsync(cancellationToken);
        return new OutboxMessageDetails
        {
            Row = ToRow(message), MessageId = message.MessageId, TextBody = message.TextBody,
            SendingStartedAt = message.SendingStartedAt, Attachments = attachments,
        };
    }

    public OutboxStatus StatusOf(OutboxMessage message) =>
        message.SentAt is not null ? OutboxStatus.Sent
        : message.SendingStartedAt is not null ? OutboxStatus.InDoubt
        : message.Attempts >= _maxAttempts ? OutboxStatus.Failed
        : OutboxStatus.Pending;

    private Expression<Func<OutboxMessage, bool>> Having(OutboxStatus status) => status switch
    {
        OutboxStatus.Sent => m => m.SentAt != null,
        OutboxStatus.InDoubt => m => m.SentAt == null && m.SendingStartedAt != null,
        OutboxStatus.Failed => m => m.SentAt == null && m.SendingStartedAt == null && m.Attempts >= _maxAttempts,
        _ => m => m.SentAt == null && m.SendingStartedAt == null && m.Attempts < _maxAttempts,
    };

    private OutboxRow ToRow(OutboxMessage m) => new(
        m.Id, m.ToName ?? m.ToAddress, m.ToAddress, m.Subject, m.CreatedAt, m.SentAt, m.Attempts, m.LastError,
        StatusOf(m));
}
