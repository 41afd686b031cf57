using System.Globalization;
using Microsoft.Extensions.Options;

namespace WarmeOverdracht.Web.Features.ElkImports;

/// <summary>Keeps every uploaded export on disk, named by upload time and content hash.</summary>
public sealed class ElkImportArchive(IOptions<ElkImportOptions> options, IHostEnvironment environment)
{
    private const string ReportSuffix = ".rapport.xlsx";

    private string Root => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.ArchiveDirectory));

    public async Task<string> StoreAsync(
        byte[] content, string sha256, string extension, DateTimeOffset uploadedAt, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        var stamp = uploadedAt.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var relativePath = $"{stamp}-{sha256[..12]}{extension}";
        await File.WriteAllBytesAsync(Path.Combine(Root, relativePath), content, cancellationToken);
        return relativePath;
    }

    public Stream Open(string relativePath) => File.OpenRead(FullPath(relativePath));

    /// <summary>Keeps the row report made at confirmation beside the archived file.</summary>
    public Task StoreReportAsync(string relativePath, byte[] report, CancellationToken cancellationToken) =>
        File.WriteAllBytesAsync(FullPath(relativePath + ReportSuffix), report, cancellationToken);

    /// <summary>The stored row report, or null for an import confirmed before reports were kept.</summary>
    public byte[]? ReadReport(string relativePath)
    {
        var path = FullPath(relativePath + ReportSuffix);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    private string FullPath(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        return full.StartsWith(Root, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException("Archive path points outside the archive.");
    }
}
