using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Infrastructure.Identity;

namespace WarmeOverdracht.Web.Features.Account;

internal sealed class BootstrapAccountOptions
{
    public const string Section = "Bootstrap";

    /// <summary>The development account used when Bootstrap:AdminEmail is not set in Development.</summary>
    public const string DevelopmentEmail = "secretariaat@kp-amstelland.example";
    public const string DevelopmentPassword = "Overdracht-2027";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }
}

/// <summary>
/// Creates the roles and, while no secretariat account exists, the first one: from
/// Bootstrap:AdminEmail/AdminPassword, or in Development a documented development account.
/// </summary>
internal sealed class BootstrapAccount(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<BootstrapAccountOptions> options,
    IHostEnvironment environment,
    ILogger<BootstrapAccount> logger)
{
    public async Task EnsureAsync()
    {
        await EnsureRolesAsync();
        if ((await users.GetUsersInRoleAsync(Roles.Secretariat)).Count > 0)
        {
            return;
        }

        var (email, password) = Credentials();
        if (email is null || password is null)
        {
            logger.LogWarning("No secretariat account exists; set Bootstrap:AdminEmail and Bootstrap:AdminPassword");
            return;
        }

        await CreateSecretariatAccountAsync(email, password);
    }

    private (string? Email, string? Password) Credentials()
    {
        var configured = options.Value;
        if (!string.IsNullOrWhiteSpace(configured.AdminEmail))
        {
            return (configured.AdminEmail.Trim(), configured.AdminPassword);
        }

        return environment.IsDevelopment()
            ? (BootstrapAccountOptions.DevelopmentEmail, BootstrapAccountOptions.DevelopmentPassword)
            : (null, null);
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private async Task CreateSecretariatAccountAsync(string email, string password)
    {
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Secretariaat KP Amstelland",
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            var codes = string.Join(", ", created.Errors.Select(e => e.Code));
            throw new InvalidOperationException($"The bootstrap secretariat account could not be created: {codes}.");
        }

        await users.AddToRoleAsync(user, Roles.Secretariat);
        logger.LogInformation("Created the first secretariat account {UserId}", user.Id);
    }
}
