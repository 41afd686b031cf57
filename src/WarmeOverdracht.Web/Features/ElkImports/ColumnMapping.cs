using Microsoft.AspNetCore.Mvc.ModelBinding;
using WarmeOverdracht.Infrastructure.ElkImports;

namespace WarmeOverdracht.Web.Features.ElkImports;

/// <summary>Checks the mapping form: every missing required field gets its own, non-empty column.</summary>
internal static class ColumnMapping
{
    /// <summary>The header text chosen per field, or null with the errors in <paramref name="errors"/>.</summary>
    public static Dictionary<ElkField, string>? Validate(
        ElkReadResult read, IReadOnlyDictionary<string, int?> columns, ModelStateDictionary errors)
    {
        var chosen = new Dictionary<ElkField, string>();
        var used = new HashSet<int>();
        foreach (var field in read.MissingFields)
        {
            var key = field.ToString();
            var name = ElkColumns.Get(field).Name;
            if (!columns.TryGetValue(key, out var index) || index is not { } column
                || column < 0 || column >= read.HeaderCells.Count || read.HeaderCells[column].Length == 0)
            {
                errors.AddModelError($"columns[{key}]", $"Kies de kolom met {name}.");
            }
            else if (!used.Add(column))
            {
                errors.AddModelError($"columns[{key}]", $"Deze kolom is al gekozen voor een ander veld dan {name}.");
            }
            else
            {
                chosen[field] = read.HeaderCells[column];
            }
        }

        return errors.IsValid ? chosen : null;
    }
}
