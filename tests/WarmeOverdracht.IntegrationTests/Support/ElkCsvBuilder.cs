using System.Text;

namespace WarmeOverdracht.IntegrationTests.Support;

/// <summary>Builds a small ELK export as CSV, one pupil per call, with sensible defaults.</summary>
public sealed class ElkCsvBuilder
{
    private const string Header =
        "ELK-nummer;Voornaam;Tussenvoegsel;Achternaam;BRIN PO;Naam PO-school;E-mail PO-school;BRIN VO;Naam VO-school;" +
        "E-mail VO-school;Contactpersoon PO;Mobiel contactpersoon;Warme overdracht;Toestemming ouders";

    private readonly List<string> rows = [];

    public ElkCsvBuilder Pupil(
        string elkNumber,
        string lastName = "Jansen",
        string primaryCode = "11AA00",
        string? secondaryCode = "22BB00",
        string contact = "Marieke Bos",
        string mobile = "06-12345678",
        bool flagged = true,
        bool consent = true)
    {
        rows.Add(string.Join(';',
            elkNumber, "Zoë", "van 't", lastName, primaryCode, $"Basisschool {primaryCode}",
            $"po-{primaryCode}@example.org",
            secondaryCode ?? "", secondaryCode is null ? "" : $"College {secondaryCode}",
            secondaryCode is null ? "" : $"vo-{secondaryCode}@example.org", contact, mobile, flagged ? "Ja" : "Nee",
            consent ? "Ja" : "Nee"));
        return this;
    }

    public byte[] Build() => Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Prepend(Header)));
}
