using MimeKit;

namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>Hands a finished message to whatever delivers it; throws when it could not.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
