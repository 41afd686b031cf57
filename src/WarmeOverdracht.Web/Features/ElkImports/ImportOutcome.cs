using WarmeOverdracht.Infrastructure.ElkImports;

namespace WarmeOverdracht.Web.Features.ElkImports;

/// <summary>What importing a file does (preview) or did (confirmed), row by row.</summary>
public sealed class ImportOutcome
{
    public int DataRowCount { get; init; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Rejected { get; set; }

    public int MarkedMissing { get; set; }

    public int NewSchools { get; set; }

    public int NewPhoneLines { get; set; }

    public int Flagged { get; set; }

    public List<ElkRowProblem> Problems { get; } = [];
}
