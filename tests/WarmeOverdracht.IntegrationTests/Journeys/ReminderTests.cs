using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Journeys;

/// <summary>The day before a handover day every school with calls gets one reminder, by Amsterdam's calendar.</summary>
[Trait("Category", "Integration")]
public sealed class ReminderTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public async Task Reminders_go_out_once_on_the_Amsterdam_day_before_the_first_handover_day()
    {
        await using var smtp = await TestSmtpServer.StartAsync(TestSmtpServer.FreePort());
        var clock = new AdjustableTimeProvider();
        using var app = new TestApplication(smtp.Port, ReminderSettings(), clock);
        var steps = await SecretariatSteps.LogInAsync(app);
        await steps.ImportSampleAsync();
        var schedule = await steps.MakeScheduleAsync();
        await steps.PublishAsync(schedule.Id);
        await steps.WaitForOutboxDrainedAsync();
        var (firstDay, schools) = await FirstDayAsync(app, schedule.Id);

        MoveTo(clock, firstDay.AddDays(-2), new TimeOnly(23, 30));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var beforeTheDay = await RemindersAsync(app);
        MoveTo(clock, firstDay.AddDays(-1), new TimeOnly(0, 30));
        await Eventually.TrueAsync(async () => await RemindersAsync(app) == schools, "every reminder queued");
        await steps.WaitForOutboxDrainedAsync();
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        Assert.Equal(0, beforeTheDay);
        Assert.Equal(schools, await RemindersAsync(app));
        var reminders = smtp.Messages
            .Where(m => m.Subject?.StartsWith("Herinnering", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(schools, reminders.Count);
        Assert.Equal(schools, reminders.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        Assert.Contains(reminders, m => m.TextBody?.Contains("bereikbaar op 06-", StringComparison.Ordinal) == true);
        Assert.Contains(reminders, m => m.TextBody?.Contains("Beller 1", StringComparison.Ordinal) == true);
    }

    private static Dictionary<string, string?> ReminderSettings() => new()
    {
        ["Reminders:SendFromHour"] = "0",
        ["Reminders:CheckIntervalSeconds"] = "1",
    };

    /// <summary>Sets the clock to a wall-clock time in Amsterdam (00:30 there is 22:30 UTC the day before).</summary>
    private static void MoveTo(AdjustableTimeProvider clock, DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var target = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Amsterdam), TimeSpan.Zero);
        clock.Advance(target - clock.GetUtcNow());
    }

    private static Task<(DateOnly FirstDay, int Schools)> FirstDayAsync(TestApplication app, int scheduleId) =>
        app.WithDbAsync(async db =>
        {
            var blocks = db.CallBlocks.Where(b => b.ScheduleId == scheduleId);
            var firstDay = await blocks.MinAsync(b => b.Date);
            var ofDay = blocks.Where(b => b.Date == firstDay);
            var secondary = await ofDay.Select(b => b.SecondarySchoolId).Distinct().ToListAsync();
            var primary = await ofDay.Join(db.PhoneLines, b => b.PhoneLineId, l => l.Id, (b, l) => l.SchoolId)
                .Distinct().ToListAsync();
            return (firstDay, secondary.Count + primary.Count);
        });

    private static Task<int> RemindersAsync(TestApplication app) => app.WithDbAsync(db =>
        db.OutboxMessages.CountAsync(m => m.DeduplicationKey.StartsWith("reminder:")));
}
