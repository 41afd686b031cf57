using System.Text;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Reads a CSV file as saved by Excel or exported by hand: separator ';', ',' or tab (taken from the
/// header line), UTF-8 with or without BOM or Windows-1252, quoted fields with separators and line
/// breaks inside.
/// </summary>
internal static class CsvTableReader
{
    private static readonly char[] Separators = [';', ',', '\t'];

    static CsvTableReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ElkTable Read(byte[] content)
    {
        var text = Decode(content);
        var separator = DetectSeparator(text);
        return new ElkTable(Parse(text, separator));
    }

    private static string Decode(byte[] content)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var hasBom = content.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        try
        {
            return utf8.GetString(content, hasBom ? 3 : 0, content.Length - (hasBom ? 3 : 0));
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(content);
        }
    }

    private static char DetectSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var firstLine = end < 0 ? text : text[..end];
        return Separators.OrderByDescending(s => firstLine.Count(c => c == s)).First();
    }

    private static List<ElkTableRow> Parse(string text, char separator)
    {
        var rows = new List<ElkTableRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                quoted = ReadQuoted(text, ref i, cell);
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
                EndRow(rows, cells, cell);
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            EndRow(rows, cells, cell);
        }

        return rows;
    }

    /// <summary>Reads one character inside quotes; returns whether the field is still quoted.</summary>
    private static bool ReadQuoted(string text, ref int i, StringBuilder cell)
    {
        if (text[i] != '"')
        {
            cell.Append(text[i]);
            return true;
        }

        if (i + 1 < text.Length && text[i + 1] == '"')
        {
            cell.Append('"');
            i++;
            return true;
        }

        return false;
    }

    private static void EndRow(List<ElkTableRow> rows, List<string> cells, StringBuilder cell)
    {
        cells.Add(cell.ToString());
        cell.Clear();
        rows.Add(new ElkTableRow(rows.Count + 1, cells.ToList()));
        cells.Clear();
    }
}
