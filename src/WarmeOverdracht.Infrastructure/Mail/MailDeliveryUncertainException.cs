namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>
/// Thrown by a transport when sending failed at a point where the server may already have accepted the
/// message (for example the connection broke while the message was sent, before the server answered).
/// The outbox does not send such a message again on its own.
/// </summary>
public sealed class MailDeliveryUncertainException : Exception
{
    public MailDeliveryUncertainException()
    {
    }

    public MailDeliveryUncertainException(string message)
        : base(message)
    {
    }

    public MailDeliveryUncertainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
