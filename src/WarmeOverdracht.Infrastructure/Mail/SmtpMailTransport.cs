using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>Sends each message over its own SMTP connection (MailKit), as configured in "Mail:Smtp".</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    private readonly SmtpOptions _smtp = options.Value.Smtp;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var host = _smtp.Host ?? throw new InvalidOperationException("Mail:Smtp:Host is not set.");

        using var client = new SmtpClient();
        await client.ConnectAsync(host, _smtp.Port, ToMailKit(_smtp.SecureSocket), cancellationToken);

        if (!string.IsNullOrEmpty(_smtp.UserName))
        {
            await client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions ToMailKit(SmtpSecureSocket secureSocket) => secureSocket switch
    {
        SmtpSecureSocket.None => SecureSocketOptions.None,
        SmtpSecureSocket.StartTls => SecureSocketOptions.StartTls,
        SmtpSecureSocket.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
