using Microsoft.Playwright;
using OtpNet;
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
        await CompleteSecondStepAsync(email);
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// After the password step: links an authenticator app on the enrolment page (required for the
    /// secretariat) or types the app's current code, as a user with a phone would.
    /// </summary>
    protected async Task CompleteSecondStepAsync(string email)
    {
        await Page.WaitForLoadStateAsync();
        var path = new Uri(Page.Url).AbsolutePath;
        if (path.StartsWith("/TwoFactor/Setup", StringComparison.OrdinalIgnoreCase))
        {
            var key = await Page.Locator("[data-authenticator-key]").GetAttributeAsync("data-authenticator-key")
                ?? throw new InvalidOperationException("The enrolment page shows no key.");
            App.AuthenticatorKeys[email] = key;
            await Page.GetByLabel("Code uit de app").FillAsync(CurrentCode(key));
            await Page.GetByRole(AriaRole.Button, new() { Name = "Koppelen" }).ClickAsync();
        }
        else if (path.StartsWith("/Account/LoginWithCode", StringComparison.OrdinalIgnoreCase))
        {
            await Page.GetByLabel("Code uit de authenticator-app").FillAsync(CurrentCode(App.AuthenticatorKeys[email]));
            await Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        }
    }

    private static string CurrentCode(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    protected Task LogInAsSecretariatAsync() =>
        LogInAsync(LiveApplication.AdminEmail, LiveApplication.AdminPassword);

    /// <summary>Follows a link of the main menu, as a user at desktop width does.</summary>
    protected Task OpenMenuAsync(string item) =>
        Page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })
            .GetByRole(AriaRole.Link, new() { Name = item, Exact = true }).ClickAsync();
}
