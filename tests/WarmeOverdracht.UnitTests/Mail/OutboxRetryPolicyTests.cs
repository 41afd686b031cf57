using WarmeOverdracht.Infrastructure.Mail;

namespace WarmeOverdracht.UnitTests.Mail;

[Trait("Category", "Unit")]
public class OutboxRetryPolicyTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(8, 1280)]
    [InlineData(9, 1800)]
    [InlineData(10, 1800)]
    [InlineData(int.MaxValue, 1800)]
    public void The_wait_doubles_from_ten_seconds_and_stops_at_thirty_minutes(int failedAttempts, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxRetryPolicy.DelayAfter(failedAttempts));
    }

    [Fact]
    public void There_is_no_wait_before_a_first_failure()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OutboxRetryPolicy.DelayAfter(0));
    }
}
