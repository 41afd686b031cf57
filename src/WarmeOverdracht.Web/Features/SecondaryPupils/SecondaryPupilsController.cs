using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Features.Audit;
using WarmeOverdracht.Web.Features.SchoolYears;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.SecondaryPupils;

/// <summary>
/// The pupils placed at a VO school: request an extra pupil (with the school's question) before the
/// deadline, and record consent from the school's own registration form.
/// </summary>
[Authorize(Policy = SchoolClaims.SecondaryPortal)]
public sealed class SecondaryPupilsController(
    WarmeOverdrachtDbContext db,
    SchoolScope scope,
    CurrentSchoolYear currentYear,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<SecondaryPupilsController> logger) : Controller
{
    public const int QuestionMaxLength = 2000;

    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var ct = HttpContext.RequestAborted;
        var year = await currentYear.GetAsync(ct);
        var pupils = await scope.Pupils.AsNoTracking().Where(p => p.SchoolYearId == year.Id)
            .Include(p => p.Requests).Include(p => p.Consents).Include(p => p.PrimarySchool)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ToListAsync(ct);
        await audit.RecordViewAsync("pupils.list", scope.SchoolId, null, ct);
        var open = AmsterdamTime.Today(clock) <= year.RequestDeadline;
        return View(new SecondaryPupilsModel(pupils, year.RequestDeadline, open));
    }

    [HttpPost]
    public async Task<IActionResult> RequestHandover(int id, string? question)
    {
        var pupil = await scope.FindPupilAsync(id, HttpContext.RequestAborted);
        if (pupil is null)
        {
            return NotFound();
        }

        var year = await currentYear.GetAsync(HttpContext.RequestAborted);
        var refusal = Refusal(question, year.RequestDeadline);
        if (refusal is not null)
        {
            this.SetStatusMessage(refusal, StatusKind.Error);
            return RedirectToAction(nameof(Index));
        }

        var request = pupil.Requests.FirstOrDefault(r => r.Origin == HandoverRequestOrigin.RequestedBySecondary);
        if (request is null)
        {
            request = new HandoverRequest
            {
                Origin = HandoverRequestOrigin.RequestedBySecondary, CreatedAt = clock.GetUtcNow(),
            };
            pupil.Requests.Add(request);
        }

        request.Source = DataSource.Application;
        request.Reason = question!.Trim();
        audit.Add("pupil.request", scope.SchoolId, pupil.Id);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        logger.LogInformation("Pupil {PupilId} requested by VO school {SchoolId}", pupil.Id, scope.SchoolId);
        this.SetStatusMessage($"{pupil.FullName} is aangevraagd voor de warme overdracht.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Consent(int id)
    {
        var pupil = await scope.FindPupilAsync(id, HttpContext.RequestAborted);
        if (pupil is null)
        {
            return NotFound();
        }

        if (pupil.Consents.All(c => c.Source != ConsentSource.VoRegistrationForm))
        {
            pupil.Consents.Add(new Consent
            {
                Source = ConsentSource.VoRegistrationForm, RecordedAt = clock.GetUtcNow(),
            });
            audit.Add("pupil.consent", scope.SchoolId, pupil.Id);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            logger.LogInformation(
                "Consent recorded for pupil {PupilId} by school {SchoolId}", pupil.Id, scope.SchoolId);
        }

        this.SetStatusMessage($"De toestemming voor {pupil.FullName} is vastgelegd.");
        return RedirectToAction(nameof(Index));
    }

    private string? Refusal(string? question, DateOnly deadline)
    {
        if (AmsterdamTime.Today(clock) > deadline)
        {
            return $"Aanvragen kon tot en met {deadline:dd-MM-yyyy}; die datum is voorbij. " +
                "Neem voor een dringende vraag contact op met het secretariaat.";
        }

        if (string.IsNullOrWhiteSpace(question))
        {
            return "Vul de vraag in die uw school over deze leerling heeft.";
        }

        return question.Length > QuestionMaxLength ? "De vraag is te lang (hoogstens 2000 tekens)." : null;
    }
}

public sealed record SecondaryPupilsModel(IReadOnlyList<Pupil> Pupils, DateOnly Deadline, bool RequestsOpen);
