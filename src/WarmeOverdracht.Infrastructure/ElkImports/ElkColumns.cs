using System.Text;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>The fields an ELK export row can hold, one per <see cref="ElkRow"/> value.</summary>
public enum ElkField
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

/// <summary>One expected column: its Dutch name as shown to users, whether it must be present, and other
/// header names that mean the same.</summary>
public sealed record ElkColumn(ElkField Field, string Name, bool Required, IReadOnlyList<string> Aliases);

/// <summary>
/// The columns of an ELK export. Headers match by name whatever their case, spacing, punctuation or
/// accents: <c>ELK-nummer</c>, <c>elk nummer</c> and <c>ELK_NUMMER</c> are the same column.
/// </summary>
public static class ElkColumns
{
    /// <summary>All columns, in the order of <see cref="ElkField"/>.</summary>
    public static IReadOnlyList<ElkColumn> All { get; } =
    [
        new(ElkField.ElkNumber, "ELK-nummer", true,
            ["ELK nr", "ELK-id", "Leerlingnummer", "Leerlingnr", "Leerling-id", "ELK leerlingnummer"]),
        new(ElkField.FirstName, "Voornaam", true, ["Roepnaam", "Voornaam leerling", "Roepnaam leerling"]),
        new(ElkField.NamePrefix, "Tussenvoegsel", false, ["Tussenvoegsels", "Voorvoegsel", "Tussenv"]),
        new(ElkField.LastName, "Achternaam", true, ["Achternaam leerling", "Geslachtsnaam", "Familienaam"]),
        new(ElkField.BirthDate, "Geboortedatum", false, ["Geb. datum", "Geboren", "Geboortedatum leerling"]),
        new(ElkField.PrimarySchoolCode, "BRIN PO", true,
            ["BRIN basisschool", "BRIN/vestiging PO", "BRIN PO-school", "BRIN school van herkomst"]),
        new(ElkField.PrimarySchoolName, "Naam PO-school", true,
            ["PO-school", "Basisschool", "Naam basisschool", "School van herkomst"]),
        new(ElkField.PrimarySchoolEmail, "E-mail PO-school", false,
            ["E-mail PO", "E-mailadres PO-school", "E-mail basisschool"]),
        new(ElkField.SecondarySchoolCode, "BRIN VO", false,
            ["BRIN VO-school", "BRIN/vestiging VO", "BRIN school van plaatsing"]),
        new(ElkField.SecondarySchoolName, "Naam VO-school", false,
            ["VO-school", "School van plaatsing", "Naam school van plaatsing"]),
        new(ElkField.SecondarySchoolEmail, "E-mail VO-school", false, ["E-mail VO", "E-mailadres VO-school"]),
        new(ElkField.ContactName, "Contactpersoon PO", false,
            ["Contactpersoon", "Naam contactpersoon", "Leerkracht groep 8", "Intern begeleider"]),
        new(ElkField.ContactMobile, "Mobiel contactpersoon", false,
            ["Mobiel", "Mobiel nummer", "Mobiel nummer contactpersoon", "Telefoon contactpersoon"]),
        new(ElkField.Flagged, "Warme overdracht", false, ["Warme overdracht gewenst", "Aangemeld warme overdracht"]),
        new(ElkField.FlagReason, "Reden warme overdracht", false,
            ["Reden", "Toelichting warme overdracht", "Reden aanmelding"]),
        new(ElkField.ParentConsent, "Toestemming ouders", false,
            ["Toestemming", "Toestemming ouders warme overdracht", "Ouders akkoord"]),
    ];

    // Declared after All: static initialisers run in text order.
    private static readonly Dictionary<string, ElkField> ByKey = BuildLookup();

    /// <summary>The column that <paramref name="field"/> is read from.</summary>
    public static ElkColumn Get(ElkField field) => All[(int)field];

    /// <summary>The longest text the database keeps for a field; longer values are reported, never cut.</summary>
    public static int? MaxLength(ElkField field) => field switch
    {
        ElkField.ElkNumber => 32,
        ElkField.FirstName => 100,
        ElkField.NamePrefix => 30,
        ElkField.LastName => 150,
        ElkField.PrimarySchoolName or ElkField.SecondarySchoolName or ElkField.ContactName => 200,
        ElkField.PrimarySchoolEmail or ElkField.SecondarySchoolEmail => 254,
        ElkField.FlagReason => 2000,
        _ => null,
    };

    /// <summary>The field a header names, or null when the header is not one of ours.</summary>
    public static ElkField? Match(string header) =>
        ByKey.TryGetValue(Key(header), out var field) ? field : null;

    /// <summary>The comparable form of a header: lower case letters and digits only, accents removed.</summary>
    internal static string Key(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static Dictionary<string, ElkField> BuildLookup()
    {
        var lookup = new Dictionary<string, ElkField>(StringComparer.Ordinal);
        foreach (var column in All)
        {
            foreach (var name in column.Aliases.Prepend(column.Name))
            {
                lookup.Add(Key(name), column.Field);
            }
        }

        return lookup;
    }
}
