using System.Text;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Reads a CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) into rows.
/// The separator is the one of <c>;</c>, <c>,</c> or tab that makes the header recognisable.
/// </summary>
internal static class CsvSheetReader
{
    private static readonly char[] Separators = [';', ',', '\t'];

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static IReadOnlyList<SheetRow> Read(byte[] content)
    {
        var text = Decode(content);
        var separator = DetectSeparator(text);
        return Parse(text, separator).ToList();
    }

    /// <summary>UTF-8 (with or without BOM) or UTF-16 with BOM; bytes that are no UTF-8 are read as
    /// Windows-1252, the encoding of a CSV saved by a Dutch Excel.</summary>
    private static string Decode(byte[] content)
    {
        try
        {
            using var reader = new StreamReader(new MemoryStream(content), StrictUtf8, true);
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(content);
        }
    }

    private static char DetectSeparator(string text)
    {
        foreach (var separator in Separators)
        {
            if (ElkHeader.Find(Parse(text, separator)) is not null)
            {
                return separator;
            }
        }

        return Separators[0];
    }

    private static IEnumerable<SheetRow> Parse(string text, char separator)
    {
        var parser = new Parser(text, separator);
        var rowNumber = 0;
        while (!parser.AtEnd)
        {
            rowNumber++;
            yield return new SheetRow(rowNumber, parser.ReadRecord());
        }
    }

    private sealed class Parser(string text, char separator)
    {
        private int position;

        public bool AtEnd => position >= text.Length;

        public List<SheetCell> ReadRecord()
        {
            var cells = new List<SheetCell>();
            var field = new StringBuilder();
            while (true)
            {
                var endOfRecord = ReadField(field);
                cells.Add(new SheetCell(field.ToString().Trim()));
                field.Clear();
                if (endOfRecord)
                {
                    return cells;
                }
            }
        }

        /// <summary>Reads one field into <paramref name="field"/>; true when it ended its record.</summary>
        private bool ReadField(StringBuilder field)
        {
            var quoted = false;
            while (position < text.Length)
            {
                var c = text[position++];
                if (quoted)
                {
                    quoted = ReadQuoted(c, field);
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == separator)
                {
                    return false;
                }
                else if (c is '\r' or '\n')
                {
                    SkipLineFeedAfter(c);
                    return true;
                }
                else
                {
                    field.Append(c);
                }
            }

            return true;
        }

        /// <summary>Handles a character inside quotes; false when it closed them.</summary>
        private bool ReadQuoted(char c, StringBuilder field)
        {
            if (c != '"')
            {
                field.Append(c);
                return true;
            }

            if (position < text.Length && text[position] == '"')
            {
                field.Append('"');
                position++;
                return true;
            }

            return false;
        }

        private void SkipLineFeedAfter(char c)
        {
            if (c == '\r' && position < text.Length && text[position] == '\n')
            {
                position++;
            }
        }
    }
}
