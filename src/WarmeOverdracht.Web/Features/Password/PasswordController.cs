using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Web.Features.Account;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.Password;

/// <summary>Choosing a password from an invitation link, and resetting a forgotten one by mail.</summary>
[AllowAnonymous]
public sealed class PasswordController(
    UserManager<ApplicationUser> users,
    AccountMails mails,
    PublicLinks links,
    IValidator<ChoosePasswordForm> chooseValidator,
    IValidator<ForgotPasswordForm> forgotValidator,
    ILogger<PasswordController> logger) : Controller
{
    private const string ExpiredLink =
        "Deze link is verlopen of al gebruikt. Vraag een nieuwe aan bij het secretariaat " +
        "of via 'Wachtwoord vergeten'.";

    [HttpGet]
    public IActionResult Accept(string userId, string token) =>
        View("Choose", new ChoosePasswordForm { UserId = userId, Token = token, Invitation = true });

    [HttpGet]
    public IActionResult Reset(string userId, string token) =>
        View("Choose", new ChoosePasswordForm { UserId = userId, Token = token });

    [HttpPost]
    public async Task<IActionResult> Choose(ChoosePasswordForm form)
    {
        if (!await chooseValidator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        var user = await users.FindByIdAsync(form.UserId);
        var result = user is null
            ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = ExpiredLink })
            : await ChooseAsync(user, form);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Code == "InvalidToken" ? ExpiredLink : error.Description);
            }

            return View(form);
        }

        logger.LogInformation("User {UserId} chose a password", user!.Id);
        this.SetStatusMessage("Uw wachtwoord is opgeslagen. U kunt nu inloggen.");
        return RedirectToAction(nameof(AccountController.Login), "Account");
    }

    [HttpGet]
    public IActionResult Forgot() => View(new ForgotPasswordForm());

    [HttpPost]
    public async Task<IActionResult> Forgot(ForgotPasswordForm form)
    {
        if (!await forgotValidator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is not null && await users.HasPasswordAsync(user) && !await users.IsLockedOutAsync(user))
        {
            await mails.SendResetAsync(user, token => LinkFor(nameof(Reset), user.Id, token),
                HttpContext.RequestAborted);
            logger.LogInformation("Password reset mail queued for user {UserId}", user.Id);
        }

        // The same answer whether or not the address is known, so the page reveals no accounts.
        this.SetStatusMessage("Als er een account met dit e-mailadres is, ontvangt u binnen enkele minuten " +
            "een e-mail met een link om een nieuw wachtwoord te kiezen.");
        return RedirectToAction(nameof(AccountController.Login), "Account");
    }

    private async Task<IdentityResult> ChooseAsync(ApplicationUser user, ChoosePasswordForm form)
    {
        if (!form.Invitation)
        {
            return await users.ResetPasswordAsync(user, form.Token, form.Password);
        }

        var valid = await users.VerifyUserTokenAsync(
            user, AccountTokens.Invitation, AccountTokens.SetPasswordPurpose, form.Token);
        if (!valid || await users.HasPasswordAsync(user))
        {
            return IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = ExpiredLink });
        }

        var added = await users.AddPasswordAsync(user, form.Password);
        if (added.Succeeded)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        return added;
    }

    private string LinkFor(string action, string userId, string token) =>
        links.For(Request, Url.Action(action, "Password", new { userId, token })!);
}
