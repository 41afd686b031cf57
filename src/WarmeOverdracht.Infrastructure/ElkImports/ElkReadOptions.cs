namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Choices the secretariat made for one file: the worksheet to read (null: the first visible one with a
/// header row) and extra header names, remembered from an earlier mapping, that name a field.
/// </summary>
public sealed record ElkReadOptions(
    string? SheetName = null, IReadOnlyDictionary<string, ElkField>? ColumnMapping = null)
{
    public static ElkReadOptions Default { get; } = new();

    /// <summary>The field a header names by the remembered mapping, compared as headers are.</summary>
    internal ElkField? MappedField(string header)
    {
        if (ColumnMapping is null || header.Length == 0)
        {
            return null;
        }

        var key = ElkColumns.Key(header);
        return ColumnMapping.FirstOrDefault(entry => ElkColumns.Key(entry.Key) == key) is { Key: not null } hit
            ? hit.Value
            : null;
    }
}

/// <summary>A file that cannot be read as a whole, with the Dutch reason shown on the upload page.</summary>
internal sealed class UnreadableExportException(string message) : Exception(message);
