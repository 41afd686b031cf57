using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// One pupil row of an ELK export, read and normalised; <see cref="RowNumber"/> is 1-based as in Excel.
/// </summary>
public sealed record ElkRow(
    int RowNumber,
    string ElkNumber,
    string FirstName,
    string? NamePrefix,
    string LastName,
    DateOnly? BirthDate,
    SchoolCode PrimarySchoolCode,
    string PrimarySchoolName,
    string? PrimarySchoolEmail,
    SchoolCode? SecondarySchoolCode,
    string? SecondarySchoolName,
    string? SecondarySchoolEmail,
    string? ContactName,
    MobileNumber? ContactMobile,
    bool Flagged,
    string? FlagReason,
    bool ParentConsent);

/// <summary>
/// A problem found on a row. An error keeps the row out; a warning imports it without the value.
/// <see cref="ElkNumber"/> is the row's pupil when known, so a rejected row does not count as "missing".
/// </summary>
public sealed record ElkRowProblem(
    int RowNumber, string Column, string Value, string Message, ElkProblemSeverity Severity, string? ElkNumber = null);

public enum ElkProblemSeverity
{
    Warning = 1,
    Error = 2,

    /// <summary>Two values for one thing (in the file, or the file against the database); the message
    /// says which value was kept.</summary>
    Conflict = 3,
}

/// <summary>
/// What reading a file gave: usable rows and the problems, or a reason the file as a whole is unusable.
/// </summary>
/// <param name="FileError">
/// Set, in Dutch, when the file cannot be read at all (wrong type, no header, required column missing).
/// </param>
public sealed record ElkReadResult(
    IReadOnlyList<ElkRow> Rows,
    IReadOnlyList<ElkRowProblem> Problems,
    int DataRowCount,
    string? FileError)
{
    /// <summary>The worksheet that was read (.xlsx only).</summary>
    public string? SheetName { get; init; }

    /// <summary>The visible worksheets of the workbook, for choosing another one (.xlsx only).</summary>
    public IReadOnlyList<string> SheetNames { get; init; } = [];

    /// <summary>How the text was decoded (.csv only): UTF-8 or Windows-1252.</summary>
    public string? Encoding { get; init; }

    /// <summary>The row number of the header row, 0 when none was found.</summary>
    public int HeaderRowNumber { get; init; }

    /// <summary>The texts of the header row, in column order.</summary>
    public IReadOnlyList<string> HeaderCells { get; init; } = [];

    /// <summary>Required fields the header lacks; a mapping can name their columns.</summary>
    public IReadOnlyList<ElkField> MissingFields { get; init; } = [];

    public static ElkReadResult Unreadable(string message) => new([], [], 0, message);
}
