namespace WarmeOverdracht.Web.Features.ElkImports;

public sealed class ElkImportOptions
{
    public const string Section = "ElkImport";

    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileSizeBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Where uploaded exports are archived; relative paths are under the content root.</summary>
    public string ArchiveDirectory { get; set; } = "App_Data/elk-imports";

    /// <summary>The Dutch message for a file over the limit, also when the request itself is refused.</summary>
    public static string TooLargeMessage(long? sizeBytes, long maxBytes) =>
        (sizeBytes is { } size ? $"Het bestand is te groot ({MegaBytes(size)} MB); " : "Het bestand is te groot; ")
        + $"het maximum is {MegaBytes(maxBytes)} MB. Er is niets gewijzigd.";

    private static string MegaBytes(long bytes) =>
        (bytes / 1024d / 1024d).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
}
