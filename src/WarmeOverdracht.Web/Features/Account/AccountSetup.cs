using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Web.Features.Account;

internal static class AccountSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Tokens.PasswordResetTokenProvider = AccountTokens.PasswordReset;
            })
            .AddEntityFrameworkStores<WarmeOverdrachtDbContext>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<SchoolClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(AccountTokens.Invitation)
            .AddTokenProvider<ResetTokenProvider>(AccountTokens.PasswordReset);

        var accountOptions = configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new();
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.Section))
            .Validate<IHostEnvironment>(
                (o, environment) => string.IsNullOrWhiteSpace(o.PublicBaseUrl)
                    ? PublicLinks.AllowsRequestHost(environment)
                    : PublicLinks.IsValidBaseUrl(o.PublicBaseUrl),
                "Set Accounts:PublicBaseUrl to the address users open, e.g. https://overdracht.example.nl/ "
                + "(no path): the links in invitation and reset mails are built on it.")
            .ValidateOnStart();
        services.AddScoped<PublicLinks>();
        services.Configure<InvitationTokenProviderOptions>(o =>
            o.TokenLifespan = TimeSpan.FromDays(accountOptions.InvitationDays));
        services.Configure<ResetTokenProviderOptions>(o =>
            o.TokenLifespan = TimeSpan.FromHours(accountOptions.ResetHours));

        // Every request checks the security stamp, so logging out or changing the password ends
        // every other session of the account at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "WarmeOverdracht.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddScoped<AccountMails>();
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.Configure<MvcOptions>(o => o.Filters.Add<RequireTwoFactorFilter>());
        services.Configure<BootstrapAccountOptions>(configuration.GetSection(BootstrapAccountOptions.Section));
        services.AddScoped<BootstrapAccount>();
        return services;
    }
}

/// <summary>How long the links in invitation and reset mails stay valid.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    public int InvitationDays { get; set; } = 7;

    public int ResetHours { get; set; } = 2;

    /// <summary>The address users open the application on; links in mails start with it.</summary>
    public string? PublicBaseUrl { get; set; }
}
