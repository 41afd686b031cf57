using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>
/// Sends each message over its own SMTP connection (MailKit), as configured in "Mail:Smtp". A failure to
/// connect or log in, or a refusal by the server, means the message was not accepted; any other failure
/// while the message is being sent is reported as <see cref="MailDeliveryUncertainException"/>.
/// </summary>
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

        await SendAcceptedOrThrowAsync(client, message, cancellationToken);
        await DisconnectQuietlyAsync(client);
    }

    private static async Task SendAcceptedOrThrowAsync(
        SmtpClient client, MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not SmtpCommandException)
        {
            throw new MailDeliveryUncertainException(
                "The connection failed while the message was being sent; the server may have accepted it.",
                exception);
        }
    }

    /// <summary>The server accepted the message; a failure to say goodbye changes nothing about that.</summary>
    private static async Task DisconnectQuietlyAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception exception) when (exception is IOException or MailKit.ProtocolException
            or System.Net.Sockets.SocketException)
        {
            // Nothing to do: the message is delivered and the connection is gone either way.
        }
    }

    private static SecureSocketOptions ToMailKit(SmtpSecureSocket secureSocket) => secureSocket switch
    {
        SmtpSecureSocket.None => SecureSocketOptions.None,
        SmtpSecureSocket.StartTls => SecureSocketOptions.StartTls,
        SmtpSecureSocket.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
