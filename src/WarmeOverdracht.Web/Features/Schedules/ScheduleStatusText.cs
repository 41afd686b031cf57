using WarmeOverdracht.Domain.Schedules;

namespace WarmeOverdracht.Web.Features.Schedules;

public static class ScheduleStatusText
{
    public static string ToDutch(ScheduleStatus status) => status switch
    {
        ScheduleStatus.Planning => "wordt gemaakt",
        ScheduleStatus.Draft => "concept",
        ScheduleStatus.Published => "gepubliceerd",
        ScheduleStatus.Failed => "mislukt",
        _ => status.ToString(),
    };
}
