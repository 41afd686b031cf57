namespace WarmeOverdracht.SampleExport;

/// <summary>Invented names. Any likeness to a real person or school is chance.</summary>
internal static class SampleNames
{
    public static readonly string[] PupilFirstNames =
    [
        "Zoë", "Daniël", "Ayşe", "Noël", "Chloë", "Joël", "Inès", "Maël", "Anaïs", "Rafaël", "Sem", "Daan",
        "Noah", "Lieke", "Mila", "Yara", "Emir", "Youssef", "Aya", "Liam", "Saar", "Tijn", "Anouk", "Ömer",
        "Zeynep", "Thuy", "Minh", "Fleur", "Julia", "Luuk", "Finn", "Nora", "Sofie", "Mees", "Jesse", "Lotte",
        "Eva", "Bram", "Hiba", "Imane", "Mohamed", "Rayan", "Priya", "Arjun", "Kenji", "Ilse", "Femke", "Jasper",
        "Ruben", "Tess", "Isa", "Amira", "Björn", "Léa", "Hüseyin", "Elif", "Mats", "Floor", "Puck", "Stijn",
    ];

    public static readonly string[] AdultFirstNames =
    [
        "Marloes", "Sanne", "Joost", "Iris", "Mehmet", "Fatima", "Bas", "Ingrid", "Hanneke", "Karim", "Wendy",
        "Gert-Jan", "Renée", "Mirjam", "Pieter", "Esmée", "Annelies", "Hatice", "Roel", "Désirée", "Nadia",
        "Wouter", "Chantal", "Thijs",
    ];

    /// <summary>Surnames with their tussenvoegsel, written as a school administration would.</summary>
    public static readonly (string Prefix, string Name)[] Surnames =
    [
        ("", "Jansen"), ("de", "Vries"), ("van", "Dijk"), ("van der", "Meer"), ("van 't", "Hof"), ("ter", "Horst"),
        ("van den", "Berg"), ("", "Çelik"), ("", "Nguyễn"), ("", "Yılmaz"), ("", "El Idrissi"), ("", "Bakker"),
        ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("", "Mulder"), ("de", "Boer"), ("", "Bos"), ("", "Vos"),
        ("", "Peters"), ("", "Hendriks"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Kramer"),
        ("", "Hoekstra"), ("", "Postma"), ("", "Verhoeven"), ("", "Kok"), ("", "Öztürk"), ("", "Bouzid"),
        ("van", "Leeuwen"), ("", "Trần"), ("", "Kowalski"), ("de", "Graaf"), ("van 't", "Veld"), ("ter", "Beek"),
        ("van der", "Linden"), ("", "Şahin"), ("", "Ramdin"), ("", "Sanches"), ("den", "Hartog"), ("", "Willems"),
        ("", "Groenewegen"), ("van", "Beek"), ("", "Claassen"), ("in 't", "Zandt"), ("", "Aydın"),
    ];

    public static readonly string[] PrimarySchoolKinds =
        ["OBS", "CBS", "RKBS", "Daltonschool", "Montessorischool", "Jenaplanschool", "Basisschool", "IKC"];

    public static readonly string[] PrimaryAdjectives =
    [
        "Zingende", "Dansende", "Dwarse", "Rijzende", "Wuivende", "Springende", "Zoemende", "Knipogende",
        "Verre",
    ];

    public static readonly string[] PrimaryNouns =
        ["Lisdodde", "Meerkoet", "Kievit", "Wilg", "Krakeling", "Fuut", "Libel", "Dotterbloem", "Zwaluw", "Egel"];

    public static readonly string[] SecondarySchoolNames =
    [
        "Lisdodde College", "Kievitsbloem Lyceum", "Scholengemeenschap De Rietkraag", "Vakcollege De Meerkoet",
        "Zilverschoon Gymnasium", "Waterlelie Mavo", "Het Populierencollege", "Dotterbloem Lyceum",
        "Veenpluis College", "Krabbenscheer Scholengemeenschap",
    ];

    /// <summary>How much more popular one VO school is than the next: a few schools take most pupils.</summary>
    public static readonly int[] SecondaryPopularity = [26, 20, 14, 10, 8, 7, 6, 4, 3, 2];

    public static readonly string[] FlagReasons =
    [
        "Dyslexie; extra tijd en vergrote teksten bij toetsen.",
        "Faalangst, vooral bij toetsen.",
        "Thuissituatie vraagt aandacht; contact via intern begeleider.",
        "ADHD; heeft baat bij vaste structuur en een vaste plek.",
        "Sociaal-emotionele ondersteuning; werkt met een maatje.",
        "Eigen leerlijn rekenen vanaf groep 6.",
        "Meer- en hoogbegaafd; loopt vast op motivatie.",
        "Taalontwikkeling (NT2); woordenschat blijft achter.",
        "Begeleiding vanuit jeugdhulp loopt door.",
        "Auditieve verwerkingsproblemen; instructie ook op papier.",
        "Veel verzuim dit schooljaar.",
        "Prikkelgevoelig; rustige werkplek helpt.",
    ];
}
