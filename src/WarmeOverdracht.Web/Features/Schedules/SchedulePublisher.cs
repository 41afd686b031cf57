using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Infrastructure.Mail;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.Web.Features.Schedules;

/// <summary>
/// Publishes a schedule: every school with calls gets one mail with its schedule in the body and as
/// .xlsx, through the outbox. Publishing again only queues what is still missing (for instance for a
/// school whose e-mail address was added since); a mail already queued is never queued twice.
/// </summary>
public sealed class SchedulePublisher(
    WarmeOverdrachtDbContext db,
    SchoolScheduleQuery query,
    ScheduleMailComposer composer,
    MailOutbox outbox,
    OutboxSignal outboxSignal,
    TimeProvider clock,
    ILogger<SchedulePublisher> logger)
{
    public async Task<PublishOutcome?> PublishAsync(int scheduleId, CancellationToken cancellationToken)
    {
        var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
        if (schedule is null || schedule.Status is not (ScheduleStatus.Draft or ScheduleStatus.Published))
        {
            return null;
        }

        var newer = await NewerPublishedVersionAsync(schedule, cancellationToken);
        if (newer is not null)
        {
            return new PublishOutcome
            {
                Refusal = $"Versie {newer} is al gepubliceerd; een oudere versie kan niet meer worden gepubliceerd. " +
                          "Maak zo nodig een nieuw rooster.",
            };
        }

        var schools = await query.ForAllSchoolsAsync(scheduleId, cancellationToken);
        var previous = await PreviousFingerprintsAsync(schedule, cancellationToken);
        var changed = schools.Where(s => previous.GetValueOrDefault(s.SchoolId) != Fingerprint(s)).ToList();
        var emails = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Email, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = new PublishOutcome { Unchanged = schools.Count - changed.Count };
        foreach (var school in changed)
        {
            var mailed = school with { ReplacesEarlier = previous.ContainsKey(school.SchoolId) };
            await QueueAsync(schedule, mailed, emails[school.SchoolId], outcome, cancellationToken);
        }

        MarkPublished(schedule);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();

        logger.LogInformation(
            "Schedule {ScheduleId} published: {Queued} mails queued, {AlreadyQueued} already queued, " +
            "{Unchanged} unchanged, {WithoutEmail} schools without e-mail",
            schedule.Id, outcome.Queued, outcome.AlreadyQueued, outcome.Unchanged, outcome.WithoutEmail.Count);
        return outcome;
    }

    private async Task QueueAsync(
        Schedule schedule,
        SchoolSchedule school,
        string? email,
        PublishOutcome outcome,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            outcome.WithoutEmail.Add(school.SchoolName);
            return;
        }

        var queued = await outbox.EnqueueAsync(ToMessage(schedule, school, email), cancellationToken);
        if (queued)
        {
            outcome.Queued++;
        }
        else
        {
            outcome.AlreadyQueued++;
        }
    }

    private OutboxMessage ToMessage(Schedule schedule, SchoolSchedule school, string email)
    {
        var message = composer.Compose(school)
            .ToOutboxMessage($"schedule:{schedule.Id}:school:{school.SchoolId}", email, school.SchoolName);
        message.SchoolId = school.SchoolId;
        message.ScheduleId = schedule.Id;
        return message;
    }

    private async Task<int?> NewerPublishedVersionAsync(Schedule schedule, CancellationToken cancellationToken) =>
        await db.Schedules
            .Where(s => s.SchoolYearId == schedule.SchoolYearId && s.Status == ScheduleStatus.Published
                        && s.Version > schedule.Version)
            .MaxAsync(s => (int?)s.Version, cancellationToken);

    /// <summary>
    /// Per school, the calls it received in the previously published version: a school whose calls are
    /// the same gets no new mail, and one that had calls is told the new mail replaces them.
    /// </summary>
    private async Task<Dictionary<int, string>> PreviousFingerprintsAsync(
        Schedule schedule, CancellationToken cancellationToken)
    {
        var previousId = await db.Schedules
            .Where(s => s.SchoolYearId == schedule.SchoolYearId && s.Status == ScheduleStatus.Published
                        && s.Version < schedule.Version)
            .OrderByDescending(s => s.Version).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        return previousId is null
            ? []
            : (await query.ForAllSchoolsAsync(previousId.Value, cancellationToken))
                .ToDictionary(s => s.SchoolId, Fingerprint);
    }

    private static string Fingerprint(SchoolSchedule school) => string.Join('\n', school.Calls.Select(c =>
        $"{c.Date:yyyy-MM-dd}|{c.Start:HH:mm}|{c.End:HH:mm}|{c.CallerNumber}|{c.PrimarySchoolName}|{c.ContactName}|" +
        $"{c.MobileNumber}|{c.SecondarySchoolName}|{string.Join(';', c.PupilNames)}"));

    private void MarkPublished(Schedule schedule)
    {
        if (schedule.Status != ScheduleStatus.Published)
        {
            schedule.Status = ScheduleStatus.Published;
            schedule.PublishedAt = clock.GetUtcNow();
        }
    }
}

public sealed class PublishOutcome
{
    /// <summary>Why nothing was published, in Dutch; null when publishing went ahead.</summary>
    public string? Refusal { get; init; }

    public int Queued { get; set; }

    public int AlreadyQueued { get; set; }

    public int Unchanged { get; set; }

    public List<string> WithoutEmail { get; } = [];
}
