using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.UnitTests.Scheduling;

internal sealed record RegionSize(int PrimarySchools, int SecondarySchools, int Pupils)
{
    public static readonly RegionSize Small = new(50, 12, 400);

    public static readonly RegionSize Large = new(320, 80, 2400);
}

// A made-up region from a seed: handover days (two unless told), PO schools of different sizes of which some
// have two phone lines, VO schools whose popularity falls off steeply, and a few lines away for an hour.
internal static class RegionGenerator
{
    public const int FirstSecondarySchoolId = 1000;

    public static ProblemBuilder Region(RegionSize size, int seed, int days = 2)
    {
        var random = new Random(seed);
        var builder = new ProblemBuilder();
        for (var day = 0; day < days; day++)
        {
            builder.WithDay("08:30-12:00", "12:30-16:00");
        }

        var lines = PhoneLinesPerSchool(size, random);
        var pupilsPerLine = SpreadPupils(size, lines, random);
        AddBlocks(builder, size, pupilsPerLine, random);
        AddUnavailability(builder, pupilsPerLine.Keys, days, random);
        return builder;
    }

    private static List<int[]> PhoneLinesPerSchool(RegionSize size, Random random)
    {
        return Enumerable.Range(1, size.PrimarySchools)
            .Select(school => random.Next(4) == 0 ? new[] { school * 10 + 1, school * 10 + 2 } : [school * 10 + 1])
            .ToList();
    }

    private static SortedDictionary<int, int> SpreadPupils(RegionSize size, List<int[]> lines, Random random)
    {
        var weights = lines.Select(_ => 1 + random.Next(4)).ToArray();
        var pupilsPerLine = new SortedDictionary<int, int>();
        for (var pupil = 0; pupil < size.Pupils; pupil++)
        {
            var school = Pick(weights.Select(weight => (double)weight).ToArray(), random);
            var line = lines[school][random.Next(lines[school].Length)];
            pupilsPerLine[line] = pupilsPerLine.GetValueOrDefault(line) + 1;
        }

        return pupilsPerLine;
    }

    private static void AddBlocks(
        ProblemBuilder builder, RegionSize size, SortedDictionary<int, int> pupilsPerLine, Random random)
    {
        var popularity = Enumerable.Range(1, size.SecondarySchools).Select(rank => 1.0 / rank).ToArray();
        foreach (var (line, pupils) in pupilsPerLine)
        {
            var perSchool = new SortedDictionary<int, int>();
            for (var pupil = 0; pupil < pupils; pupil++)
            {
                var school = FirstSecondarySchoolId + Pick(popularity, random);
                perSchool[school] = perSchool.GetValueOrDefault(school) + 1;
            }

            foreach (var (school, count) in perSchool)
            {
                builder.WithBlock(line, school, count);
            }
        }
    }

    private static void AddUnavailability(ProblemBuilder builder, IEnumerable<int> lines, int days, Random random)
    {
        foreach (var line in lines.Where(_ => random.Next(10) == 0))
        {
            var hour = 9 + random.Next(6);
            builder.WithUnavailable(line, $"{hour:00}:00-{hour + 1:00}:00", random.Next(days));
        }
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
