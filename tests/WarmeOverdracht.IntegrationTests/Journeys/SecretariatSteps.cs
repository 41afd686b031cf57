using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Journeys;

/// <summary>The secretariat's main job as a user does it: through the pages, with forms.</summary>
public sealed partial class SecretariatSteps(TestApplication app, BrowserlessUser user)
{
    public static async Task<SecretariatSteps> LogInAsync(TestApplication app) =>
        new(app, await BrowserlessUser.LogInAsSecretariatAsync(app));

    public BrowserlessUser User { get; } = user;

    /// <summary>Uploads a file and returns the preview page's import id and HTML.</summary>
    public async Task<(int ImportId, string Html)> UploadAsync(string fileName, byte[] content)
    {
        var response = await User.UploadAsync("/ElkImports", "/ElkImports/Upload", fileName, content);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = IdInPath().Match(response.RequestMessage!.RequestUri!.AbsolutePath);
        return (match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0, html);
    }

    public async Task<string> ConfirmImportAsync(int importId)
    {
        var response = await User.PostFormAsync(
            $"/ElkImports/Preview/{importId}", $"/ElkImports/Confirm/{importId}", []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public async Task ImportSampleAsync()
    {
        var sample = await File.ReadAllBytesAsync(RepositoryFiles.SampleExport);
        var (importId, _) = await UploadAsync("elk-export-amstelland.xlsx", sample);
        Assert.True(importId > 0, "The sample upload did not reach the preview.");
        await ConfirmImportAsync(importId);
    }

    /// <summary>Asks for a new schedule and waits until the background job has made it.</summary>
    public async Task<Schedule> MakeScheduleAsync()
    {
        var response = await User.PostFormAsync("/Schedules", "/Schedules/Create", []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var scheduleId = int.Parse(IdInPath().Match(response.RequestMessage!.RequestUri!.AbsolutePath).Groups[1].Value,
            CultureInfo.InvariantCulture);
        return await Eventually.GetAsync(
            () => app.WithDbAsync(db => db.Schedules.AsNoTracking().FirstAsync(s => s.Id == scheduleId)),
            s => s.Status != ScheduleStatus.Planning, "the schedule to be planned");
    }

    public async Task<string> PublishAsync(int scheduleId)
    {
        var response = await User.PostFormAsync(
            $"/Schedules/Publish/{scheduleId}", $"/Schedules/Publish/{scheduleId}", []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Waits until every queued mail has been sent and returns how many there are.</summary>
    public async Task<int> WaitForOutboxDrainedAsync()
    {
        var counts = await Eventually.GetAsync(
            () => app.WithDbAsync(async db => (
                Total: await db.OutboxMessages.CountAsync(),
                Pending: await db.OutboxMessages.CountAsync(m => m.SentAt == null))),
            counts => counts.Total > 0 && counts.Pending == 0, "the outbox to be sent");
        return counts.Total;
    }

    [GeneratedRegex(@"/(\d+)$")]
    private static partial Regex IdInPath();
}
