using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace WarmeOverdracht.Domain.Schools;

/// <summary>
/// A school's BRIN number with its two-digit vestiging, e.g. <c>12AB00</c>. A bare four-character
/// BRIN means the main location and gets <c>00</c>.
/// </summary>
public sealed partial record SchoolCode
{
    private SchoolCode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, [NotNullWhen(true)] out SchoolCode? code)
    {
        code = null;
        var compact = (input ?? string.Empty).Replace(" ", "", StringComparison.Ordinal)
            .Replace("-", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        if (!Pattern().IsMatch(compact))
        {
            return false;
        }

        code = new SchoolCode(compact.Length == 4 ? compact + "00" : compact);
        return true;
    }

    public static SchoolCode Parse(string input) =>
        TryParse(input, out var code) ? code : throw new FormatException($"'{input}' is geen BRIN-code.");

    public override string ToString() => Value;

    [GeneratedRegex("^[0-9]{2}[A-Z0-9]{2}([0-9]{2})?$")]
    private static partial Regex Pattern();
}
