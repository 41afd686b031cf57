using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.BlockMoves;

/// <summary>The calls of one VO school in a draft schedule, each with a form to move it.</summary>
[Authorize(Roles = Roles.Secretariat)]
public sealed class BlockMovesController(
    WarmeOverdrachtDbContext db, BlockMover mover, ILogger<BlockMovesController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int id, int schoolId)
    {
        var aborted = HttpContext.RequestAborted;
        var schedule = await db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, aborted);
        var school = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == schoolId, aborted);
        if (schedule is null || school is null)
        {
            return NotFound();
        }

        var calls = await db.CallBlocks.AsNoTracking()
            .Where(b => b.ScheduleId == id && b.SecondarySchoolId == schoolId)
            .Join(db.PhoneLines, b => b.PhoneLineId, l => l.Id,
                (b, l) => new MoveRow(b, l.School!.Name, b.Pupils.Count))
            .ToListAsync(aborted);
        var days = await db.HandoverDays.AsNoTracking().Where(d => d.SchoolYearId == schedule.SchoolYearId)
            .OrderBy(d => d.Date).Select(d => d.Date).ToListAsync(aborted);
        return View(new MovesModel(schedule, schoolId, school.Name, days,
            [.. calls.OrderBy(c => c.Block.Date).ThenBy(c => c.Block.Start).ThenBy(c => c.Block.CallerNumber)]));
    }

    [HttpPost]
    public async Task<IActionResult> Index(int id, int schoolId, MoveForm form)
    {
        var error = ModelState.IsValid
            ? await mover.MoveAsync(id, form, HttpContext.RequestAborted)
            : "Vul een geldige dag, begintijd en beller in.";
        if (error is null)
        {
            logger.LogInformation("Call block {BlockId} of schedule {ScheduleId} moved by hand", form.BlockId, id);
            this.SetStatusMessage("Het gesprek is verplaatst en vastgezet; een nieuwe planning laat het staan.");
        }
        else
        {
            this.SetStatusMessage($"Het gesprek is niet verplaatst: {error}", StatusKind.Error);
        }

        return RedirectToAction(nameof(Index), new { id, schoolId });
    }
}

public sealed record MoveRow(CallBlock Block, string PrimarySchoolName, int Pupils);

public sealed record MovesModel(
    Schedule Schedule, int SchoolId, string SchoolName, IReadOnlyList<DateOnly> Days, IReadOnlyList<MoveRow> Calls);
