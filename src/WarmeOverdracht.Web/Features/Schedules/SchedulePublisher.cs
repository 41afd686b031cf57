using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Infrastructure.Mail;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.Web.Features.Schedules;

/// <summary>
/// Publishes a schedule: every school with calls gets one mail with its schedule in the body, as .xlsx
/// and as .ics, through the outbox. A later version mails only the schools whose calls changed
/// (<see cref="ScheduleChanges"/>), listing the changes; a school left without calls gets a cancellation.
/// Publishing again only queues what is still missing (for instance for a
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
        var changed = await SchoolsToMailAsync(schedule, schools, cancellationToken);
        var emails = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Email, cancellationToken);
        var outcome = new PublishOutcome
        {
            Unchanged = schools.Count(s => changed.All(c => c.SchoolId != s.SchoolId)),
        };
        outcome.WithoutEmail.AddRange(changed.Where(s => string.IsNullOrWhiteSpace(emails[s.SchoolId]))
            .Select(s => s.SchoolName));
        var messages = await ComposeMissingAsync(schedule, changed, emails, outcome, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        MarkPublished(schedule);
        outcome.Queued = await outbox.EnqueueManyAsync(messages, cancellationToken);
        outcome.AlreadyQueued += messages.Count - outcome.Queued;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();

        logger.LogInformation(
            "Schedule {ScheduleId} published: {Queued} mails queued, {AlreadyQueued} already queued, " +
            "{Unchanged} unchanged, {WithoutEmail} schools without e-mail",
            schedule.Id, outcome.Queued, outcome.AlreadyQueued, outcome.Unchanged, outcome.WithoutEmail.Count);
        return outcome;
    }

    /// <summary>
    /// Composes the mails not queued yet, in parallel: building the workbooks is most of the work of
    /// publishing, and each school's mail is independent of the others.
    /// </summary>
    private async Task<List<OutboxMessage>> ComposeMissingAsync(
        Schedule schedule,
        IReadOnlyList<SchoolSchedule> schools,
        Dictionary<int, string?> emails,
        PublishOutcome outcome,
        CancellationToken cancellationToken)
    {
        var prefix = KeyFor(schedule, schoolId: null);
        var queued = (await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeduplicationKey.StartsWith(prefix))
            .Select(m => m.DeduplicationKey).ToListAsync(cancellationToken)).ToHashSet();
        var missing = schools
            .Where(s => !string.IsNullOrWhiteSpace(emails[s.SchoolId]))
            .Where(s => !queued.Contains(KeyFor(schedule, s.SchoolId)))
            .ToList();
        outcome.AlreadyQueued = schools.Count - outcome.WithoutEmail.Count - missing.Count;
        return missing.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(s => ToMessage(schedule, s, emails[s.SchoolId]!))
            .ToList();
    }

    private static string KeyFor(Schedule schedule, int? schoolId) =>
        string.Create(CultureInfo.InvariantCulture, $"schedule:{schedule.Id}:school:{schoolId}");

    private OutboxMessage ToMessage(Schedule schedule, SchoolSchedule school, string email)
    {
        var message = composer.Compose(school)
            .ToOutboxMessage(KeyFor(schedule, school.SchoolId), email, school.SchoolName);
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
    /// The schools that get a mail: every school with calls for a first publication; after that only
    /// the schools whose calls changed, each with its changes, including schools left without calls.
    /// </summary>
    private async Task<IReadOnlyList<SchoolSchedule>> SchoolsToMailAsync(
        Schedule schedule, IReadOnlyList<SchoolSchedule> schools, CancellationToken cancellationToken)
    {
        var previousId = await db.Schedules
            .Where(s => s.SchoolYearId == schedule.SchoolYearId && s.Status == ScheduleStatus.Published
                        && s.Version < schedule.Version)
            .OrderByDescending(s => s.Version).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (previousId is null)
        {
            return schools;
        }

        var previous = await query.ForAllSchoolsAsync(previousId.Value, cancellationToken);
        var changes = await ChangesAsync(previousId.Value, schedule.Id, cancellationToken);
        return await ChangedSchoolsAsync(schedule, schools, previous, changes, cancellationToken);
    }

    private async Task<IReadOnlyList<CallChange>> ChangesAsync(
        int previousId, int scheduleId, CancellationToken cancellationToken)
    {
        var blocks = await db.CallBlocks.AsNoTracking().Include(b => b.Pupils)
            .Where(b => b.ScheduleId == previousId || b.ScheduleId == scheduleId)
            .ToListAsync(cancellationToken);
        return ScheduleChanges.Compare(
            blocks.Where(b => b.ScheduleId == previousId), blocks.Where(b => b.ScheduleId == scheduleId));
    }

    private async Task<IReadOnlyList<SchoolSchedule>> ChangedSchoolsAsync(
        Schedule schedule,
        IReadOnlyList<SchoolSchedule> schools,
        IReadOnlyList<SchoolSchedule> previous,
        IReadOnlyList<CallChange> changes,
        CancellationToken cancellationToken)
    {
        var lineSchools = await db.PhoneLines.AsNoTracking()
            .ToDictionaryAsync(l => l.Id, l => l.SchoolId, cancellationToken);
        var calls = schools.Concat(previous).SelectMany(s => s.Calls)
            .DistinctBy(c => c.BlockId).ToDictionary(c => c.BlockId);
        var perSchool = changes
            .SelectMany(c => new[]
            {
                (SchoolId: lineSchools[c.PhoneLineId], Change: c), (SchoolId: c.SecondarySchoolId, Change: c),
            })
            .GroupBy(entry => entry.SchoolId, entry => ToScheduledChange(entry.Change, calls));
        var current = schools.ToDictionary(s => s.SchoolId);
        var earlier = previous.ToDictionary(s => s.SchoolId);

        return perSchool.Select(group => (current.GetValueOrDefault(group.Key)
                ?? earlier[group.Key] with { ScheduleVersion = schedule.Version, Calls = [] }) with
            {
                ReplacesEarlier = earlier.ContainsKey(group.Key),
                Changes = group.ToList(),
            })
            .OrderBy(s => s.Sector).ThenBy(s => s.SchoolName)
            .ToList();
    }

    private static ScheduledCallChange ToScheduledChange(
        CallChange change, Dictionary<int, ScheduledCall> calls) =>
        new(change.Kind,
            change.Before is null ? null : calls[change.Before.Id],
            change.After is null ? null : calls[change.After.Id]);

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
