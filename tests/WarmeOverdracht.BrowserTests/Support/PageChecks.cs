using System.Diagnostics;
using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace WarmeOverdracht.BrowserTests.Support;

/// <summary>
/// What every page a journey visits must pass: axe-core without serious or critical violations, and no
/// sideways scrolling at phone width; screenshots at both widths go to <see cref="Artifacts"/>.
/// </summary>
public sealed class PageChecks(IPage page, ITestOutputHelper output, string prefix)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];
    private static readonly Lock SummaryLock = new();

    /// <summary>Nodes only for violations: listing every passing table cell costs seconds on long pages.</summary>
    private static readonly AxeRunOptions ViolationDetailsOnly = new()
    {
        ResultTypes = [ResultType.Violations],
    };

    private int pageNumber;

    /// <summary>
    /// Checks the page as it is now, at desktop and phone width, and leaves it at desktop width. A very long
    /// page (<paramref name="longPage"/>) is photographed only as far as the window reaches, and axe checks
    /// it at desktop width only: it takes seconds per thousand table rows.
    /// </summary>
    public async Task CheckAsync(string name, bool longPage = false)
    {
        var started = Stopwatch.GetTimestamp();
        var fileName = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{++pageNumber:00}-{name}");
        await AssertAccessibleAsync($"{fileName} ({SharedBrowser.DesktopWidth} px)");
        await ScreenshotAsync($"{fileName}-{SharedBrowser.DesktopWidth}.png", !longPage);

        await page.SetViewportSizeAsync(SharedBrowser.PhoneWidth, 800);
        await AssertNoSidewaysScrollAsync(fileName);
        if (!longPage)
        {
            await AssertAccessibleAsync($"{fileName} ({SharedBrowser.PhoneWidth} px)");
        }

        await ScreenshotAsync($"{fileName}-{SharedBrowser.PhoneWidth}.png", !longPage);

        await page.SetViewportSizeAsync(SharedBrowser.DesktopWidth, 900);
        output.WriteLine($"Checked {fileName} in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
    }

    public async Task AssertAccessibleAsync(string name)
    {
        var result = await page.RunAxe(ViolationDetailsOnly);

        Record(name, result);
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"axe on {name} ({page.Url}):\n{Describe(blocking)}");
    }

    public async Task AssertNoSidewaysScrollAsync(string name)
    {
        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, window.innerWidth]");

        Assert.True(widths[0] <= widths[1],
            $"{name} scrolls sideways at {widths[1]} px: the page is {widths[0]} px wide.");
    }

    public async Task ScreenshotAsync(string fileName, bool fullPage = true)
    {
        var path = Artifacts.PathFor(fileName);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        output.WriteLine($"Screenshot: {path}");
    }

    private void Record(string name, AxeResult result)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{name}: {result.Violations.Length} violations ({Impacts(result.Violations)}), " +
            $"{result.Passes.Length} rules passed, {result.Incomplete.Length} to review");
        output.WriteLine($"axe {line}");
        lock (SummaryLock)
        {
            File.AppendAllText(Artifacts.PathFor("axe-summary.txt"), line + Environment.NewLine);
        }
    }

    private static string Impacts(IEnumerable<AxeResultItem> violations) =>
        string.Join(", ", violations.Select(v => $"{v.Id}: {v.Impact}"));

    private static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join("\n", violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Select(n => n.Html))));
}
