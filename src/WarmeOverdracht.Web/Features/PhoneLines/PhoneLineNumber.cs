using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Web.Features.PhoneLines;

/// <summary>
/// The number a PO contact registers: a Dutch mobile number by the domain's own rules, or a foreign
/// mobile number (written with + or 00 and a country code) checked with libphonenumber. Stored as E.164.
/// </summary>
public static class PhoneLineNumber
{
    private const string NotMobile =
        "Dit is geen geldig buitenlands mobiel nummer. Schrijf het met landcode, zoals +32 470 12 34 56.";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool TryNormalise(string? input, [NotNullWhen(true)] out string? e164, out string error)
    {
        if (MobileNumber.TryParse(input, out var dutch, out error))
        {
            e164 = dutch.Value;
            return true;
        }

        e164 = null;
        var international = International(input);
        if (international is null)
        {
            return false;
        }

        try
        {
            var number = Util.Parse(international, null);
            var mobile = Util.GetNumberType(number)
                is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE;
            if (!Util.IsValidNumber(number) || !mobile)
            {
                error = NotMobile;
                return false;
            }

            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            error = NotMobile;
            return false;
        }
    }

    /// <summary>The input with a leading +, when it is written with a country code other than 31.</summary>
    private static string? International(string? input)
    {
        var text = (input ?? "").Trim();
        var plus = text.StartsWith("00", StringComparison.Ordinal) ? "+" + text[2..] : text;
        var digits = new string(plus.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        return digits.StartsWith('+') && !digits.StartsWith("+31", StringComparison.Ordinal) ? plus : null;
    }
}
