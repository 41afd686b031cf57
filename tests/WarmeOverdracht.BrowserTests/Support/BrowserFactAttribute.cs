namespace WarmeOverdracht.BrowserTests.Support;

/// <summary>A test that drives Chromium: skipped with a how-to when Chromium is missing, except in CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
