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

    /// <summary>The header among the first <see cref="ScanDepth"/> non-empty rows, or null.</summary>
    public static ElkHeader? Find(IEnumerable<SheetRow> rows) =>
        rows.Where(row => !row.IsEmpty)
            .Take(ScanDepth)
            .Select(row => new ElkHeader(row.RowNumber, MapColumns(row)))
            .FirstOrDefault(header => header.columns.Count >= MinimumRecognised);

    /// <summary>The required columns that the header lacks.</summary>
    public IReadOnlyList<ElkColumn> MissingRequired() =>
        ElkColumns.All.Where(column => column.Required && !columns.ContainsKey(column.Field)).ToList();

    public bool Has(ElkField field) => columns.ContainsKey(field);

    /// <summary>The cell of <paramref name="row"/> under the column of <paramref name="field"/>.</summary>
    public SheetCell Cell(SheetRow row, ElkField field) =>
        columns.TryGetValue(field, out var index) ? row[index] : SheetCell.Empty;

    private static Dictionary<ElkField, int> MapColumns(SheetRow row)
    {
        var map = new Dictionary<ElkField, int>();
        for (var index = 0; index < row.Cells.Count; index++)
        {
            if (ElkColumns.Match(row.Cells[index].Text) is { } field)
            {
                map.TryAdd(field, index);
            }
        }

        return map;
    }
}
