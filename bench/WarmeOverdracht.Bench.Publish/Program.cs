using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WarmeOverdracht.Bench.Publish;
using WarmeOverdracht.Infrastructure.Mail;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Infrastructure.Publishing;
using WarmeOverdracht.Scheduling;
using WarmeOverdracht.Web.Features.Schedules;

// Publishing benchmark: a seeded M-size region in a fresh SQLite file, scheduled with the product's
// scheduler, published through the outbox and drained to an SMTP server on 127.0.0.1.
var seed = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 42;
var folder = Directory.CreateTempSubdirectory("wo-bench-publish-").FullName;
await using var smtp = new BenchSmtpServer();
using var host = BuildHost(folder, smtp.Port);

try
{
    var yearId = await SeedAsync(host.Services, seed);
    var scheduleId = await PlanAsync(host.Services, yearId);
    await ProfileAsync(host.Services, scheduleId);

    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var queueTime = Stopwatch.StartNew();
    var outcome = await PublishAsync(host.Services, scheduleId);
    queueTime.Stop();
    var queueCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

    var drainTime = Stopwatch.StartNew();
    await host.StartAsync();
    await WaitUntilDrainedAsync(host.Services, smtp, outcome.Queued);
    drainTime.Stop();
    await host.StopAsync();

    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"mails queued: {outcome.Queued} in {queueTime.Elapsed.TotalSeconds:0.000} s wall, "
        + $"{queueCpu.TotalSeconds:0.000} s CPU (target < 2 s), load average {LoadAverage()}\n"
        + $"drained to SMTP: {smtp.Messages} mails, {smtp.Bytes / 1024.0 / 1024.0:0.0} MiB in "
        + $"{drainTime.Elapsed.TotalSeconds:0.000} s (target < 60 s), "
        + $"{smtp.Messages / drainTime.Elapsed.TotalSeconds:0.0} mails/s"));
    return outcome.Queued == smtp.Messages ? 0 : 1;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

static IHost BuildHost(string folder, int smtpPort)
{
    var builder = Host.CreateApplicationBuilder();
    builder.Logging.ClearProviders();
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["Mail:Smtp:SecureSocket"] = "None",
        ["Mail:PollIntervalSeconds"] = "1",
    });
    var connection = $"Data Source={Path.Combine(folder, "bench.db")}";
    builder.Services.AddDbContext<WarmeOverdrachtDbContext>(o => o.UseProvider(DatabaseProvider.Sqlite, connection));
    builder.Services.AddMail(builder.Configuration);
    builder.Services.AddSingleton<CallScheduler>();
    builder.Services.AddSingleton<PlanningRequests>();
    builder.Services.AddSingleton<PlanningProgress>();
    builder.Services.AddScoped<SchedulePlanner>();
    builder.Services.AddScoped<SchoolScheduleQuery>();
    builder.Services.AddScoped<SchedulePublisher>();
    return builder.Build();
}

static async Task<int> SeedAsync(IServiceProvider services, int seed)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<WarmeOverdrachtDbContext>();
    await db.Database.MigrateAsync();
    var yearId = await new RegionSeeder(primaryCount: 320, secondaryCount: 80, pupilCount: 2400, seed).SeedAsync(db);
    Console.WriteLine($"region M (seed {seed}): 320 PO, 80 VO, 2400 flagged pupils");
    return yearId;
}

static async Task<int> PlanAsync(IServiceProvider services, int yearId)
{
    await using var scope = services.CreateAsyncScope();
    var planner = scope.ServiceProvider.GetRequiredService<SchedulePlanner>();
    var schedule = await planner.RequestAsync(yearId, CancellationToken.None);
    await planner.PlanAsync(schedule.Id, CancellationToken.None);
    var db = scope.ServiceProvider.GetRequiredService<WarmeOverdrachtDbContext>();
    var planned = await db.Schedules.AsNoTracking().SingleAsync(s => s.Id == schedule.Id);
    var blocks = await db.CallBlocks.CountAsync(b => b.ScheduleId == schedule.Id);
    Console.WriteLine($"schedule: {planned.Status}, {blocks} calls, planned in {planned.PlanningMilliseconds} ms");
    return schedule.Id;
}

// Times each step of queueing on its own, on a warmed-up process, so a slow step shows up by name.
static async Task ProfileAsync(IServiceProvider services, int scheduleId)
{
    await using var scope = services.CreateAsyncScope();
    var query = scope.ServiceProvider.GetRequiredService<SchoolScheduleQuery>();
    var composer = scope.ServiceProvider.GetRequiredService<ScheduleMailComposer>();
    var workbooks = scope.ServiceProvider.GetRequiredService<ScheduleWorkbookWriter>();
    var calendars = scope.ServiceProvider.GetRequiredService<ScheduleCalendarWriter>();
    var warmUp = await query.ForAllSchoolsAsync(scheduleId, CancellationToken.None);
    composer.Compose(warmUp[0]);

    var schools = await Step("load the schedule (all schools)", () => query.ForAllSchoolsAsync(
        scheduleId, CancellationToken.None));
    await Step(".xlsx workbooks", () => Task.FromResult(schools.Sum(s => workbooks.Write(s).Length)));
    await Step(".ics calendars", () => Task.FromResult(schools.Sum(s => calendars.Write(s).Length)));
    await Step("whole mails (bodies + attachments)", () => Task.FromResult(schools.Sum(s => composer.Compose(s)
        .HtmlBody.Length)));
}

static async Task<T> Step<T>(string name, Func<Task<T>> step)
{
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    var result = await step();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"  {name}: {wall.Elapsed.TotalMilliseconds:0} ms wall, {cpu.TotalMilliseconds:0} ms CPU"));
    return result;
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "n/a";

static async Task<PublishOutcome> PublishAsync(IServiceProvider services, int scheduleId)
{
    await using var scope = services.CreateAsyncScope();
    var publisher = scope.ServiceProvider.GetRequiredService<SchedulePublisher>();
    return await publisher.PublishAsync(scheduleId, CancellationToken.None)
           ?? throw new InvalidOperationException("The schedule could not be published.");
}

static async Task WaitUntilDrainedAsync(IServiceProvider services, BenchSmtpServer smtp, int expected)
{
    var deadline = Stopwatch.StartNew();
    while (smtp.Messages < expected || await UnsentAsync(services) > 0)
    {
        if (deadline.Elapsed > TimeSpan.FromMinutes(5))
        {
            throw new TimeoutException($"Only {smtp.Messages} of {expected} mails arrived.");
        }

        await Task.Delay(50);
    }
}

static async Task<int> UnsentAsync(IServiceProvider services)
{
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<WarmeOverdrachtDbContext>();
    return await db.OutboxMessages.CountAsync(m => m.SentAt == null);
}
