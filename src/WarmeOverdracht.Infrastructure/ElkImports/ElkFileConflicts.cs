using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// The first value one file gives for a school's name and a PO contact's number, with its row: a later row
/// that says otherwise is a conflict, and the first value is kept so re-reading the file gives the same.
/// </summary>
internal sealed class ElkFileConflicts
{
    private readonly Dictionary<string, (string Name, int Row)> schoolNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (MobileNumber Number, int Row)> mobiles = new(StringComparer.Ordinal);

    /// <summary>The first name of this BRIN in the file, or null when this row is the first to name it.</summary>
    public (string Name, int Row)? SchoolName(string code, string? name, int row)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return schoolNames.TryAdd(code, (name, row)) ? null : schoolNames[code];
    }

    /// <summary>The first number of this contact in the file (this row's when it is the first).</summary>
    public (MobileNumber Number, int Row) Mobile(string contact, MobileNumber number, int row)
    {
        mobiles.TryAdd(contact, (number, row));
        return mobiles[contact];
    }
}
