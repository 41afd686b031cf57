using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using WarmeOverdracht.Infrastructure.Mail;

namespace WarmeOverdracht.UnitTests.Mail;

[Trait("Category", "Unit")]
public class OutboxMimeMessageFactoryTests
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public void The_message_has_sender_reply_to_recipient_subject_and_the_stored_message_id()
    {
        using var mime = Factory(replyTo: "planning@kp-amstelland.example").Create(Message());

        Assert.Equal("\"KP Amstelland secretariaat\" <secretariaat@kp-amstelland.example>", mime.From.ToString());
        Assert.Equal("planning@kp-amstelland.example", mime.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal("zorg@amstelveencollege.example", mime.To.Mailboxes.Single().Address);
        Assert.Equal("Zorgcoördinatie", mime.To.Mailboxes.Single().Name);
        Assert.Equal("Rooster warme overdracht 2026-2027 – Zilverreiger College", mime.Subject);
        Assert.Equal("0f1e2d@warmeoverdracht.local", mime.MessageId);
        Assert.Equal(new DateTimeOffset(2027, 4, 20, 9, 0, 0, TimeSpan.Zero), mime.Date);
    }

    [Fact]
    public void Without_a_reply_to_setting_replies_go_to_the_secretariat_that_sends()
    {
        using var mime = Factory(replyTo: null).Create(Message());

        var replyTo = Assert.Single(mime.ReplyTo.Mailboxes);
        Assert.Equal(mime.From.Mailboxes.Single().Address, replyTo.Address);
        Assert.Equal(mime.From.Mailboxes.Single().Name, replyTo.Name);
    }

    [Fact]
    public void Text_parts_are_quoted_printable_and_attachments_base64_so_the_message_is_7_bit()
    {
        using var mime = Factory(replyTo: null).Create(Message());

        Assert.All(
            mime.BodyParts.OfType<TextPart>().Where(p => !p.IsAttachment),
            part => Assert.Equal(ContentEncoding.QuotedPrintable, part.ContentTransferEncoding));
        Assert.All(
            mime.Attachments.OfType<MimePart>(),
            part => Assert.Equal(ContentEncoding.Base64, part.ContentTransferEncoding));
        using var written = new MemoryStream();
        mime.WriteTo(written);
        Assert.All(written.ToArray(), b => Assert.True(b < 128));
    }

    [Fact]
    public void Text_and_HTML_are_alternatives_and_the_attachment_keeps_its_type()
    {
        using var mime = Factory(replyTo: null).Create(Message());

        var mixed = Assert.IsType<Multipart>(mime.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        Assert.Equal("Platte tekst", alternative.TextBody?.TrimEnd());
        Assert.Equal("<p>HTML</p>", alternative.HtmlBody?.TrimEnd());
        var attachment = Assert.Single(mime.Attachments.OfType<MimePart>());
        Assert.Equal(XlsxType, attachment.ContentType.MimeType);
    }

    [Fact]
    public void A_non_ASCII_attachment_name_survives_writing_and_reading_the_message()
    {
        using var written = new MemoryStream();
        using (var mime = Factory(replyTo: null).Create(Message()))
        {
            mime.WriteTo(written);
        }

        written.Position = 0;
        using var read = MimeMessage.Load(written);

        var attachment = Assert.Single(read.Attachments.OfType<MimePart>());
        Assert.Equal("Rooster Zorgcoördinatie – Één.xlsx", attachment.FileName);
        Assert.Matches(@"filename\*(0\*)?=utf-8''", Encoding.ASCII.GetString(written.ToArray()));
    }

    private static OutboxMimeMessageFactory Factory(string? replyTo) =>
        new(Options.Create(new MailOptions { ReplyTo = replyTo }));

    private static OutboxMessage Message()
    {
        var message = new OutboxMessage
        {
            DeduplicationKey = "schedule:1:school:7",
            MessageId = "<0f1e2d@warmeoverdracht.local>",
            ToAddress = "zorg@amstelveencollege.example",
            ToName = "Zorgcoördinatie",
            Subject = "Rooster warme overdracht 2026-2027 – Zilverreiger College",
            HtmlBody = "<p>HTML</p>",
            TextBody = "Platte tekst",
            CreatedAt = new DateTimeOffset(2027, 4, 20, 9, 0, 0, TimeSpan.Zero),
        };
        message.Attachments.Add(new OutboxAttachment
        {
            FileName = "Rooster Zorgcoördinatie – Één.xlsx",
            ContentType = XlsxType,
            Content = [1, 2, 3],
        });
        return message;
    }
}
