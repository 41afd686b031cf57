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

    private const string NotText = "Dit is geen tekstbestand en dus geen CSV-export. Upload de ELK-export als "
        + "Excel-bestand (.xlsx) of als CSV-bestand (.csv).";

    private const string UnknownEncoding = "De tekens in dit CSV-bestand kunnen niet betrouwbaar worden gelezen: "
        + "het is geen UTF-8 en ook geen Windows-1252 (de codering van Excel). Sla het bestand in Excel op als "
        + "'CSV UTF-8 (door komma's gescheiden)' of als .xlsx en probeer het opnieuw.";

    /// <summary>Bytes that Windows-1252 leaves undefined: a file holding them is in another encoding.</summary>
    private static readonly byte[] UndefinedIn1252 = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

    static CsvSheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static CsvSheet Read(byte[] content, ElkReadOptions options)
    {
        var (text, encodingName) = Decode(content);
        var separator = DetectSeparator(text, options);
        return new CsvSheet(Parse(text, separator).ToList(), encodingName);
    }

    /// <summary>UTF-8 (with or without BOM) or UTF-16 with BOM; bytes that are no UTF-8 are read as
    /// Windows-1252, the encoding of a CSV saved by a Dutch Excel. Anything else is refused rather than
    /// read as garbled text.</summary>
    private static (string Text, string EncodingName) Decode(byte[] content)
    {
        if (HasUnicodeByteOrderMark(content))
        {
            using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, true);
            return (reader.ReadToEnd(), reader.CurrentEncoding.WebName.ToUpperInvariant());
        }

        if (content.AsSpan().IndexOfAnyInRange((byte)0x00, (byte)0x08) >= 0)
        {
            throw new UnreadableExportException(NotText);
        }

        try
        {
            return (StrictUtf8.GetString(content), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (DecodeWindows1252(content), "Windows-1252");
        }
    }

    private static bool HasUnicodeByteOrderMark(byte[] content) =>
        content.AsSpan().StartsWith(Encoding.UTF8.Preamble)
        || content.AsSpan().StartsWith(Encoding.Unicode.Preamble)
        || content.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble);

    private static string DecodeWindows1252(byte[] content)
    {
        if (content.AsSpan().IndexOfAny(UndefinedIn1252) >= 0)
        {
            throw new UnreadableExportException(UnknownEncoding);
        }

        return Encoding.GetEncoding(1252).GetString(content);
    }

    private static char DetectSeparator(string text, ElkReadOptions options)
    {
        foreach (var separator in Separators)
        {
            if (ElkHeader.Find(Parse(text, separator), options) is not null)
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

/// <summary>The records of a CSV file and the encoding its text was read in.</summary>
internal sealed record CsvSheet(IReadOnlyList<SheetRow> Rows, string EncodingName);
