using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WarmeOverdracht.Infrastructure.Mail;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.IntegrationTests.Support;

/// <summary>A started generic host with the real mail services, the test database and an adjustable clock.</summary>
public sealed class MailTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private MailTestHost(IHost host, AdjustableTimeProvider time, CollectingLoggerProvider logs)
    {
        _host = host;
        Time = time;
        Logs = logs;
    }

    public AdjustableTimeProvider Time { get; }

    public CollectingLoggerProvider Logs { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<MailTestHost> StartAsync(
        SqliteDatabase database, IDictionary<string, string?> mailSettings,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(
            new HostApplicationBuilderSettings { ContentRootPath = database.Directory });
        builder.Configuration.AddInMemoryCollection(mailSettings);
        var time = new AdjustableTimeProvider();
        var logs = new CollectingLoggerProvider();
        builder.Logging.AddProvider(logs);
        builder.Services.AddDbContext<WarmeOverdrachtDbContext>(o => o.UseSqlite(database.ConnectionString));
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddMail(builder.Configuration);
        configureServices?.Invoke(builder.Services);

        var host = builder.Build();
        await host.StartAsync();
        return new MailTestHost(host, time, logs);
    }

    /// <summary>
    /// Settings that send over SMTP, without TLS, to a server on 127.0.0.1. The poll interval is long,
    /// so the sender only works when queuing (or the test) wakes it, or at start.
    /// </summary>
    public static Dictionary<string, string?> SmtpSettings(int port, int maxAttempts = 10) => new()
    {
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:SecureSocket"] = "None",
        ["Mail:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:PollIntervalSeconds"] = "300",
    };

    /// <summary>Queues a message through <see cref="MailOutbox"/> in its own scope, as a request would.</summary>
    public async Task<bool> EnqueueAsync(OutboxMessage message)
    {
        await using var scope = Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        return await outbox.EnqueueAsync(message, CancellationToken.None);
    }

    public async Task<OutboxMessage?> FindAsync(string deduplicationKey)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WarmeOverdrachtDbContext>();
        return await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.DeduplicationKey == deduplicationKey);
    }

    /// <summary>Queues many messages in one scope, as publishing does.</summary>
    public async Task EnqueueAllAsync(IEnumerable<OutboxMessage> messages)
    {
        await using var scope = Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        foreach (var message in messages)
        {
            await outbox.EnqueueAsync(message, CancellationToken.None);
        }
    }

    public async Task<bool> ResendAsync(int id)
    {
        await using var scope = Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        return await outbox.ResendAsync(id, maxAttempts: 10, CancellationToken.None);
    }

    /// <summary>Wakes the sender now, as queuing mail does.</summary>
    public void WakeSender() => Services.GetRequiredService<OutboxSignal>().Notify();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
