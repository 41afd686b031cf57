using Microsoft.Extensions.Options;
using MimeKit;
using WarmeOverdracht.Infrastructure.Mail;

namespace WarmeOverdracht.IntegrationTests.Mail;

[Trait("Category", "Integration")]
public sealed class PickupFolderMailTransportTests : IDisposable
{
    private readonly string _directory =
        Path.Combine(Path.GetTempPath(), "wo-pickup-" + Guid.NewGuid().ToString("N"));

    private readonly PickupFolderMailTransport _transport;

    public PickupFolderMailTransportTests()
    {
        _transport = new PickupFolderMailTransport(Options.Create(new MailOptions { PickupDirectory = _directory }));
    }

    [Fact]
    public async Task Sending_writes_one_eml_file_named_after_the_message_id_that_MimeKit_reads_back()
    {
        using var message = Message("<3f2a@warmeoverdracht.local>");

        await _transport.SendAsync(message, CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(_directory));
        Assert.Equal("3f2a@warmeoverdracht.local.eml", Path.GetFileName(file));
        using var read = await MimeMessage.LoadAsync(file);
        Assert.Equal("3f2a@warmeoverdracht.local", read.MessageId);
        Assert.Equal("Rooster warme overdracht – De Regenboog", read.Subject);
        Assert.Equal("Tot ziens", read.TextBody?.TrimEnd());
    }

    [Fact]
    public async Task Sending_the_same_message_again_creates_no_second_file_and_keeps_the_first()
    {
        using var first = Message("<77aa@warmeoverdracht.local>");
        await _transport.SendAsync(first, CancellationToken.None);
        var file = Assert.Single(Directory.GetFiles(_directory));
        var written = await File.ReadAllBytesAsync(file);

        using var again = Message("<77aa@warmeoverdracht.local>");
        again.Subject = "Een andere onderwerpregel";
        await _transport.SendAsync(again, CancellationToken.None);

        Assert.Equal(file, Assert.Single(Directory.GetFiles(_directory)));
        Assert.Equal(written, await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task Concurrent_sends_of_the_same_message_leave_exactly_one_file_and_no_temporary_files()
    {
        var sends = Enumerable.Range(0, 8).Select(async _ =>
        {
            using var message = Message("<race@warmeoverdracht.local>");
            await _transport.SendAsync(message, CancellationToken.None);
        });

        await Task.WhenAll(sends);

        var file = Assert.Single(Directory.GetFiles(_directory));
        Assert.Equal("race@warmeoverdracht.local.eml", Path.GetFileName(file));
    }

    [Fact]
    public void A_message_id_with_path_characters_cannot_leave_the_pickup_folder()
    {
        using var message = Message("<../../etc/x@warmeoverdracht.local>");

        var path = _transport.PathFor(message);

        Assert.Equal(_directory, Path.GetDirectoryName(path));
        Assert.Equal(".._.._etc_x@warmeoverdracht.local.eml", Path.GetFileName(path));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static MimeMessage Message(string messageId)
    {
        var message = new MimeMessage
        {
            MessageId = messageId,
            Subject = "Rooster warme overdracht – De Regenboog",
            Body = new TextPart("plain") { Text = "Tot ziens" },
        };
        message.From.Add(new MailboxAddress("KP Amstelland", "secretariaat@kp-amstelland.example"));
        message.To.Add(new MailboxAddress("De Regenboog", "info@regenboog.example"));
        return message;
    }
}
