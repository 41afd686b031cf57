using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WarmeOverdracht.BrowserTests.Support;
using WarmeOverdracht.Web.Features.Outbox;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace WarmeOverdracht.BrowserTests.Journeys;

/// <summary>The secretariat's main job in a real browser, checking every page on the way.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserTestGroup.Name)]
public sealed partial class SecretariatJourneyTests(
    SharedBrowser browser, LiveApplication app, ITestOutputHelper output)
    : BrowserTest(browser, app, output, "secretariat"), IClassFixture<LiveApplication>
{
    private static readonly LocatorAssertionsToBeVisibleOptions PlanningTime = new() { Timeout = 60_000 };

    [BrowserFact]
    public async Task The_secretariat_imports_the_sample_makes_and_publishes_a_schedule_and_sees_the_mails()
    {
        await LogInAndCheckAsync();
        var flagged = await ImportSampleAsync();

        var (secondary, primary) = await MakeScheduleAsync(flagged);
        await InspectExcludedPupilsAsync();
        await InspectSecondarySchoolAsync();
        await InspectPrimarySchoolAsync();
        var schools = secondary + primary;
        await PrintEverySchoolAsync(schools);

        await PublishAsync(schools);
        await SeeTheMailsAsync(schools);
    }

    private async Task LogInAndCheckAsync()
    {
        await Page.GotoAsync("/");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        await Checks.CheckAsync("login");

        await LogInAsSecretariatAsync();

        await Expect(Heading()).ToContainTextAsync("Warme overdracht");
        await Expect(Page.GetByText("Nog geen import.")).ToBeVisibleAsync();
        await Checks.CheckAsync("overview");
    }

    /// <summary>Uploads the sample, checks the preview, confirms; returns the pupils flagged for a call.</summary>
    private async Task<int> ImportSampleAsync()
    {
        await OpenMenuAsync("ELK-import");
        await Expect(Page.GetByText("Nog geen imports in dit schooljaar.")).ToBeVisibleAsync();
        await Checks.CheckAsync("import");

        await Page.GetByLabel("ELK-export").SetInputFilesAsync(RepositoryFiles.SampleExport);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bekijken" }).ClickAsync();

        await Expect(Heading()).ToHaveTextAsync("Import van elk-export-amstelland.xlsx");
        var created = await CountAsync("Nieuwe leerlingen");
        var flagged = await CountAsync("Aangemeld voor warme overdracht");
        Assert.True(created > 0 && flagged > 0 && flagged <= created, $"{created} new, {flagged} flagged");
        await Checks.CheckAsync("import-preview");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Import bevestigen" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Import verwerkt: {created} nieuw");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "elk-export-amstelland.xlsx" }))
            .ToHaveCountAsync(1);
        await Checks.CheckAsync("import-done");
        return flagged;
    }

    /// <summary>Makes a schedule, waits for the background job; returns the VO and PO schools in it.</summary>
    private async Task<(int Secondary, int Primary)> MakeScheduleAsync(int flagged)
    {
        await OpenMenuAsync("Roosters");
        await Expect(Page.GetByText($"{flagged} leerlingen zijn aangemeld")).ToBeVisibleAsync();
        await Checks.CheckAsync("schedules");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Nieuw rooster maken" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Kwaliteit" })).ToBeVisibleAsync(PlanningTime);
        await Expect(Heading()).ToContainTextAsync("Rooster versie 1 concept");
        var secondary = await SchoolCountAsync("VO-scholen");
        var primary = await SchoolCountAsync("PO-scholen");
        Assert.True(secondary > 0 && primary > 0, $"{secondary} VO and {primary} PO schools in the schedule");
        await Expect(SchoolRows("secondary-schools")).ToHaveCountAsync(secondary);
        await Expect(SchoolRows("primary-schools")).ToHaveCountAsync(primary);
        await Checks.CheckAsync("schedule");
        return (secondary, primary);
    }

    private async Task InspectExcludedPupilsAsync()
    {
        var listed = await Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "leerling" })
            .AllInnerTextsAsync();
        var excluded = listed.Sum(item => FirstNumber(item));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Bekijk de leerlingen die niet zijn ingeroosterd" })
            .ClickAsync();

        await Expect(Heading()).ToHaveTextAsync($"Niet ingeroosterd ({excluded})");
        await Expect(Page.Locator("#excluded tbody tr")).ToHaveCountAsync(excluded);
        await Checks.CheckAsync("excluded");
        await Page.GoBackAsync();
    }

    private async Task InspectSecondarySchoolAsync()
    {
        var row = SchoolRows("secondary-schools").First;
        var cells = await row.GetByRole(AriaRole.Cell).AllInnerTextsAsync();
        var (name, calls, callers) = (cells[0], int.Parse(cells[1], CultureInfo.InvariantCulture),
            int.Parse(cells[3], CultureInfo.InvariantCulture));
        await row.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(Heading()).ToContainTextAsync($"{name} VO ·");
        await Expect(Page.GetByText($"Deze school levert {callers} beller")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { NameRegex = BellerHeading() }))
            .ToHaveCountAsync(callers);
        await Expect(Page.Locator("main tbody tr")).ToHaveCountAsync(calls);
        await Checks.CheckAsync("school-vo");
        await CheckPrintAsync("school-vo");
        await Page.GoBackAsync();
    }

    private async Task InspectPrimarySchoolAsync()
    {
        var row = SchoolRows("primary-schools").First;
        var cells = await row.GetByRole(AriaRole.Cell).AllInnerTextsAsync();
        var (name, calls) = (cells[0], int.Parse(cells[1], CultureInfo.InvariantCulture));
        await row.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(Heading()).ToContainTextAsync($"{name} PO ·");
        await Expect(Page.Locator("main table:not(#lines) tbody tr")).ToHaveCountAsync(calls);
        await Expect(Page.Locator("#line-spans")).ToContainTextAsync("PO-lijnen op hun ondergrens:");
        await Expect(Page.Locator("#lines tbody tr").First).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Columnheader, new() { Name = "Bereikbaar op" })).ToBeVisibleAsync();
        await Checks.CheckAsync("school-po");
        await CheckPrintAsync("school-po");
        await Page.GoBackAsync();
    }

    /// <summary>Printed, a school's schedule has no menu and no link back; the PDF goes with the screenshots.</summary>
    private async Task CheckPrintAsync(string name)
    {
        await Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })).ToBeHiddenAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { NameRegex = TerugNaar() })).ToBeHiddenAsync();
        await Expect(Heading()).ToBeVisibleAsync();
        var pdf = await Page.PdfAsync(new() { Path = Artifacts.PathFor($"secretariat-{name}.pdf"), Format = "A4" });

        await Page.EmulateMediaAsync(new() { Media = Media.Screen });
        Output.WriteLine($"{name}.pdf: {PdfPages(pdf)} pages");
    }

    /// <summary>Prints every school's schedule: one school per sheet, without the menu.</summary>
    private async Task PrintEverySchoolAsync(int schools)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Alle roosters afdrukken" }).ClickAsync();
        await Expect(Page.GetByText($"De roosters van {schools} scholen op één pagina.")).ToBeVisibleAsync();
        await Expect(Heading()).ToHaveCountAsync(schools);
        await Checks.CheckAsync("print-all", longPage: true);

        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(Page.GetByText("Druk deze pagina af")).ToBeHiddenAsync();
        var pdf = await Page.PdfAsync(new() { Path = Artifacts.PathFor("secretariat-print-all.pdf"), Format = "A4" });
        var pagesStartingASchool = await Heading().EvaluateAllAsync<int>(
            "headings => headings.filter((h, i) => i === 0 || " +
            "getComputedStyle(h.closest('section')).breakBefore === 'page').length");
        await Page.EmulateMediaAsync(new() { Media = Media.Screen });

        Assert.Equal(schools, pagesStartingASchool);
        Assert.InRange(PdfPages(pdf), schools, schools * 4);
        await Page.GoBackAsync();
    }

    private static int PdfPages(byte[] pdf) =>
        PdfPageObject().Count(System.Text.Encoding.Latin1.GetString(pdf));

    private async Task PublishAsync(int schools)
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Publiceren en mailen" }).ClickAsync();

        await Expect(Heading()).ToHaveTextAsync("Rooster versie 1 publiceren");
        await Expect(Page.GetByText($"Excel-bijlage: {schools} scholen")).ToBeVisibleAsync();
        await Checks.CheckAsync("publish-confirm");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Ja, publiceren en mailen" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status))
            .ToHaveTextAsync($"Het rooster is gepubliceerd: {schools} mails klaargezet voor verzending.");
        await Expect(Heading()).ToContainTextAsync("gepubliceerd");
        await Checks.CheckAsync("published");
    }

    /// <summary>Opens the outbox until the background sender has sent every mail, as a user reloading would.</summary>
    private async Task SeeTheMailsAsync(int schools)
    {
        await OpenMenuAsync("Verzonden mail");
        var waiting = Page.Locator("#count-pending");
        for (var attempt = 0; attempt < 30 && !(await waiting.InnerTextAsync()).Contains("(0)"); attempt++)
        {
            await Page.WaitForTimeoutAsync(500);
            await Page.ReloadAsync();
        }

        await Expect(waiting).ToContainTextAsync("(0)");
        await Expect(Page.Locator("#count-sent")).ToContainTextAsync($"verzonden ({schools})");
        await Expect(Page.Locator("#count-failed")).ToContainTextAsync("(0)");
        var firstPage = Math.Min(schools, OutboxQuery.PageSize);
        var rows = Page.Locator("#outbox tbody tr");
        await Expect(rows).ToHaveCountAsync(firstPage);
        await Expect(rows.Filter(new() { HasText = "verzonden" })).ToHaveCountAsync(firstPage);
        await Expect(rows.Filter(new() { HasText = "Rooster" })).ToHaveCountAsync(firstPage);
        Assert.Equal(schools, Directory.GetFiles(App.PickupDirectory, "*.eml").Length);
        await Checks.CheckAsync("outbox");
    }

    private ILocator Heading() => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private ILocator SchoolRows(string tableId) => Page.Locator($"#{tableId} tbody tr");

    private async Task<int> CountAsync(string term) =>
        int.Parse(await Page.Locator("dt", new() { HasText = term }).Locator("+ dd").InnerTextAsync(),
            CultureInfo.InvariantCulture);

    private async Task<int> SchoolCountAsync(string sector) => FirstNumber(
        await Page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex($"^{sector} \\(") }).InnerTextAsync());

    private static int FirstNumber(string text) =>
        int.Parse(Number().Match(text).Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"^Beller \d+$")]
    private static partial Regex BellerHeading();

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPageObject();

    [GeneratedRegex("^Terug naar rooster")]
    private static partial Regex TerugNaar();
}
