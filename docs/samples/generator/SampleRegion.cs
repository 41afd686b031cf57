using System.Globalization;

namespace WarmeOverdracht.SampleExport;

/// <summary>
/// A synthetic region: about 45 PO schools, 10 VO schools of very different popularity, about 1,500
/// group-8 pupils of whom a quarter are flagged. Every name and school is invented; e-mail addresses
/// use the reserved domain example.org.
/// </summary>
internal sealed class SampleRegion(int seed)
{
    public const int FlagColumn = 13;

    public static readonly string[] Headers =
    [
        "ELK-nummer", "Voornaam", "Tussenvoegsel", "Achternaam", "Geboortedatum", "BRIN PO", "Naam PO-school",
        "E-mail PO-school", "BRIN VO", "Naam VO-school", "E-mail VO-school", "Contactpersoon PO",
        "Mobiel contactpersoon", "Warme overdracht", "Reden warme overdracht", "Toestemming ouders",
    ];

    private static readonly string[] FirstNames =
    [
        "Zoë", "Daniël", "Ayşe", "Noël", "Emma", "Sem", "Liam", "Julia", "Mila", "Noah", "Tess", "Lucas", "Saar",
        "Mohammed", "Fatma", "Yusuf", "Anouk", "Bram", "Chloë", "Joëlle", "Thijs", "Finn", "Isa", "Lotte", "Sven",
        "Eliza", "Ilse", "Rüya", "Mehmet", "Ngọc Anh", "Thảo", "Björn", "Renée", "Maëlle", "Jesús", "Ana-Lucía",
    ];

    private static readonly (string? Prefix, string Name)[] LastNames =
    [
        (null, "Jansen"), ("de", "Vries"), ("van", "Dijk"), ("van der", "Berg"), ("van 't", "Hof"), ("ter", "Horst"),
        (null, "Bakker"), (null, "Çelik"), (null, "Nguyễn"), (null, "Yılmaz"), ("de", "Jong"), (null, "Visser"),
        ("van den", "Broek"), (null, "Smit"), (null, "Meijer"), ("El", "Amrani"), (null, "Öztürk"), (null, "Mulder"),
        ("van", "Leeuwen"), (null, "Kramer"), (null, "D'Souza"), (null, "Groot-Hertog"), ("op den", "Kamp"),
        (null, "Brouwer"), (null, "Trần"), ("de la", "Cruz"), (null, "Hoekstra"), ("van 't", "Zand"),
    ];

    private static readonly string[] SchoolWords =
    [
        "De Zeepbel", "Het Knikkerveld", "De Vliegerwei", "Het Wolkenhuis", "De Boomhut", "De Kikkerpoel",
        "Het Zandkasteel", "De Tolbrug", "De Speelwei", "Het Lampionnetje", "De Paddenstoel", "Het Molenrad",
        "De Waterspin", "De Rupsvlinder", "Het Klaverveld", "De Kompasroos", "De Lichtboei", "Het Dijkhuisje",
        "De Ooievaar", "Het Wilgenkatje",
    ];

    private static readonly string[] Districts = ["Noord", "Zuid", "Oost", "West", "Centrum"];

    private static readonly string[] SecondaryNames =
    [
        "Zilverreiger College", "Waterlelie Lyceum", "Meerkoet College", "Rietgors College", "Oeverzwaluw College",
        "Dijkpaal Lyceum", "Polderwind College", "Kwelder College", "Veenmol College", "Stroomdal College",
    ];

    private static readonly string[] Reasons =
    [
        "Dyslexie; begeleiding bij lezen", "Faalangst bij toetsen", "Sociaal-emotioneel: moeite met contact",
        "Ontwikkelingsperspectief rekenen", "Ondersteuning bij plannen en organiseren", "Thuissituatie vraagt aandacht",
        "Hoogbegaafd, onderpresteert", "ADHD; werkt goed met vaste structuur", "",
    ];

