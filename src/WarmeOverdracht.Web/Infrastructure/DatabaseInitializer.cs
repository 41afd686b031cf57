using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Features.Account;
using WarmeOverdracht.Web.Features.SchoolYears;

namespace WarmeOverdracht.Web.Infrastructure;

internal static class DatabaseInitializer
{
    /// <summary>Applies migrations, then makes sure the roles, the first account and a school year exist.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        await services.GetRequiredService<WarmeOverdrachtDbContext>().Database.MigrateAsync();
        await services.GetRequiredService<BootstrapAccount>().EnsureAsync();
        await services.GetRequiredService<SchoolYearSeeder>().EnsureAsync();
    }
}
