using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Features.Audit;
using WarmeOverdracht.Web.Features.SchoolYears;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.Schedules;

[Authorize(Roles = Roles.Secretariat)]
public sealed class SchedulesController(
    WarmeOverdrachtDbContext db,
    CurrentSchoolYear currentYear,
    SchedulePlanner planner,
    SchedulePublisher publisher,
    SchoolScheduleQuery schoolSchedules,
    ScheduleDetailsQuery details,
    AuditTrail audit) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var year = await currentYear.GetAsync(HttpContext.RequestAborted);
        var schedules = await db.Schedules.AsNoTracking().Where(s => s.SchoolYearId == year.Id)
            .OrderByDescending(s => s.Version).ToListAsync(HttpContext.RequestAborted);
        var withRequest = await db.Pupils.CountAsync(p => p.SchoolYearId == year.Id && p.Requests.Any());
        return View(new SchedulesIndexModel(year.Name, year.SlotMinutes, withRequest, schedules));
    }

    [HttpPost]
    public async Task<IActionResult> Create()
    {
        var year = await currentYear.GetAsync(HttpContext.RequestAborted);
        if (year.Days.Count == 0)
        {
            this.SetStatusMessage("Leg eerst de overdrachtsdagen vast.", StatusKind.Error);
            return RedirectToAction(nameof(Index));
        }

        var schedule = await planner.RequestAsync(year.Id, HttpContext.RequestAborted);
        return RedirectToAction(nameof(Details), new { id = schedule.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id)
    {
        var model = await details.GetAsync(id, HttpContext.RequestAborted);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet]
    public async Task<IActionResult> School(int id, int schoolId)
    {
        var aborted = HttpContext.RequestAborted;
        var schedule = await db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, aborted);
        var school = schedule is null ? null : await schoolSchedules.ForSchoolAsync(id, schoolId, aborted);
        if (schedule is null || school is null)
        {
            return NotFound();
        }

        await audit.RecordViewAsync("schedule.school.view", schoolId, null, aborted);
        var view = school.Sector == SchoolSector.Secondary ? "SecondarySchool" : "PrimarySchool";
        return View(view, new SchoolScheduleModel(schedule, school));
    }

    /// <summary>Every school's schedule on one page, for printing: each school on its own sheet.</summary>
    [HttpGet]
    public async Task<IActionResult> Print(int id)
    {
        var aborted = HttpContext.RequestAborted;
        var schedule = await db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, aborted);
        if (schedule is null)
        {
            return NotFound();
        }

        await audit.RecordViewAsync("schedule.print", null, null, aborted);
        return View(new PrintModel(schedule, await schoolSchedules.ForAllSchoolsAsync(id, aborted)));
    }

    [HttpGet]
    public async Task<IActionResult> Excluded(int id)
    {
        var model = await details.GetExcludedAsync(id, HttpContext.RequestAborted);
        if (model is null)
        {
            return NotFound();
        }

        await audit.RecordViewAsync("schedule.excluded.view", null, null, HttpContext.RequestAborted);
        return View(model);
    }

    [HttpGet]
    public async Task<IActionResult> Publish(int id)
    {
        var schedule = await db.Schedules.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        if (schedule is null)
        {
            return NotFound();
        }

        var schools = await schoolSchedules.ForAllSchoolsAsync(id, HttpContext.RequestAborted);
        var ids = schools.Select(s => s.SchoolId).ToList();
        var withoutEmail = await db.Schools.AsNoTracking()
            .Where(s => ids.Contains(s.Id) && (s.Email == null || s.Email == ""))
            .OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(HttpContext.RequestAborted);
        return View(new PublishModel(schedule, schools.Count, withoutEmail));
    }

    [HttpPost]
    [ActionName(nameof(Publish))]
    public async Task<IActionResult> PublishConfirmed(int id)
    {
        var outcome = await publisher.PublishAsync(id, HttpContext.RequestAborted);
        if (outcome is null)
        {
            this.SetStatusMessage("Alleen een afgerond rooster kan worden gepubliceerd.", StatusKind.Error);
            return RedirectToAction(nameof(Details), new { id });
        }

        if (outcome.Refusal is not null)
        {
            this.SetStatusMessage(outcome.Refusal, StatusKind.Error);
            return RedirectToAction(nameof(Details), new { id });
        }

        var kind = outcome.WithoutEmail.Count > 0 ? StatusKind.Warning : StatusKind.Success;
        this.SetStatusMessage(PublishMessage(outcome), kind);
        return RedirectToAction(nameof(Details), new { id });
    }

    private static string PublishMessage(PublishOutcome outcome)
    {
        var message = outcome.Queued == 0
            ? "Het rooster is gepubliceerd; er waren geen nieuwe mails te versturen."
            : $"Het rooster is gepubliceerd: {Dutch.Count(outcome.Queued, "mail", "mails")} " +
              "klaargezet voor verzending.";
        if (outcome.AlreadyQueued > 0)
        {
            message += outcome.AlreadyQueued == 1
                ? " 1 school had deze mail al."
                : $" {outcome.AlreadyQueued} scholen hadden deze mail al.";
        }

        if (outcome.Unchanged > 0)
        {
            message += outcome.Unchanged == 1
                ? " 1 school zonder wijzigingen krijgt geen nieuwe mail."
                : $" {outcome.Unchanged} scholen zonder wijzigingen krijgen geen nieuwe mail.";
        }

        if (outcome.WithoutEmail.Count > 0)
        {
            message += $" Geen e-mailadres bekend voor: {string.Join(", ", outcome.WithoutEmail)}. " +
                       "Vul het in bij Scholen en publiceer opnieuw.";
        }

        return message;
    }
}
