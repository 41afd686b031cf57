using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.IntegrationTests.Journeys;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Features;

// The secretariat moves a call by hand: checked at once, refused in Dutch when it breaks a constraint, pinned when
// it passes, and kept by the next planning.
[Trait("Category", "Integration")]
public sealed class BlockMoveTests : IDisposable
{
    private readonly TestApplication app = new();

    [Theory]
    [InlineData("07:00", 1, "past dan niet binnen één tijdvak")]
    [InlineData("08:30", 1, "Beller 1 heeft dan al een gesprek (08:30–08:37)")]
    [InlineData("", 1, "Vul een dag, een begintijd en een beller")]
    public async Task A_move_that_breaks_a_constraint_is_refused_with_the_reason_and_changes_nothing(
        string start, int caller, string reason)
    {
        var (steps, schedule, blocks) = await TwoCallsAsync();
        var moving = blocks[1];

        var html = await MoveAsync(steps, schedule, moving, moving.Date, start, caller);

        Assert.Contains($"Het gesprek is niet verplaatst: ", html, StringComparison.Ordinal);
        Assert.Contains(reason, html, StringComparison.Ordinal);
        var after = await app.WithDbAsync(db => db.CallBlocks.AsNoTracking().SingleAsync(b => b.Id == moving.Id));
        Assert.Equal((moving.Start, moving.CallerNumber, false), (after.Start, after.CallerNumber, after.Pinned));
    }

    [Fact]
    public async Task A_valid_move_is_pinned_and_the_next_planning_keeps_it()
    {
        var (steps, schedule, blocks) = await TwoCallsAsync();
        var moving = blocks[1];

        var html = await MoveAsync(steps, schedule, moving, moving.Date, "14:00", 1);
        var next = await steps.MakeScheduleAsync();

        Assert.Contains("Het gesprek is verplaatst en vastgezet", html, StringComparison.Ordinal);
        var moved = await app.WithDbAsync(db => db.CallBlocks.AsNoTracking().SingleAsync(b => b.Id == moving.Id));
        Assert.Equal((new TimeOnly(14, 0), new TimeOnly(14, 7), true), (moved.Start, moved.End, moved.Pinned));
        var kept = await app.WithDbAsync(db => db.CallBlocks.AsNoTracking()
            .SingleAsync(b => b.ScheduleId == next.Id && b.PhoneLineId == moving.PhoneLineId));
        Assert.Equal((moving.Date, new TimeOnly(14, 0), true), (kept.Date, kept.Start, kept.Pinned));
    }

    [Fact]
    public async Task A_call_moved_to_caller_2_keeps_caller_2_and_its_time_after_re_planning()
    {
        var (steps, schedule, blocks) = await TwoCallsAsync();
        var moving = blocks[1];

        var html = await MoveAsync(steps, schedule, moving, moving.Date, "10:00", 2);
        var next = await steps.MakeScheduleAsync();

        Assert.Contains("Het gesprek is verplaatst en vastgezet", html, StringComparison.Ordinal);
        var kept = await app.WithDbAsync(db => db.CallBlocks.AsNoTracking()
            .Where(b => b.ScheduleId == next.Id).OrderBy(b => b.Start).ToListAsync());
        Assert.Equal(
            [(new TimeOnly(8, 30), 1, false), (new TimeOnly(10, 0), 2, true)],
            kept.Select(b => (b.Start, b.CallerNumber, b.Pinned)));
        Assert.Equal(moving.PhoneLineId, kept[1].PhoneLineId);
        var figures = await app.WithDbAsync(db => db.Schedules.AsNoTracking().Include(s => s.Schools)
            .SingleAsync(s => s.Id == next.Id));
        Assert.Equal(2, Assert.Single(figures.Schools).Callers);
    }

    [Fact]
    public async Task The_schedule_page_shows_each_phone_line_span_against_its_bound_and_lists_lines_above_it()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        var csv = new ElkCsvBuilder().Pupil("100", lastName: "Aap")
            .Pupil("101", lastName: "Beer", secondaryCode: "44DD00");
        var (importId, _) = await steps.UploadAsync("export.csv", csv.Build());
        await steps.ConfirmImportAsync(importId);
        var schedule = await steps.MakeScheduleAsync();
        var blocks = await app.WithDbAsync(db => db.CallBlocks.AsNoTracking().Where(b => b.ScheduleId == schedule.Id)
            .OrderBy(b => b.Start).ToListAsync());
        var before = await steps.User.GetHtmlAsync($"/Schedules/Details/{schedule.Id}");

        await MoveAsync(steps, schedule, blocks[1], blocks[1].Date, "14:00", 1);
        var after = await steps.User.GetHtmlAsync($"/Schedules/Details/{schedule.Id}");
        var primaryId = await app.WithDbAsync(db => db.Schools.Where(s => s.Code == "11AA00").Select(s => s.Id)
            .SingleAsync());
        var schoolPage = await steps.User.GetHtmlAsync($"/Schedules/School/{schedule.Id}?schoolId={primaryId}");

        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(8, 37)), (blocks[0].Start, blocks[1].Start));
        Assert.Contains("PO-lijnen op hun ondergrens:\n    <strong>1 van 1</strong>", before, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"line-span\">14<", before, StringComparison.Ordinal);
        Assert.DoesNotContain("lines-above-bound", before, StringComparison.Ordinal);
        Assert.Contains("<strong>0 van 1</strong>", after, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"line-span\">337<", after, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"line-span-bound\">14<", after, StringComparison.Ordinal);
        Assert.Contains("PO-lijnen boven hun ondergrens (1)", after, StringComparison.Ordinal);
        Assert.Contains("<td>Marieke Bos</td><td>1</td><td data-figure=\"span\">337</td>", after,
            StringComparison.Ordinal);
        Assert.Contains("<td>Marieke Bos</td><td>1</td><td data-figure=\"span\">337</td>", schoolPage,
            StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(
            e => e.Action == "schedule.school.view" && e.SchoolId == primaryId)));
    }

    public void Dispose() => app.Dispose();

    private async Task<(SecretariatSteps, Schedule, List<CallBlock>)> TwoCallsAsync()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        var csv = new ElkCsvBuilder().Pupil("100", lastName: "Aap")
            .Pupil("101", lastName: "Beer", primaryCode: "33CC00", contact: "Piet Klaas", mobile: "06-87654321");
        var (importId, _) = await steps.UploadAsync("export.csv", csv.Build());
        await steps.ConfirmImportAsync(importId);
        var schedule = await steps.MakeScheduleAsync();
        var blocks = await app.WithDbAsync(db => db.CallBlocks.AsNoTracking().Where(b => b.ScheduleId == schedule.Id)
            .OrderBy(b => b.Date).ThenBy(b => b.Start).ToListAsync());
        Assert.Equal(2, blocks.Count);
        Assert.Equal(new TimeOnly(8, 30), blocks[0].Start);
        return (steps, schedule, blocks);
    }

    private static async Task<string> MoveAsync(
        SecretariatSteps steps, Schedule schedule, CallBlock block, DateOnly date, string start, int caller)
    {
        var page = $"/BlockMoves/Index/{schedule.Id}?schoolId={block.SecondarySchoolId}";
        var response = await steps.User.PostFormAsync(page, page, new()
        {
            ["BlockId"] = block.Id.ToString(CultureInfo.InvariantCulture),
            ["Date"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Start"] = start,
            ["CallerNumber"] = caller.ToString(CultureInfo.InvariantCulture),
        });
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
