using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Features.SchoolYears;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.PhoneLines;

/// <summary>A PO school's contact persons, their mobile numbers and the times they cannot be called.</summary>
[Authorize(Policy = SchoolClaims.PrimaryPortal)]
public sealed class PhoneLinesController(
    WarmeOverdrachtDbContext db,
    SchoolScope scope,
    CurrentSchoolYear currentYear,
    TimeProvider clock,
    IValidator<PhoneLineForm> validator,
    IValidator<UnavailableForm> unavailableValidator,
    ILogger<PhoneLinesController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var lines = await scope.PhoneLines.AsNoTracking().Include(l => l.Unavailability)
            .OrderBy(l => l.ContactName).ToListAsync(HttpContext.RequestAborted);
        ViewData["Days"] = (await currentYear.GetAsync(HttpContext.RequestAborted)).Days
            .Select(d => d.Date).ToList();
        ViewData["School"] = (await scope.SchoolAsync(HttpContext.RequestAborted)).Name;
        return View(lines);
    }

    [HttpGet]
    public IActionResult Create() => View("Edit", new PhoneLineForm());

    [HttpPost]
    public async Task<IActionResult> Create(PhoneLineForm form)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View("Edit", form);
        }

        var line = new PhoneLine { SchoolId = scope.SchoolId, ContactName = "", MobileNumber = "" };
        Apply(line, form);
        db.PhoneLines.Add(line);
        return await SaveAsync(line, form);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id)
    {
        var line = await scope.FindPhoneLineAsync(id, HttpContext.RequestAborted);
        if (line is null)
        {
            return NotFound();
        }

        ViewData["LineId"] = line.Id;
        return View(new PhoneLineForm
        {
            ContactName = line.ContactName,
            Role = line.Role,
            MobileNumber = line.DisplayNumber,
            Confirmed = line.ConfirmedAt is not null,
        });
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, PhoneLineForm form)
    {
        var line = await scope.FindPhoneLineAsync(id, HttpContext.RequestAborted);
        if (line is null)
        {
            return NotFound();
        }

        ViewData["LineId"] = line.Id;
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        Apply(line, form);
        return await SaveAsync(line, form);
    }

    [HttpPost]
    public async Task<IActionResult> AddUnavailable(int id, UnavailableForm form)
    {
        var line = await scope.FindPhoneLineAsync(id, HttpContext.RequestAborted);
        if (line is null)
        {
            return NotFound();
        }

        if (!await unavailableValidator.ValidateIntoAsync(form, ModelState))
        {
            this.SetStatusMessage(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors)
                .Select(e => e.ErrorMessage)), StatusKind.Error);
            return RedirectToAction(nameof(Index));
        }

        line.Unavailability.Add(new PhoneLineUnavailability
        {
            Date = form.Date!.Value, Start = form.Start!.Value, End = form.End!.Value,
        });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        logger.LogInformation("Phone line {PhoneLineId} got an unavailable time", line.Id);
        this.SetStatusMessage($"{line.ContactName} is op {form.Date:dd-MM-yyyy} van {form.Start:HH:mm} tot " +
            $"{form.End:HH:mm} niet bereikbaar. Een nieuw rooster houdt daar rekening mee; staat er al een " +
            "gepubliceerd gesprek op die tijd, meld het dan bij het secretariaat.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> RemoveUnavailable(int id)
    {
        var unavailable = await db.PhoneLineUnavailabilities
            .FirstOrDefaultAsync(u => u.Id == id && scope.PhoneLines.Any(l => l.Id == u.PhoneLineId),
                HttpContext.RequestAborted);
        if (unavailable is null)
        {
            return NotFound();
        }

        db.PhoneLineUnavailabilities.Remove(unavailable);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        this.SetStatusMessage("De tijd is verwijderd.");
        return RedirectToAction(nameof(Index));
    }

    private void Apply(PhoneLine line, PhoneLineForm form)
    {
        var number = PhoneLineNumber.TryNormalise(form.MobileNumber, out var e164, out _)
            ? e164
            : throw new InvalidOperationException("The form was validated before it is applied.");
        var changedNumber = line.MobileNumber != number;
        line.ContactName = form.ContactName.Trim();
        line.Role = form.Role;
        line.MobileNumber = number;
        if (!form.Confirmed)
        {
            line.ConfirmedAt = null;
        }
        else if (line.ConfirmedAt is null || changedNumber)
        {
            line.ConfirmedAt = clock.GetUtcNow();
        }
    }

    private async Task<IActionResult> SaveAsync(PhoneLine line, PhoneLineForm form)
    {
        var duplicate = await scope.PhoneLines.AnyAsync(
            l => l.Id != line.Id && l.ContactName == line.ContactName, HttpContext.RequestAborted);
        if (duplicate)
        {
            ModelState.AddModelError(nameof(form.ContactName), "Er is al een contactpersoon met deze naam.");
            return View("Edit", form);
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        logger.LogInformation("Phone line {PhoneLineId} saved, confirmed: {Confirmed}", line.Id, form.Confirmed);
        this.SetStatusMessage(form.Confirmed
            ? $"{line.ContactName} is opgeslagen en bevestigd."
            : $"{line.ContactName} is opgeslagen. Bevestig nog dat u op dit nummer bereikbaar bent.",
            form.Confirmed ? StatusKind.Success : StatusKind.Warning);
        return RedirectToAction(nameof(Index));
    }
}
