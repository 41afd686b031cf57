using WarmeOverdracht.Domain.ElkImports;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.SchoolYears;

namespace WarmeOverdracht.Web.Features.Home;

public sealed record DashboardModel(
    SchoolYear Year,
    int PrimarySchools,
    int SecondarySchools,
    int Pupils,
    int PupilsWithRequest,
    ElkImport? LatestImport,
    Schedule? LatestSchedule);
