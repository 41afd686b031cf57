namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>Configuration section <c>Mail</c>.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string FromAddress { get; set; } = "secretariaat@kp-amstelland.example";

    public string FromName { get; set; } = "KP Amstelland secretariaat";

    /// <summary>Where replies go; the sender when empty.</summary>
    public string? ReplyTo { get; set; }

    /// <summary>Folder for .eml files when no SMTP host is set; relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail-pickup";

    public SmtpOptions Smtp { get; set; } = new();

    public int PollIntervalSeconds { get; set; } = 5;

    public int MaxAttempts { get; set; } = 10;

    /// <summary>Wait after the first failed attempt; doubles with every further failure.</summary>
    public int FirstRetrySeconds { get; set; } = 10;

    public int MaxRetrySeconds { get; set; } = 30 * 60;
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Auto, None, StartTls or SslOnConnect.</summary>
    public string SecureSocket { get; set; } = "Auto";
}
