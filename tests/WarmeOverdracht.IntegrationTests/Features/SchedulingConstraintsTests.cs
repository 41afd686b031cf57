using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.IntegrationTests.Journeys;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Features;

// The constraints the secretariat enters (changeover, most pupils per call, a contact's unavailable times) reach
// the schedule the background job makes.
[Trait("Category", "Integration")]
public sealed class SchedulingConstraintsTests : IDisposable
{
    private readonly TestApplication app = new();

    [Fact]
    public async Task A_call_above_the_maximum_pupils_is_split_into_parts_on_one_day_with_the_changeover_kept()
    {
        var steps = await ImportAsync(5);
        var year = await app.WithDbAsync(db => db.SchoolYears.Include(y => y.Days).ThenInclude(d => d.Windows)
            .SingleAsync());
        var form = new Dictionary<string, string>
        {
            ["SlotMinutes"] = "7",
            ["RequestDeadline"] = year.RequestDeadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["ChangeoverMinutes"] = "5",
            ["MaxPupilsPerCall"] = "2",
        };
        var days = year.Days.OrderBy(d => d.Date).ToList();
        for (var i = 0; i < days.Count; i++)
        {
            form[$"Days[{i}].Date"] = days[i].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            form[$"Days[{i}].Windows"] = "08:30-12:00, 13:00-16:30";
        }

        await steps.User.PostFormAsync("/SchoolYears/Edit", "/SchoolYears/Edit", form);
        var schedule = await steps.MakeScheduleAsync();

        var blocks = await BlocksAsync(schedule.Id);
        Assert.Equal([2, 2, 1], blocks.Select(b => b.Pupils.Count));
        Assert.Single(blocks.Select(b => b.Date).Distinct());
        var sameCaller = blocks.Zip(blocks.Skip(1)).Where(p => p.First.CallerNumber == p.Second.CallerNumber);
        foreach (var (first, next) in sameCaller)
        {
            Assert.True(next.Start >= first.End.AddMinutes(5), "A caller has less than the changeover between calls.");
        }
    }

    [Fact]
    public async Task No_call_is_planned_while_the_contact_is_unavailable()
    {
        var steps = await ImportAsync(3);
        var (schoolId, lineId, firstDay) = await app.WithDbAsync(async db => (
            await db.Schools.Where(s => s.Code == "11AA00").Select(s => s.Id).SingleAsync(),
            await db.PhoneLines.Select(l => l.Id).SingleAsync(),
            await db.HandoverDays.MinAsync(d => d.Date)));
        var unavailable = $"{firstDay.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)} 08:00-12:00";

        await steps.User.PostFormAsync($"/Schools/Edit/{schoolId}", $"/Schools/Edit/{schoolId}", new()
        {
            ["Email"] = "po-11AA00@example.org",
            ["PhoneLines[0].Id"] = lineId.ToString(CultureInfo.InvariantCulture),
            ["PhoneLines[0].Unavailable"] = unavailable,
        });
        var schedule = await steps.MakeScheduleAsync();

        var stored = await app.WithDbAsync(db => db.PhoneLineUnavailabilities.SingleAsync());
        Assert.Equal((firstDay, new TimeOnly(8, 0), new TimeOnly(12, 0)), (stored.Date, stored.Start, stored.End));
        var block = Assert.Single(await BlocksAsync(schedule.Id));
        Assert.Equal((firstDay, new TimeOnly(13, 0)), (block.Date, block.Start));
    }

    [Fact]
    public async Task An_unreadable_unavailable_time_is_refused_in_Dutch_and_changes_nothing()
    {
        var steps = await ImportAsync(1);
        var (schoolId, lineId) = await app.WithDbAsync(async db => (
            await db.Schools.Where(s => s.Code == "11AA00").Select(s => s.Id).SingleAsync(),
            await db.PhoneLines.Select(l => l.Id).SingleAsync()));

        var response = await steps.User.PostFormAsync($"/Schools/Edit/{schoolId}", $"/Schools/Edit/{schoolId}", new()
        {
            ["Email"] = "po-11AA00@example.org",
            ["PhoneLines[0].Id"] = lineId.ToString(CultureInfo.InvariantCulture),
            ["PhoneLines[0].Unavailable"] = "morgen 10:00-09:00",
        });

        Assert.Contains("geen tijd waarop iemand niet bereikbaar is", await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.PhoneLineUnavailabilities.CountAsync()));
    }

    [Fact]
    public async Task Re_planning_after_publication_keeps_published_calls_and_lists_exactly_what_changed()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        var csv = new ElkCsvBuilder().Pupil("100", lastName: "Aap").Pupil("101", lastName: "Beer");
        await ImportAsync(steps, csv);
        var published = await steps.MakeScheduleAsync();
        await steps.PublishAsync(published.Id);

        await ImportAsync(steps, csv.Pupil("102", primaryCode: "33CC00", contact: "Piet Klaas", mobile: "06-87654321"));
        var next = await steps.MakeScheduleAsync();

        var before = await BlocksAsync(published.Id);
        var after = await BlocksAsync(next.Id);
        var kept = Assert.Single(before);
        Assert.Contains(after, b => (b.PhoneLineId, b.Date, b.Start) == (kept.PhoneLineId, kept.Date, kept.Start));
        Assert.Equal(2, after.Count);
        var html = await steps.User.GetHtmlAsync($"/Schedules/Details/{next.Id}");
        Assert.Contains("Wijzigingen ten opzichte van gepubliceerde versie 1 (1)", html, StringComparison.Ordinal);
        Assert.Contains("<td>Nieuw</td><td>Basisschool 33CC00</td>", html, StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();

    private static async Task ImportAsync(SecretariatSteps steps, ElkCsvBuilder csv)
    {
        var (importId, _) = await steps.UploadAsync("export.csv", csv.Build());
        await steps.ConfirmImportAsync(importId);
    }

    private async Task<SecretariatSteps> ImportAsync(int pupils)
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        var csv = new ElkCsvBuilder();
        for (var i = 0; i < pupils; i++)
        {
            csv.Pupil($"{100 + i}", lastName: $"Leerling{i}");
        }

        var (importId, _) = await steps.UploadAsync("export.csv", csv.Build());
        await steps.ConfirmImportAsync(importId);
        return steps;
    }

    private Task<List<CallBlock>> BlocksAsync(int scheduleId) =>
        app.WithDbAsync(db => db.CallBlocks.AsNoTracking().Include(b => b.Pupils)
            .Where(b => b.ScheduleId == scheduleId).OrderBy(b => b.Date).ThenBy(b => b.Start).ToListAsync());
}
