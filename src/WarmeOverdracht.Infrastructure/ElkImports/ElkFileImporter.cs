using System.Diagnostics;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Imports one export file end to end without the web pages: read with the remembered column mapping,
/// apply, save in one transaction. Used by the benchmarks; the upload pages add preview and archive.
/// </summary>
public sealed class ElkFileImporter(
    WarmeOverdrachtDbContext db, ElkExportReader reader, ElkImportApplier applier, ElkHeaderMappingStore mappings)
{
    /// <summary>
    /// Reads and saves <paramref name="content"/>; a file error leaves the database as it was.
    /// With <paramref name="onlyWhenClean"/>, a file with rejected rows changes nothing either.
    /// </summary>
    public async Task<ElkFileImportResult> ImportAsync(int schoolYearId, Stream content, string fileName,
        bool onlyWhenClean = false, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var options = await mappings.ReadOptionsAsync(null, cancellationToken);
        var read = reader.Read(content, fileName, options);
        var timings = new ElkImportTimings { Reading = clock.Elapsed };
        if (read.FileError is not null)
        {
            return new ElkFileImportResult(read, null, Saved: false, timings);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await applier.ApplyAsync(schoolYearId, read, cancellationToken, saveAsYouGo: true);
        timings.Applying = clock.Elapsed - timings.Reading;
        if (onlyWhenClean && outcome.Rejected > 0)
        {
            // Disposing the transaction uncommitted rolls back the steps already saved.
            db.ChangeTracker.Clear();
            return new ElkFileImportResult(read, outcome, Saved: false, timings);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        timings.Saving = clock.Elapsed - timings.Reading - timings.Applying;
        return new ElkFileImportResult(read, outcome, Saved: true, timings);
    }
}

/// <summary>What reading gave, what applying did (null after a file error), and whether it was saved.</summary>
public sealed record ElkFileImportResult(
    ElkReadResult Read, ImportOutcome? Outcome, bool Saved, ElkImportTimings Timings);

/// <summary>How long each step of an import took.</summary>
public sealed class ElkImportTimings
{
    public TimeSpan Reading { get; init; }

    public TimeSpan Applying { get; set; }

    public TimeSpan Saving { get; set; }
}
