using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for this provider without the web host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<WarmeOverdrachtDbContext>
{
    public WarmeOverdrachtDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<WarmeOverdrachtDbContext>();
        options.UseProvider(
            DatabaseProvider.SqlServer,
            "Server=(local);Database=WarmeOverdracht;Trusted_Connection=True;TrustServerCertificate=True");
        return new WarmeOverdrachtDbContext(options.Options);
    }
}
