namespace WarmeOverdracht.Web.Features.SchoolYears;

internal static class SchoolYearsSetup
{
    public static IServiceCollection AddSchoolYears(this IServiceCollection services)
    {
        services.AddScoped<SchoolYearSeeder>();
        services.AddScoped<CurrentSchoolYear>();
        return services;
    }
}
