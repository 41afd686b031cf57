namespace WarmeOverdracht.BrowserTests.Support;

/// <summary>
/// Where screenshots, PDFs and the accessibility summary go: <c>BROWSER_ARTIFACTS</c> when set (.ci/run
/// sets it beside the test results), otherwise <c>tests/WarmeOverdracht.BrowserTests/TestResults/browser</c>.
/// </summary>
public static class Artifacts
{
    public static string Directory { get; } = Create();

    public static string PathFor(string fileName) => Path.Combine(Directory, fileName);

    private static string Create()
    {
        var directory = Environment.GetEnvironmentVariable("BROWSER_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryFiles.Root, "tests", "WarmeOverdracht.BrowserTests", "TestResults", "browser");
        System.IO.Directory.CreateDirectory(directory);
        File.Delete(Path.Combine(directory, "axe-summary.txt"));
        return directory;
    }
}
