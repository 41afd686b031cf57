using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Features.MyCalls;
using WarmeOverdracht.Web.Features.SchoolYears;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.Callers;

/// <summary>A VO school names the staff member behind each caller the published schedule needs.</summary>
[Authorize(Policy = SchoolClaims.SecondaryPortal)]
public sealed class CallersController(
    WarmeOverdrachtDbContext db,
    SchoolScope scope,
    CurrentSchoolYear currentYear,
    MyCallsQuery query,
    ILogger<CallersController> logger) : Controller
{
    public const int NameMaxLength = 200;

    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var schedule = await PublishedAsync();
        if (schedule is null)
        {
            return View(new CallersModel(null, []));
        }

        return View(new CallersModel(schedule.Version, await NamesAsync(schedule)));
    }

    [HttpPost]
    public async Task<IActionResult> Index(List<string?> names)
    {
        var schedule = await PublishedAsync();
        if (schedule is null)
        {
            return NotFound();
        }

        var current = await NamesAsync(schedule);
        if (names.Count != current.Count || names.Any(n => n?.Length > NameMaxLength))
        {
            this.SetStatusMessage("Vul per beller één naam in van hoogstens 200 tekens.", StatusKind.Error);
            return RedirectToAction(nameof(Index));
        }

        await SaveAsync(schedule.Id, names);
        logger.LogInformation("School {SchoolId} named {Named} callers", scope.SchoolId,
            names.Count(n => !string.IsNullOrWhiteSpace(n)));
        this.SetStatusMessage("De bellers zijn opgeslagen.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<Schedule?> PublishedAsync()
    {
        var year = await currentYear.GetAsync(HttpContext.RequestAborted);
        return await query.PublishedScheduleAsync(year.Id, HttpContext.RequestAborted);
    }

    private async Task<List<string?>> NamesAsync(Schedule schedule)
    {
        var needed = await db.Set<ScheduleSchool>().AsNoTracking()
            .Where(s => s.ScheduleId == schedule.Id && s.SchoolId == scope.SchoolId)
            .Select(s => s.Callers).FirstOrDefaultAsync(HttpContext.RequestAborted);
        var named = await db.ScheduleCallers.AsNoTracking()
            .Where(c => c.ScheduleId == schedule.Id && c.SchoolId == scope.SchoolId)
            .ToDictionaryAsync(c => c.CallerNumber, c => c.Name, HttpContext.RequestAborted);
        return Enumerable.Range(1, needed).Select(n => named.GetValueOrDefault(n)).ToList();
    }

    private async Task SaveAsync(int scheduleId, List<string?> names)
    {
        var existing = await db.ScheduleCallers
            .Where(c => c.ScheduleId == scheduleId && c.SchoolId == scope.SchoolId)
            .ToListAsync(HttpContext.RequestAborted);
        db.ScheduleCallers.RemoveRange(existing);
        db.ScheduleCallers.AddRange(names.Select((name, index) => (name, number: index + 1))
            .Where(n => !string.IsNullOrWhiteSpace(n.name))
            .Select(n => new ScheduleCaller
            {
                ScheduleId = scheduleId, SchoolId = scope.SchoolId, CallerNumber = n.number, Name = n.name!.Trim(),
            }));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }
}

public sealed record CallersModel(int? ScheduleVersion, IReadOnlyList<string?> Names);
