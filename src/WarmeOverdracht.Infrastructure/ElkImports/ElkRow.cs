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
    public static ElkReadResult Unreadable(string message) => new([], [], 0, message);
}
