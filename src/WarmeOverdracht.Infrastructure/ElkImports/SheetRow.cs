namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>One cell as read from the file: trimmed text, and the date when the cell held a real date.</summary>
internal readonly record struct SheetCell(string Text, DateOnly? Date = null)
{
    public static SheetCell Empty { get; } = new(string.Empty);

    public bool IsEmpty => Text.Length == 0;
}

/// <summary>One row of a worksheet or CSV file, with its 1-based number as the user sees it.</summary>
internal sealed record SheetRow(int RowNumber, IReadOnlyList<SheetCell> Cells)
{
    public bool IsEmpty => Cells.All(cell => cell.IsEmpty);

    public SheetCell this[int column] => column < Cells.Count ? Cells[column] : SheetCell.Empty;
}
