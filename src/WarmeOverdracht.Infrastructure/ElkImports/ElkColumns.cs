using System.Globalization;
using System.Text;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>The fields of an ELK export and the header names each is recognised by.</summary>
internal enum ElkField
{
    ElkNumber,
    FirstName,
    NamePrefix,
    LastName,
    BirthDate,
    PrimarySchoolCode,
    PrimarySchoolName,
    PrimarySchoolEmail,
    SecondarySchoolCode,
    SecondarySchoolName,
    SecondarySchoolEmail,
    ContactName,
    ContactMobile,
    Flagged,
    FlagReason,
    ParentConsent,
}

internal sealed record ElkColumn(ElkField Field, string Name, bool Required, IReadOnlyList<string> Aliases);

internal static class ElkColumns
{
    public static readonly IReadOnlyList<ElkColumn> All =
    [
        new(ElkField.ElkNumber, "ELK-nummer", true,
            ["ELK-nummer", "ELK nr", "ELK-id", "ELK leerlingnummer", "Leerlingnummer"]),
        new(ElkField.FirstName, "Voornaam", true, ["Voornaam", "Roepnaam", "Voornaam leerling"]),
        new(ElkField.NamePrefix, "Tussenvoegsel", false, ["Tussenvoegsel", "Tussenvoegsels", "Voorvoegsel"]),
        new(ElkField.LastName, "Achternaam", true, ["Achternaam", "Naam", "Achternaam leerling", "Geslachtsnaam"]),
        new(ElkField.BirthDate, "Geboortedatum", false, ["Geboortedatum", "Geb. datum", "Geboren"]),
        new(ElkField.PrimarySchoolCode, "BRIN PO", true,
            ["BRIN PO", "BRIN basisschool", "BRIN/vestiging PO", "BRIN PO-school", "BRIN school van herkomst"]),
        new(ElkField.PrimarySchoolName, "Naam PO-school", true,
            ["Naam PO-school", "PO-school", "Basisschool", "Naam basisschool", "School van herkomst"]),
        new(ElkField.PrimarySchoolEmail, "E-mail PO-school", false,
            ["E-mail PO-school", "E-mail basisschool", "Email PO"]),
        new(ElkField.SecondarySchoolCode, "BRIN VO", false,
            ["BRIN VO", "BRIN VO-school", "BRIN/vestiging VO", "BRIN school van plaatsing"]),
        new(ElkField.SecondarySchoolName, "Naam VO-school", false,
            ["Naam VO-school", "VO-school", "School van plaatsing", "Naam school van plaatsing"]),
        new(ElkField.SecondarySchoolEmail, "E-mail VO-school", false, ["E-mail VO-school", "Email VO"]),
        new(ElkField.ContactName, "Contactpersoon PO", false,
            ["Contactpersoon PO", "Contactpersoon", "Leerkracht groep 8", "Naam contactpersoon"]),
        new(ElkField.ContactMobile, "Mobiel contactpersoon", false,
            [
                "Mobiel contactpersoon", "Mobiel nummer", "Mobiel", "Telefoon contactpersoon",
                "06-nummer contactpersoon",
            ]),
        new(ElkField.Flagged, "Warme overdracht", false,
            ["Warme overdracht", "Warme overdracht gewenst", "Aangemeld warme overdracht"]),
        new(ElkField.FlagReason, "Reden warme overdracht", false, ["Reden warme overdracht", "Reden", "Toelichting"]),
        new(ElkField.ParentConsent, "Toestemming ouders", false,
            ["Toestemming ouders", "Toestemming", "Toestemming ouderportaal", "Akkoord ouders"]),
    ];

    private static readonly Dictionary<string, ElkColumn> ByKey = All
        .SelectMany(c => c.Aliases.Select(a => (Key: Key(a), Column: c)))
        .ToDictionary(a => a.Key, a => a.Column);

    public static ElkColumn? Recognise(string header) => ByKey.GetValueOrDefault(Key(header));

    /// <summary>Lower case letters and digits only, accents removed: "E-mail PO-school" → "emailposchool".</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
