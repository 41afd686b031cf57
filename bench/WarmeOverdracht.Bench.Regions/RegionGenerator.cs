using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.Bench.Regions;

/// <summary>
/// Makes a synthetic region from a seed: two handover days 08:30–12:00 and 13:00–16:30, PO schools of
/// different sizes of which about one in five has two contacts (phone lines), and VO schools whose
/// popularity falls off steeply (a few schools take most pupils, as in real regions).
/// </summary>
public static class RegionGenerator
{
    public const int FirstSecondarySchoolId = 1_000;

    private static readonly DateOnly FirstDay = new(2027, 6, 14);

    public static Region Generate(RegionSize size, int seed)
    {
        var random = new Random(seed);
        var primarySchools = PrimarySchools(size, random);
        var secondarySchools = Enumerable.Range(FirstSecondarySchoolId, size.SecondarySchools).ToArray();
        var pupils = Pupils(size, primarySchools, random);
        return new Region($"{size.Name}-{seed}", primarySchools, secondarySchools, pupils, Days());
    }

    public static IReadOnlyList<DayWindows> Days() =>
    [
        .. Enumerable.Range(0, 2).Select(day => new DayWindows(
            FirstDay.AddDays(day),
            [
                new Window(new TimeOnly(8, 30), new TimeOnly(12, 0)),
                new Window(new TimeOnly(13, 0), new TimeOnly(16, 30)),
            ])),
    ];

    private static RegionPrimarySchool[] PrimarySchools(RegionSize size, Random random) =>
    [
        .. Enumerable.Range(1, size.PrimarySchools).Select(school => new RegionPrimarySchool(
            school, random.Next(5) == 0 ? [school * 10 + 1, school * 10 + 2] : [school * 10 + 1])),
    ];

    private static RegionPupil[] Pupils(RegionSize size, RegionPrimarySchool[] schools, Random random)
    {
        var schoolWeights = schools.Select(_ => 1.0 + random.Next(4)).ToArray();
        var popularity = Enumerable.Range(1, size.SecondarySchools).Select(rank => 1.0 / rank).ToArray();
        var pupils = new RegionPupil[size.Pupils];
        for (var i = 0; i < pupils.Length; i++)
        {
            var school = schools[Pick(schoolWeights, random)];
            var line = school.PhoneLineIds[random.Next(school.PhoneLineIds.Count)];
            var secondary = FirstSecondarySchoolId + Pick(popularity, random);
            pupils[i] = new RegionPupil(i + 1, school.Id, line, secondary);
        }

        return pupils;
    }

    private static int Pick(double[] weights, Random random)
    {
        var target = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
