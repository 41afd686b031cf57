using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Domain.SchoolYears;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.Web.Features.Schedules;

/// <summary>Turns the school year's pupils into a scheduling problem, solves it and stores the schedule.</summary>
public sealed class SchedulePlanner(
    WarmeOverdrachtDbContext db,
    CallScheduler scheduler,
    PlanningRequests queue,
    PlanningProgress progress,
    TimeProvider clock,
    ILogger<SchedulePlanner> logger)
{
    /// <summary>
    /// Creates the next version in Planning and queues it for the background worker. While a version is
    /// still being planned, that one is returned instead, so a double click makes one schedule.
    /// </summary>
    public async Task<Schedule> RequestAsync(int schoolYearId, CancellationToken cancellationToken)
    {
        var planning = await FindPlanningAsync(schoolYearId, cancellationToken);
        if (planning is not null)
        {
            return planning;
        }

        var schedule = await CreateNextVersionAsync(schoolYearId, cancellationToken);
        if (schedule is null)
        {
            return await FindPlanningAsync(schoolYearId, cancellationToken)
                   ?? throw new InvalidOperationException("A new schedule version could not be stored.");
        }

        queue.Enqueue(schedule.Id);
        logger.LogInformation("Schedule {ScheduleId} version {Version} queued", schedule.Id, schedule.Version);
        return schedule;
    }

    private Task<Schedule?> FindPlanningAsync(int schoolYearId, CancellationToken cancellationToken) =>
        db.Schedules.AsNoTracking()
            .Where(s => s.SchoolYearId == schoolYearId && s.Status == ScheduleStatus.Planning)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The new version, or null when a concurrent request took the same version number.</summary>
    private async Task<Schedule?> CreateNextVersionAsync(int schoolYearId, CancellationToken cancellationToken)
    {
        var version = await db.Schedules.Where(s => s.SchoolYearId == schoolYearId)
            .MaxAsync(s => (int?)s.Version, cancellationToken) ?? 0;
        var schedule = new Schedule
        {
            SchoolYearId = schoolYearId,
            Version = version + 1,
            Status = ScheduleStatus.Planning,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Schedules.Add(schedule);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return schedule;
        }
        catch (DbUpdateException)
        {
            db.Entry(schedule).State = EntityState.Detached;
            return null;
        }
    }

    public async Task PlanAsync(int scheduleId, CancellationToken cancellationToken)
    {
        var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
        if (schedule is null || schedule.Status != ScheduleStatus.Planning)
        {
            return;
        }

        try
        {
            await PlanIntoAsync(schedule, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Schedule {ScheduleId} could not be planned", scheduleId);
            await MarkFailedAsync(scheduleId, cancellationToken);
        }
        finally
        {
            progress.Forget(scheduleId);
        }
    }

    private async Task MarkFailedAsync(int scheduleId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var schedule = await db.Schedules.FirstAsync(s => s.Id == scheduleId, cancellationToken);
        schedule.Status = ScheduleStatus.Failed;
        schedule.FailureMessage =
            "Het rooster kon niet worden gemaakt. Controleer de overdrachtsdagen en tijdvakken " +
            "en probeer het opnieuw; " +
            "blijft het misgaan, neem dan contact op met de beheerder.";
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task PlanIntoAsync(Schedule schedule, CancellationToken cancellationToken)
    {
        var year = await db.SchoolYears.AsNoTracking()
            .Include(y => y.Days).ThenInclude(d => d.Windows)
            .FirstAsync(y => y.Id == schedule.SchoolYearId, cancellationToken);
        var pupils = await LoadPupilsWithRequestAsync(year.Id, cancellationToken);
        var maxCallers = await db.Schools.AsNoTracking()
            .Where(s => s.Sector == SchoolSector.Secondary && s.MaxCallers != null)
            .ToDictionaryAsync(s => s.Id, s => s.MaxCallers!.Value, cancellationToken);

        var unavailable = await db.PhoneLineUnavailabilities.AsNoTracking()
            .OrderBy(u => u.PhoneLineId).ThenBy(u => u.Date).ThenBy(u => u.Start)
            .Select(u => new LineUnavailability(u.PhoneLineId, u.Date, u.Start, u.End))
            .ToListAsync(cancellationToken);

        var input = ScheduleInput.From(year, pupils, maxCallers, unavailable);
        input.KeepFrom(
            await EarlierBlocksAsync(schedule, s => s.Status != ScheduleStatus.Failed, cancellationToken),
            await EarlierBlocksAsync(schedule, s => s.Status == ScheduleStatus.Published, cancellationToken));
        var stopwatch = Stopwatch.StartNew();
        var reporter = new Progress<int>(p => progress.Report(schedule.Id, p));
        var result = scheduler.Solve(input.Problem, reporter, cancellationToken);
        stopwatch.Stop();

        input.Store(schedule, result);
        schedule.Status = ScheduleStatus.Draft;
        schedule.PlannedAt = clock.GetUtcNow();
        schedule.PlanningMilliseconds = stopwatch.ElapsedMilliseconds;
        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation(
            "Schedule {ScheduleId} planned in {ElapsedMs} ms: {Blocks} blocks, {Unplaced} unplaced, {Callers} callers",
            schedule.Id, stopwatch.ElapsedMilliseconds, result.Placed.Count, result.Unplaced.Count,
            result.Metrics.TotalCallers);
    }

    // The blocks of the latest earlier version that matches; none when there is no such version.
    private async Task<List<CallBlock>> EarlierBlocksAsync(
        Schedule schedule, System.Linq.Expressions.Expression<Func<Schedule, bool>> matches,
        CancellationToken cancellationToken)
    {
        var earlier = await db.Schedules.AsNoTracking()
            .Where(s => s.SchoolYearId == schedule.SchoolYearId && s.Version < schedule.Version)
            .Where(matches)
            .OrderByDescending(s => s.Version).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        return earlier is null
            ? []
            : await db.CallBlocks.AsNoTracking().Where(b => b.ScheduleId == earlier).ToListAsync(cancellationToken);
    }

    private async Task<List<Pupil>> LoadPupilsWithRequestAsync(int schoolYearId, CancellationToken cancellationToken) =>
        await db.Pupils.AsNoTracking()
            .Where(p => p.SchoolYearId == schoolYearId && p.Requests.Any())
            .Include(p => p.Requests).Include(p => p.Consents)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
}
