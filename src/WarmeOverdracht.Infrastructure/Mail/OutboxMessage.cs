namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>A mail stored before it is sent; the background sender delivers it with retries.</summary>
public class OutboxMessage
{
    public int Id { get; set; }

    /// <summary>Unique per logical mail (e.g. schedule version × school): queuing it again is a no-op.</summary>
    public required string DeduplicationKey { get; set; }

    /// <summary>The Message-ID header, fixed when queued so a retry is the same message.</summary>
    public required string MessageId { get; set; }

    public required string ToAddress { get; set; }

    public string? ToName { get; set; }

    public required string Subject { get; set; }

    public required string HtmlBody { get; set; }

    public required string TextBody { get; set; }

    public int? SchoolId { get; set; }

    public int? ScheduleId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>
    /// Set, in one conditional update, right before the message is handed to the transport, and cleared
    /// only when the attempt certainly failed. A message with this set and no <see cref="SentAt"/> is in
    /// doubt: it may have been delivered, so the sender never sends it again on its own.
    /// </summary>
    public DateTimeOffset? SendingStartedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public List<OutboxAttachment> Attachments { get; } = [];
}

public class OutboxAttachment
{
    public int Id { get; set; }

    public int OutboxMessageId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }
}
