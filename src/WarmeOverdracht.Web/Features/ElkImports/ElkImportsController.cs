using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.ElkImports;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Features.SchoolYears;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.ElkImports;

[Authorize(Roles = Roles.Secretariat)]
public sealed class ElkImportsController(
    WarmeOverdrachtDbContext db,
    ElkImportService imports,
    CurrentSchoolYear currentYear,
    UserManager<ApplicationUser> users) : Controller
{
    private const long UploadLimitBytes = 64L * 1024 * 1024;

    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var year = await currentYear.GetAsync(HttpContext.RequestAborted);
        var history = await db.ElkImports.AsNoTracking()
            .Where(i => i.SchoolYearId == year.Id && i.Status == ElkImportStatus.Confirmed)
            .OrderByDescending(i => i.Id)
            .ToListAsync(HttpContext.RequestAborted);
        return View(new ElkImportsIndexModel(year.Name, history));
    }

    [HttpPost]
    [RequestSizeLimit(UploadLimitBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimitBytes)]
    public async Task<IActionResult> Upload(IFormFile? file)
    {
        var year = await currentYear.GetAsync(HttpContext.RequestAborted);
        var (importId, error) = await imports.UploadAsync(
            year.Id, file, users.GetUserId(User), HttpContext.RequestAborted);
        if (error is not null)
        {
            this.SetStatusMessage(error, StatusKind.Error);
            return RedirectToAction(nameof(Index));
        }

        return RedirectToAction(nameof(Preview), new { id = importId });
    }

    [HttpGet]
    public async Task<IActionResult> Preview(int id)
    {
        var import = await imports.FindAsync(id, HttpContext.RequestAborted);
        if (import is null)
        {
            return NotFound();
        }

        var outcome = import.Status == ElkImportStatus.Uploaded
            ? await imports.PreviewAsync(import, HttpContext.RequestAborted)
            : null;
        return View(new ElkImportPreviewModel(import, outcome));
    }

    [HttpPost]
    public async Task<IActionResult> Confirm(int id)
    {
        var import = await imports.FindAsync(id, HttpContext.RequestAborted);
        if (import is null)
        {
            return NotFound();
        }

        var outcome = import.Status == ElkImportStatus.Uploaded
            ? await imports.ConfirmAsync(import, HttpContext.RequestAborted)
            : null;
        if (outcome is null)
        {
            this.SetStatusMessage("Deze import is al verwerkt of geannuleerd.", StatusKind.Warning);
            return RedirectToAction(nameof(Index));
        }

        this.SetStatusMessage(
            $"Import verwerkt: {outcome.Created} nieuw, {outcome.Updated} bijgewerkt, " +
            $"{outcome.Unchanged} ongewijzigd, " +
            $"{outcome.Rejected} niet geïmporteerd, {outcome.MarkedMissing} niet meer in de export.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Discard(int id)
    {
        var import = await imports.FindAsync(id, HttpContext.RequestAborted);
        if (import is null)
        {
            return NotFound();
        }

        if (import.Status == ElkImportStatus.Uploaded)
        {
            await imports.DiscardAsync(import, HttpContext.RequestAborted);
            this.SetStatusMessage("De import is geannuleerd; er is niets gewijzigd.");
        }

        return RedirectToAction(nameof(Index));
    }
}

public sealed record ElkImportsIndexModel(string SchoolYearName, IReadOnlyList<ElkImport> History);

public sealed record ElkImportPreviewModel(ElkImport Import, ImportOutcome? Outcome);
