using WarmeOverdracht.Infrastructure.ElkImports;

namespace WarmeOverdracht.UnitTests.ElkImports;

/// <summary>The committed sample in docs/samples; the expected figures are the ones its generator printed.</summary>
[Trait("Category", "Unit")]
public class ElkSampleExportTests
{
    private static readonly ElkReadResult FromWorkbook = ReadSample("elk-export-amstelland.xlsx");
    private static readonly ElkReadResult FromCsv = ReadSample("elk-export-amstelland.csv");

    [Fact]
    public void The_sample_workbook_reads_without_problems_and_with_the_generated_counts()
    {
        var rows = FromWorkbook.Rows;
        var flagged = rows.Where(row => row.Flagged).ToList();

        Assert.Null(FromWorkbook.FileError);
        Assert.Empty(FromWorkbook.Problems);
        Assert.Equal((1540, 1540), (FromWorkbook.DataRowCount, rows.Count));
        Assert.Equal((5, 1544), (rows[0].RowNumber, rows[^1].RowNumber));
        Assert.Equal(45, rows.Select(row => row.PrimarySchoolCode).Distinct().Count());
        Assert.Equal(10, rows.Select(row => row.SecondarySchoolCode).OfType<object>().Distinct().Count());
        Assert.Equal(53, rows.Select(row => (row.PrimarySchoolCode, row.ContactName)).Distinct().Count());
        Assert.Equal(8, rows.Count(row => row.SecondarySchoolCode is null));
        Assert.Equal(378, flagged.Count);
        Assert.Equal(355, flagged.Count(row => row.ParentConsent));
        Assert.Equal(320, flagged.Count(row => row.FlagReason is not null));
        Assert.Equal(1, flagged.Count(row => row.SecondarySchoolCode is null));
    }

    [Fact]
    public void The_sample_csv_holds_the_same_pupils_as_the_workbook()
    {
        Assert.Null(FromCsv.FileError);
        Assert.Empty(FromCsv.Problems);
        Assert.Equal((2, 1541), (FromCsv.Rows[0].RowNumber, FromCsv.Rows[^1].RowNumber));
        Assert.Equal(FromWorkbook.Rows.Select(row => row with { RowNumber = 0 }),
            FromCsv.Rows.Select(row => row with { RowNumber = 0 }));
    }

    [Fact]
    public void The_sample_has_the_shape_of_a_region()
    {
        var rows = FromWorkbook.Rows;
        var perSecondary = rows.GroupBy(row => row.SecondarySchoolCode).Where(group => group.Key is not null)
            .Select(group => group.Count()).Order().ToList();
        var linesPerSchool = rows.GroupBy(row => row.PrimarySchoolCode)
            .Select(school => school.Select(row => row.ContactName).Distinct().Count()).ToList();

        Assert.True(perSecondary[^1] > 10 * perSecondary[0], "One VO school is far more popular than another.");
        Assert.Equal(8, linesPerSchool.Count(count => count == 2));
        Assert.All(rows, row => Assert.NotNull(row.ContactMobile));
        Assert.Contains(rows, row => row.NamePrefix == "van 't");
        Assert.Contains(rows, row => row.FirstName == "Zoë");
    }

    [Fact]
    public void The_sample_uses_only_addresses_at_example_org()
    {
        var addresses = FromWorkbook.Rows
            .SelectMany(row => new[] { row.PrimarySchoolEmail, row.SecondarySchoolEmail })
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(addresses);
        Assert.All(addresses, address => Assert.EndsWith("@example.org", address, StringComparison.Ordinal));
    }

    private static ElkReadResult ReadSample(string fileName)
    {
        using var file = File.OpenRead(Path.Combine(SamplesFolder(), fileName));
        return new ElkExportReader().Read(file, fileName);
    }

    private static string SamplesFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "WarmeOverdracht.sln")))
        {
            directory = directory.Parent ?? throw new DirectoryNotFoundException("WarmeOverdracht.sln not found.");
        }

        return Path.Combine(directory.FullName, "docs", "samples");
    }
}
