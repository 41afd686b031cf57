using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.Web.Features.Schedules;

internal static class SchedulesSetup
{
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddSingleton<CallScheduler>();
        services.AddSingleton<PlanningRequests>();
        services.AddSingleton<PlanningProgress>();
        services.AddScoped<SchedulePlanner>();
        services.AddScoped<SchoolScheduleQuery>();
        services.AddScoped<SchedulePublisher>();
        services.AddScoped<ScheduleDetailsQuery>();
        services.AddScoped<BlockMoves.BlockMover>();
        services.AddHostedService<PlanningWorker>();
        return services;
    }
}
