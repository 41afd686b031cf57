using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.ElkImports;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Scheduling;
using WarmeOverdracht.Web.Features.ElkImports;
using WarmeOverdracht.Web.Features.Schedules;
using WarmeOverdracht.Web.Features.SchoolYears;

namespace WarmeOverdracht.Bench.Scheduling;

// Imports an ELK export into a fresh SQLite file with the product's own reader and applier, on the default school
// year a fresh install gets, and forms the scheduling problem as the product does.
internal static class ExportScheduling
{
    public static async Task<(string Instance, SchedulingProblem Problem)> LoadAsync(string file)
    {
        var databaseFile = Path.Combine(Path.GetTempPath(), $"wo-bench-{Guid.NewGuid():N}.db");
        try
        {
            return (Path.GetFileName(file), await LoadIntoAsync(file, databaseFile));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(databaseFile);
        }
    }

    private static async Task<SchedulingProblem> LoadIntoAsync(string file, string databaseFile)
    {
        var options = new DbContextOptionsBuilder<WarmeOverdrachtDbContext>();
        options.UseProvider(DatabaseProvider.Sqlite, $"Data Source={databaseFile}");
        await using var db = new WarmeOverdrachtDbContext(options.Options);
        await db.Database.MigrateAsync();

        var year = SchoolYearSeeder.CreateFor(DateOnly.FromDateTime(DateTime.UtcNow));
        db.SchoolYears.Add(year);
        await db.SaveChangesAsync();

        await using (var content = File.OpenRead(file))
        {
            var read = new ElkExportReader().Read(content, file);
            if (read.FileError is { } error)
            {
                throw new InvalidOperationException(error);
            }

            await new ElkImportApplier(db, TimeProvider.System).ApplyAsync(year.Id, read, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var pupils = await db.Pupils.AsNoTracking()
            .Where(p => p.SchoolYearId == year.Id && p.Requests.Any())
            .Include(p => p.Requests).Include(p => p.Consents)
            .OrderBy(p => p.Id)
            .ToListAsync();
        var maxCallers = await db.Schools.AsNoTracking()
            .Where(s => s.Sector == SchoolSector.Secondary && s.MaxCallers != null)
            .ToDictionaryAsync(s => s.Id, s => s.MaxCallers!.Value);
        return ScheduleInput.From(year, pupils, maxCallers).Problem;
    }
}
