using WarmeOverdracht.Infrastructure.Mail;

namespace WarmeOverdracht.Infrastructure.Publishing;

/// <summary>A schedule mail ready to be queued: subject, both bodies and the attachments (.xlsx, .ics).</summary>
public sealed record ComposedMail(
    string Subject, string HtmlBody, string TextBody, IReadOnlyList<ComposedAttachment> Attachments)
{
    /// <summary>
    /// Builds the outbox row for this mail with a fresh Message-ID; the caller adds the school and
    /// schedule ids and queues it with <see cref="MailOutbox.EnqueueAsync"/>.
    /// </summary>
    public OutboxMessage ToOutboxMessage(string deduplicationKey, string toAddress, string? toName)
    {
        var message = new OutboxMessage
        {
            DeduplicationKey = deduplicationKey,
            MessageId = MailOutbox.NewMessageId(),
            ToAddress = toAddress,
            ToName = toName,
            Subject = Subject,
            HtmlBody = HtmlBody,
            TextBody = TextBody,
        };
        message.Attachments.AddRange(Attachments.Select(attachment => new OutboxAttachment
        {
            FileName = attachment.FileName,
            ContentType = attachment.ContentType,
            Content = attachment.Content,
        }));
        return message;
    }
}

/// <summary>A file that goes with a composed mail.</summary>
public sealed record ComposedAttachment(string FileName, string ContentType, byte[] Content);
