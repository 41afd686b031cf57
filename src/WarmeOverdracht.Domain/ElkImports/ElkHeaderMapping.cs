namespace WarmeOverdracht.Domain.ElkImports;

/// <summary>
/// A header name the secretariat linked to a field on the mapping screen, remembered for the next import.
/// </summary>
public class ElkHeaderMapping
{
    public int Id { get; set; }

    /// <summary>The header as it stood in the file, e.g. <c>Lln-nr.</c>.</summary>
    public required string Header { get; set; }

    /// <summary>The field it names, by its name in code (<c>ElkNumber</c>, <c>FirstName</c>, …).</summary>
    public required string Field { get; set; }
}
