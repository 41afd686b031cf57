using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Web.Features.Audit;
using WarmeOverdracht.Web.Features.MyCalls;
using WarmeOverdracht.Web.Features.PrimaryPupils;

namespace WarmeOverdracht.Web.Infrastructure;

internal static class PortalSetup
{
    /// <summary>The PO and VO portals: policies that need a school, the school scope and the audit trail.</summary>
    public static IServiceCollection AddSchoolPortals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(SchoolClaims.PrimaryPortal, p => p.RequireRole(Roles.PrimaryStaff)
                .RequireClaim(SchoolClaims.SchoolId))
            .AddPolicy(SchoolClaims.SecondaryPortal, p => p.RequireRole(Roles.SecondaryStaff)
                .RequireClaim(SchoolClaims.SchoolId))
            .AddPolicy(SchoolClaims.AnyPortal, p => p.RequireRole(Roles.PrimaryStaff, Roles.SecondaryStaff)
                .RequireClaim(SchoolClaims.SchoolId));
        services.AddHttpContextAccessor();
        services.AddScoped<SchoolScope>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<MyCallsQuery>();
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        return services;
    }
}
