using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Features.Account;

namespace WarmeOverdracht.IntegrationTests.Persistence;

[Trait("Category", "Integration")]
public sealed class MigrationTests
{
    private const string SqlServerConnectionString =
        "Server=127.0.0.1;Database=WarmeOverdracht;User Id=x;Password=x;TrustServerCertificate=True";

    [Theory]
    [InlineData("Sqlite", "Data Source=model-check.db")]
    [InlineData("SqlServer", SqlServerConnectionString)]
    public void The_model_has_no_changes_missing_from_the_migrations(string provider, string connectionString)
    {
        using var services = ApplicationServices(provider, connectionString);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WarmeOverdrachtDbContext>();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"Run dotnet ef migrations add for {provider}.");
    }

    [Fact]
    public void The_SQL_Server_idempotent_script_parses_without_errors()
    {
        using var services = ApplicationServices("SqlServer", SqlServerConnectionString);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WarmeOverdrachtDbContext>();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);

        Assert.Contains("CREATE TABLE [Pupils]", script, StringComparison.Ordinal);
        Assert.Empty(errors.Select(e => $"{e.Line}: {e.Message}"));
    }

    /// <summary>The application's own registrations, without starting it (starting would migrate).</summary>
    private static ServiceProvider ApplicationServices(string provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:WarmeOverdracht"] = connectionString,
        }).Build();
        var environment = new TestEnvironment(Path.GetTempPath());
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddPersistence()
            .AddAccounts(configuration)
            .AddSingleton<IHostEnvironment>(environment)
            .BuildServiceProvider();
    }

    private sealed class TestEnvironment(string contentRoot) : IWebHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "WarmeOverdracht.Web";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();

        public string WebRootPath { get; set; } = contentRoot;

        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
    }
}
