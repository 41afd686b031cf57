using Microsoft.Extensions.Options;
using MimeKit;

namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>Builds the MIME message of a stored mail; the same stored mail always gives the same Message-ID.</summary>
public sealed class OutboxMimeMessageFactory(IOptions<MailOptions> options)
{
    public MimeMessage Create(OutboxMessage stored)
    {
        ArgumentNullException.ThrowIfNull(stored);

        var settings = options.Value;
        var message = new MimeMessage { Subject = stored.Subject, MessageId = stored.MessageId };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.ReplyTo.Add(new MailboxAddress(settings.FromName, string.IsNullOrWhiteSpace(settings.ReplyTo)
            ? settings.FromAddress
            : settings.ReplyTo));
        message.To.Add(new MailboxAddress(stored.ToName ?? string.Empty, stored.ToAddress));
        message.Date = stored.CreatedAt;

        var body = new BodyBuilder { TextBody = stored.TextBody, HtmlBody = stored.HtmlBody };
        foreach (var attachment in stored.Attachments.OrderBy(a => a.Id))
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
