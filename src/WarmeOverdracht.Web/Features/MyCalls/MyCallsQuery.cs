using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.MyCalls;

/// <summary>The calls of the current user's school in the newest published schedule of the school year.</summary>
public sealed class MyCallsQuery(WarmeOverdrachtDbContext db, SchoolScope scope)
{
    public Task<Schedule?> PublishedScheduleAsync(int schoolYearId, CancellationToken ct) =>
        db.Schedules.AsNoTracking()
            .Where(s => s.SchoolYearId == schoolYearId && s.Status == ScheduleStatus.Published)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<MyCall>> CallsAsync(int scheduleId, CancellationToken ct)
    {
        var blocks = await scope.CallBlocks.AsNoTracking().Where(b => b.ScheduleId == scheduleId)
            .Include(b => b.Pupils).OrderBy(b => b.Date).ThenBy(b => b.Start).ThenBy(b => b.CallerNumber)
            .ToListAsync(ct);
        var lineIds = blocks.Select(b => b.PhoneLineId).Distinct().ToList();
        var lines = await db.PhoneLines.AsNoTracking().Include(l => l.School)
            .Where(l => lineIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        var schoolIds = blocks.Select(b => b.SecondarySchoolId).Distinct().ToList();
        var schools = await db.Schools.AsNoTracking().Where(s => schoolIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var pupilIds = blocks.SelectMany(b => b.Pupils).Select(p => p.PupilId).ToList();
        var pupils = await db.Pupils.AsNoTracking().Where(p => pupilIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var callers = await db.ScheduleCallers.AsNoTracking().Where(c => c.ScheduleId == scheduleId)
            .ToDictionaryAsync(c => (c.SchoolId, c.CallerNumber), c => c.Name, ct);

        return blocks.Select(b =>
        {
            var line = lines[b.PhoneLineId];
            return new MyCall(
                b.Id, b.Date, b.Start, b.End, b.CallerNumber,
                callers.GetValueOrDefault((b.SecondarySchoolId, b.CallerNumber)),
                line.School!.Name, line.ContactName, line.MobileNumber, line.DisplayNumber,
                schools[b.SecondarySchoolId],
                b.Pupils.OrderBy(p => p.Position).Select(p => pupils[p.PupilId]).ToList(), b.Outcome);
        }).ToList();
    }
}

public sealed record MyCall(
    int Id,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    int CallerNumber,
    string? CallerName,
    string PrimarySchoolName,
    string ContactName,
    string DialNumber,
    string DisplayNumber,
    string SecondarySchoolName,
    IReadOnlyList<string> PupilNames,
    CallOutcome? Outcome);

public sealed record MyCallsModel(
    string SchoolName, bool Secondary, Schedule? Schedule, IReadOnlyList<MyCall> Calls);
