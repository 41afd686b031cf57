using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Features.Audit;
using WarmeOverdracht.Web.Features.SchoolYears;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.PrimaryPupils;

/// <summary>A PO school's pupils: which contact discusses them, and which are flagged for the handover.</summary>
[Authorize(Policy = SchoolClaims.PrimaryPortal)]
public sealed class PrimaryPupilsController(
    WarmeOverdrachtDbContext db,
    SchoolScope scope,
    CurrentSchoolYear currentYear,
    AuditTrail audit,
    TimeProvider clock,
    IOptions<PortalOptions> options,
    IValidator<FlagForm> validator,
    ILogger<PrimaryPupilsController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var ct = HttpContext.RequestAborted;
        var year = await currentYear.GetAsync(ct);
        var pupils = await scope.Pupils.AsNoTracking().Where(p => p.SchoolYearId == year.Id)
            .Include(p => p.Requests).OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ToListAsync(ct);
        var lines = await scope.PhoneLines.AsNoTracking().OrderBy(l => l.ContactName).ToListAsync(ct);
        await audit.RecordViewAsync("pupils.list", scope.SchoolId, null, ct);
        return View(new PrimaryPupilsModel(pupils, lines, options.Value.FlagShareWarningPercent));
    }

    [HttpPost]
    public async Task<IActionResult> AssignLine(int id, int? lineId)
    {
        var pupil = await scope.FindPupilAsync(id, HttpContext.RequestAborted);
        var lineFound = lineId is null || await scope.PhoneLines.AnyAsync(l => l.Id == lineId);
        if (pupil is null || !lineFound)
        {
            return NotFound();
        }

        pupil.PhoneLineId = lineId;
        audit.Add("pupil.assign-line", scope.SchoolId, pupil.Id, lineId);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        logger.LogInformation("Pupil {PupilId} assigned to phone line {PhoneLineId}", pupil.Id, lineId);
        this.SetStatusMessage(lineId is null
            ? $"{pupil.FullName} is niet meer aan een contactpersoon toegewezen."
            : $"{pupil.FullName} is toegewezen.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Flag(int id, FlagForm form)
    {
        var pupil = await scope.FindPupilAsync(id, HttpContext.RequestAborted);
        if (pupil is null)
        {
            return NotFound();
        }

        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            this.SetStatusMessage(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors)
                .Select(e => e.ErrorMessage)), StatusKind.Error);
            return RedirectToAction(nameof(Index));
        }

        var request = pupil.Requests.FirstOrDefault(r => r.Origin == HandoverRequestOrigin.FlaggedByPrimary);
        if (request is null)
        {
            request = new HandoverRequest
            {
                Origin = HandoverRequestOrigin.FlaggedByPrimary, CreatedAt = clock.GetUtcNow(),
            };
            pupil.Requests.Add(request);
        }

        request.Source = DataSource.Application;
        request.ReasonKind = form.ReasonKind;
        request.Reason = form.Reason!.Trim();
        audit.Add("pupil.flag", scope.SchoolId, pupil.Id);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        logger.LogInformation("Pupil {PupilId} flagged by the PO school", pupil.Id);
        await SetFlagStatusAsync($"{pupil.FullName} is aangemeld voor de warme overdracht.", pupil.SchoolYearId);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Unflag(int id)
    {
        var pupil = await scope.FindPupilAsync(id, HttpContext.RequestAborted);
        if (pupil is null)
        {
            return NotFound();
        }

        var request = pupil.Requests.FirstOrDefault(r => r.Origin == HandoverRequestOrigin.FlaggedByPrimary);
        if (request is not null)
        {
            db.HandoverRequests.Remove(request);
            audit.Add("pupil.unflag", scope.SchoolId, pupil.Id);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            logger.LogInformation("Pupil {PupilId} unflagged by the PO school", pupil.Id);
        }

        this.SetStatusMessage($"{pupil.FullName} is afgemeld voor de warme overdracht.");
        return RedirectToAction(nameof(Index));
    }

    private async Task SetFlagStatusAsync(string message, int schoolYearId)
    {
        var pupils = scope.Pupils.Where(p => p.SchoolYearId == schoolYearId);
        var total = await pupils.CountAsync();
        var flagged = await pupils.CountAsync(
            p => p.Requests.Any(r => r.Origin == HandoverRequestOrigin.FlaggedByPrimary));
        var percent = options.Value.FlagShareWarningPercent;
        if (PortalOptions.TooManyFlagged(flagged, total, percent))
        {
            this.SetStatusMessage($"{message} Let op: {flagged} van de {total} leerlingen zijn aangemeld, meer dan " +
                $"{percent}%. De warme overdracht is bedoeld voor leerlingen die extra aandacht nodig hebben, " +
                "niet voor iedereen.", StatusKind.Warning);
            return;
        }

        this.SetStatusMessage(message);
    }
}

public sealed record PrimaryPupilsModel(
    IReadOnlyList<Pupil> Pupils, IReadOnlyList<Domain.Schools.PhoneLine> Lines, int WarningPercent)
{
    public int Flagged => Pupils.Count(p => FlagOf(p) is not null);

    public bool TooMany => PortalOptions.TooManyFlagged(Flagged, Pupils.Count, WarningPercent);

    public static HandoverRequest? FlagOf(Pupil pupil) =>
        pupil.Requests.FirstOrDefault(r => r.Origin == HandoverRequestOrigin.FlaggedByPrimary);
}
