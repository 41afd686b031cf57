using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.Web.Features.Schedules;

/// <summary>Reads a schedule as each school sees it: its calls, with names and the number to dial.</summary>
public sealed class SchoolScheduleQuery(WarmeOverdrachtDbContext db)
{
    /// <summary>One entry per school (PO and VO) that has at least one call, ordered by sector and name.</summary>
    public async Task<IReadOnlyList<SchoolSchedule>> ForAllSchoolsAsync(
        int scheduleId, CancellationToken cancellationToken)
    {
        var header = await db.Schedules.AsNoTracking().Where(s => s.Id == scheduleId)
            .Join(db.SchoolYears, s => s.SchoolYearId, y => y.Id,
                (s, y) => new { s.Version, YearName = y.Name, y.SlotMinutes })
            .FirstOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return [];
        }

        var calls = await LoadCallsAsync(scheduleId, cancellationToken);
        var schools = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        return calls.GroupBy(c => c.SecondarySchoolId)
            .Concat(calls.GroupBy(c => c.PrimarySchoolId))
            .Select(group => schools[group.Key])
            .OrderBy(s => s.Sector).ThenBy(s => s.Name)
            .Select(school => new SchoolSchedule(
                school.Id, school.Code, school.Name, school.Sector, header.YearName, header.Version, header.SlotMinutes,
                calls.Where(c => Belongs(c, school)).Select(c => c.Call).ToList()))
            .ToList();
    }

    public async Task<SchoolSchedule?> ForSchoolAsync(
        int scheduleId, int schoolId, CancellationToken cancellationToken) =>
        (await ForAllSchoolsAsync(scheduleId, cancellationToken)).FirstOrDefault(s => s.SchoolId == schoolId);

    private static bool Belongs(CallRow call, School school) =>
        school.Sector == SchoolSector.Primary ? call.PrimarySchoolId == school.Id : call.SecondarySchoolId == school.Id;

    private async Task<List<CallRow>> LoadCallsAsync(int scheduleId, CancellationToken cancellationToken)
    {
        var blocks = await db.CallBlocks.AsNoTracking().Where(b => b.ScheduleId == scheduleId)
            .Include(b => b.Pupils)
            .OrderBy(b => b.Date).ThenBy(b => b.Start).ThenBy(b => b.CallerNumber)
            .ToListAsync(cancellationToken);
        var lines = await db.PhoneLines.AsNoTracking().Include(l => l.School)
            .ToDictionaryAsync(l => l.Id, cancellationToken);
        var schoolNames = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var pupilIds = blocks.SelectMany(b => b.Pupils).Select(p => p.PupilId).ToList();
        var pupils = await db.Pupils.AsNoTracking().Where(p => pupilIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        return blocks.Select(block =>
        {
            var line = lines[block.PhoneLineId];
            var names = block.Pupils.OrderBy(p => p.Position).Select(p => pupils[p.PupilId].FullName).ToList();
            var call = new ScheduledCall(
                block.Date, block.Start, block.End, block.CallerNumber, line.School!.Name, line.ContactName,
                line.DisplayNumber, schoolNames[block.SecondarySchoolId], names);
            return new CallRow(line.SchoolId, block.SecondarySchoolId, call);
        }).ToList();
    }

    private sealed record CallRow(int PrimarySchoolId, int SecondarySchoolId, ScheduledCall Call);
}
