using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Journeys;

/// <summary>Clicking twice, or going back to an older page, never does a job twice or undoes a newer one.</summary>
[Trait("Category", "Integration")]
public sealed class RepeatedActionTests : IDisposable
{
    private readonly TestApplication app = new();

    [Fact]
    public async Task An_older_version_cannot_be_published_after_a_newer_one()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        await steps.ImportSampleAsync();
        var older = await steps.MakeScheduleAsync();
        var newer = await steps.MakeScheduleAsync();
        await steps.PublishAsync(newer.Id);
        var queued = await steps.WaitForOutboxDrainedAsync();

        var page = await steps.PublishAsync(older.Id);

        Assert.Contains($"Versie {newer.Version} is al gepubliceerd", page, StringComparison.Ordinal);
        var status = await app.WithDbAsync(db =>
            db.Schedules.Where(s => s.Id == older.Id).Select(s => s.Status).SingleAsync());
        Assert.Equal(ScheduleStatus.Draft, status);
        Assert.Equal(queued, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Confirming_an_import_twice_imports_it_once()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        var (importId, _) = await steps.UploadAsync("export.csv", new ElkCsvBuilder().Pupil("100").Build());
        await steps.ConfirmImportAsync(importId);

        var second = await steps.User.PostFormAsync("/ElkImports", $"/ElkImports/Confirm/{importId}", []);

        Assert.Contains("al verwerkt", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var import = await app.WithDbAsync(db => db.ElkImports.SingleAsync());
        Assert.Equal((1, 0), (import.CreatedCount, import.UnchangedCount));
    }

    [Fact]
    public async Task Asking_for_a_schedule_while_one_is_being_made_opens_that_one()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        var planning = await app.WithDbAsync(async db =>
        {
            var schedule = new Schedule
            {
                SchoolYearId = await db.SchoolYears.Select(y => y.Id).SingleAsync(),
                Version = 1,
                Status = ScheduleStatus.Planning,
            };
            db.Schedules.Add(schedule);
            await db.SaveChangesAsync();
            return schedule;
        });

        var response = await steps.User.PostFormAsync("/Schedules", "/Schedules/Create", []);

        Assert.EndsWith($"/Schedules/Details/{planning.Id}", response.RequestMessage!.RequestUri!.AbsolutePath,
            StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Schedules.CountAsync()));
    }

    public void Dispose() => app.Dispose();
}
