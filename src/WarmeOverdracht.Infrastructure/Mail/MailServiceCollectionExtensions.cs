using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.Infrastructure.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// The outbox, its background sender and the schedule mail: SMTP when <c>Mail:Smtp:Host</c> is set,
    /// otherwise .eml files in <c>Mail:PickupDirectory</c>.
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<IMailTransport>(provider => CreateTransport(provider));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxMimeMessageFactory>();
        services.AddSingleton<ScheduleMailComposer>();
        services.AddSingleton<ScheduleWorkbookWriter>();
        services.AddScoped<MailOutbox>();
        services.AddHostedService<OutboxSender>();
        return services;
    }

    private static IMailTransport CreateTransport(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<MailOptions>>();
        if (!string.IsNullOrWhiteSpace(options.Value.Smtp.Host))
        {
            return new SmtpMailTransport(options);
        }

        var root = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
        return new PickupFolderMailTransport(Path.Combine(root, options.Value.PickupDirectory));
    }
}
