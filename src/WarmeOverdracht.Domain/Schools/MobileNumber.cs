using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace WarmeOverdracht.Domain.Schools;

/// <summary>
/// A Dutch mobile number in E.164 form (<c>+316xxxxxxxx</c>). Accepts the usual ways of writing
/// one: <c>06-12345678</c>, <c>+31 6 1234 5678</c>, <c>0031612345678</c>, <c>+31 (0)6 12345678</c>,
/// <c>+31 06 12345678</c>.
/// </summary>
public sealed record MobileNumber
{
    private MobileNumber(string value) => Value = value;

    /// <summary>The number in E.164 form.</summary>
    public string Value { get; }

    public static bool TryParse(string? input, [NotNullWhen(true)] out MobileNumber? number, out string error)
    {
        number = null;
        var digits = Compact(input ?? string.Empty);
        if (digits.Length == 0)
        {
            error = "Er is geen mobiel nummer ingevuld.";
            return false;
        }

        var national = ToNational(digits);
        if (national is null || !national.All(char.IsAsciiDigit))
        {
            error = "Dit is geen Nederlands telefoonnummer.";
            return false;
        }

        if (!national.StartsWith('6') || national.StartsWith("66", StringComparison.Ordinal))
        {
            error = "Dit is geen mobiel nummer (06-nummer); vaste nummers kunnen niet.";
            return false;
        }

        if (national.Length != 9)
        {
            error = "Een mobiel nummer heeft 10 cijfers, zoals 06-12345678.";
            return false;
        }

        number = new MobileNumber("+31" + national);
        error = string.Empty;
        return true;
    }

    public static MobileNumber Parse(string input) =>
        TryParse(input, out var number, out var error) ? number : throw new FormatException(error);

    /// <summary>The number as a Dutch reader writes it: <c>06-12345678</c>.</summary>
    public string ToDisplayString() => "0" + Value[3..4] + "-" + Value[4..];

    public override string ToString() => Value;

    private static string Compact(string input)
    {
        var builder = new StringBuilder(input.Length);
        var text = input.Replace("(0)", "", StringComparison.Ordinal);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || (c == '+' && builder.Length == 0))
            {
                builder.Append(c);
            }
            else if (!IsSeparator(c))
            {
                builder.Append('?');
            }
        }

        return builder.ToString();
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '/' or '(' or ')' || char.IsWhiteSpace(c);

    private static string? ToNational(string digits)
    {
        if (digits.StartsWith("+31", StringComparison.Ordinal))
        {
            return WithoutTrunkZero(digits[3..]);
        }

        if (digits.StartsWith("0031", StringComparison.Ordinal))
        {
            return WithoutTrunkZero(digits[4..]);
        }

        if (digits.StartsWith('0') && !digits.StartsWith("00", StringComparison.Ordinal))
        {
            return digits[1..];
        }

        return null;
    }

    /// <summary>The 0 that <c>+31 06 12345678</c> keeps after the country code, as in <c>+31 (0)6</c>.</summary>
    private static string WithoutTrunkZero(string national) => national.StartsWith('0') ? national[1..] : national;
}
