using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Reads an ELK export (.xlsx or .csv) into normalised rows and a Dutch report of what is wrong.
/// Never throws for a bad file: an unusable file comes back with <see cref="ElkReadResult.FileError"/>.
/// </summary>
public sealed class ElkExportReader
{
    private const int HeaderSearchRows = 10;

    public ElkReadResult Read(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);

        var tables = Load(content, Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant(), out var error);
        if (error is not null)
        {
            return ElkReadResult.Unreadable(error);
        }

        foreach (var table in tables)
        {
            var header = FindHeader(table);
            if (header is not null)
            {
                return ReadRows(table, header);
            }
        }

        return ElkReadResult.Unreadable(NoHeaderMessage(tables));
    }

    private static IReadOnlyList<ElkTable> Load(Stream content, string extension, out string? error)
    {
        error = null;
        try
        {
            return extension switch
            {
                ".XLSX" => XlsxTableReader.Read(content),
                ".CSV" => [CsvTableReader.Read(ReadAll(content))],
                _ => Fail("Alleen Excel-bestanden (.xlsx) en CSV-bestanden (.csv) kunnen worden gelezen.", out error),
            };
        }
        catch (Exception exception) when (exception is InvalidDataException or OpenXmlPackageException
                                              or FileFormatException or InvalidOperationException or ArgumentException
                                              or NotSupportedException or FormatException or IOException)
        {
            return Fail(
                "Dit bestand kan niet worden gelezen. Is het een Excel-bestand (.xlsx) dat met Excel is opgeslagen?",
                out error);
        }
    }

    private static byte[] ReadAll(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static IReadOnlyList<ElkTable> Fail(string message, out string error)
    {
        error = message;
        return [];
    }

    private static ElkHeader? FindHeader(ElkTable table) =>
        table.Rows.Take(HeaderSearchRows)
            .Select(ElkHeader.TryRecognise)
            .FirstOrDefault(h => h is not null && h.HasAllRequired);

    private static ElkReadResult ReadRows(ElkTable table, ElkHeader header)
    {
        var rows = new List<ElkRow>();
        var problems = new List<ElkRowProblem>();
        var dataRows = table.Rows.Where(r => r.RowNumber > header.RowNumber && !r.IsEmpty).ToList();
        foreach (var row in dataRows)
        {
            var parsed = new ElkRowParser(header, row);
            if (parsed.Parse() is { } elkRow)
            {
                rows.Add(elkRow);
            }

            problems.AddRange(parsed.Problems);
        }

        return dataRows.Count == 0
            ? ElkReadResult.Unreadable("Het bestand bevat geen leerlingen: onder de kolomnamen staan geen rijen.")
            : new ElkReadResult(rows, problems, dataRows.Count, null);
    }

    private static string NoHeaderMessage(IReadOnlyList<ElkTable> tables)
    {
        var best = tables.SelectMany(t => t.Rows.Take(HeaderSearchRows))
            .Select(ElkHeader.TryRecognise)
            .OfType<ElkHeader>()
            .OrderByDescending(h => h.RecognisedCount)
            .FirstOrDefault();
        if (best is null)
        {
            return tables.All(t => t.Rows.All(r => r.IsEmpty))
                ? "Het bestand is leeg."
                : "In dit bestand staan geen herkenbare kolomnamen, zoals ELK-nummer, Voornaam en Achternaam.";
        }

        return "Deze verplichte kolommen ontbreken: " + string.Join(", ", best.MissingRequired) + ".";
    }
}
