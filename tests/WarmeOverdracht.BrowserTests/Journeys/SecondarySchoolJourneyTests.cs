using Microsoft.Playwright;
using WarmeOverdracht.BrowserTests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace WarmeOverdracht.BrowserTests.Journeys;

/// <summary>A VO mentor's journey in a real browser, checking every page on the way.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserTestGroup.Name)]
public sealed class SecondarySchoolJourneyTests(
    SharedBrowser browser, LiveApplication app, ITestOutputHelper output)
    : PortalJourneyTest(browser, app, output, "vo"), IClassFixture<LiveApplication>
{
    private const string Email = "mentor@amstelcollege.example";

    [BrowserFact]
    public async Task A_mentor_requests_a_pupil_records_consent_names_the_caller_and_marks_the_call()
    {
        await SeedSchoolsAsync(flagged: 1, withLine: true);
        await InviteAndLogInAsync(Email, "VO-medewerker", SecondarySchoolName + " (VO)");
        await Checks.CheckAsync("start");

        await RequestAPupilWithConsentAsync();

        await PublishScheduleAsync();
        await NameTheCallerAsync();
        await MakeTheCallAsync();
    }

    private async Task RequestAPupilWithConsentAsync()
    {
        await OpenMenuAsync("Leerlingen");
        await Expect(Heading(Page)).ToHaveTextAsync("Geplaatste leerlingen");
        await Expect(Page.GetByText("een leerling extra aanvragen voor de warme overdracht")).ToBeVisibleAsync();
        await Expect(Row("Sanne de Vries")).ToContainTextAsync("Aangemeld door de PO-school.");
        await Expect(Row("Sanne de Vries")).ToContainTextAsync(PrimarySchoolName);
        await Checks.CheckAsync("pupils");

        await Row("Milan de Vries").GetByLabel("Vraag van de school").FillAsync("Hoe gaat het met plannen?");
        await Row("Milan de Vries").GetByRole(AriaRole.Button, new() { Name = "Aanvragen" }).ClickAsync();
        await Expect(Row("Milan de Vries")).ToContainTextAsync("Aangevraagd: Hoe gaat het met plannen?");

        await Row("Milan de Vries")
            .GetByRole(AriaRole.Button, new() { Name = "Toestemming via aanmeldformulier vastleggen" }).ClickAsync();
        await Expect(Row("Milan de Vries")).ToContainTextAsync("Ja (aanmeldformulier)");
        await Checks.CheckAsync("pupils-requested");
    }

    private async Task NameTheCallerAsync()
    {
        await OpenMenuAsync("Bellers");
        await Expect(Page.GetByText("heeft uw school 1 beller nodig")).ToBeVisibleAsync();
        await Checks.CheckAsync("callers");

        await Page.GetByLabel("Beller 1").FillAsync("Meneer Jansen");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(Page.GetByLabel("Beller 1")).ToHaveValueAsync("Meneer Jansen");
    }

    private async Task MakeTheCallAsync()
    {
        await OpenMenuAsync("Gesprekken");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Beller 1: Meneer Jansen" })).ToBeVisibleAsync();
        var call = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "10:00–10:07" });
        await Expect(call).ToContainTextAsync(PrimarySchoolName + ", Juf Anna");
        await Expect(call.GetByRole(AriaRole.Link, new() { Name = "06-12345678" }))
            .ToHaveAttributeAsync("href", "tel:+31612345678");
        await Expect(call).ToContainTextAsync("Sanne de Vries, Daan de Vries");
        await Expect(Page.GetByText("Betrokken hulpverlening")).ToBeVisibleAsync();
        await Checks.CheckAsync("calls", longPage: true);

        await call.GetByRole(AriaRole.Button, new() { Name = "Gevoerd", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het gesprek van 10:00 is gevoerd.");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "10:00–10:07" }).Locator("span"))
            .ToHaveTextAsync("Gevoerd");
        await Checks.CheckAsync("calls-done", longPage: true);
    }

    private ILocator Row(string pupil) => Page.GetByRole(AriaRole.Row).Filter(new() { HasText = pupil });
}
