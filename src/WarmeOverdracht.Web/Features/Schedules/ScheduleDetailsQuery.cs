using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Features.SchoolYears;

namespace WarmeOverdracht.Web.Features.Schedules;

/// <summary>The figures of a schedule beside their lower bounds, per school and in total.</summary>
public sealed class ScheduleDetailsQuery(WarmeOverdrachtDbContext db, PlanningProgress progress)
{
    public async Task<ScheduleDetailsModel?> GetAsync(int scheduleId, CancellationToken cancellationToken)
    {
        var schedule = await db.Schedules.AsNoTracking().Include(s => s.Schools).Include(s => s.Exclusions)
            .FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
        if (schedule is null)
        {
            return null;
        }

        var year = await db.SchoolYears.AsNoTracking().Include(y => y.Days).ThenInclude(d => d.Windows)
            .FirstAsync(y => y.Id == schedule.SchoolYearId, cancellationToken);
        var blocks = await db.CallBlocks.AsNoTracking().Where(b => b.ScheduleId == scheduleId)
            .Join(db.PhoneLines, b => b.PhoneLineId, l => l.Id,
                (b, l) => new
                {
                    b.SecondarySchoolId, PrimarySchoolId = l.SchoolId, Pupils = b.Pupils.Count,
                    b.PhoneLineId, l.ContactName, b.Date, b.Start, b.End,
                })
            .ToListAsync(cancellationToken);
        var names = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

        var secondary = schedule.Schools.Select(s => new SecondarySchoolSummary(
                s.SchoolId, names[s.SchoolId], blocks.Count(b => b.SecondarySchoolId == s.SchoolId),
                blocks.Where(b => b.SecondarySchoolId == s.SchoolId).Sum(b => b.Pupils), s.Callers, s.CallerLowerBound,
                s.LoadMinutes))
            .OrderBy(s => s.Name).ToList();
        var primary = blocks.GroupBy(b => b.PrimarySchoolId)
            .Select(g => new PrimarySchoolSummary(g.Key, names[g.Key], g.Count(), g.Sum(b => b.Pupils)))
            .OrderBy(s => s.Name).ToList();
        var lines = LineSpanSummary.Measure(blocks.Select(b => new LineCall(
            b.PhoneLineId, names[b.PrimarySchoolId], b.ContactName, b.Date, b.Start, b.End)));
        var exclusions = schedule.Exclusions.GroupBy(e => e.Reason).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count())).ToList();

        return new ScheduleDetailsModel(
            schedule, progress.Get(scheduleId), secondary, primary, exclusions,
            WindowClock.Describe(year, schedule.FinishMinutes),
            WindowClock.Describe(year, schedule.FinishLowerBoundMinutes))
        {
            Lines = lines,
            Changes = await PublishedChanges.ForAsync(db, schedule, cancellationToken),
        };
    }

    public async Task<ExcludedModel?> GetExcludedAsync(int scheduleId, CancellationToken cancellationToken)
    {
        var schedule = await db.Schedules.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
        if (schedule is null)
        {
            return null;
        }

        var rows = await db.Schedules.Where(s => s.Id == scheduleId).SelectMany(s => s.Exclusions)
            .Join(db.Pupils, e => e.PupilId, p => p.Id, (e, p) => new { e.Reason, e.Detail, Pupil = p,
                Primary = p.PrimarySchool!.Name,
                Secondary = p.SecondarySchool != null ? p.SecondarySchool.Name : null,
            })
            .AsNoTracking().ToListAsync(cancellationToken);
        var pupils = rows
            .OrderBy(r => r.Reason).ThenBy(r => r.Primary).ThenBy(r => r.Pupil.LastName)
            .Select(r => new ExcludedPupil(r.Pupil.ElkNumber, r.Pupil.FullName, r.Primary, r.Secondary,
                r.Detail ?? r.Reason.ToDutch()))
            .ToList();
        return new ExcludedModel(schedule, pupils);
    }
}
