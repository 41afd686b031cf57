namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>A recognised header row: which column holds which field.</summary>
internal sealed class ElkHeader
{
    private const int MinimumRecognised = 3;

    private ElkHeader(int rowNumber, Dictionary<ElkField, int> columns)
    {
        RowNumber = rowNumber;
        Columns = columns;
    }

    public int RowNumber { get; }

    public IReadOnlyDictionary<ElkField, int> Columns { get; }

    public int RecognisedCount => Columns.Count;

    public IEnumerable<string> MissingRequired =>
        ElkColumns.All.Where(c => c.Required && !Columns.ContainsKey(c.Field)).Select(c => c.Name);

    public bool HasAllRequired => !MissingRequired.Any();

    /// <summary>A header when at least three cells are known column names; the first of duplicates wins.</summary>
    public static ElkHeader? TryRecognise(ElkTableRow row)
    {
        var columns = new Dictionary<ElkField, int>();
        for (var index = 0; index < row.Cells.Count; index++)
        {
            if (ElkColumns.Recognise(row.Cells[index]) is { } column)
            {
                columns.TryAdd(column.Field, index);
            }
        }

        return columns.Count >= MinimumRecognised ? new ElkHeader(row.RowNumber, columns) : null;
    }
}
