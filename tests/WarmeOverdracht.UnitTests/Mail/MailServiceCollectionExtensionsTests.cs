using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Infrastructure.Mail;
using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.UnitTests.Mail;

[Trait("Category", "Unit")]
public class MailServiceCollectionExtensionsTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "wo-content-root");

    [Fact]
    public void Without_an_SMTP_host_mail_goes_to_the_pickup_folder_under_the_content_root()
    {
        using var services = Build([]);

        Assert.IsType<PickupFolderMailTransport>(services.GetRequiredService<IMailTransport>());
        Assert.Equal(
            Path.Combine(ContentRoot, "App_Data", "mail-pickup"),
            services.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory);
    }

    [Fact]
    public void An_absolute_pickup_folder_is_used_as_it_is()
    {
        var folder = Path.Combine(Path.GetTempPath(), "elders", "pickup");

        using var services = Build(new() { ["Mail:PickupDirectory"] = folder });

        Assert.Equal(folder, services.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory);
    }

    [Fact]
    public void With_an_SMTP_host_mail_goes_over_SMTP_with_the_configured_settings()
    {
        using var services = Build(new()
        {
            ["Mail:Smtp:Host"] = "smtp.kp-amstelland.example",
            ["Mail:Smtp:Port"] = "465",
            ["Mail:Smtp:SecureSocket"] = "SslOnConnect",
            ["Mail:ReplyTo"] = "planning@kp-amstelland.example",
        });

        Assert.IsType<SmtpMailTransport>(services.GetRequiredService<IMailTransport>());
        var options = services.GetRequiredService<IOptions<MailOptions>>().Value;
        Assert.Equal(465, options.Smtp.Port);
        Assert.Equal(SmtpSecureSocket.SslOnConnect, options.Smtp.SecureSocket);
        Assert.Equal("secretariaat@kp-amstelland.example", options.FromAddress);
        Assert.Equal(10, options.MaxAttempts);
    }

    [Fact]
    public void The_composer_the_outbox_signal_and_the_background_sender_are_registered()
    {
        using var services = Build([]);

        Assert.NotNull(services.GetRequiredService<ScheduleMailComposer>());
        Assert.Same(services.GetRequiredService<OutboxSignal>(), services.GetRequiredService<OutboxSignal>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is OutboxSender);
    }

    [Fact]
    public void A_from_address_that_is_no_mail_address_is_refused()
    {
        using var services = Build(new() { ["Mail:FromAddress"] = "secretariaat" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MailOptions>>().Value);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = ContentRoot });
        services.AddMail(configuration);
        return services.BuildServiceProvider();
    }
}
