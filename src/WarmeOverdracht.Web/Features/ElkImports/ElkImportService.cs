using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Domain.ElkImports;
using WarmeOverdracht.Infrastructure.ElkImports;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Web.Features.ElkImports;

/// <summary>
/// Upload → preview → confirm. The file is archived at upload; confirm re-reads the archived copy.
/// </summary>
public sealed class ElkImportService(
    WarmeOverdrachtDbContext db,
    ElkExportReader reader,
    ElkImportArchive archive,
    ElkImportApplier applier,
    IOptions<ElkImportOptions> options,
    TimeProvider clock,
    ILogger<ElkImportService> logger)
{
    private static readonly string[] Extensions = [".xlsx", ".csv"];

    /// <summary>Archives and checks the upload; returns the import id, or a Dutch error and changes nothing.</summary>
    public async Task<(int? ImportId, string? Error)> UploadAsync(
        int schoolYearId, IFormFile? file, string? userId, CancellationToken cancellationToken)
    {
        var error = CheckFile(file);
        if (error is not null)
        {
            logger.LogInformation("ELK upload refused before reading: {Reason}", error);
            return (null, error);
        }

        var content = await ReadAllAsync(file!, cancellationToken);
        var read = reader.Read(new MemoryStream(content), file!.FileName);
        if (read.FileError is not null)
        {
            logger.LogInformation("ELK upload of {SizeBytes} bytes is unreadable", content.Length);
            return (null, read.FileError);
        }

        var import = await ArchiveAsync(schoolYearId, file.FileName, content, userId, cancellationToken);
        logger.LogInformation("ELK import {ImportId} uploaded with {RowCount} rows", import.Id, read.DataRowCount);
        return (import.Id, null);
    }

    public async Task<ElkImport?> FindAsync(int importId, CancellationToken cancellationToken) =>
        await db.ElkImports.FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);

    /// <summary>What confirming would do, computed on the archived file without saving anything.</summary>
    public async Task<ImportOutcome> PreviewAsync(ElkImport import, CancellationToken cancellationToken)
    {
        var outcome = await applier.ApplyAsync(import.SchoolYearId, Read(import), cancellationToken);
        db.ChangeTracker.Clear();
        return outcome;
    }

    /// <summary>
    /// Applies all accepted rows in one transaction; null when the import was confirmed or discarded
    /// meanwhile (a second click), which then changes nothing.
    /// </summary>
    public async Task<ImportOutcome?> ConfirmAsync(ElkImport import, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.ElkImports
            .Where(i => i.Id == import.Id && i.Status == ElkImportStatus.Uploaded)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.Status, ElkImportStatus.Confirmed), cancellationToken);
        if (claimed == 0)
        {
            return null;
        }

        var outcome = await applier.ApplyAsync(import.SchoolYearId, Read(import), cancellationToken);
        Record(import, outcome);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation(
            "ELK import {ImportId} confirmed: {Created} created, {Updated} updated, {Unchanged} unchanged, " +
            "{Rejected} rejected, {MarkedMissing} marked missing",
            import.Id, outcome.Created, outcome.Updated, outcome.Unchanged, outcome.Rejected, outcome.MarkedMissing);
        return outcome;
    }

    public async Task DiscardAsync(ElkImport import, CancellationToken cancellationToken)
    {
        import.Status = ElkImportStatus.Discarded;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("ELK import {ImportId} discarded", import.Id);
    }

    private string? CheckFile(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return "Kies een bestand om te importeren; het gekozen bestand is leeg.";
        }

        var maxBytes = options.Value.MaxFileSizeBytes;
        if (file.Length > maxBytes)
        {
            return $"Het bestand is te groot ({file.Length / 1024 / 1024} MB); " +
                   $"het maximum is {maxBytes / 1024 / 1024} MB.";
        }

        return Extensions.Contains(Path.GetExtension(file.FileName).ToLowerInvariant())
            ? null
            : "Alleen Excel-bestanden (.xlsx) en CSV-bestanden (.csv) kunnen worden geïmporteerd.";
    }

    private static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private async Task<ElkImport> ArchiveAsync(
        int schoolYearId, string fileName, byte[] content, string? userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var import = new ElkImport
        {
            SchoolYearId = schoolYearId,
            FileName = Path.GetFileName(fileName),
            ArchivePath = await archive.StoreAsync(content, sha256, extension, now, cancellationToken),
            Sha256 = sha256,
            SizeBytes = content.Length,
            Status = ElkImportStatus.Uploaded,
            UploadedAt = now,
            UploadedByUserId = userId,
        };
        db.ElkImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        return import;
    }

    private ElkReadResult Read(ElkImport import)
    {
        using var stream = archive.Open(import.ArchivePath);
        return reader.Read(stream, import.FileName);
    }

    private void Record(ElkImport import, ImportOutcome outcome)
    {
        import.Status = ElkImportStatus.Confirmed;
        import.ConfirmedAt = clock.GetUtcNow();
        import.RowCount = outcome.DataRowCount;
        import.CreatedCount = outcome.Created;
        import.UpdatedCount = outcome.Updated;
        import.UnchangedCount = outcome.Unchanged;
        import.RejectedCount = outcome.Rejected;
        import.MarkedMissingCount = outcome.MarkedMissing;
    }
}
