using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Infrastructure.Identity;

namespace WarmeOverdracht.Web.Features.Account;

/// <summary>
/// Sends a secretariat account without an authenticator app to the enrolment page before it can use
/// anything else, when <c>Security:RequireTwoFactorForSecretariat</c> is on (the default).
/// </summary>
internal sealed class RequireTwoFactorFilter(
    UserManager<ApplicationUser> users, IOptions<SecurityOptions> options) : IAsyncAuthorizationFilter
{
    private static readonly HashSet<string> Exempt = ["Account", "TwoFactor", "Home.Error", "Home.Status"];

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (!options.Value.RequireTwoFactorForSecretariat || !user.IsInRole(Roles.Secretariat) || IsExempt(context))
        {
            return;
        }

        var account = await users.GetUserAsync(user);
        if (account is not null && !await users.GetTwoFactorEnabledAsync(account))
        {
            context.Result = new RedirectToActionResult("Setup", "TwoFactor", null);
        }
    }

    private static bool IsExempt(AuthorizationFilterContext context) =>
        context.ActionDescriptor is ControllerActionDescriptor action
        && (Exempt.Contains(action.ControllerName) || Exempt.Contains($"{action.ControllerName}.{action.ActionName}"));
}

public sealed class SecurityOptions
{
    public const string Section = "Security";

    public bool RequireTwoFactorForSecretariat { get; set; } = true;
}
