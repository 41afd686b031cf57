using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Web.Features.Account;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.TwoFactor;

/// <summary>Enrolling an authenticator app (TOTP) for two-factor sign-in; open to every account.</summary>
[Authorize]
public sealed class TwoFactorController(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signInManager,
    ILogger<TwoFactorController> logger) : Controller
{
    private const string Issuer = "Warme Overdracht";

    [HttpGet]
    public async Task<IActionResult> Setup()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(await ModelAsync(user, error: null));
    }

    [HttpPost]
    public async Task<IActionResult> Setup(string? code)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var compact = AuthenticatorCode.Compact(code);
        var valid = compact.Length > 0 && await users.VerifyTwoFactorTokenAsync(
            user, users.Options.Tokens.AuthenticatorTokenProvider, compact);
        if (!valid)
        {
            return View(await ModelAsync(user, "Deze code klopt niet. Controleer de tijd op uw telefoon en " +
                "vul de code in die de app nu toont."));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await signInManager.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} enrolled an authenticator app", user.Id);
        this.SetStatusMessage("Inloggen in twee stappen staat aan. Voortaan vraagt de inlogpagina ook om de code.");
        return RedirectToAction("Index", "Home");
    }

    private async Task<TwoFactorSetupModel> ModelAsync(ApplicationUser user, string? error)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key renews the security stamp; a fresh cookie keeps this session valid.
            await users.ResetAuthenticatorKeyAsync(user);
            await signInManager.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}" +
            $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new TwoFactorSetupModel(
            key!, "data:image/png;base64," + Convert.ToBase64String(png), await users.GetTwoFactorEnabledAsync(user),
            error);
    }
}

public sealed record TwoFactorSetupModel(string Key, string QrCodeDataUri, bool Enabled, string? Error)
{
    /// <summary>The key in groups of four, easier to type over.</summary>
    public string FormattedKey => string.Join(' ', Key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
}
