using Microsoft.Extensions.Options;
using MimeKit;

namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>
/// Turns an outbox row into the MIME message that is sent: text and HTML as alternatives, the
/// attachments beside them, and the Message-ID fixed at queue time, so every retry is the same mail.
/// </summary>
public sealed class OutboxMimeMessageFactory(IOptions<MailOptions> options)
{
    private readonly MailOptions _options = options.Value;

    /// <summary>Builds the message; the caller disposes it.</summary>
    public MimeMessage Create(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);

        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = message.MessageId.Trim().Trim('<', '>'),
            Date = message.CreatedAt,
        };
        AddAddresses(mime, message);

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments.OrderBy(a => a.Id))
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        mime.Body = body.ToMessageBody();
        SetTransferEncodings(mime);
        return mime;
    }

    /// <summary>
    /// Text parts go quoted-printable and attachments base64, so the message is 7-bit clean and passes
    /// relays without 8BITMIME unchanged. Non-ASCII attachment names are written as RFC 2231 parameters
    /// (MimeKit's default <see cref="ParameterEncodingMethod"/>).
    /// </summary>
    private static void SetTransferEncodings(MimeMessage mime)
    {
        foreach (var part in mime.BodyParts.OfType<MimePart>())
        {
            part.ContentTransferEncoding = part.IsAttachment
                ? ContentEncoding.Base64
                : ContentEncoding.QuotedPrintable;
        }
    }

    private void AddAddresses(MimeMessage mime, OutboxMessage message)
    {
        mime.From.Add(new MailboxAddress(_options.FromName, _options.FromAddress));
        mime.ReplyTo.Add(string.IsNullOrWhiteSpace(_options.ReplyTo)
            ? new MailboxAddress(_options.FromName, _options.FromAddress)
            : MailboxAddress.Parse(_options.ReplyTo));

        mime.To.Add(new MailboxAddress(message.ToName ?? string.Empty, message.ToAddress));
    }
}
