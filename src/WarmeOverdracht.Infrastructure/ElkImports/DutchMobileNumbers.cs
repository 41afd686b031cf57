using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Reads a phone number as written in an export with libphonenumber (region NL) and accepts it only
/// when it is a Dutch mobile number: <c>06-12345678</c>, <c>+31 6 1234 5678</c>, <c>0031612345678</c>
/// and <c>+31 (0)6 12345678</c> all become <c>+31612345678</c>.
/// </summary>
public static class DutchMobileNumbers
{
    private const string Region = "NL";

    /// <summary>Digits of a Dutch mobile number after the country code: 6 and eight more.</summary>
    private const int MobileDigits = 9;

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool TryParse(string? text, [NotNullWhen(true)] out MobileNumber? number, out string error)
    {
        number = null;
        if (!TryParseAny(text, out var parsed, out error))
        {
            return false;
        }

        error = Check(parsed);
        if (error.Length > 0)
        {
            return false;
        }

        return MobileNumber.TryParse(Util.Format(parsed, PhoneNumberFormat.E164), out number, out error);
    }

    private static bool TryParseAny(string? text, [NotNullWhen(true)] out PhoneNumber? parsed, out string error)
    {
        parsed = null;
        error = string.Empty;
        var cleaned = (text ?? string.Empty).Replace("(0)", " ", StringComparison.Ordinal).Trim();
        if (cleaned.Length == 0)
        {
            error = "Er is geen mobiel nummer ingevuld.";
            return false;
        }

        try
        {
            parsed = Util.Parse(cleaned, Region);
            return true;
        }
        catch (NumberParseException)
        {
            error = "Dit is geen telefoonnummer.";
            return false;
        }
    }

    private static string Check(PhoneNumber parsed)
    {
        if (parsed.CountryCode != 31)
        {
            return "Dit is geen Nederlands telefoonnummer.";
        }

        var national = Util.GetNationalSignificantNumber(parsed);
        if (Util.IsPossibleNumberWithReason(parsed) == PhoneNumberUtil.ValidationResult.TOO_SHORT
            || (national.StartsWith('6') && national.Length < MobileDigits))
        {
            return "Dit nummer is te kort; een mobiel nummer heeft 10 cijfers, zoals 06-12345678.";
        }

        if (national.StartsWith('6') && national.Length > MobileDigits)
        {
            return "Dit nummer is te lang; een mobiel nummer heeft 10 cijfers, zoals 06-12345678.";
        }

        if (!Util.IsValidNumber(parsed))
        {
            return "Dit is geen geldig telefoonnummer; een mobiel nummer heeft 10 cijfers, zoals 06-12345678.";
        }

        return Util.GetNumberType(parsed) == PhoneNumberType.MOBILE
            ? string.Empty
            : "Dit is geen mobiel nummer (06-nummer); vaste nummers kunnen niet.";
    }
}
