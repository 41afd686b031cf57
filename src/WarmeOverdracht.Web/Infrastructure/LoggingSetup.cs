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
        var directory = Path.Combine(
            builder.Environment.ContentRootPath, builder.Configuration["Logging:FileDirectory"] ?? "App_Data/logs");
        var logFile = Path.Combine(directory, "warmeoverdracht-.log");
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
                .WriteTo.File(
                    logFile, formatProvider: CultureInfo.InvariantCulture, rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 31),
            preserveStaticLogger: true);
        return builder;
    }
}
