namespace WarmeOverdracht.Web.Features.Outbox;

/// <summary>Where a mail is on its way, as the secretariat sees it.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be sent, possibly after failed attempts that will be retried.</summary>
    Pending,

    Sent,

    /// <summary>Every attempt failed; not tried again until someone resends it.</summary>
    Failed,

    /// <summary>Handed to the mail server, but whether it arrived is not known; not sent again on its own.</summary>
    InDoubt,
}

public sealed record OutboxRow(
    int Id, string Recipient, string Address, string Subject, DateTimeOffset CreatedAt, DateTimeOffset? SentAt,
    int Attempts, string? LastError, OutboxStatus Status)
{
    public string StatusText => OutboxStatusText.For(Status);
}

public sealed class OutboxPage
{
    public required IReadOnlyList<OutboxRow> Rows { get; init; }

    public required IReadOnlyDictionary<OutboxStatus, int> Counts { get; init; }

    public OutboxStatus? Filter { get; init; }

    public int Page { get; init; }

    public int PageCount { get; init; }
}

public sealed record OutboxAttachmentRow(string FileName, string ContentType, int Size);

public sealed class OutboxMessageDetails
{
    public required OutboxRow Row { get; init; }

    public required string MessageId { get; init; }

    public required string TextBody { get; init; }

    public DateTimeOffset? SendingStartedAt { get; init; }

    public required IReadOnlyList<OutboxAttachmentRow> Attachments { get; init; }

    public bool CanResend => Row.Status is OutboxStatus.Failed or OutboxStatus.InDoubt or OutboxStatus.Sent;
}

public static class OutboxStatusText
{
    public static string For(OutboxStatus status) => status switch
    {
        OutboxStatus.Sent => "verzonden",
        OutboxStatus.Failed => "mislukt",
        OutboxStatus.InDoubt => "onzeker of aangekomen",
        _ => "wacht op verzending",
    };
}
