using Microsoft.Playwright;

namespace WarmeOverdracht.BrowserTests.Support;

/// <summary>One headless Chromium for every browser test class; each test gets its own context.</summary>
public sealed class SharedBrowser : IAsyncLifetime
{
    public const int DesktopWidth = 1280;
    public const int PhoneWidth = 375;

    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        if (!Chromium.IsInstalled)
        {
            throw new InvalidOperationException(Chromium.MissingInCiMessage);
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>A fresh context (no cookies) on the application, in Dutch and Amsterdam time.</summary>
    public async Task<IPage> NewPageAsync(LiveApplication app, int width = DesktopWidth)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }

    private IBrowser Browser =>
        browser ?? throw new InvalidOperationException(Chromium.SkipReason ?? Chromium.MissingInCiMessage);
}

/// <summary>Browser test classes share the browser and run one after another (each with its own app).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<SharedBrowser>
{
    public const string Name = "Browser";
}
