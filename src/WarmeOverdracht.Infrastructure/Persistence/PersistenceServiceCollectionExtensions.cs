using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace WarmeOverdracht.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    public const string ConnectionStringName = "WarmeOverdracht";
    private const string DefaultSqliteFile = "App_Data/warmeoverdracht.db";

    /// <summary>
    /// Registers the DbContext on <c>Database:Provider</c> (Sqlite by default, or SqlServer) with the
    /// connection string <c>ConnectionStrings:WarmeOverdracht</c>.
    /// </summary>
    public static IServiceCollection AddPersistence(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = provider == DatabaseProvider.Sqlite
            ? SqliteConnectionString(configuration.GetConnectionString(ConnectionStringName), environment)
            : configuration.GetConnectionString(ConnectionStringName)
              ?? throw new InvalidOperationException(
                  "Database:Provider is SqlServer but ConnectionStrings:WarmeOverdracht is not set.");

        services.AddDbContext<WarmeOverdrachtDbContext>(options => options.UseProvider(provider, connectionString));
        return services;
    }

    private static string SqliteConnectionString(string? configured, IHostEnvironment environment)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? $"Data Source={DefaultSqliteFile}" : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        }

        var directory = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return builder.ToString();
    }
}
