using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Features.Account;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.Accounts;

/// <summary>The secretariat's account management: invite, resend an invitation, disable, enable.</summary>
[Authorize(Roles = Roles.Secretariat)]
public sealed class AccountsController(
    WarmeOverdrachtDbContext db,
    UserManager<ApplicationUser> users,
    AccountMails mails,
    PublicLinks links,
    IValidator<InviteForm> validator,
    ILogger<AccountsController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var schools = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name);
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToDictionaryAsync(x => x.UserId, x => x.Name);
        var now = DateTimeOffset.UtcNow;
        var rows = (await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync())
            .Select(u => new AccountRow(
                u.Id, u.Email ?? "", u.DisplayName, roles.GetValueOrDefault(u.Id) ?? "",
                u.SchoolId is int id ? schools.GetValueOrDefault(id) : null,
                u.PasswordHash is not null, u.LockoutEnd > now.AddYears(1), u.TwoFactorEnabled))
            .ToList();
        return View(rows);
    }

    [HttpGet]
    public async Task<IActionResult> Invite()
    {
        await LoadSchoolsAsync();
        return View(new InviteForm());
    }

    [HttpPost]
    public async Task<IActionResult> Invite(InviteForm form)
    {
        var school = form.SchoolId is int id ? await db.Schools.FindAsync(id) : null;
        if (await validator.ValidateIntoAsync(form, ModelState))
        {
            CheckSchoolFitsRole(form, school);
        }

        if (!ModelState.IsValid)
        {
            await LoadSchoolsAsync();
            return View(form);
        }

        var user = new ApplicationUser
        {
            UserName = form.Email.Trim(),
            Email = form.Email.Trim(),
            DisplayName = form.DisplayName.Trim(),
            SchoolId = form.Role == Roles.Secretariat ? null : school!.Id,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            foreach (var description in created.Errors.Select(e => e.Description).Distinct())
            {
                ModelState.AddModelError(nameof(form.Email), description);
            }
            await LoadSchoolsAsync();
            return View(form);
        }

        await users.AddToRoleAsync(user, form.Role);
        await mails.SendInvitationAsync(user, AcceptLink(user), HttpContext.RequestAborted);
        logger.LogInformation("Invited user {UserId} for school {SchoolId}", user.Id, user.SchoolId);
        this.SetStatusMessage($"De uitnodiging voor {user.Email} staat klaar om te versturen.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Resend(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (await users.HasPasswordAsync(user))
        {
            this.SetStatusMessage("Dit account heeft al een wachtwoord; een uitnodiging is niet nodig.",
                StatusKind.Warning);
            return RedirectToAction(nameof(Index));
        }

        await mails.SendInvitationAsync(user, AcceptLink(user), HttpContext.RequestAborted);
        logger.LogInformation("Invitation resent to user {UserId}", user.Id);
        this.SetStatusMessage($"De uitnodiging voor {user.Email} is opnieuw verstuurd.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public Task<IActionResult> Disable(string id) => SetDisabledAsync(id, disabled: true);

    [HttpPost]
    public Task<IActionResult> Enable(string id) => SetDisabledAsync(id, disabled: false);

    /// <summary>
    /// For a staff member who lost the phone with the authenticator app: the next login asks for a new
    /// app link (a secretariat account) or logs in with the password alone until the user links one again.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> ResetTwoFactor(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            this.SetStatusMessage("Een ander account van het secretariaat moet dit voor u doen.", StatusKind.Error);
            return RedirectToAction(nameof(Index));
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        logger.LogInformation("Two-factor sign-in reset for user {UserId}", user.Id);
        this.SetStatusMessage($"Inloggen in twee stappen is voor {user.Email} uitgezet; bij de volgende keer "
            + "inloggen koppelt de medewerker een nieuwe app.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SetDisabledAsync(string id, bool disabled)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User))
        {
            this.SetStatusMessage("U kunt uw eigen account niet blokkeren.", StatusKind.Error);
            return RedirectToAction(nameof(Index));
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, disabled ? DateTimeOffset.MaxValue : null);
        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("User {UserId} disabled: {Disabled}", user.Id, disabled);
        this.SetStatusMessage(disabled ? $"{user.Email} is geblokkeerd." : $"{user.Email} kan weer inloggen.");
        return RedirectToAction(nameof(Index));
    }

    private void CheckSchoolFitsRole(InviteForm form, School? school)
    {
        var needed = form.Role switch
        {
            Roles.PrimaryStaff => SchoolSector.Primary,
            Roles.SecondaryStaff => SchoolSector.Secondary,
            _ => (SchoolSector?)null,
        };
        if (needed is not null && school?.Sector != needed)
        {
            ModelState.AddModelError(nameof(form.SchoolId), needed == SchoolSector.Primary
                ? "Een PO-medewerker hoort bij een PO-school."
                : "Een VO-medewerker hoort bij een VO-school.");
        }
    }

    private Func<string, string> AcceptLink(ApplicationUser user) => token =>
        links.For(Request, Url.Action("Accept", "Password", new { userId = user.Id, token })!);

    private async Task LoadSchoolsAsync() =>
        ViewData["Schools"] = (await db.Schools.AsNoTracking().OrderBy(s => s.Sector).ThenBy(s => s.Name)
                .ToListAsync())
            .Select(s => new SelectListItem($"{s.Name} ({(s.Sector == SchoolSector.Primary ? "PO" : "VO")})",
                s.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
}
