using Microsoft.Playwright;
using Xunit.Abstractions;

namespace WarmeOverdracht.BrowserTests.Support;

/// <summary>
/// Base of a browser test class: the class's own <see cref="LiveApplication"/>, the shared Chromium, and a
/// fresh page (no cookies) per test. A derived class carries <c>[Collection(BrowserTestGroup.Name)]</c>
/// and <c>IClassFixture&lt;LiveApplication&gt;</c>; its tests are <see cref="BrowserFactAttribute"/>s.
/// </summary>
public abstract class BrowserTest(
    SharedBrowser browser, LiveApplication app, ITestOutputHelper output, string screenshotPrefix) : IAsyncLifetime
{
    private IPage? page;
    private PageChecks? checks;

    protected LiveApplication App { get; } = app;

    protected ITestOutputHelper Output { get; } = output;

    protected IPage Page => page ?? throw new InvalidOperationException("The page opens in InitializeAsync.");

    protected PageChecks Checks => checks ?? throw new InvalidOperationException("The page opens in InitializeAsync.");

    public async Task InitializeAsync()
    {
        page = await browser.NewPageAsync(App);
        checks = new PageChecks(page, Output, screenshotPrefix);
        Output.WriteLine($"Application at {App.BaseUrl}; screenshots in {Artifacts.Directory}");
    }

    public async Task DisposeAsync()
    {
        if (page is not null)
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Logs in through the login page with the mouse and leaves the browser on the start page.</summary>
    protected async Task LogInAsync(string email, string password)
    {
        await Page.GotoAsync("/Account/Login");
        await Page.GetByLabel("E-mailadres").FillAsync(email);
        await Page.GetByLabel("Wachtwoord").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
    }

    protected Task LogInAsSecretariatAsync() =>
        LogInAsync(LiveApplication.AdminEmail, LiveApplication.AdminPassword);

    /// <summary>Follows a link of the main menu, as a user at desktop width does.</summary>
    protected Task OpenMenuAsync(string item) =>
        Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })
            .GetByRole(AriaRole.Link, new() { Name = item, Exact = true }).ClickAsync();
}
