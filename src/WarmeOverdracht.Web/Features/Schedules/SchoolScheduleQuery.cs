using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.Web.Features.Schedules;

/// <summary>Reads a schedule as each school sees it: its calls, with names and the number to dial.</summary>
public sealed class SchoolScheduleQuery(WarmeOverdrachtDbContext db)
{
    /// <summary>One entry per school (PO and VO) that has at least one call, ordered by sector and name.</summary>
    public Task<IReadOnlyList<SchoolSchedule>> ForAllSchoolsAsync(
        int scheduleId, CancellationToken cancellationToken) =>
        BuildAsync(scheduleId, schoolId: null, cancellationToken);

    public async Task<SchoolSchedule?> ForSchoolAsync(
        int scheduleId, int schoolId, CancellationToken cancellationToken) =>
        (await BuildAsync(scheduleId, schoolId, cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<SchoolSchedule>> BuildAsync(
        int scheduleId, int? schoolId, CancellationToken cancellationToken)
    {
        var header = await db.Schedules.AsNoTracking().Where(s => s.Id == scheduleId)
            .Join(db.SchoolYears, s => s.SchoolYearId, y => y.Id,
                (s, y) => new { s.Version, s.SchoolYearId, YearName = y.Name, y.SlotMinutes })
            .FirstOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return [];
        }

        var calls = await LoadCallsAsync(scheduleId, header.SchoolYearId, cancellationToken);
        var schools = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        return calls
            .SelectMany(c => new[] { (SchoolId: c.SecondarySchoolId, c.Call), (SchoolId: c.PrimarySchoolId, c.Call) })
            .Where(entry => schoolId is null || entry.SchoolId == schoolId)
            .GroupBy(entry => entry.SchoolId, entry => entry.Call)
            .Select(group => (School: schools[group.Key], Calls: group.ToList()))
            .OrderBy(g => g.School.Sector).ThenBy(g => g.School.Name)
            .Select(g => new SchoolSchedule(
                g.School.Id, g.School.Code, g.School.Name, g.School.Sector, header.YearName, header.Version,
                header.SlotMinutes, g.Calls))
            .ToList();
    }

    private async Task<List<CallRow>> LoadCallsAsync(
        int scheduleId, int schoolYearId, CancellationToken cancellationToken)
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
        var keys = CallKeys(blocks, schoolYearId);

        return blocks.Select(block =>
        {
            var line = lines[block.PhoneLineId];
            var names = block.Pupils.OrderBy(p => p.Position).Select(p => pupils[p.PupilId].FullName).ToList();
            var call = new ScheduledCall(
                block.Date, block.Start, block.End, block.CallerNumber, line.School!.Name, line.ContactName,
                line.DisplayNumber, schoolNames[block.SecondarySchoolId], names)
            {
                Key = keys[block.Id],
                BlockId = block.Id,
            };
            return new CallRow(line.SchoolId, block.SecondarySchoolId, call);
        }).ToList();
    }

    /// <summary>Each block's identity across versions (part number within its line and VO school).</summary>
    private static Dictionary<int, CallKey> CallKeys(IEnumerable<CallBlock> blocks, int schoolYearId) =>
        blocks.GroupBy(b => (b.PhoneLineId, b.SecondarySchoolId))
            .SelectMany(pair => pair.OrderBy(b => b.Date).ThenBy(b => b.Start).Select((block, index) =>
                (block.Id,
                    Key: new CallKey(schoolYearId, pair.Key.PhoneLineId, pair.Key.SecondarySchoolId, index + 1))))
            .ToDictionary(entry => entry.Id, entry => entry.Key);

    private sealed record CallRow(int PrimarySchoolId, int SecondarySchoolId, ScheduledCall Call);
}
