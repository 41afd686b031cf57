namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>A sheet or CSV file as rows of text cells, each with the row number the user sees.</summary>
internal sealed record ElkTable(IReadOnlyList<ElkTableRow> Rows);

internal sealed record ElkTableRow(int RowNumber, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index < Cells.Count ? Cells[index].Trim() : string.Empty;

    public bool IsEmpty => Cells.All(string.IsNullOrWhiteSpace);
}
