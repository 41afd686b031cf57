using System.IO.Compression;
using System.Net;
using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.ElkImports;
using WarmeOverdracht.IntegrationTests.Journeys;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.ElkImports;

/// <summary>Row report, conflicts, mapping, size limit and the all-or-nothing confirmation.</summary>
[Trait("Category", "Integration")]
public sealed class ElkImportReportTests : IDisposable
{
    private const string Header = "ELK-nummer;Voornaam;Achternaam;BRIN PO;Naam PO-school;BRIN VO;Naam VO-school;"
        + "Contactpersoon PO;Mobiel contactpersoon;Warme overdracht;Toestemming ouders";

    private readonly TestApplication app = new(extraSettings: new Dictionary<string, string?>
    {
        ["ElkImport:MaxFileSizeBytes"] = "200000",
    });

    [Fact]
    public async Task Conflicts_in_one_file_are_reported_with_the_value_that_was_kept()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        var file = Csv(
            "100;Zoë;Hof;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja",
            "101;Noël;Hof;11aa;De Ster (oud);22BB00;Rietland;Marieke Bos;06-87654321;Ja;Ja",
            "100;Anna;Bos;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja",
            "102;Sem;Bos;22BB00;Rietland;;;Piet;06-11111111;Ja;Ja");

        var (importId, html) = await steps.UploadAsync("export.csv", file);
        await steps.ConfirmImportAsync(importId);

