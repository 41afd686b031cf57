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
        return school is null ? NotFound() : View(SchoolForm.From(school));
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
            return View(form with { Code = school.Code, Name = school.Name });
        }

        school.Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim();
        school.MaxCallers = school.Sector == SchoolSector.Secondary ? form.MaxCallers : null;
        await db.SaveChangesAsync(HttpContext.RequestAborted);

        logger.LogInformation("School {SchoolId} changed", school.Id);
        this.SetStatusMessage($"{school.Name} is opgeslagen.");
        return RedirectToAction(nameof(Index));
    }
}

public sealed record SchoolRow(
    int Id, string Code, string Name, SchoolSector Sector, string? Email, int? MaxCallers, int PhoneLines);
