using System.Globalization;
using System.IO.Compression;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Looks at an .xlsx upload before ClosedXML opens it: a PDF or an encrypted (password-protected) workbook
/// gets its own message, and a zip whose parts would unpack to far more than an export can hold
/// (a zip bomb) is refused from the sizes in its directory, without unpacking anything.
/// </summary>
internal static class WorkbookPackageCheck
{
    /// <summary>Most a workbook may unpack to; a 40,000-pupil export unpacks to about 60 MB.</summary>
    public const long MaxUncompressedBytes = 400L * 1024 * 1024;

    /// <summary>Deflate of spreadsheet XML gives up to about 30 : 1; far beyond that is no export.</summary>
    public const long MaxCompressionRatio = 200;

    private static readonly byte[] Pdf = "%PDF"u8.ToArray();

    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const string PdfMessage = "Dit is een PDF-bestand met de extensie .xlsx. Upload de ELK-export zelf, "
        + "als Excel-bestand (.xlsx) of CSV-bestand (.csv).";

    private const string ProtectedMessage = "Dit Excel-bestand is beveiligd met een wachtwoord (of is een oud "
        + ".xls-bestand dat .xlsx heet) en kan daarom niet worden gelezen. Open het in Excel, haal het wachtwoord "
        + "eraf en sla het op als .xlsx, of sla het op als CSV-bestand.";

    private const string BombMessage = "Dit bestand pakt uit tot veel meer gegevens dan een ELK-export kan "
        + "bevatten en wordt daarom niet gelezen. Maak de export opnieuw in ELK.";

    public static void Check(byte[] content)
    {
        if (content.AsSpan().StartsWith(Pdf))
        {
            throw new UnreadableExportException(PdfMessage);
        }

        if (content.AsSpan().StartsWith(CompoundFile))
        {
            throw new UnreadableExportException(ProtectedMessage);
        }

        CheckUnpackedSize(content);
    }

    private static void CheckUnpackedSize(byte[] content)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            var ratio = entry.Length / Math.Max(1, entry.CompressedLength);
            if (total > MaxUncompressedBytes || (entry.Length > 1024 * 1024 && ratio > MaxCompressionRatio))
            {
                throw new UnreadableExportException(BombMessage + string.Create(CultureInfo.InvariantCulture,
                    $" (uitgepakt minstens {total / 1024 / 1024} MB)"));
            }
        }
    }
}
