namespace WarmeOverdracht.Infrastructure.Publishing;

/// <summary>A schedule mail ready to be queued: subject, both bodies and the .xlsx attachment.</summary>
public sealed record ComposedMail(string Subject, string HtmlBody, string TextBody, ComposedAttachment Attachment);

/// <summary>A file that goes with a composed mail.</summary>
public sealed record ComposedAttachment(string FileName, string ContentType, byte[] Content);
