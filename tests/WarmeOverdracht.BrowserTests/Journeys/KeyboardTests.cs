using Microsoft.Playwright;
using WarmeOverdracht.BrowserTests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace WarmeOverdracht.BrowserTests.Journeys;

/// <summary>Logging in, filling in a form and using the menu with the keyboard alone, with visible focus.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserTestGroup.Name)]
public sealed class KeyboardTests(SharedBrowser browser, LiveApplication app, ITestOutputHelper output)
    : BrowserTest(browser, app, output, "keyboard"), IClassFixture<LiveApplication>
{
    private const int MaxTabs = 30;

    [BrowserFact]
    public async Task Logging_in_works_with_the_keyboard_alone_and_errors_are_read_with_their_field()
    {
        await Page.GotoAsync("/Account/Login");

        var skipLink = await TabToAsync("Naar de inhoud");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Naar de inhoud" })).ToBeVisibleAsync();
        Assert.True(skipLink.FocusVisible, "The skip link shows no focus ring.");
        await TabToFieldAsync("Email");
        await Page.Keyboard.PressAsync("Enter");

        var email = Page.GetByLabel("E-mailadres");
        await Expect(email).ToHaveAccessibleDescriptionAsync("Vul uw e-mailadres in.");
        await Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByLabel("Wachtwoord")).ToHaveAccessibleDescriptionAsync("Vul uw wachtwoord in.");
        await Checks.CheckAsync("login-errors");

        await TabToFieldAsync("Email");
        await Page.Keyboard.TypeAsync(LiveApplication.AdminEmail);
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync(LiveApplication.AdminPassword);
        await TabToAsync("Inloggen");
        await Page.Keyboard.PressAsync("Enter");
        await CompleteSecondStepAsync(LiveApplication.AdminEmail);

        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task A_form_is_corrected_and_saved_with_the_keyboard_alone()
    {
        await LogInAsSecretariatAsync();
        await Page.GotoAsync("/SchoolYears/Edit");
        var minutes = Page.GetByLabel("Minuten per leerling");
        var original = await minutes.InputValueAsync();

        await TabToFieldAsync("SlotMinutes");
        await ReplaceFocusedValueAsync("0");
        await Page.Keyboard.PressAsync("Enter");

        await Expect(minutes).ToHaveAccessibleDescriptionAsync("Het aantal minuten per leerling ligt tussen 1 en 60.");
        await Expect(minutes).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("tussen 1 en 60");
        await Checks.CheckAsync("schoolyear-error");

        await TabToFieldAsync("SlotMinutes");
        await ReplaceFocusedValueAsync(original);
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het schooljaar is opgeslagen.");
        await Expect(minutes).ToHaveValueAsync(original);
        await Expect(minutes).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Checks.CheckAsync("schoolyear-saved");
    }

    [BrowserFact]
    public async Task On_a_phone_the_menu_opens_and_is_followed_with_the_keyboard()
    {
        await LogInAsSecretariatAsync();
        await Page.SetViewportSizeAsync(SharedBrowser.PhoneWidth, 800);
        var roosters = Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })
            .GetByRole(AriaRole.Link, new() { Name = "Roosters", Exact = true });
        await Expect(roosters).ToBeHiddenAsync();

        await TabToAsync("Menu openen");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(roosters).ToBeVisibleAsync();
        await Checks.ScreenshotAsync("keyboard-menu-open-375.png");
        await TabToAsync("Roosters");
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Roosters");
    }

    [BrowserFact]
    public async Task Every_control_on_the_overview_shows_where_the_focus_is()
    {
        await LogInAsSecretariatAsync();

        var focused = new List<Focused>();
        for (var tab = 0; tab < MaxTabs; tab++)
        {
            await Page.Keyboard.PressAsync("Tab");
            var current = await FocusedAsync();
            if (current.Tag == "BODY" || focused.Contains(current))
            {
                break;
            }

            focused.Add(current);
        }

        Assert.True(focused.Count >= 8, $"Only {focused.Count} controls reached with Tab.");
        Assert.All(focused, f => Assert.True(f.FocusVisible, $"No visible focus on {f.Tag} '{f.Name}'."));
    }

    /// <summary>Presses Tab until the control with this text or value has the focus.</summary>
    private async Task<Focused> TabToAsync(string name)
    {
        for (var tab = 0; tab < MaxTabs; tab++)
        {
            await Page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync();
            if (focused.Name == name)
            {
                Assert.True(focused.FocusVisible, $"'{name}' has the focus but shows no focus ring.");
                return focused;
            }
        }

        throw new InvalidOperationException($"'{name}' not reached in {MaxTabs} presses of Tab.");
    }

    private async Task TabToFieldAsync(string id)
    {
        await Page.Keyboard.PressAsync("Shift+Tab");
        for (var tab = 0; tab < MaxTabs && (await FocusedAsync()).Id != id; tab++)
        {
            await Page.Keyboard.PressAsync("Tab");
        }

        var focused = await FocusedAsync();
        Assert.True(focused.Id == id, $"Field {id} not reached with Tab.");
        Assert.True(focused.FocusVisible, $"Field {id} has the focus but shows no focus ring.");
    }

    private async Task ReplaceFocusedValueAsync(string value)
    {
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync(value);
    }

    private Task<Focused> FocusedAsync() => Page.EvaluateAsync<Focused>(
        """
        () => {
            const e = document.activeElement;
            const style = getComputedStyle(e);
            return {
                tag: e.tagName,
                id: e.id,
                name: (e.getAttribute("aria-label") || e.innerText || e.value || "").trim(),
                focusVisible: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
            };
        }
        """);

    private sealed record Focused
    {
        public string Tag { get; init; } = "";

        public string Id { get; init; } = "";

        public string Name { get; init; } = "";

        public bool FocusVisible { get; init; }
    }
}
