using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Features.PrimaryPupils;
using WarmeOverdracht.Web.Features.SchoolYears;

namespace WarmeOverdracht.Web.Features.Readiness;

/// <summary>The secretariat's view of what each school still has to do before the handover days.</summary>
[Authorize(Roles = Roles.Secretariat)]
public sealed class ReadinessController(
    WarmeOverdrachtDbContext db, CurrentSchoolYear currentYear, IOptions<PortalOptions> options) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var ct = HttpContext.RequestAborted;
        var year = await currentYear.GetAsync(ct);
        var pupils = db.Pupils.AsNoTracking().Where(p => p.SchoolYearId == year.Id && !p.MissingFromLatestImport);
        var primary = await db.Schools.AsNoTracking().Where(s => s.Sector == SchoolSector.Primary)
            .OrderBy(s => s.Name)
            .Select(s => new PrimaryReadiness(
                s.Id, s.Name, s.PhoneLines.Count, s.PhoneLines.Count(l => l.ConfirmedAt != null),
                pupils.Count(p => p.PrimarySchoolId == s.Id),
                pupils.Count(p => p.PrimarySchoolId == s.Id
                    && p.Requests.Any(r => r.Origin == HandoverRequestOrigin.FlaggedByPrimary))))
            .ToListAsync(ct);
        var schedule = await db.Schedules.AsNoTracking()
            .Where(s => s.SchoolYearId == year.Id && s.Status == ScheduleStatus.Published)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);
        var scheduleId = schedule?.Id ?? 0;
        var secondary = await db.Schools.AsNoTracking().Where(s => s.Sector == SchoolSector.Secondary)
            .OrderBy(s => s.Name)
            .Select(s => new SecondaryReadiness(
                s.Id, s.Name,
                db.Set<ScheduleSchool>().Where(x => x.ScheduleId == scheduleId && x.SchoolId == s.Id)
                    .Select(x => x.Callers).FirstOrDefault(),
                db.ScheduleCallers.Count(c => c.ScheduleId == scheduleId && c.SchoolId == s.Id),
                pupils.Count(p => p.SecondarySchoolId == s.Id
                    && p.Requests.Any(r => r.Origin == HandoverRequestOrigin.RequestedBySecondary)),
                pupils.Count(p => p.SecondarySchoolId == s.Id && p.Requests.Any() && !p.Consents.Any())))
            .ToListAsync(ct);
        return View(new ReadinessModel(schedule?.Version, primary, secondary, options.Value.FlagShareWarningPercent));
    }
}

public sealed record PrimaryReadiness(
    int Id, string Name, int Lines, int ConfirmedLines, int Pupils, int Flagged);

public sealed record SecondaryReadiness(
    int Id, string Name, int CallersNeeded, int CallersNamed, int Requests, int WithoutConsent);

public sealed record ReadinessModel(
    int? ScheduleVersion,
    IReadOnlyList<PrimaryReadiness> Primary,
    IReadOnlyList<SecondaryReadiness> Secondary,
    int WarningPercent);
