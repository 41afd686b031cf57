namespace WarmeOverdracht.Domain.ElkImports;

/// <summary>One uploaded ELK export: the archived file and what importing it did.</summary>
public class ElkImport
{
    public int Id { get; set; }

    public int SchoolYearId { get; set; }

    public required string FileName { get; set; }

    /// <summary>Path of the archived copy, relative to the archive folder.</summary>
    public required string ArchivePath { get; set; }

    /// <summary>SHA-256 of the file, hex.</summary>
    public required string Sha256 { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>The worksheet the secretariat chose; null for the first one with a header row.</summary>
    public string? SheetName { get; set; }

    public ElkImportStatus Status { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public string? UploadedByUserId { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public int RowCount { get; set; }

    public int CreatedCount { get; set; }

    public int UpdatedCount { get; set; }

    public int UnchangedCount { get; set; }

    public int RejectedCount { get; set; }

    public int MarkedMissingCount { get; set; }
}

public enum ElkImportStatus
{
    Uploaded = 1,
    Confirmed = 2,
    Discarded = 3,
}
