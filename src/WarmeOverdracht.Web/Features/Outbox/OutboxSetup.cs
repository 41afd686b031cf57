namespace WarmeOverdracht.Web.Features.Outbox;

internal static class OutboxSetup
{
    public static IServiceCollection AddOutboxPages(this IServiceCollection services)
    {
        services.AddScoped<OutboxQuery>();
        return services;
    }
}
