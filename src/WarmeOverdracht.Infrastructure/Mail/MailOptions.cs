namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>Settings of the configuration section "Mail".</summary>
public sealed class MailOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Mail";

    public string FromAddress { get; set; } = "secretariaat@kp-amstelland.example";

    public string FromName { get; set; } = "KP Amstelland secretariaat";

    /// <summary>Where replies go, when that is not <see cref="FromAddress"/>.</summary>
    public string? ReplyTo { get; set; }

    /// <summary>
    /// Folder for .eml files when no SMTP host is set; a relative path is taken from the content root.
    /// </summary>
    public string PickupDirectory { get; set; } = "App_Data/mail-pickup";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>How often the sender looks for due mail when nothing wakes it earlier.</summary>
    public int PollIntervalSeconds { get; set; } = 5;

    /// <summary>After this many failed attempts a message is left alone (it stays in the outbox, unsent).</summary>
    public int MaxAttempts { get; set; } = 10;
}

/// <summary>Settings of the section "Mail:Smtp"; SMTP is used only when <see cref="Host"/> is set.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>The account to log in with; without one the client does not authenticate.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public SmtpSecureSocket SecureSocket { get; set; } = SmtpSecureSocket.Auto;
}

/// <summary>How the SMTP connection is secured; the names match MailKit's options.</summary>
public enum SmtpSecureSocket
{
    /// <summary>TLS on connect for port 465, otherwise STARTTLS when the server offers it.</summary>
    Auto = 0,

    /// <summary>No TLS at all: only for a relay on the same machine or in tests.</summary>
    None = 1,

    /// <summary>STARTTLS, and fail when the server does not offer it.</summary>
    StartTls = 2,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect = 3,
}
