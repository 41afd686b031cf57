using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Web.Features.Schedules;

/// <summary>One changed call against the published version, in words for the page.</summary>
public sealed record ChangeRow(string Kind, string PrimarySchool, string SecondarySchool, string Before, string After);

/// <summary>The published version this schedule is compared with, and every call that differs.</summary>
public sealed record PublishedChanges(int PublishedVersion, IReadOnlyList<ChangeRow> Rows)
{
    public static async Task<PublishedChanges?> ForAsync(
        WarmeOverdrachtDbContext db, Schedule schedule, CancellationToken cancellationToken)
    {
        var published = await db.Schedules.AsNoTracking()
            .Where(s => s.SchoolYearId == schedule.SchoolYearId && s.Status == ScheduleStatus.Published
                && s.Version < schedule.Version)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(cancellationToken);
        if (published is null || schedule.Status is ScheduleStatus.Planning or ScheduleStatus.Failed)
        {
            return null;
        }

        var before = await BlocksAsync(db, published.Id, cancellationToken);
        var after = await BlocksAsync(db, schedule.Id, cancellationToken);
        var changes = ScheduleChanges.Compare(before, after);
        var lines = await db.PhoneLines.AsNoTracking().Include(l => l.School)
            .ToDictionaryAsync(l => l.Id, l => l.School!.Name, cancellationToken);
        var schools = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var rows = changes.Select(change => new ChangeRow(
                KindText(change.Kind), lines[change.PhoneLineId], schools[change.SecondarySchoolId],
                Describe(change.Before), Describe(change.After)))
            .ToList();
        return new PublishedChanges(published.Version, rows);
    }

    private static Task<List<CallBlock>> BlocksAsync(
        WarmeOverdrachtDbContext db, int scheduleId, CancellationToken cancellationToken) =>
        db.CallBlocks.AsNoTracking().Include(b => b.Pupils).Where(b => b.ScheduleId == scheduleId)
            .ToListAsync(cancellationToken);

    private static string KindText(CallChangeKind kind) => kind switch
    {
        CallChangeKind.Added => "Nieuw",
        CallChangeKind.Moved => "Verplaatst",
        CallChangeKind.PupilsChanged => "Andere leerlingen",
        _ => "Vervallen",
    };

    private static string Describe(CallBlock? block) => block is null
        ? "–"
        : string.Create(CultureInfo.GetCultureInfo("nl-NL"),
            $"{block.Date:ddd d MMM} {block.Start:HH:mm}–{block.End:HH:mm}, beller {block.CallerNumber}, "
            + $"{block.Pupils.Count} ll.");
}
