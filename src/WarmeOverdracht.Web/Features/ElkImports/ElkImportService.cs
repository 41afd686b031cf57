using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Domain.ElkImports;
using WarmeOverdracht.Infrastructure.ElkImports;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Web.Features.ElkImports;

/// <summary>
/// Upload → (mapping) → preview → confirm. The file is archived at upload; preview and confirm re-read
/// the archived copy with the worksheet and column mapping the secretariat chose.
/// </summary>
public sealed class ElkImportService(
    WarmeOverdrachtDbContext db,
    ElkExportReader reader,
    ElkImportArchive archive,
    ElkImportApplier applier,
    ElkHeaderMappingStore mappings,
    IOptions<ElkImportOptions> options,
    TimeProvider clock,
    ILogger<ElkImportService> logger)
{
    private static readonly string[] Extensions = [".xlsx", ".csv"];

    /// <summary>
    /// Checks and archives the upload. A file whose header lacks a required column is archived too, so
    /// the secretariat can map its columns; any other unreadable file gets a Dutch error and changes nothing.
    /// </summary>
    public async Task<UploadResult> UploadAsync(
        int schoolYearId, IFormFile? file, string? sheetName, string? userId, CancellationToken cancellationToken)
    {
        var error = CheckFile(file);
        if (error is not null)
        {
            logger.LogInformation("ELK upload of {SizeBytes} bytes refused before reading", file?.Length ?? 0);
            return new UploadResult(null, error, NeedsMapping: false);
        }

        var content = await ReadAllAsync(file!, cancellationToken);
        var sheet = string.IsNullOrWhiteSpace(sheetName) ? null : sheetName.Trim();
        var readOptions = await mappings.ReadOptionsAsync(sheet, cancellationToken);
        var read = reader.Read(new MemoryStream(content), file!.FileName, readOptions);
        var needsMapping = read.MissingFields.Count > 0;
        if (read.FileError is not null && !needsMapping)
        {
            logger.LogInformation("ELK upload of {SizeBytes} bytes ({Extension}) is unreadable",
                content.Length, Path.GetExtension(file.FileName).ToLowerInvariant());
            return new UploadResult(null, read.FileError, NeedsMapping: false);
        }

        var import = await ArchiveAsync(schoolYearId, file.FileName, sheet, content, userId, cancellationToken);
        logger.LogInformation("ELK import {ImportId} uploaded with {RowCount} rows, mapping needed: {NeedsMapping}",
            import.Id, read.DataRowCount, needsMapping);
        return new UploadResult(import.Id, null, needsMapping);
    }

    public async Task<ElkImport?> FindAsync(int importId, CancellationToken cancellationToken) =>
        await db.ElkImports.FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);

    /// <summary>Reads the archived file with the chosen worksheet and the remembered column mapping.</summary>
    public async Task<ElkReadResult> ReadAsync(ElkImport import, CancellationToken cancellationToken)
    {
        var readOptions = await mappings.ReadOptionsAsync(import.SheetName, cancellationToken);
        await using var stream = archive.Open(import.ArchivePath);
        return reader.Read(stream, import.FileName, readOptions);
    }

    /// <summary>What confirming would do, computed on the archived file without saving anything.</summary>
    public async Task<ImportOutcome?> PreviewAsync(
        ElkImport import, ElkReadResult read, CancellationToken cancellationToken)
    {
        if (read.FileError is not null)
        {
            return null;
        }

        var outcome = await applier.ApplyAsync(import.SchoolYearId, read, cancellationToken);
        db.ChangeTracker.Clear();
        return outcome;
    }

    /// <summary>Remembers which header names which field, for this and every later import.</summary>
    public async Task SaveMappingAsync(
        IReadOnlyDictionary<ElkField, string> headers, CancellationToken cancellationToken)
    {
        foreach (var (field, header) in headers)
        {
            await mappings.RememberAsync(header, field, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("ELK column mapping saved for {FieldCount} fields", headers.Count);
    }

    /// <summary>Uses another worksheet of the archived workbook.</summary>
    public async Task ChooseSheetAsync(ElkImport import, string? sheetName, CancellationToken cancellationToken)
    {
        import.SheetName = string.IsNullOrWhiteSpace(sheetName) ? null : sheetName.Trim();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Applies all accepted rows in one transaction: all go in, or none. Null outcome with a Dutch message
    /// when nothing was changed: confirmed or discarded meanwhile, unreadable, rows with errors while the
    /// secretariat asked for a clean file only, or the database refused the changes.
    /// </summary>
    public async Task<(ImportOutcome? Outcome, string? Error)> ConfirmAsync(
        ElkImport import, bool onlyWhenClean, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(import, cancellationToken);
        if (read.FileError is not null)
        {
            return (null, read.FileError);
        }

        try
        {
            return await ApplyInTransactionAsync(import, read, onlyWhenClean, cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            logger.LogError(exception, "ELK import {ImportId} could not be saved; nothing changed", import.Id);
            db.ChangeTracker.Clear();
            return (null, "De import kon niet worden opgeslagen; er is niets gewijzigd. Probeer het opnieuw.");
        }
    }

    public async Task DiscardAsync(ElkImport import, CancellationToken cancellationToken)
    {
        import.Status = ElkImportStatus.Discarded;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("ELK import {ImportId} discarded", import.Id);
    }

    /// <summary>The row report as .xlsx: as saved at confirmation, or the preview of an open import.</summary>
    public async Task<byte[]?> ReportAsync(ElkImport import, CancellationToken cancellationToken)
    {
        if (import.Status == ElkImportStatus.Confirmed)
        {
            return archive.ReadReport(import.ArchivePath);
        }

        var read = await ReadAsync(import, cancellationToken);
        var outcome = await PreviewAsync(import, read, cancellationToken);
        return outcome is null ? null : ElkImportReportWriter.Write(import.FileName, outcome);
    }

    private async Task<(ImportOutcome? Outcome, string? Error)> ApplyInTransactionAsync(
        ElkImport import, ElkReadResult read, bool onlyWhenClean, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.ElkImports
            .Where(i => i.Id == import.Id && i.Status == ElkImportStatus.Uploaded)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.Status, ElkImportStatus.Confirmed), cancellationToken);
        if (claimed == 0)
        {
            return (null, "Deze import is al verwerkt of geannuleerd.");
        }

        var outcome = await applier.ApplyAsync(import.SchoolYearId, read, cancellationToken, saveAsYouGo: true);
        if (onlyWhenClean && outcome.Rejected > 0)
        {
            // Disposing the transaction uncommitted rolls back the claim and any steps already saved.
            db.ChangeTracker.Clear();
            var rows = outcome.Rejected == 1 ? "1 rij heeft een fout" : $"{outcome.Rejected} rijen hebben fouten";
            return (null, $"Er is niets geïmporteerd: {rows} en u koos ervoor alleen te importeren als alle "
                + "rijen in orde zijn.");
        }

        Record(import, outcome);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await archive.StoreReportAsync(import.ArchivePath,
            ElkImportReportWriter.Write(import.FileName, outcome), cancellationToken);
        LogConfirmed(import, outcome);
        return (outcome, null);
    }

    private void LogConfirmed(ElkImport import, ImportOutcome outcome) => logger.LogInformation(
        "ELK import {ImportId} confirmed: {Created} created, {Updated} updated, {Unchanged} unchanged, " +
        "{Rejected} rejected, {Conflicts} conflicts, {MarkedMissing} marked missing",
        import.Id, outcome.Created, outcome.Updated, outcome.Unchanged, outcome.Rejected, outcome.Conflicts,
        outcome.MarkedMissing);

    private string? CheckFile(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return "Kies een bestand om te importeren; het gekozen bestand is leeg.";
        }

        var maxBytes = options.Value.MaxFileSizeBytes;
        if (file.Length > maxBytes)
        {
            return ElkImportOptions.TooLargeMessage(file.Length, maxBytes);
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

    private async Task<ElkImport> ArchiveAsync(int schoolYearId, string fileName, string? sheetName,
        byte[] content, string? userId, CancellationToken cancellationToken)
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
            SheetName = sheetName,
            Status = ElkImportStatus.Uploaded,
            UploadedAt = now,
            UploadedByUserId = userId,
        };
        db.ElkImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        return import;
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

/// <summary>The new import's id, or a Dutch error; <see cref="NeedsMapping"/> when columns must be mapped.</summary>
public sealed record UploadResult(int? ImportId, string? Error, bool NeedsMapping);
