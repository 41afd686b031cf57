using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.ElkImports;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>The header names the secretariat linked to fields, kept in the database for the next import.</summary>
public sealed class ElkHeaderMappingStore(WarmeOverdrachtDbContext db)
{
    /// <summary>Read options with every remembered mapping and the given worksheet.</summary>
    public async Task<ElkReadOptions> ReadOptionsAsync(string? sheetName, CancellationToken cancellationToken)
    {
        var stored = await db.ElkHeaderMappings.AsNoTracking().ToListAsync(cancellationToken);
        var mapping = new Dictionary<string, ElkField>(StringComparer.Ordinal);
        foreach (var entry in stored)
        {
            if (Enum.TryParse<ElkField>(entry.Field, out var field))
            {
                mapping[entry.Header] = field;
            }
        }

        return new ElkReadOptions(sheetName, mapping);
    }

    /// <summary>Remembers that <paramref name="header"/> names <paramref name="field"/>, replacing an earlier
    /// mapping of the same header. The caller saves.</summary>
    public async Task RememberAsync(string header, ElkField field, CancellationToken cancellationToken)
    {
        var existing = await db.ElkHeaderMappings.FirstOrDefaultAsync(m => m.Header == header, cancellationToken);
        if (existing is null)
        {
            db.ElkHeaderMappings.Add(new ElkHeaderMapping { Header = header, Field = field.ToString() });
        }
        else
        {
            existing.Field = field.ToString();
        }
    }
}
