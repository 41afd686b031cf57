using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace WarmeOverdracht.BrowserTests.Support;

/// <summary>
/// The real application on Kestrel at 127.0.0.1 on a free port, with a fresh SQLite file and a mail
/// pickup folder in its own temporary folder. One per test class (an xunit class fixture); the server
/// starts on first use, so a skipped class starts nothing.
/// </summary>
public sealed class LiveApplication : WebApplicationFactory<Program>
{
    public const string AdminEmail = "secretariaat@test.example";
    public const string AdminPassword = "Test-Wachtwoord-1";

    private readonly Lazy<string> baseUrl;

    /// <summary>
    /// Many test hosts run at once; with file watching on, each holds inotify instances and the machine's limit
    /// (128 per user) is reached. Tests never change configuration files while a host runs, so no host watches.
    /// </summary>
    static LiveApplication()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public LiveApplication()
    {
        Folder = Directory.CreateTempSubdirectory("warmeoverdracht-browser-").FullName;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        baseUrl = new Lazy<string>(Start);
    }

    public string Folder { get; }

    /// <summary>
    /// The authenticator app of the tests: the TOTP key each account linked on the enrolment page, by e-mail.
    /// </summary>
    public Dictionary<string, string> AuthenticatorKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string PickupDirectory => Path.Combine(Folder, "mail-pickup");

    /// <summary>The address the browser opens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl => baseUrl.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:WarmeOverdracht"] = $"Data Source={Path.Combine(Folder, "warmeoverdracht.db")}",
        ["Bootstrap:AdminEmail"] = AdminEmail,
        ["Bootstrap:AdminPassword"] = AdminPassword,
        ["Mail:PickupDirectory"] = PickupDirectory,
        ["Mail:Smtp:Host"] = "",
        ["Mail:PollIntervalSeconds"] = "1",
        ["ElkImport:ArchiveDirectory"] = Path.Combine(Folder, "elk-imports"),
        ["Logging:FileDirectory"] = Path.Combine(Folder, "logs"),
    };

    private string Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return addresses.Addresses.Single();
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
