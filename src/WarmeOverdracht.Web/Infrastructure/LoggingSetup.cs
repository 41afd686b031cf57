using System.Globalization;
using Serilog;

namespace WarmeOverdracht.Web.Infrastructure;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog to the console and a rolling file under App_Data/logs. The static logger is left alone
    /// so several hosts (integration tests) can live in one process.
    /// </summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
                .WriteTo.File(
                    LogFile(services), formatProvider: CultureInfo.InvariantCulture,
                    rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31),
            preserveStaticLogger: true);
        return builder;
    }

    private static string LogFile(IServiceProvider services)
    {
        var directory = services.GetRequiredService<IConfiguration>()["Logging:FileDirectory"] ?? "App_Data/logs";
        var root = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        return Path.Combine(root, directory, "warmeoverdracht-.log");
    }
}
