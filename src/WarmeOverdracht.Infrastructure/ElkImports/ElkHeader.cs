namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>The header row of an export: where it is and which column holds which field.</summary>
internal sealed class ElkHeader
{
    /// <summary>How many non-empty rows at the top may be titles before the header row.</summary>
    public const int ScanDepth = 10;

    /// <summary>A row is the header when it names at least this many known columns.</summary>
    private const int MinimumRecognised = 3;

    private readonly Dictionary<ElkField, int> columns;

    private ElkHeader(int rowNumber, Dictionary<ElkField, int> columns)
    {
        RowNumber = rowNumber;
        this.columns = columns;
    }

    public int RowNumber { get; }

    /// <summary>
    /// The header among the first <see cref="ScanDepth"/> non-empty rows, or null: the row naming the most
    /// known columns (the first of equals), so a merged group header above the real one is passed over.
    /// </summary>
    public static ElkHeader? Find(IEnumerable<SheetRow> rows, ElkReadOptions? options = null) =>
        rows.Where(row => !row.IsEmpty)
            .Take(ScanDepth)
            .Select(row => new ElkHeader(row.RowNumber, MapColumns(row, options ?? ElkReadOptions.Default))
            {
                Cells = row.Cells.Select(cell => cell.Text).ToList(),
            })
            .Where(header => header.columns.Count >= MinimumRecognised)
            .OrderByDescending(header => header.columns.Count)
            .ThenBy(header => header.RowNumber)
            .FirstOrDefault();

    /// <summary>The texts of the header row, in column order.</summary>
    public IReadOnlyList<string> Cells { get; private init; } = [];

    /// <summary>The required columns that the header lacks.</summary>
    public IReadOnlyList<ElkColumn> MissingRequired() =>
        ElkColumns.All.Where(column => column.Required && !columns.ContainsKey(column.Field)).ToList();

    public bool Has(ElkField field) => columns.ContainsKey(field);

    /// <summary>The cell of <paramref name="row"/> under the column of <paramref name="field"/>.</summary>
    public SheetCell Cell(SheetRow row, ElkField field) =>
        columns.TryGetValue(field, out var index) ? row[index] : SheetCell.Empty;

    private static Dictionary<ElkField, int> MapColumns(SheetRow row, ElkReadOptions options)
    {
        var map = new Dictionary<ElkField, int>();
        for (var index = 0; index < row.Cells.Count; index++)
        {
            var text = row.Cells[index].Text;
            if ((options.MappedField(text) ?? ElkColumns.Match(text)) is { } field)
            {
                map.TryAdd(field, index);
            }
        }

        return map;
    }
}
