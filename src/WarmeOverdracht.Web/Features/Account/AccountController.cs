using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.Account;

[AllowAnonymous]
public sealed class AccountController(
    SignInManager<ApplicationUser> signInManager,
    IValidator<LoginForm> validator,
    ILogger<AccountController> logger) : Controller
{
    [HttpGet]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        var result = await signInManager.PasswordSignInAsync(
            form.Email.Trim(), form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(LoginWithCode), new { form.ReturnUrl, form.RememberMe });
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Dit account is geblokkeerd. Na te veel mislukte pogingen kunt u het over 15 minuten opnieuw " +
              "proberen; heeft het secretariaat het account geblokkeerd, neem dan contact op met het secretariaat."
            : "Het e-mailadres of het wachtwoord klopt niet.");
        logger.LogInformation("Failed login, locked out: {LockedOut}", result.IsLockedOut);
        return View(form);
    }

    [HttpGet]
    public async Task<IActionResult> LoginWithCode(string? returnUrl, bool rememberMe) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login))
            : View(new LoginCodeForm { ReturnUrl = returnUrl, RememberMe = rememberMe });

    [HttpPost]
    public async Task<IActionResult> LoginWithCode(LoginCodeForm form)
    {
        var code = AuthenticatorCode.Compact(form.Code);
        var result = code.Length == 0
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signInManager.TwoFactorAuthenticatorSignInAsync(code, form.RememberMe, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }

        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login));
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Dit account is geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw."
            : "Deze code klopt niet. Vul de code in die de app nu toont.");
        logger.LogInformation("Failed two-factor code, locked out: {LockedOut}", result.IsLockedOut);
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        var user = await signInManager.UserManager.GetUserAsync(User);
        if (user is not null)
        {
            // A new stamp ends this account's other sessions too, including a copied cookie.
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
        this.SetStatusMessage("U bent uitgelogd.");
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult AccessDenied() => View();
}
