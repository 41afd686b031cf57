using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for this provider without the web host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<WarmeOverdrachtDbContext>
{
    public WarmeOverdrachtDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<WarmeOverdrachtDbContext>();
        options.UseProvider(DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new WarmeOverdrachtDbContext(options.Options);
    }
}
