using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Infrastructure.Identity;

namespace WarmeOverdracht.Web.Features.Account;

/// <summary>
/// Tokens for the link in an invitation mail. Like every data-protector token they hold the
/// security stamp, so setting the password (which renews the stamp) makes the link one-time.
/// </summary>
internal sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<ApplicationUser>> logger)
    : DataProtectorTokenProvider<ApplicationUser>(dataProtectionProvider, options, logger);

/// <summary>The names of the two token providers and the invitation token's purpose.</summary>
public static class AccountTokens
{
    public const string Invitation = "Invitation";
    public const string PasswordReset = "PasswordReset";
    public const string SetPasswordPurpose = "SetPassword";
}

internal sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions() => Name = AccountTokens.Invitation;
}

/// <summary>Tokens for the link in a password-reset mail, with their own, shorter lifespan.</summary>
internal sealed class ResetTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<ResetTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<ApplicationUser>> logger)
    : DataProtectorTokenProvider<ApplicationUser>(dataProtectionProvider, options, logger);

internal sealed class ResetTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public ResetTokenProviderOptions() => Name = AccountTokens.PasswordReset;
}
