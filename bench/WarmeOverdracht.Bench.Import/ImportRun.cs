using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.SchoolYears;
using WarmeOverdracht.Infrastructure.ElkImports;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Bench.Import;

/// <summary>
/// Imports one export file into a fresh SQLite database, end to end (read, validate, apply, save in one
/// transaction), and counts what is in the database afterwards. Other benchmarks call
/// <see cref="RunAsync"/> to get a filled database.
/// </summary>
public static class ImportRun
{
    public static async Task<ImportFigures> RunAsync(string file, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var db = await CreateDatabaseAsync(databasePath);
        var year = new SchoolYear { Name = "2026-2027", RequestDeadline = new DateOnly(2027, 3, 1) };
        db.SchoolYears.Add(year);
        await db.SaveChangesAsync();

        var cpuBefore = CpuSeconds();
        var clock = Stopwatch.StartNew();
        var result = await ImportAsync(db, year.Id, file);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = CpuSeconds() - cpuBefore;
        var peakMb = PeakMemoryMb();

        var figures = await CountAsync(db, year.Id, file, result, seconds, peakMb);
        return figures with
        {
            Steps = figures.Steps + string.Create(CultureInfo.InvariantCulture, $"; CPU {cpu:0.00} s"),
        };
    }

    /// <summary>Imports <paramref name="file"/> with the application's importer into the given year.</summary>
    public static async Task<ElkFileImportResult> ImportAsync(
        WarmeOverdrachtDbContext db, int schoolYearId, string file)
    {
        ArgumentNullException.ThrowIfNull(db);
        var importer = new ElkFileImporter(db, new ElkExportReader(),
            new ElkImportApplier(db, TimeProvider.System), new ElkHeaderMappingStore(db));
        await using var stream = File.OpenRead(file);
        return await importer.ImportAsync(schoolYearId, stream, Path.GetFileName(file));
    }

    /// <summary>A migrated, empty SQLite database at <paramref name="path"/>.</summary>
    public static async Task<WarmeOverdrachtDbContext> CreateDatabaseAsync(string path)
    {
        File.Delete(path);
        var options = new DbContextOptionsBuilder<WarmeOverdrachtDbContext>();
        options.UseProvider(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=false");
        var db = new WarmeOverdrachtDbContext(options.Options);
        await db.Database.MigrateAsync();
        return db;
    }

    /// <summary>The process's peak working set so far (<see cref="Process.PeakWorkingSet64"/>), in MB.</summary>
    public static double PeakMemoryMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return Math.Round(process.PeakWorkingSet64 / 1024d / 1024d, 1);
    }

    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static async Task<ImportFigures> CountAsync(WarmeOverdrachtDbContext db, int schoolYearId,
        string file, ElkFileImportResult result, double seconds, double peakMb)
    {
        db.ChangeTracker.Clear();
        var pupils = await db.Pupils.AsNoTracking().Where(p => p.SchoolYearId == schoolYearId)
            .Include(p => p.Requests).Include(p => p.Consents).ToListAsync();
        var flagged = pupils.Count(p => p.Requests.Any(r => r.Origin == HandoverRequestOrigin.FlaggedByPrimary));
        var schedulable = pupils.Count(p => p.Requests.Count > 0 && PupilEligibility.Check(p) is null);
        return new ImportFigures(file, result.Read.DataRowCount, pupils.Count, flagged, schedulable,
            result.Outcome?.Problems.Count ?? 0, Math.Round(seconds, 2), peakMb, result.Read.FileError)
        {
            Steps = string.Create(CultureInfo.InvariantCulture,
                $"read {result.Timings.Reading.TotalSeconds:0.00} s, "
                + $"apply {result.Timings.Applying.TotalSeconds:0.00} s, "
                + $"save {result.Timings.Saving.TotalSeconds:0.00} s"),
        };
    }
}

/// <summary>The figures of one import, printed as one JSON line.</summary>
public sealed record ImportFigures(string File, int Rows, int Pupils, int Flagged, int Schedulable, int Problems,
    double Seconds, double PeakMemoryMb, string? FileError)
{
    /// <summary>Seconds per step (read, apply, save), shown on the console only.</summary>
    public string? Steps { get; init; }
}
