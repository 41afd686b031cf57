namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>
/// When a message that failed is tried again: after 10 s, 20 s, 40 s, … and never more than 30 minutes later.
/// </summary>
public static class OutboxRetryPolicy
{
    /// <summary>The wait after the first failure.</summary>
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between two attempts.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(30);

    /// <summary>The wait after the given number of failed attempts (1 or more).</summary>
    public static TimeSpan DelayAfter(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);

        var doublings = Math.Min(failedAttempts - 1, 20);
        var delay = FirstDelay * Math.Pow(2, doublings);
        return delay < MaxDelay ? delay : MaxDelay;
    }
}
