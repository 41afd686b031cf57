using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Infrastructure.Mail;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Infrastructure.Publishing;
using WarmeOverdracht.Web.Features.Schedules;

namespace WarmeOverdracht.Web.Features.Reminders;

/// <summary>
/// Queues the reminders for tomorrow's calls (Europe/Amsterdam): one mail per school with calls that day,
/// from the newest published schedule. Each school gets one reminder per handover day (deduplication key).
/// </summary>
public sealed class ReminderSender(
    WarmeOverdrachtDbContext db,
    SchoolScheduleQuery query,
    ScheduleMailComposer composer,
    MailOutbox outbox,
    TimeProvider clock,
    ILogger<ReminderSender> logger)
{
    /// <summary>Queues what is due now and returns how many mails were newly queued.</summary>
    public async Task<int> QueueDueAsync(int sendFromHour, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToAmsterdam();
        if (now.Hour < sendFromHour)
        {
            return 0;
        }

        var tomorrow = DateOnly.FromDateTime(now.DateTime).AddDays(1);
        var queued = 0;
        foreach (var schedule in await SchedulesWithCallsOnAsync(tomorrow, cancellationToken))
        {
            queued += await QueueForScheduleAsync(schedule, tomorrow, cancellationToken);
        }

        if (queued > 0)
        {
            logger.LogInformation("Queued {Queued} reminders for {Day}", queued, tomorrow);
        }

        return queued;
    }

    /// <summary>The newest published version of each school year, when it has calls on the day.</summary>
    private async Task<List<PublishedSchedule>> SchedulesWithCallsOnAsync(
        DateOnly day, CancellationToken cancellationToken)
    {
        var published = await db.Schedules.AsNoTracking().Where(s => s.Status == ScheduleStatus.Published)
            .Select(s => new { s.Id, s.SchoolYearId, s.Version }).ToListAsync(cancellationToken);
        var newest = published.GroupBy(s => s.SchoolYearId)
            .Select(g => g.MaxBy(s => s.Version)!).Select(s => new PublishedSchedule(s.Id, s.SchoolYearId)).ToList();
        var ids = newest.Select(s => s.Id).ToList();
        var withCalls = await db.CallBlocks.AsNoTracking().Where(b => ids.Contains(b.ScheduleId) && b.Date == day)
            .Select(b => b.ScheduleId).Distinct().ToListAsync(cancellationToken);
        return newest.Where(s => withCalls.Contains(s.Id)).ToList();
    }

    private async Task<int> QueueForScheduleAsync(
        PublishedSchedule schedule, DateOnly day, CancellationToken cancellationToken)
    {
        var schools = await query.ForAllSchoolsAsync(schedule.Id, cancellationToken);
        var emails = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Email, cancellationToken);
        var queued = 0;
        foreach (var school in schools.Where(s => s.Calls.Any(c => c.Date == day)))
        {
            if (string.IsNullOrWhiteSpace(emails[school.SchoolId]))
            {
                continue;
            }

            var key = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"reminder:{schedule.SchoolYearId}:{day:yyyy-MM-dd}:school:{school.SchoolId}");
            var message = composer.ComposeReminder(school, day)
                .ToOutboxMessage(key, emails[school.SchoolId]!, school.SchoolName);
            message.SchoolId = school.SchoolId;
            message.ScheduleId = schedule.Id;
            queued += await outbox.EnqueueAsync(message, cancellationToken) ? 1 : 0;
        }

        return queued;
    }

    private sealed record PublishedSchedule(int Id, int SchoolYearId);
}
