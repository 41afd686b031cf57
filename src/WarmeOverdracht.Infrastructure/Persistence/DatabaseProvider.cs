using Microsoft.EntityFrameworkCore;

namespace WarmeOverdracht.Infrastructure.Persistence;

/// <summary>The database engines the application runs on; each has its own migrations assembly.</summary>
public enum DatabaseProvider
{
    Sqlite = 1,
    SqlServer = 2,
}

public static class DatabaseProviders
{
    public const string SqliteMigrationsAssembly = "WarmeOverdracht.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "WarmeOverdracht.Migrations.SqlServer";

    /// <summary>Points the options at the provider and its migrations assembly.</summary>
    public static DbContextOptionsBuilder UseProvider(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);

        return provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(
                connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.SqlServer => options.UseSqlServer(
                connectionString, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }
}
