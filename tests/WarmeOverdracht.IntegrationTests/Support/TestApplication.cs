using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.IntegrationTests.Support;

/// <summary>
/// The real application on a real SQLite file in its own temporary folder, with mail to a pickup
/// folder there unless an SMTP port is given.
/// </summary>
public sealed class TestApplication : WebApplicationFactory<Program>
{
    public const string AdminEmail = "secretariaat@test.example";
    public const string AdminPassword = "Test-Wachtwoord-1";

    private readonly Dictionary<string, string?> settings;
    private readonly TimeProvider? clock;

    /// <summary>
    /// Many test hosts run at once; with file watching on, each holds inotify instances and the machine's limit
    /// (128 per user) is reached. Tests never change configuration files while a host runs, so no host watches.
    /// </summary>
    static TestApplication()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public TestApplication(
        int? smtpPort = null, IDictionary<string, string?>? extraSettings = null, TimeProvider? clock = null)
    {
        this.clock = clock;
        Folder = Directory.CreateTempSubdirectory("warmeoverdracht-test-").FullName;
        settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:WarmeOverdracht"] = $"Data Source={DatabasePath}",
            ["Bootstrap:AdminEmail"] = AdminEmail,
            ["Bootstrap:AdminPassword"] = AdminPassword,
            ["Mail:PickupDirectory"] = PickupDirectory,
            ["Mail:Smtp:Host"] = smtpPort is null ? "" : "127.0.0.1",
            ["Mail:Smtp:Port"] = smtpPort?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:SecureSocket"] = "None",
            ["Mail:PollIntervalSeconds"] = "1",
            ["ElkImport:ArchiveDirectory"] = Path.Combine(Folder, "elk-imports"),
            ["Logging:FileDirectory"] = Path.Combine(Folder, "logs"),
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "warmeoverdracht.db");

    public string PickupDirectory => Path.Combine(Folder, "mail-pickup");

    public string ArchiveDirectory => Path.Combine(Folder, "elk-imports");

    public async Task<T> WithDbAsync<T>(Func<WarmeOverdrachtDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<WarmeOverdrachtDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings.Where(s => s.Value is not null))
        {
            builder.UseSetting(key, value);
        }

        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a background thread is cleaned up with the temp folder.
        }
    }
}
