namespace WarmeOverdracht.Web.Features.Reminders;

internal static class RemindersSetup
{
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.SectionName))
            .Validate(o => o.SendFromHour is >= 0 and < 24, "Reminders:SendFromHour must be 0 to 23.")
            .Validate(o => o.CheckIntervalSeconds >= 1, "Reminders:CheckIntervalSeconds must be 1 or more.")
            .ValidateOnStart();
        services.AddScoped<ReminderSender>();
        services.AddHostedService<ReminderWorker>();
        return services;
    }
}
