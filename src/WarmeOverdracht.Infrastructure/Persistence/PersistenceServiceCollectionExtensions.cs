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
    /// connection string <c>ConnectionStrings:WarmeOverdracht</c>, read when the context is first needed.
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services)
    {
        services.AddSingleton(provider => ConnectionFrom(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>()));
        services.AddDbContext<WarmeOverdrachtDbContext>((provider, options) =>
        {
            var connection = provider.GetRequiredService<DatabaseConnection>();
            options.UseProvider(connection.Provider, connection.ConnectionString);
        });
        return services;
    }

    private static DatabaseConnection ConnectionFrom(
        IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (provider == DatabaseProvider.Sqlite)
        {
            return new DatabaseConnection(provider, SqliteConnectionString(configured, environment));
        }

        return string.IsNullOrWhiteSpace(configured)
            ? throw new InvalidOperationException(
                "Database:Provider is SqlServer but ConnectionStrings:WarmeOverdracht is not set.")
            : new DatabaseConnection(provider, configured);
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

/// <summary>The provider and connection string the application uses, resolved once from configuration.</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString);
