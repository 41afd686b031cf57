using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>Delivers one message; throws when it could not.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Sends through the SMTP server of <c>Mail:Smtp</c> with MailKit.</summary>
internal sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host ?? string.Empty, smtp.Port, SecureSocket(smtp.SecureSocket), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions SecureSocket(string value) =>
        Enum.TryParse<SecureSocketOptions>(value, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
}

/// <summary>
/// Writes each message as an .eml file, so nothing is lost without an SMTP server. The file appears
/// whole (written aside, then moved) and writing the same message again does nothing.
/// </summary>
internal sealed class PickupFolderMailTransport(string directory) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, FileName(message.MessageId ?? Guid.NewGuid().ToString("N")) + ".eml");
        if (File.Exists(target))
        {
            return;
        }

        var temporary = target + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, target, overwrite: true);
    }

    private static string FileName(string messageId)
    {
        var invalid = Path.GetInvalidFileNameChars().Append('@').ToHashSet();
        return new string(messageId.Select(c => invalid.Contains(c) ? '_' : c).ToArray());
    }
}
