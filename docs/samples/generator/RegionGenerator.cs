using System.Globalization;

namespace WarmeOverdracht.SampleExport;

/// <summary>Makes the same synthetic region every time: all choices come from one seeded random source.</summary>
internal sealed class RegionGenerator(int seed)
{
    public const int PrimarySchoolCount = 45;
    public const int SchoolsWithTwoContacts = 8;

    /// <summary>The PO school (by position) that flags far more of its pupils than the guideline asks.</summary>
    private const int EagerFlaggingSchool = 6;

    private readonly Random random = new(seed);
    private readonly HashSet<string> usedCodes = [];
    private readonly HashSet<string> usedElkNumbers = [];

    public SampleRegion Generate()
    {
        var primarySchools = PrimarySchools();
        var secondarySchools = SampleNames.SecondarySchoolNames.Select(name => School("vo", name)).ToList();
        var shuffled = Enumerable.Range(0, PrimarySchoolCount).ToArray();
        random.Shuffle(shuffled);
        var twoContacts = shuffled.Take(SchoolsWithTwoContacts).ToHashSet();

        var contacts = new List<SampleContact>();
        var pupils = new List<SamplePupil>();
        for (var index = 0; index < primarySchools.Count; index++)
        {
            var schoolContacts = Enumerable.Range(0, twoContacts.Contains(index) ? 2 : 1).Select(_ => Contact())
                .ToList();
            var flagRate = index == EagerFlaggingSchool ? 0.7 : 0.12 + (random.NextDouble() * 0.24);
            pupils.AddRange(Pupils(primarySchools[index], schoolContacts, secondarySchools, flagRate));
            contacts.AddRange(schoolContacts);
        }

        var ordered = pupils.OrderBy(pupil => pupil.PrimarySchool.Code, StringComparer.Ordinal)
            .ThenBy(pupil => pupil.LastName, StringComparer.Ordinal)
            .ThenBy(pupil => pupil.FirstName, StringComparer.Ordinal)
            .ToList();
        return new SampleRegion(primarySchools, secondarySchools, contacts, ordered);
    }

    private List<SampleSchool> PrimarySchools()
    {
        var names = SampleNames.PrimaryAdjectives
            .SelectMany(adjective => SampleNames.PrimaryNouns.Select(noun => $"De {adjective} {noun}"))
            .ToArray();
        random.Shuffle(names);
        return names.Take(PrimarySchoolCount)
            .Select(name => School("po", $"{Pick(SampleNames.PrimarySchoolKinds)} {name}"))
            .ToList();
    }

    private SampleSchool School(string sector, string name)
    {
        string brin;
        do
        {
            brin = $"{random.Next(10, 100)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
        }
        while (!usedCodes.Add(brin));

        return new SampleSchool(brin + "00", name, $"{sector}-{brin.ToLowerInvariant()}@example.org");
    }

    private SampleContact Contact()
    {
        var (prefix, surname) = Pick(SampleNames.Surnames);
        var name = string.Join(' ', new[] { Pick(SampleNames.AdultFirstNames), prefix, surname }
            .Where(part => part.Length > 0));
        return new SampleContact(name, MobileNumber());
    }

    /// <summary>A valid Dutch mobile number (06-1 to 06-5; 06-6 is for pagers), written one of the usual
    /// ways.</summary>
    private string MobileNumber()
    {
        var digits = $"{random.Next(1, 6)}{random.Next(0, 10_000_000):D7}";
        return random.Next(4) switch
        {
            0 => $"06-{digits}",
            1 => $"+31 6 {digits[..4]} {digits[4..]}",
            2 => $"06{digits}",
            _ => $"06 {digits[..2]} {digits[2..4]} {digits[4..6]} {digits[6..]}",
        };
    }

    private IEnumerable<SamplePupil> Pupils(SampleSchool school, List<SampleContact> contacts,
        List<SampleSchool> secondarySchools, double flagRate)
    {
        var count = random.Next(12, 54);
        for (var index = 0; index < count; index++)
        {
            var contact = contacts[index * contacts.Count / count];
            var flagged = random.NextDouble() < flagRate;
            var secondary = random.NextDouble() < 0.006 ? null : Popular(secondarySchools);
            yield return Pupil(school, secondary, contact, flagged);
        }
    }

    private SamplePupil Pupil(SampleSchool school, SampleSchool? secondary, SampleContact contact, bool flagged)
    {
        var (prefix, surname) = Pick(SampleNames.Surnames);
        return new SamplePupil(
            ElkNumber(),
            Pick(SampleNames.PupilFirstNames),
            prefix,
            surname,
            BirthDate(),
            school,
            secondary,
            contact,
            flagged,
            flagged && random.NextDouble() < 0.85 ? Pick(SampleNames.FlagReasons) : "",
            flagged && random.NextDouble() < 0.9);
    }

    private string ElkNumber()
    {
        string number;
        do
        {
            number = random.Next(2_100_000, 3_000_000).ToString(CultureInfo.InvariantCulture);
        }
        while (!usedElkNumbers.Add(number));

        return number;
    }

    /// <summary>Group 8 in 2026-2027: born October 2014 to September 2015, a few a year earlier.</summary>
    private DateOnly BirthDate()
    {
        var first = random.NextDouble() < 0.05 ? new DateOnly(2013, 10, 1) : new DateOnly(2014, 10, 1);
        return first.AddDays(random.Next(365));
    }

    private SampleSchool Popular(List<SampleSchool> schools)
    {
        var ticket = random.Next(SampleNames.SecondaryPopularity.Sum());
        var index = 0;
        while (ticket >= SampleNames.SecondaryPopularity[index])
        {
            ticket -= SampleNames.SecondaryPopularity[index++];
        }

        return schools[index];
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
