using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Reads an ELK export (.xlsx or .csv) into rows and problems. Pure parsing: nothing is stored, and a file
/// that cannot be read gives <see cref="ElkReadResult.FileError"/> instead of an exception.
/// </summary>
public sealed class ElkExportReader
{
    private const string NoPupils = "Het bestand bevat geen leerlingen.";

    private const string NoWorkbook = "Het bestand kan niet als Excel-bestand (.xlsx) worden gelezen. Is het "
        + "beschadigd, of is het een ander soort bestand met de extensie .xlsx? Sla de export opnieuw op als "
        + ".xlsx of .csv en probeer het nog eens.";

    /// <summary>Reads <paramref name="content"/>; <paramref name="fileName"/> tells the format by its
    /// extension. The stream is read to its end and left open.</summary>
    public ElkReadResult Read(Stream content, string fileName) => Read(content, fileName, ElkReadOptions.Default);

    /// <summary>Reads <paramref name="content"/> with the worksheet and column mapping the secretariat
    /// chose.</summary>
    public ElkReadResult Read(Stream content, string fileName, ElkReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);

        var extension = Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant();
        if (extension is not (".XLSX" or ".CSV"))
        {
            return ElkReadResult.Unreadable(UnsupportedType(extension));
        }

        var bytes = ReadAll(content);
        if (bytes.Length == 0)
        {
            return ElkReadResult.Unreadable(NoPupils);
        }

        try
        {
            return extension == ".CSV" ? ReadCsv(bytes, options) : ReadWorkbook(bytes, options);
        }
        catch (UnreadableExportException exception)
        {
            return ElkReadResult.Unreadable(exception.Message);
        }
    }

    private static ElkReadResult ReadCsv(byte[] bytes, ElkReadOptions options)
    {
        var csv = CsvSheetReader.Read(bytes, options);
        return ReadRows(csv.Rows, options) with { Encoding = csv.EncodingName };
    }

    private static ElkReadResult ReadWorkbook(byte[] bytes, ElkReadOptions options)
    {
        try
        {
            WorkbookPackageCheck.Check(bytes);
            var sheet = XlsxSheetReader.Read(bytes, options);
            return sheet is null
                ? ElkReadResult.Unreadable(NoWorkbook)
                : ReadRows(sheet.Rows, options) with { SheetName = sheet.Name, SheetNames = sheet.SheetNames };
        }
        catch (Exception exception) when (IsUnreadableWorkbook(exception))
        {
            return ElkReadResult.Unreadable(NoWorkbook);
        }
    }

    private static ElkReadResult ReadRows(IReadOnlyList<SheetRow> rows, ElkReadOptions options)
    {
        if (rows.All(row => row.IsEmpty))
        {
            return ElkReadResult.Unreadable(NoPupils);
        }

        var header = ElkHeader.Find(rows, options);
        if (header is null)
        {
            return ElkReadResult.Unreadable(NoHeader());
        }

        var missing = header.MissingRequired();
        if (missing.Count > 0)
        {
            return ElkReadResult.Unreadable(MissingColumns(header, missing)) with
            {
                HeaderRowNumber = header.RowNumber,
                HeaderCells = header.Cells,
                MissingFields = missing.Select(column => column.Field).ToList(),
            };
        }

        var dataRows = rows.Where(row => row.RowNumber > header.RowNumber && !row.IsEmpty).ToList();
        return ReadData(header, dataRows) with { HeaderRowNumber = header.RowNumber, HeaderCells = header.Cells };
    }

    private static ElkReadResult ReadData(ElkHeader header, List<SheetRow> dataRows)
    {
        if (dataRows.Count == 0)
        {
            return ElkReadResult.Unreadable(NoPupils);
        }

        var parser = new ElkRowParser(header);
        var pupils = dataRows.Select(parser.Parse).OfType<ElkRow>().ToList();
        return new ElkReadResult(pupils, parser.Problems, dataRows.Count, null);
    }

    private static byte[] ReadAll(Stream content)
    {
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>What the Open XML SDK and ClosedXML throw for a file that is no intact workbook: no zip
    /// (<see cref="FileFormatException"/>), a part missing (<see cref="InvalidOperationException"/>), a part
    /// that is not what it should be (<see cref="InvalidDataException"/>, <see cref="XmlException"/>).</summary>
    private static bool IsUnreadableWorkbook(Exception exception) =>
        exception is FileFormatException or OpenXmlPackageException or InvalidDataException or XmlException
            or InvalidOperationException;

    private static string UnsupportedType(string extension) =>
        (extension.Length == 0
            ? "Het bestand heeft geen extensie."
            : $"Een bestand van het type {extension.ToLowerInvariant()} kan niet worden gelezen.")
        + " Upload de ELK-export als Excel-bestand (.xlsx) of als CSV-bestand (.csv).";

    private static string NoHeader() =>
        $"In de eerste {ElkHeader.ScanDepth} rijen staat geen kopregel met de kolommen van een ELK-export. "
        + "Verwacht worden kolommen als " + string.Join(", ", RequiredColumnNames()) + ".";

    private static string MissingColumns(ElkHeader header, IReadOnlyList<ElkColumn> missing) =>
        $"In de kopregel (rij {header.RowNumber}) "
        + (missing.Count == 1 ? "ontbreekt de verplichte kolom: " : "ontbreken de verplichte kolommen: ")
        + string.Join(", ", missing.Select(column => column.Name)) + ".";

    private static IEnumerable<string> RequiredColumnNames() =>
        ElkColumns.All.Where(column => column.Required).Select(column => column.Name);
}
