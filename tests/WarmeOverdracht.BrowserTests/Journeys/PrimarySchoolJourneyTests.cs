using Microsoft.Playwright;
using WarmeOverdracht.BrowserTests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace WarmeOverdracht.BrowserTests.Journeys;

/// <summary>A PO teacher's journey in a real browser, checking every page on the way.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserTestGroup.Name)]
public sealed class PrimarySchoolJourneyTests(SharedBrowser browser, LiveApplication app, ITestOutputHelper output)
    : PortalJourneyTest(browser, app, output, "po"), IClassFixture<LiveApplication>
{
    private const string Email = "leerkracht@delinde.example";

    [BrowserFact]
    public async Task A_teacher_confirms_a_number_flags_a_pupil_and_downloads_the_own_calls()
    {
        await SeedSchoolsAsync(flagged: 2, withLine: false);
        await InviteAndLogInAsync(Email, "PO-medewerker", PrimarySchoolName + " (PO)");
        await Checks.CheckAsync("start");

        await AddAndConfirmNumberAsync();
        await FlagAPupilAsync();
        await AddUnavailableTimeAsync();

        await PublishScheduleAsync();
        await SeeAndDownloadTheCallsAsync();
    }

    private async Task AddAndConfirmNumberAsync()
    {
        await OpenMenuAsync("Contactpersonen");
        await Expect(Heading(Page)).ToHaveTextAsync("Contactpersonen van " + PrimarySchoolName);
        await Checks.CheckAsync("lines");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Contactpersoon toevoegen" }).ClickAsync();
        await Page.GetByLabel("Contactpersoon").FillAsync("Juf Anna");
        await Page.GetByLabel("Rol").SelectOptionAsync(new SelectOptionValue { Label = "leerkracht groep 8" });
        await Page.GetByLabel("Mobiel nummer").FillAsync("020-1234567");
        await Page.GetByLabel("Wij zijn op de overdrachtsdagen bereikbaar").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        var number = Page.GetByLabel("Mobiel nummer");
        await Expect(number).ToHaveAccessibleDescriptionAsync(
            new System.Text.RegularExpressions.Regex("^Dit is geen mobiel nummer \\(06-nummer\\); vaste nummers"));
        await Expect(number).ToHaveAttributeAsync("aria-invalid", "true");
        await Checks.CheckAsync("line-invalid");

        await number.FillAsync("06-12345678");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        var line = Page.Locator("section").Filter(new() { HasText = "Juf Anna" });
        await Expect(line).ToContainTextAsync("leerkracht groep 8");
        await Expect(line.GetByRole(AriaRole.Link, new() { Name = "06-12345678" }))
            .ToHaveAttributeAsync("href", "tel:+31612345678");
        await Expect(line).ToContainTextAsync("Bereikbaarheid bevestigd.");
        await Checks.CheckAsync("lines-confirmed");
    }

    private async Task FlagAPupilAsync()
    {
        await OpenMenuAsync("Leerlingen");
        await Expect(Page.GetByText("2 van de 5 leerlingen zijn aangemeld.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Checks.CheckAsync("pupils");

        var noor = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Noor de Vries" });
        await noor.GetByLabel("Reden").SelectOptionAsync(new SelectOptionValue { Label = "pedagogisch" });
        await noor.GetByLabel("Toelichting").FillAsync("Faalangst bij toetsen");
        await noor.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Noor de Vries" }))
            .ToContainTextAsync("Aangemeld: pedagogisch: Faalangst bij toetsen");
        await Expect(Page.GetByText("3 van de 5 leerlingen zijn aangemeld.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Alert))
            .ToContainTextAsync("Let op: meer dan 40% van uw leerlingen is aangemeld.");
        await Checks.CheckAsync("pupils-warning");
    }

    private async Task AddUnavailableTimeAsync()
    {
        await OpenMenuAsync("Contactpersonen");
        var line = Page.Locator("section").Filter(new() { HasText = "Juf Anna" });
        await line.GetByLabel("Van").FillAsync("08:30");
        await line.GetByLabel("Tot").FillAsync("09:00");
        await line.GetByRole(AriaRole.Button, new() { Name = "Niet bereikbaar toevoegen" }).ClickAsync();

        await Expect(Page.Locator("section").Filter(new() { HasText = "Juf Anna" }).GetByRole(AriaRole.Listitem))
            .ToContainTextAsync("08:30–09:00");
        await Checks.CheckAsync("lines-unavailable");
    }

    private async Task SeeAndDownloadTheCallsAsync()
    {
        await OpenMenuAsync("Gesprekken");
        await Expect(Heading(Page)).ToHaveTextAsync("Gesprekken van " + PrimarySchoolName);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Juf Anna (06-12345678)" })).ToBeVisibleAsync();
        var call = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "10:00–10:07" });
        await Expect(call).ToContainTextAsync(SecondarySchoolName);
        await Expect(call).ToContainTextAsync("Sanne de Vries, Daan de Vries");
        await Checks.CheckAsync("calls");

        var workbook = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Rooster downloaden (.xlsx)" }).ClickAsync());
        Assert.EndsWith(".xlsx", workbook.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(await workbook.PathAsync());
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);

        var calendar = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "In agenda zetten (.ics)" }).ClickAsync());
        Assert.EndsWith(".ics", calendar.SuggestedFilename, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(await calendar.PathAsync());
        Assert.Contains("SUMMARY:Warme overdracht: " + SecondarySchoolName + " belt u op 06-12345678", text,
            StringComparison.Ordinal);
    }
}
