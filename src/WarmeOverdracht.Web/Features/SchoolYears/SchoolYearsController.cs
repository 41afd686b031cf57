using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WarmeOverdracht.Domain.SchoolYears;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.SchoolYears;

[Authorize(Roles = Roles.Secretariat)]
public sealed class SchoolYearsController(
    WarmeOverdrachtDbContext db,
    CurrentSchoolYear currentYear,
    IValidator<SchoolYearForm> validator,
    ILogger<SchoolYearsController> logger) : Controller
{
    private const int EmptyRowsToAdd = 2;

    [HttpGet]
    public async Task<IActionResult> Edit()
    {
        var year = await currentYear.GetAsync(HttpContext.RequestAborted);
        return View(WithEmptyRows(ToForm(year)));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(SchoolYearForm form)
    {
        var year = await currentYear.GetAsync(HttpContext.RequestAborted);
        form.Name = year.Name;
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(WithEmptyRows(form));
        }

        Apply(form, year);
        await db.SaveChangesAsync(HttpContext.RequestAborted);

        logger.LogInformation("School year {SchoolYearId} settings changed", year.Id);
        this.SetStatusMessage("Het schooljaar is opgeslagen.");
        return RedirectToAction(nameof(Edit));
    }

    private static SchoolYearForm ToForm(SchoolYear year) => new()
    {
        Name = year.Name,
        SlotMinutes = year.SlotMinutes,
        RequestDeadline = year.RequestDeadline,
        ChangeoverMinutes = year.ChangeoverMinutes,
        MaxPupilsPerCall = year.MaxPupilsPerCall,
        Days = year.Days.Select(d => new HandoverDayRow
        {
            Date = d.Date,
            Windows = WindowsText.Format(d.Windows.Select(w => (w.Start, w.End))),
        }).ToList(),
    };

    private static SchoolYearForm WithEmptyRows(SchoolYearForm form)
    {
        form.Days = form.Days.Where(d => !d.IsEmpty).OrderBy(d => d.Date).ToList();
        form.Days.AddRange(Enumerable.Range(0, EmptyRowsToAdd).Select(_ => new HandoverDayRow()));
        return form;
    }

    private void Apply(SchoolYearForm form, SchoolYear year)
    {
        year.SlotMinutes = form.SlotMinutes;
        year.RequestDeadline = form.RequestDeadline!.Value;
        year.ChangeoverMinutes = form.ChangeoverMinutes;
        year.MaxPupilsPerCall = form.MaxPupilsPerCall;
        db.HandoverDays.RemoveRange(year.Days);
        year.Days.Clear();
        foreach (var row in form.Days.Where(d => !d.IsEmpty).OrderBy(d => d.Date))
        {
            var day = new HandoverDay { Date = row.Date!.Value };
            var windows = WindowsText.TryParse(row.Windows, out _)!;
            day.Windows.AddRange(windows.Select(w => new TimeWindow { Start = w.Start, End = w.End }));
            year.Days.Add(day);
        }
    }
}
