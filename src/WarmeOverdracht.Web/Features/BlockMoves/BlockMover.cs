using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.SchoolYears;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Web.Features.BlockMoves;

/// <summary>
/// Moves one call of a draft schedule to another time or caller by hand. The move is checked against every hard
/// constraint at once and refused with a Dutch reason; a move that passes pins the call, so re-planning keeps it.
/// </summary>
public sealed class BlockMover(WarmeOverdrachtDbContext db)
{
    /// <summary>Null when the call moved; otherwise why not, in Dutch, and nothing changed.</summary>
    public async Task<string?> MoveAsync(int scheduleId, MoveForm form, CancellationToken cancellationToken)
    {
        var schedule = await db.Schedules.Include(s => s.Blocks).Include(s => s.Schools)
            .FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
        var block = schedule?.Blocks.FirstOrDefault(b => b.Id == form.BlockId);
        if (schedule is null || block is null)
        {
            return "Dit gesprek bestaat niet (meer) in dit rooster.";
        }

        if (schedule.Status != ScheduleStatus.Draft)
        {
            return "Alleen een concept-rooster kan worden aangepast; maak eerst een nieuwe versie.";
        }

        if (form.Date is not { } date || form.Start is not { } start || form.CallerNumber < 1)
        {
            return "Vul een dag, een begintijd en een beller (1 of meer) in.";
        }

        var year = await db.SchoolYears.AsNoTracking().Include(y => y.Days).ThenInclude(d => d.Windows)
            .FirstAsync(y => y.Id == schedule.SchoolYearId, cancellationToken);
        var moved = new Slot(date, start, start.Add(block.End - block.Start));
        var error = WindowError(year, moved)
            ?? await UnavailableErrorAsync(block, moved, cancellationToken)
            ?? await MaximumErrorAsync(block, form.CallerNumber, cancellationToken)
            ?? ConflictError(schedule, block, moved, form.CallerNumber, year.ChangeoverMinutes);
        if (error is not null)
        {
            return error;
        }

        (block.Date, block.Start, block.End, block.CallerNumber, block.Pinned) =
            (moved.Date, moved.Start, moved.End, form.CallerNumber, true);
        Refigure(schedule, year);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private static string? WindowError(SchoolYear year, Slot slot)
    {
        var day = year.Days.FirstOrDefault(d => d.Date == slot.Date);
        if (day is null)
        {
            return "Die dag is geen overdrachtsdag.";
        }

        return slot.End > slot.Start && day.Windows.Any(w => w.Start <= slot.Start && slot.End <= w.End)
            ? null
            : $"Het gesprek ({slot.Start:HH:mm}–{slot.End:HH:mm}) past dan niet binnen één tijdvak van die dag.";
    }

    private async Task<string?> UnavailableErrorAsync(CallBlock block, Slot slot, CancellationToken token)
    {
        var unavailable = await db.PhoneLineUnavailabilities.AsNoTracking()
            .Where(u => u.PhoneLineId == block.PhoneLineId && u.Date == slot.Date)
            .ToListAsync(token);
        var overlap = unavailable.FirstOrDefault(u => u.Start < slot.End && slot.Start < u.End);
        return overlap is null
            ? null
            : $"De contactpersoon is dan niet bereikbaar ({overlap.Start:HH:mm}–{overlap.End:HH:mm}).";
    }

    private async Task<string?> MaximumErrorAsync(CallBlock block, int callerNumber, CancellationToken token)
    {
        var maximum = await db.Schools.AsNoTracking().Where(s => s.Id == block.SecondarySchoolId)
            .Select(s => s.MaxCallers).FirstOrDefaultAsync(token);
        return callerNumber > maximum
            ? $"De VO-school levert maximaal {maximum} {(maximum == 1 ? "beller" : "bellers")}."
            : null;
    }

    private static string? ConflictError(
        Schedule schedule, CallBlock block, Slot slot, int callerNumber, int changeover)
    {
        var others = schedule.Blocks.Where(b => b.Id != block.Id).ToList();
        var lineBusy = others.FirstOrDefault(b => b.PhoneLineId == block.PhoneLineId && b.Date == slot.Date
            && b.Start < slot.End && slot.Start < b.End);
        if (lineBusy is not null)
        {
            return $"De contactpersoon heeft dan al een gesprek ({lineBusy.Start:HH:mm}–{lineBusy.End:HH:mm}).";
        }

        var callerBusy = others.FirstOrDefault(b => b.SecondarySchoolId == block.SecondarySchoolId
            && b.CallerNumber == callerNumber && b.Date == slot.Date
            && b.Start < slot.End.AddMinutes(changeover) && slot.Start < b.End.AddMinutes(changeover));
        if (callerBusy is not null)
        {
            return $"Beller {callerNumber} heeft dan al een gesprek ({callerBusy.Start:HH:mm}–{callerBusy.End:HH:mm})"
                + (changeover > 0 ? $" of niet de {changeover} minuten wisseltijd ertussen." : ".");
        }

        var partElsewhere = others.Any(b => b.PhoneLineId == block.PhoneLineId
            && b.SecondarySchoolId == block.SecondarySchoolId && b.Date != slot.Date);
        return partElsewhere
            ? "De andere delen van dit gesprek staan op een andere dag; delen blijven op één dag."
            : null;
    }

    // The school's callers and the schedule's waiting and finish follow the move.
    private static void Refigure(Schedule schedule, SchoolYear year)
    {
        foreach (var school in schedule.Schools)
        {
            school.Callers = schedule.Blocks.Where(b => b.SecondarySchoolId == school.SchoolId)
                .Select(b => b.CallerNumber).DefaultIfEmpty(0).Max();
        }

        schedule.WaitingMinutes = schedule.Blocks.GroupBy(b => (b.PhoneLineId, b.Date))
            .Sum(day => (int)(day.Max(b => b.End) - day.Min(b => b.Start)).TotalMinutes
                - day.Sum(b => (int)(b.End - b.Start).TotalMinutes));
        schedule.FinishMinutes = schedule.Blocks.Count == 0
            ? 0
            : schedule.Blocks.Max(b => WindowMinutesAt(year, b.Date, b.End));
    }

    private static int WindowMinutesAt(SchoolYear year, DateOnly date, TimeOnly end)
    {
        var minutes = 0;
        foreach (var day in year.Days.OrderBy(d => d.Date))
        {
            foreach (var window in day.Windows.OrderBy(w => w.Start))
            {
                if (day.Date == date && window.Start < end && end <= window.End)
                {
                    return minutes + (int)(end - window.Start).TotalMinutes;
                }

                minutes += window.Minutes;
            }
        }

        return minutes;
    }

    private sealed record Slot(DateOnly Date, TimeOnly Start, TimeOnly End);
}

/// <summary>Where a call goes: day, start and the VO school's caller number.</summary>
public sealed class MoveForm
{
    public int BlockId { get; set; }

    public DateOnly? Date { get; set; }

    public TimeOnly? Start { get; set; }

    public int CallerNumber { get; set; }
}
