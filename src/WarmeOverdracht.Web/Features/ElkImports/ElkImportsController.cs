using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.ElkImports;
using WarmeOverdracht.Infrastructure.ElkImports;
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
    [DisableRequestSizeLimit]
    [ServiceFilter<UploadSizeFilter>(Order = int.MinValue)]
    public async Task<IActionResult> Upload(IFormFile? file, string? sheetName)
    {
        var year = await currentYear.GetAsync(HttpContext.RequestAborted);
        var result = await imports.UploadAsync(
            year.Id, file, sheetName, users.GetUserId(User), HttpContext.RequestAborted);
        if (result.Error is not null)
        {
            this.SetStatusMessage(result.Error, StatusKind.Error);
            return RedirectToAction(nameof(Index));
        }

        return RedirectToAction(result.NeedsMapping ? nameof(Mapping) : nameof(Preview), new { id = result.ImportId });
    }

    [HttpGet]
    public async Task<IActionResult> Preview(int id)
    {
        var import = await imports.FindAsync(id, HttpContext.RequestAborted);
        if (import is null)
        {
            return NotFound();
        }

        if (import.Status != ElkImportStatus.Uploaded)
        {
            return View(new ElkImportPreviewModel(import, null, null));
        }

        var read = await imports.ReadAsync(import, HttpContext.RequestAborted);
        if (read.MissingFields.Count > 0)
        {
            return RedirectToAction(nameof(Mapping), new { id });
        }

        var outcome = await imports.PreviewAsync(import, read, HttpContext.RequestAborted);
        return View(new ElkImportPreviewModel(import, read, outcome));
    }

    [HttpPost]
    public async Task<IActionResult> Sheet(int id, string? sheetName)
    {
        var import = await imports.FindAsync(id, HttpContext.RequestAborted);
        if (import is null || import.Status != ElkImportStatus.Uploaded)
        {
            return NotFound();
        }

        await imports.ChooseSheetAsync(import, sheetName, HttpContext.RequestAborted);
        return RedirectToAction(nameof(Preview), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Mapping(int id)
    {
        var import = await imports.FindAsync(id, HttpContext.RequestAborted);
        if (import is null || import.Status != ElkImportStatus.Uploaded)
        {
            return NotFound();
        }

        var read = await imports.ReadAsync(import, HttpContext.RequestAborted);
        return read.MissingFields.Count == 0
            ? RedirectToAction(nameof(Preview), new { id })
            : View(new ElkImportMappingModel(import, read, new Dictionary<string, int?>()));
    }

    [HttpPost]
    public async Task<IActionResult> Mapping(int id, Dictionary<string, int?> columns)
    {
        var import = await imports.FindAsync(id, HttpContext.RequestAborted);
        if (import is null || import.Status != ElkImportStatus.Uploaded)
        {
            return NotFound();
        }

        var read = await imports.ReadAsync(import, HttpContext.RequestAborted);
        var chosen = ColumnMapping.Validate(read, columns, ModelState);
        if (chosen is null)
        {
            return View(new ElkImportMappingModel(import, read, columns));
        }

        await imports.SaveMappingAsync(chosen, HttpContext.RequestAborted);
        this.SetStatusMessage("De koppeling van de kolommen is opgeslagen en wordt bij volgende imports gebruikt.");
        return RedirectToAction(nameof(Preview), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Confirm(int id, bool onlyWhenClean)
    {
        var import = await imports.FindAsync(id, HttpContext.RequestAborted);
        if (import is null)
        {
            return NotFound();
        }

        var (outcome, error) = import.Status == ElkImportStatus.Uploaded
            ? await imports.ConfirmAsync(import, onlyWhenClean, HttpContext.RequestAborted)
            : (null, "Deze import is al verwerkt of geannuleerd.");
        if (outcome is null)
        {
            this.SetStatusMessage(error!, StatusKind.Warning);
            return import.Status == ElkImportStatus.Uploaded
                ? RedirectToAction(nameof(Preview), new { id })
                : RedirectToAction(nameof(Index));
        }

        this.SetStatusMessage(
            $"Import verwerkt: {outcome.Created} nieuw, {outcome.Updated} bijgewerkt, " +
            $"{outcome.Unchanged} ongewijzigd, " +
            $"{outcome.Rejected} niet geïmporteerd, {outcome.MarkedMissing} niet meer in de export.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Report(int id)
    {
        var import = await imports.FindAsync(id, HttpContext.RequestAborted);
        var report = import is null || import.Status == ElkImportStatus.Discarded
            ? null
            : await imports.ReportAsync(import, HttpContext.RequestAborted);
        return report is null
            ? NotFound()
            : File(report, ElkImportReportWriter.ContentType, $"rijrapport-import-{id}.xlsx");
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

public sealed record ElkImportPreviewModel(ElkImport Import, ElkReadResult? Read, ImportOutcome? Outcome);

public sealed record ElkImportMappingModel(
    ElkImport Import, ElkReadResult Read, IReadOnlyDictionary<string, int?> Chosen);
