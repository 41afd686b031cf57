using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.Schools;

[Authorize(Roles = Roles.Secretariat)]
public sealed class SchoolsController(
    WarmeOverdrachtDbContext db, IValidator<SchoolForm> validator, ILogger<SchoolsController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var schools = await db.Schools.AsNoTracking()
            .OrderBy(s => s.Sector).ThenBy(s => s.Name)
            .Select(s => new SchoolRow(s.Id, s.Code, s.Name, s.Sector, s.Email, s.MaxCallers, s.PhoneLines.Count))
            .ToListAsync(HttpContext.RequestAborted);
        return View(schools);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var school = await db.Schools.FindAsync([id], HttpContext.RequestAborted);
        return school is null ? NotFound() : View(SchoolForm.From(school, await LinesOfAsync(school.Id)));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, SchoolForm form)
    {
        var school = await db.Schools.FindAsync([id], HttpContext.RequestAborted);
        if (school is null)
        {
            return NotFound();
        }

        form.Sector = school.Sector;
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            var lines = await LinesOfAsync(school.Id);
            var names = lines.ToDictionary(line => line.Id, line => line.ContactName);
            form.PhoneLines = form.PhoneLines.Where(row => names.ContainsKey(row.Id))
                .Select(row => { row.ContactName = names[row.Id]; return row; }).ToList();
            return View(form with { Code = school.Code, Name = school.Name });
        }

        await ReplaceUnavailabilityAsync(school.Id, form.PhoneLines);
        school.Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim();
        school.MaxCallers = school.Sector == SchoolSector.Secondary ? form.MaxCallers : null;
        await db.SaveChangesAsync(HttpContext.RequestAborted);

        logger.LogInformation("School {SchoolId} changed", school.Id);
        this.SetStatusMessage($"{school.Name} is opgeslagen.");
        return RedirectToAction(nameof(Index));
    }

    private Task<List<PhoneLine>> LinesOfAsync(int schoolId) =>
        db.PhoneLines.Where(line => line.SchoolId == schoolId).Include(line => line.Unavailability)
            .OrderBy(line => line.ContactName).ToListAsync(HttpContext.RequestAborted);

    // Only the school's own lines: a row with another line's id changes nothing.
    private async Task ReplaceUnavailabilityAsync(int schoolId, List<PhoneLineRow> rows)
    {
        foreach (var line in await LinesOfAsync(schoolId))
        {
            var row = rows.FirstOrDefault(r => r.Id == line.Id);
            if (row is null)
            {
                continue;
            }

            db.PhoneLineUnavailabilities.RemoveRange(line.Unavailability);
            line.Unavailability.Clear();
            line.Unavailability.AddRange(UnavailableText.TryParse(row.Unavailable, out _)!.Select(time =>
                new PhoneLineUnavailability { Date = time.Date, Start = time.Start, End = time.End }));
        }
    }
}

public sealed record SchoolRow(
    int Id, string Code, string Name, SchoolSector Sector, string? Email, int? MaxCallers, int PhoneLines);
