using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Domain.SchoolYears;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Bench.Publish;

/// <summary>
/// Fills a fresh database with a seeded region: PO and VO schools with addresses, one or two phone lines
/// per PO school, flagged pupils with consent placed at VO schools (some VO schools far more popular),
/// and a school year with two handover days.
/// </summary>
internal sealed class RegionSeeder(int primaryCount, int secondaryCount, int pupilCount, int seed)
{
    private static readonly DateTimeOffset SeededAt = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly Random _random = new(seed);

    public async Task<int> SeedAsync(WarmeOverdrachtDbContext db)
    {
        var year = SchoolYear();
        db.SchoolYears.Add(year);
        var secondary = Enumerable.Range(1, secondaryCount).Select(i => School(i, SchoolSector.Secondary)).ToList();
        var primary = Enumerable.Range(1, primaryCount).Select(i => School(i, SchoolSector.Primary)).ToList();
        db.Schools.AddRange(secondary.Concat(primary));
        await db.SaveChangesAsync();

        foreach (var school in primary)
        {
            AddLines(school);
        }

        await db.SaveChangesAsync();
        db.Pupils.AddRange(Enumerable.Range(1, pupilCount).Select(i => Pupil(i, year.Id, primary, secondary)));
        await db.SaveChangesAsync();
        return year.Id;
    }

    private static SchoolYear SchoolYear()
    {
        var year = new SchoolYear { Name = "2026-2027", RequestDeadline = new DateOnly(2027, 4, 1) };
        foreach (var date in new[] { new DateOnly(2027, 5, 18), new DateOnly(2027, 5, 19) })
        {
            var day = new HandoverDay { Date = date };
            day.Windows.Add(new TimeWindow { Start = new TimeOnly(8, 30), End = new TimeOnly(12, 0) });
            day.Windows.Add(new TimeWindow { Start = new TimeOnly(13, 0), End = new TimeOnly(16, 0) });
            year.Days.Add(day);
        }

        return year;
    }

    private static School School(int number, SchoolSector sector)
    {
        var prefix = sector == SchoolSector.Primary ? "P" : "V";
        var code = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{number % 100:00}{(char)('A' + number / 100)}{prefix}00");
        var name = sector == SchoolSector.Primary ? $"Basisschool Één-{number}" : $"Lyceum Zuid {number}";
        return new School
        {
            Code = code,
            Name = name,
            Sector = sector,
            Email = $"{prefix}-{number}@school.example",
        };
    }

    private void AddLines(School school)
    {
        var lines = _random.Next(4) == 0 ? 2 : 1;
        for (var i = 0; i < lines; i++)
        {
            school.PhoneLines.Add(new PhoneLine
            {
                ContactName = $"Intern begeleider {i + 1}",
                MobileNumber = "+316" + _random.Next(10_000_000, 99_999_999).ToString(
                    System.Globalization.CultureInfo.InvariantCulture),
            });
        }
    }

    private Pupil Pupil(int number, int yearId, List<School> primary, List<School> secondary)
    {
        var school = primary[_random.Next(primary.Count)];

        // Squaring skews the choice: a few VO schools take many pupils, as in a real region.
        var popular = secondary[(int)(Math.Pow(_random.NextDouble(), 2) * secondary.Count)];
        var pupil = new Pupil
        {
            SchoolYearId = yearId,
            ElkNumber = number.ToString("000000", System.Globalization.CultureInfo.InvariantCulture),
            FirstName = $"Zoë{number}",
            LastName = $"de Vries-{number}",
            PrimarySchoolId = school.Id,
            SecondarySchoolId = popular.Id,
            PhoneLineId = school.PhoneLines[_random.Next(school.PhoneLines.Count)].Id,
        };
        pupil.Requests.Add(new HandoverRequest
        {
            Origin = HandoverRequestOrigin.FlaggedByPrimary, Source = DataSource.ElkExport, CreatedAt = SeededAt,
        });
        pupil.Consents.Add(new Consent { Source = ConsentSource.ElkParentPortal, RecordedAt = SeededAt });
        return pupil;
    }
}
