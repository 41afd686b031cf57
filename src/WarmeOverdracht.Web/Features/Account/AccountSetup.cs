using Microsoft.AspNetCore.Identity;
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
            })
            .AddEntityFrameworkStores<WarmeOverdrachtDbContext>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

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
        services.Configure<BootstrapAccountOptions>(configuration.GetSection(BootstrapAccountOptions.Section));
        services.AddScoped<BootstrapAccount>();
        return services;
    }
}
