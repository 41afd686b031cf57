using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;
using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>Registers mail: options, outbox, transport, background sender and the schedule mail composer.</summary>
public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Adds the mail services, configured from the section "Mail". SMTP is used when "Mail:Smtp:Host"
    /// is set, the pickup folder otherwise. The <c>WarmeOverdrachtDbContext</c> is registered elsewhere.
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        AddMailOptions(services, configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxMimeMessageFactory>();
        services.AddSingleton<IMailTransport>(CreateTransport);
        services.AddScoped<MailOutbox>();
        services.AddSingleton<ScheduleWorkbookWriter>();
        services.AddSingleton<ScheduleCalendarWriter>();
        services.AddSingleton<ScheduleMailComposer>();
        services.AddHostedService<OutboxSender>();
        return services;
    }

    private static void AddMailOptions(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.SectionName))
            .PostConfigure<IHostEnvironment>((options, environment) =>
                options.PickupDirectory = Path.GetFullPath(options.PickupDirectory, environment.ContentRootPath))
            .Validate(o => IsMailAddress(o.FromAddress), "Mail:FromAddress is not a mail address.")
            .Validate(
                o => string.IsNullOrWhiteSpace(o.ReplyTo) || IsMailAddress(o.ReplyTo),
                "Mail:ReplyTo is not a mail address.")
            .Validate(o => o.PollIntervalSeconds >= 1, "Mail:PollIntervalSeconds must be 1 or more.")
            .Validate(o => o.MaxAttempts >= 1, "Mail:MaxAttempts must be 1 or more.")
            .Validate(o => o.Smtp.Port is > 0 and <= 65535, "Mail:Smtp:Port must be a TCP port.")
            .ValidateOnStart();
    }

    private static bool IsMailAddress(string? value) =>
        MailboxAddress.TryParse(value, out var mailbox) && !string.IsNullOrEmpty(mailbox.Domain);

    private static IMailTransport CreateTransport(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<MailOptions>>();
        return string.IsNullOrWhiteSpace(options.Value.Smtp.Host)
            ? new PickupFolderMailTransport(options)
            : new SmtpMailTransport(options);
    }
}
