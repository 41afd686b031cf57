using WarmeOverdracht.Infrastructure.ElkImports;

namespace WarmeOverdracht.Web.Features.ElkImports;

internal static class ElkImportsSetup
{
    public static IServiceCollection AddElkImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ElkImportOptions>(configuration.GetSection(ElkImportOptions.Section));
        services.AddSingleton<ElkExportReader>();
        services.AddSingleton<ElkImportArchive>();
        services.AddScoped<ElkImportApplier>();
        services.AddScoped<ElkImportService>();
        services.AddScoped<ElkHeaderMappingStore>();
        services.AddScoped<ElkFileImporter>();
        services.AddScoped<UploadSizeFilter>();
        return services;
    }
}
