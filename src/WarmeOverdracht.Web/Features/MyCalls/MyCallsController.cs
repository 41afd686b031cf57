using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Infrastructure.Publishing;
using WarmeOverdracht.Web.Features.Audit;
using WarmeOverdracht.Web.Features.Schedules;
using WarmeOverdracht.Web.Features.SchoolYears;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.MyCalls;

/// <summary>
/// A PO or VO school's own calls in the published schedule: on screen, printed, as .xlsx or as .ics.
/// </summary>
[Authorize(Policy = SchoolClaims.AnyPortal)]
public sealed class MyCallsController(
    WarmeOverdrachtDbContext db,
    SchoolScope scope,
    CurrentSchoolYear currentYear,
    MyCallsQuery query,
    SchoolScheduleQuery schoolSchedules,
    AuditTrail audit,
    ScheduleCalendarWriter calendarWriter,
    TimeProvider clock,
    ILogger<MyCallsController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var ct = HttpContext.RequestAborted;
        var year = await currentYear.GetAsync(ct);
        var schedule = await query.PublishedScheduleAsync(year.Id, ct);
        var calls = schedule is null ? [] : await query.CallsAsync(schedule.Id, ct);
        var school = await scope.SchoolAsync(ct);
        await audit.RecordViewAsync("calls.view", scope.SchoolId, null, ct);
        return View(new MyCallsModel(school.Name, school.Sector == SchoolSector.Secondary, schedule, calls));
    }

    [HttpGet]
    public async Task<IActionResult> Download()
    {
        var mine = await OwnScheduleAsync(HttpContext.RequestAborted);
        if (mine is null)
        {
            return NotFound();
        }

        await audit.RecordViewAsync("calls.download", scope.SchoolId, null, HttpContext.RequestAborted);
        return File(new ScheduleWorkbookWriter().Write(mine), ScheduleWorkbookWriter.ContentType,
            ScheduleWorkbookWriter.FileNameFor(mine));
    }

    [HttpGet]
    public async Task<IActionResult> Calendar()
    {
        var mine = await OwnScheduleAsync(HttpContext.RequestAborted);
        if (mine is null)
        {
            return NotFound();
        }

        await audit.RecordViewAsync("calls.calendar", scope.SchoolId, null, HttpContext.RequestAborted);
        return File(calendarWriter.Write(mine), ScheduleCalendarWriter.ContentType,
            ScheduleCalendarWriter.FileNameFor(mine));
    }

    [HttpPost]
    [Authorize(Policy = SchoolClaims.SecondaryPortal)]
    public async Task<IActionResult> Outcome(int id, CallOutcome? outcome)
    {
        var block = await scope.FindCallBlockAsync(id, HttpContext.RequestAborted);
        if (block is null)
        {
            return NotFound();
        }

        if (outcome is null || !Enum.IsDefined(outcome.Value))
        {
            this.SetStatusMessage("Kies of het gesprek gevoerd is of dat u niemand bereikte.", StatusKind.Error);
            return RedirectToAction(nameof(Index));
        }

        var tracked = await db.CallBlocks.FindAsync([block.Id], HttpContext.RequestAborted);
        tracked!.Outcome = outcome;
        tracked.OutcomeAt = clock.GetUtcNow();
        audit.Add("call.outcome", scope.SchoolId, null, block.Id);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        logger.LogInformation("Call {CallBlockId} marked {Outcome}", block.Id, outcome);
        this.SetStatusMessage(outcome == CallOutcome.Done
            ? $"Het gesprek van {block.Start:HH:mm} is gevoerd."
            : $"Het gesprek van {block.Start:HH:mm} staat op 'niet bereikt'; het secretariaat ziet dit.",
            outcome == CallOutcome.Done ? StatusKind.Success : StatusKind.Warning);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The own school's part of the newest published schedule; null when there is none.</summary>
    private async Task<SchoolSchedule?> OwnScheduleAsync(CancellationToken ct)
    {
        var year = await currentYear.GetAsync(ct);
        var schedule = await query.PublishedScheduleAsync(year.Id, ct);
        return schedule is null ? null : await schoolSchedules.ForSchoolAsync(schedule.Id, scope.SchoolId, ct);
    }
}
