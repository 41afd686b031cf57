namespace WarmeOverdracht.Infrastructure.ElkImports;

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

    public int Conflicts => Problems.Count(problem => problem.Severity == ElkProblemSeverity.Conflict);

    /// <summary>Every problem, warning and conflict, ordered by row.</summary>
    public List<ElkRowProblem> Problems { get; } = [];

    /// <summary>Every data row with what the import does with it, ordered by row.</summary>
    public List<ElkRowOutcome> Rows { get; } = [];
}

/// <summary>What the import does with one data row.</summary>
public sealed record ElkRowOutcome(int RowNumber, string? ElkNumber, ElkRowStatus Status);

public enum ElkRowStatus
{
    Created = 1,
    Updated = 2,
    Unchanged = 3,
    Rejected = 4,
}