    private readonly Random random = new(seed);

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WarmeOverdracht.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }

    public List<string[]> Generate()
    {
        var secondary = Enumerable.Range(0, 10).Select(i => School(i, secondary: true)).ToList();
        var weights = secondary.Select((_, i) => 1.0 / (i + 1)).ToArray();
        var rows = new List<string[]>();
        var elkNumber = 2_700_001;
        for (var p = 0; p < 45; p++)
        {
            var school = School(p, secondary: false);
            var contacts = Contacts(p);
            var pupils = 22 + random.Next(0, 23);
            for (var i = 0; i < pupils; i++)
            {
                var contact = contacts[i % contacts.Count];
                rows.Add(Pupil(elkNumber++, school, contact, Pick(secondary, weights)));
            }
        }

        return rows;
    }

    private string[] Pupil(
        int elkNumber, SchoolInfo primary, (string Name, string Mobile) contact, SchoolInfo secondary)
    {
        var (prefix, lastName) = LastNames[random.Next(LastNames.Length)];
        var flagged = random.NextDouble() < 0.25;
        var placed = random.NextDouble() >= 0.02;
        var consent = flagged ? random.NextDouble() < 0.9 : random.NextDouble() < 0.5;
        var birth = new DateOnly(2014, 10, 1).AddDays(random.Next(0, 365));
        return
        [
            elkNumber.ToString(CultureInfo.InvariantCulture), FirstNames[random.Next(FirstNames.Length)], prefix ?? "",
            lastName, birth.ToString("d-M-yyyy", CultureInfo.InvariantCulture),
            primary.Code, primary.Name, primary.Email,
            placed ? secondary.Code : "", placed ? secondary.Name : "", placed ? secondary.Email : "",
            contact.Name, contact.Mobile, flagged ? "Ja" : "Nee", flagged ? Reasons[random.Next(Reasons.Length)] : "",
            consent ? "Ja" : "Nee",
        ];
    }

    private SchoolInfo School(int index, bool secondary)
    {
        var code = string.Create(CultureInfo.InvariantCulture,
            $"{(secondary ? 20 : 10) + index / 26:00}{(char)('A' + index % 26)}{(char)('A' + (index * 7 + 3) % 26)}00");
        var name = secondary ? SecondaryNames[index] : PrimaryName(index);
        return new SchoolInfo(code, name, $"{(secondary ? "vo" : "po")}-{code[..4].ToLowerInvariant()}@example.org");
    }

    private static string PrimaryName(int index) => index < SchoolWords.Length
        ? $"Basisschool {SchoolWords[index]}"
        : $"Basisschool {SchoolWords[index % SchoolWords.Length]} {Districts[index % Districts.Length]}";

    private List<(string Name, string Mobile)> Contacts(int schoolIndex)
    {
        var count = schoolIndex % 5 == 2 ? 2 : 1;
        return Enumerable.Range(0, count).Select(_ =>
        {
            var (prefix, lastName) = LastNames[random.Next(LastNames.Length)];
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {(prefix is null ? "" : prefix + " ")}{lastName}";
            return (name, Mobile());
        }).ToList();
    }

    /// <summary>A mobile number (06-1… to 06-5…; 066 numbers are pagers), written one of three usual ways.</summary>
    private string Mobile()
    {
        var digits = random.Next(10_000_000, 59_999_999).ToString(CultureInfo.InvariantCulture);
        return random.Next(3) switch
        {
            0 => $"06-{digits}",
            1 => $"+31 6 {digits[..4]} {digits[4..]}",
            _ => $"06{digits}",
        };
    }

    private SchoolInfo Pick(List<SchoolInfo> schools, double[] weights)
    {
        var target = random.NextDouble() * weights.Sum();
        for (var i = 0; i < schools.Count; i++)
        {
            target -= weights[i];
            if (target <= 0)
            {
                return schools[i];
            }
        }

        return schools[^1];
    }

    private sealed record SchoolInfo(string Code, string Name, string Email);
}
