namespace WarmeOverdracht.BrowserTests.Support;

/// <summary>
/// Debian's Chromium, which the browser tests drive: Playwright's own browser download does not work on
/// the project's machines. Outside CI a missing Chromium skips the tests; inside CI it fails them.
/// </summary>
public static class Chromium
{
    /// <summary><c>/usr/bin/chromium</c>, or the path in <c>CHROMIUM_PATH</c> when set.</summary>
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>True when the CI variable is set, as CI runners and .ci/run do.</summary>
    public static bool RunsInCi =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } value
        && !value.Equals("false", StringComparison.OrdinalIgnoreCase) && value != "0";

    /// <summary>Why the browser tests are skipped on this machine, or null when they run.</summary>
    public static string? SkipReason => IsInstalled || RunsInCi
        ? null
        : $"Browser test skipped: no Chromium at {ExecutablePath}. Install it with `sudo apt-get install chromium`.";

    public static string MissingInCiMessage =>
        $"No Chromium at {ExecutablePath}, and CI never skips browser tests: .ci/run installs it with " +
        "`apt-get install -y chromium`; check that step's output.";
}
