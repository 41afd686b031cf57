namespace WarmeOverdracht.Web.Features.ElkImports;

public sealed class ElkImportOptions
{
    public const string Section = "ElkImport";

    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileSizeBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Where uploaded exports are archived; relative paths are under the content root.</summary>
    public string ArchiveDirectory { get; set; } = "App_Data/elk-imports";
}
