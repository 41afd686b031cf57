using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.Account;

/// <summary>Adds the user's school to the sign-in cookie, so each request knows it without a query.</summary>
internal sealed class SchoolClaimsPrincipalFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.SchoolId is int schoolId)
        {
            identity.AddClaim(new Claim(SchoolClaims.SchoolId, schoolId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