        Assert.Contains("BRIN 11AA00 heeft op rij 2 de naam &#x27;De Ster&#x27;; die naam is aangehouden.", html,
            StringComparison.Ordinal);
        Assert.Contains("Marieke Bos heeft op rij 2 het nummer 06-12345678; dat nummer is aangehouden.", html,
            StringComparison.Ordinal);
        Assert.Contains("Dit ELK-nummer staat ook op rij 2; die rij is aangehouden", html, StringComparison.Ordinal);
        Assert.Contains("BRIN 22BB00 is al bekend als VO-school (Rietland)", html, StringComparison.Ordinal);
        Assert.Equal(["100", "101"], await app.WithDbAsync(db =>
            db.Pupils.OrderBy(p => p.ElkNumber).Select(p => p.ElkNumber).ToListAsync()));
        Assert.Equal("Zoë", await app.WithDbAsync(db =>
            db.Pupils.Where(p => p.ElkNumber == "100").Select(p => p.FirstName).SingleAsync()));
        Assert.Equal("De Ster", await app.WithDbAsync(db =>
            db.Schools.Where(s => s.Code == "11AA00").Select(s => s.Name).SingleAsync()));
        Assert.Equal("+31612345678",
            await app.WithDbAsync(db => db.PhoneLines.Select(l => l.MobileNumber).SingleAsync()));
    }

    [Fact]
    public async Task A_vo_school_that_changed_between_exports_is_reported_and_the_newer_one_kept()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        await ImportAsync(steps, Csv("100;Zoë;Hof;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja"));

        var (importId, html) = await steps.UploadAsync("export.csv",
            Csv("100;Zoë;Hof;11AA00;De Ster;33CC00;Amstelveen College;Marieke Bos;06-12345678;Ja;Ja"));
        await steps.ConfirmImportAsync(importId);

        Assert.Contains("De VO-school is veranderd sinds de vorige import: was Rietland (22BB00), "
            + "nu Amstelveen College (33CC00).", html, StringComparison.Ordinal);
        Assert.Equal("33CC00",
            await app.WithDbAsync(db => db.Pupils.Select(p => p.SecondarySchool!.Code).SingleAsync()));
    }

    [Fact]
    public async Task A_number_the_po_school_confirmed_is_kept_when_a_newer_export_has_another()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        await ImportAsync(steps, Csv("100;Zoë;Hof;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja"));
        await app.WithDbAsync(db => db.PhoneLines.ExecuteUpdateAsync(
            set => set.SetProperty(l => l.ConfirmedAt, DateTimeOffset.UtcNow)));

        var (importId, html) = await steps.UploadAsync("export.csv",
            Csv("100;Zoë;Hof;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-87654321;Ja;Ja"));
        await steps.ConfirmImportAsync(importId);

        Assert.Contains("De PO-school heeft het nummer 06-12345678 van Marieke Bos bevestigd; "
            + "dat nummer is aangehouden.", html, StringComparison.Ordinal);
        Assert.Equal("+31612345678",
            await app.WithDbAsync(db => db.PhoneLines.Select(l => l.MobileNumber).SingleAsync()));
    }

    [Fact]
    public async Task The_row_report_names_every_row_and_can_be_downloaded_before_and_after_confirming()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        await ImportAsync(steps, Csv(
            "100;Zoë;Hof;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja",
            "101;Noël;Hof;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja"));
        var (importId, _) = await steps.UploadAsync("export.csv", Csv(
            "100;Zoë;Hof;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja",
            "101;Noël;Hof-Jansen;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja",
            "102;Sem;Bos;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja",
            "103;Anna;Bos;XX;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja"));

        var preview = await DownloadReportAsync(steps, importId);
        await steps.ConfirmImportAsync(importId);
        var confirmed = await DownloadReportAsync(steps, importId);

        var expected = new[] { "2|100|Ongewijzigd", "3|101|Bijgewerkt", "4|102|Nieuw", "5|103|Niet geïmporteerd" };
        Assert.Equal(expected, preview.Rows);
        Assert.Equal(expected, confirmed.Rows);
        Assert.Equal(["5|BRIN PO|XX|Dit is geen geldige BRIN-code met vestiging, zoals 12AB00."], confirmed.Problems);
    }

    [Fact]
    public async Task Rows_with_errors_block_the_import_only_when_the_secretariat_chooses_so()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        var (importId, _) = await steps.UploadAsync("export.csv", Csv(
            "100;Zoë;Hof;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja",
            "101;Noël;;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja"));

        var blocked = await ConfirmAsync(steps, importId, onlyWhenClean: true);
        var pupilsAfterBlocked = await app.WithDbAsync(db => db.Pupils.CountAsync());
        await ConfirmAsync(steps, importId, onlyWhenClean: false);

        Assert.Contains("1 rij heeft een fout en u koos ervoor alleen te importeren", blocked,
            StringComparison.Ordinal);
        Assert.Equal(0, pupilsAfterBlocked);
        Assert.Equal(["100"], await app.WithDbAsync(db => db.Pupils.Select(p => p.ElkNumber).ToListAsync()));
    }

    [Fact]
    public async Task Confirmed_rows_go_in_all_together_or_not_at_all()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_103 BEFORE INSERT ON Pupils WHEN NEW.ElkNumber = '103' "
            + "BEGIN SELECT RAISE(ABORT, 'refused'); END;"));
        var (importId, _) = await steps.UploadAsync("export.csv", Csv(
            "101;Zoë;Hof;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja",
            "102;Noël;Hof;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja",
            "103;Sem;Bos;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja"));

        var html = await ConfirmAsync(steps, importId, onlyWhenClean: false);

        Assert.Contains("De import kon niet worden opgeslagen; er is niets gewijzigd.", html, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await app.WithDbAsync(async db =>
            (await db.Pupils.CountAsync(), await db.Schools.CountAsync(), await db.PhoneLines.CountAsync())));
        Assert.Equal(ElkImportStatus.Uploaded, await app.WithDbAsync(db =>
            db.ElkImports.Where(i => i.Id == importId).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_missing_column_is_mapped_once_and_the_mapping_is_used_for_the_next_import()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        var file = Encoding.UTF8.GetBytes(Header.Replace("ELK-nummer", "Lln-nr.", StringComparison.Ordinal)
            + "\r\n100;Zoë;Hof;11AA00;De Ster;22BB00;Rietland;Marieke Bos;06-12345678;Ja;Ja");

        var first = await steps.User.UploadAsync("/ElkImports", "/ElkImports/Upload", "export.csv", file);
        var mappingPath = first.RequestMessage!.RequestUri!.AbsolutePath;
        var mapped = await steps.User.PostFormAsync(mappingPath, mappingPath, new() { ["columns[ElkNumber]"] = "0" });
        var (secondId, secondHtml) = await steps.UploadAsync("export.csv", file);

        Assert.StartsWith("/ElkImports/Mapping/", mappingPath, StringComparison.Ordinal);
        Assert.Contains("Lln-nr.", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("/ElkImports/Preview/", mapped.RequestMessage!.RequestUri!.AbsolutePath,
            StringComparison.Ordinal);
        Assert.Contains("data-count=\"created\">1<", secondHtml, StringComparison.Ordinal);
        Assert.True(secondId > 0);
        Assert.Equal(("Lln-nr.", "ElkNumber"), await app.WithDbAsync(db =>
            db.ElkHeaderMappings.Select(m => ValueTuple.Create(m.Header, m.Field)).SingleAsync()));
    }

    [Fact]
    public async Task A_file_over_the_configured_size_gets_the_dutch_message_not_a_bare_error()
    {
        var steps = await SecretariatSteps.LogInAsync(app);

        var response = await steps.User.UploadAsync("/ElkImports", "/ElkImports/Upload", "export.csv",
            new byte[300_000]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het bestand is te groot", html, StringComparison.Ordinal);
        Assert.Contains("het maximum is 0,2 MB", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ElkImports.CountAsync()));
    }

    [Theory]
    [InlineData("random")]
    [InlineData("protected")]
    [InlineData("bomb")]
    public async Task Hostile_or_damaged_workbooks_get_a_dutch_message_and_change_nothing(string kind)
    {
        var steps = await SecretariatSteps.LogInAsync(app);

        var (importId, html) = await steps.UploadAsync("export.xlsx", HostileWorkbook(kind));

        Assert.Equal(0, importId);
        Assert.Contains(kind switch
        {
            "protected" => "beveiligd met een wachtwoord",
            "bomb" => "pakt uit tot veel meer gegevens",
            _ => "kan niet als Excel-bestand (.xlsx) worden gelezen",
        }, html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ElkImports.CountAsync()));
    }

    public void Dispose() => app.Dispose();

    private static byte[] Csv(params string[] rows) =>
        Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Prepend(Header)));

    private static byte[] HostileWorkbook(string kind)
    {
        if (kind == "protected")
        {
            return [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]];
        }

        if (kind == "random")
        {
            var bytes = new byte[4096];
            new Random(5).NextBytes(bytes);
            return bytes;
        }

        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml").Open();
            var block = new byte[1024 * 1024];
            for (var i = 0; i < 20; i++)
            {
                entry.Write(block);
            }
        }

        return zipped.ToArray();
    }

    private static async Task ImportAsync(SecretariatSteps steps, byte[] file)
    {
        var (importId, _) = await steps.UploadAsync("export.csv", file);
        Assert.True(importId > 0, "The upload did not reach the preview.");
        await steps.ConfirmImportAsync(importId);
    }

    private static async Task<string> ConfirmAsync(SecretariatSteps steps, int importId, bool onlyWhenClean)
    {
        var fields = onlyWhenClean ? new Dictionary<string, string> { ["onlyWhenClean"] = "true" } : [];
        var response = await steps.User.PostFormAsync(
            $"/ElkImports/Preview/{importId}", $"/ElkImports/Confirm/{importId}", fields);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<(string[] Rows, string[] Problems)> DownloadReportAsync(
        SecretariatSteps steps, int importId)
    {
        var response = await steps.User.Client.GetAsync(new Uri($"/ElkImports/Report/{importId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var rows = workbook.Worksheet("Rijen").RowsUsed().Skip(2)
            .Select(r => $"{r.Cell(1).GetString()}|{r.Cell(2).GetString()}|{r.Cell(3).GetString()}").ToArray();
        var problems = workbook.Worksheet("Meldingen").RowsUsed().Skip(1)
            .Select(r => $"{r.Cell(1).GetString()}|{r.Cell(4).GetString()}|{r.Cell(5).GetString()}|"
                + r.Cell(6).GetString()).ToArray();
        return (rows, problems);
    }
}
