using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Journeys;

/// <summary>The secretariat's whole job on the embedded default: sample in, one mail per school out.</summary>
[Trait("Category", "Integration")]
public sealed class MainJobTests : IDisposable
{
    private readonly TestApplication app = new();

    [Fact]
    public async Task Importing_scheduling_and_publishing_the_sample_leaves_one_eml_per_school_in_the_pickup_folder()
    {
        var steps = await SecretariatSteps.LogInAsync(app);

        await steps.ImportSampleAsync();
        var schedule = await steps.MakeScheduleAsync();
        var confirmPage = await steps.User.GetHtmlAsync($"/Schedules/Publish/{schedule.Id}");
        var publishPage = await steps.PublishAsync(schedule.Id);
        var sent = await steps.WaitForOutboxDrainedAsync();

        Assert.Equal(ScheduleStatus.Draft, schedule.Status);
        Assert.Contains("gepubliceerd", publishPage, StringComparison.Ordinal);
        var schoolsWithCalls = await SchoolsWithCallsAsync(schedule.Id);
        Assert.Contains($"{schoolsWithCalls} scholen", confirmPage, StringComparison.Ordinal);
        var files = Directory.GetFiles(app.PickupDirectory, "*.eml");
        Assert.Equal(schoolsWithCalls, sent);
        Assert.Equal(schoolsWithCalls, files.Length);
        var messages = files.Select(f => MimeMessage.Load(f)).ToList();
        Assert.Equal(schoolsWithCalls, messages.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        Assert.All(messages, AssertHasReadableSchedule);
    }

    [Fact]
    public async Task Publishing_twice_sends_no_mail_twice()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        await steps.ImportSampleAsync();
        var schedule = await steps.MakeScheduleAsync();
        await steps.PublishAsync(schedule.Id);
        var sentFirst = await steps.WaitForOutboxDrainedAsync();

        var secondPage = await steps.PublishAsync(schedule.Id);
        await Task.Delay(1500);

        Assert.Contains("geen nieuwe mails", secondPage, StringComparison.Ordinal);
        Assert.Equal(sentFirst, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(sentFirst, Directory.GetFiles(app.PickupDirectory, "*.eml").Length);
    }

    [Fact]
    public async Task Every_pupil_with_a_request_is_either_in_a_call_or_listed_with_a_reason()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        await steps.ImportSampleAsync();

        var schedule = await steps.MakeScheduleAsync();

        var (withRequest, inCalls, excluded) = await app.WithDbAsync(async db => (
            await db.Pupils.CountAsync(p => p.Requests.Any()),
            await db.CallBlocks.Where(b => b.ScheduleId == schedule.Id).SelectMany(b => b.Pupils).CountAsync(),
            await db.Schedules.Where(s => s.Id == schedule.Id).SelectMany(s => s.Exclusions).CountAsync()));
        Assert.True(inCalls > 0);
        Assert.Equal(withRequest, inCalls + excluded);
        var excludedPage = await steps.User.GetHtmlAsync($"/Schedules/Excluded/{schedule.Id}");
        Assert.Contains($"Niet ingeroosterd ({excluded})", excludedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_SMTP_host_every_school_receives_its_schedule_at_the_SMTP_server()
    {
        await using var smtp = await TestSmtpServer.StartAsync(TestSmtpServer.FreePort());
        using var smtpApp = new TestApplication(smtp.Port);
        var steps = await SecretariatSteps.LogInAsync(smtpApp);
        await steps.ImportSampleAsync();
        var schedule = await steps.MakeScheduleAsync();

        await steps.PublishAsync(schedule.Id);
        var sent = await steps.WaitForOutboxDrainedAsync();

        Assert.Equal(sent, smtp.Messages.Count);
        Assert.Equal(sent, smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        Assert.All(smtp.Messages, AssertHasReadableSchedule);
        Assert.False(Directory.Exists(smtpApp.PickupDirectory));
    }

    public void Dispose() => app.Dispose();

    private Task<int> SchoolsWithCallsAsync(int scheduleId) => app.WithDbAsync(async db =>
    {
        var blocks = db.CallBlocks.Where(b => b.ScheduleId == scheduleId);
        var secondary = await blocks.Select(b => b.SecondarySchoolId).Distinct().CountAsync();
        var primary = await blocks.Join(db.PhoneLines, b => b.PhoneLineId, l => l.Id, (b, l) => l.SchoolId)
            .Distinct().CountAsync();
        return secondary + primary;
    });

    private static void AssertHasReadableSchedule(MimeMessage message)
    {
        var attachment = message.Attachments.OfType<MimePart>()
            .Single(a => a.FileName?.EndsWith(".xlsx", StringComparison.Ordinal) == true);
        using var content = new MemoryStream();
        attachment.Content!.DecodeTo(content);
        content.Position = 0;
        using var workbook = new XLWorkbook(content);
        Assert.True(workbook.Worksheets.First().LastRowUsed().RowNumber() > 2);
        Assert.Contains("Rooster", message.Subject, StringComparison.Ordinal);
    }
}
