using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Portals;

[Trait("Category", "Integration")]
public sealed class PortalBehaviourTests : IAsyncLifetime, IDisposable
{
    private readonly TestApplication app = new();
    private PortalWorld world = null!;

    public async Task InitializeAsync() => world = await PortalWorld.SeedAsync(app, pupilsPerSchool: 5);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Flagging_more_than_forty_percent_of_the_pupils_warns_the_school()
    {
        var teacher = await BrowserlessUser.LogInAsync(app, PortalWorld.PrimaryEmail, PortalWorld.Password);

        await FlagAsync(teacher, world.Own.PupilIds[0]);
        var second = await FlagAsync(teacher, world.Own.PupilIds[1]);
        var third = await FlagAsync(teacher, world.Own.PupilIds[2]);

        Assert.Contains("is aangemeld voor de warme overdracht", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Let op", second, StringComparison.Ordinal);
        Assert.Contains("Let op: 3 van de 5 leerlingen zijn aangemeld, meer dan 40%", third, StringComparison.Ordinal);
        var flags = await app.WithDbAsync(db => db.HandoverRequests
            .Where(r => r.Origin == HandoverRequestOrigin.FlaggedByPrimary).ToListAsync());
        Assert.Equal(3, flags.Count);
        Assert.All(flags, f => Assert.Equal(FlagReason.Both, f.ReasonKind));
    }

    [Fact]
    public async Task Flag_and_view_are_in_the_audit_log_with_ids_only()
    {
        var teacher = await BrowserlessUser.LogInAsync(app, PortalWorld.PrimaryEmail, PortalWorld.Password);
        await FlagAsync(teacher, world.Own.PupilIds[3]);
        var secretariat = await BrowserlessUser.LogInAsSecretariatAsync(app);

        var html = await secretariat.GetHtmlAsync($"/Audit?PupilId={world.Own.PupilIds[3]}");

        Assert.Contains("pupil.flag", html, StringComparison.Ordinal);
        Assert.Contains(PortalWorld.PrimaryEmail, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kind4", html, StringComparison.Ordinal);
        var views = await app.WithDbAsync(db => db.AuditEntries
            .CountAsync(e => e.Action == "pupils.list" && e.SchoolId == world.Own.PrimarySchoolId));
        Assert.True(views >= 1);
    }

    [Fact]
    public async Task A_landline_number_is_refused_in_Dutch_and_nothing_changes()
    {
        var teacher = await BrowserlessUser.LogInAsync(app, PortalWorld.PrimaryEmail, PortalWorld.Password);

        var response = await teacher.PostFormAsync("/PhoneLines/Create", "/PhoneLines/Create", new()
        {
            ["ContactName"] = "Vaste Lijn", ["Role"] = "GroupEightTeacher", ["MobileNumber"] = "020-1234567",
        });

        Assert.Contains("Dit is geen mobiel nummer", await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.PhoneLines.AnyAsync(l => l.ContactName == "Vaste Lijn")));
    }

    [Fact]
    public async Task A_confirmed_number_is_stored_normalised_with_the_confirmation()
    {
        var teacher = await BrowserlessUser.LogInAsync(app, PortalWorld.PrimaryEmail, PortalWorld.Password);

        await teacher.PostFormAsync("/PhoneLines/Create", "/PhoneLines/Create", new()
        {
            ["ContactName"] = "Intern Begeleider", ["Role"] = "InternalSupervisor",
            ["MobileNumber"] = "+31 6 1122 3344", ["Confirmed"] = "true",
        });

        var line = await app.WithDbAsync(db => db.PhoneLines.SingleAsync(l => l.ContactName == "Intern Begeleider"));
        Assert.Equal("+31611223344", line.MobileNumber);
        Assert.NotNull(line.ConfirmedAt);
        Assert.Equal(world.Own.PrimarySchoolId, line.SchoolId);
    }

    [Theory]
    [InlineData("+32 470 12 34 56", "+32470123456")]
    [InlineData("0049 151 23456789", "+4915123456789")]
    public async Task A_foreign_mobile_number_is_accepted_in_E164(string typed, string stored)
    {
        var teacher = await BrowserlessUser.LogInAsync(app, PortalWorld.PrimaryEmail, PortalWorld.Password);

        await teacher.PostFormAsync("/PhoneLines/Create", "/PhoneLines/Create", new()
        {
            ["ContactName"] = "Over De Grens", ["Role"] = "GroupEightTeacher", ["MobileNumber"] = typed,
        });

        var line = await app.WithDbAsync(db => db.PhoneLines.SingleAsync(l => l.ContactName == "Over De Grens"));
        Assert.Equal(stored, line.MobileNumber);
    }

    [Fact]
    public async Task A_foreign_landline_is_refused_in_Dutch()
    {
        var teacher = await BrowserlessUser.LogInAsync(app, PortalWorld.PrimaryEmail, PortalWorld.Password);

        var response = await teacher.PostFormAsync("/PhoneLines/Create", "/PhoneLines/Create", new()
        {
            ["ContactName"] = "Vast In Brussel", ["Role"] = "GroupEightTeacher", ["MobileNumber"] = "+32 2 123 45 67",
        });

        Assert.Contains("geen geldig buitenlands mobiel nummer", await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.PhoneLines.AnyAsync(l => l.ContactName == "Vast In Brussel")));
    }

    [Fact]
    public async Task A_request_after_the_deadline_is_refused_with_the_deadline_shown()
    {
        var deadline = AmsterdamTime.Today(TimeProvider.System).AddDays(-1);
        await SetDeadlineAsync(deadline);
        var mentor = await BrowserlessUser.LogInAsync(app, PortalWorld.SecondaryEmail, PortalWorld.Password);

        var html = await RequestAsync(mentor, world.Own.PupilIds[4]);

        Assert.Contains($"Aanvragen kon tot en met {deadline:dd-MM-yyyy}", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.HandoverRequests
            .AnyAsync(r => r.Origin == HandoverRequestOrigin.RequestedBySecondary)));
    }

    [Fact]
    public async Task A_request_on_the_deadline_is_stored_with_the_question()
    {
        await SetDeadlineAsync(AmsterdamTime.Today(TimeProvider.System));
        var mentor = await BrowserlessUser.LogInAsync(app, PortalWorld.SecondaryEmail, PortalWorld.Password);

        var html = await RequestAsync(mentor, world.Own.PupilIds[4]);

        Assert.Contains("is aangevraagd voor de warme overdracht", html, StringComparison.Ordinal);
        var request = await app.WithDbAsync(db => db.HandoverRequests
            .SingleAsync(r => r.Origin == HandoverRequestOrigin.RequestedBySecondary));
        Assert.Equal(world.Own.PupilIds[4], request.PupilId);
        Assert.Equal("Hoe gaat het met plannen?", request.Reason);
    }

    [Fact]
    public async Task The_VO_caller_sees_the_number_to_dial_the_guide_and_can_mark_the_call()
    {
        var mentor = await BrowserlessUser.LogInAsync(app, PortalWorld.SecondaryEmail, PortalWorld.Password);

        var html = await mentor.GetHtmlAsync("/MyCalls");
        var marked = await mentor.PostFormAsync("/MyCalls", $"/MyCalls/Outcome/{world.Own.CallBlockId}",
            new() { ["outcome"] = "NotReached" });

        Assert.Contains("href=\"tel:&#x2B;31612345678\"", html, StringComparison.Ordinal);
        Assert.Contains("Kind1 Van A", html, StringComparison.Ordinal);
        Assert.Contains("Betrokken hulpverlening", html, StringComparison.Ordinal);
        Assert.Contains("niet bereikt", await marked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CallOutcome.NotReached, await app.WithDbAsync(db => db.CallBlocks
            .Where(b => b.Id == world.Own.CallBlockId).Select(b => b.Outcome).SingleAsync()));
    }

    [Fact]
    public async Task Named_callers_appear_with_their_calls_and_in_the_readiness_overview()
    {
        var mentor = await BrowserlessUser.LogInAsync(app, PortalWorld.SecondaryEmail, PortalWorld.Password);

        await mentor.PostFormAsync("/Callers", "/Callers", new() { ["names[0]"] = "Mevrouw Mentor" });
        var calls = await mentor.GetHtmlAsync("/MyCalls");
        var readiness = await (await BrowserlessUser.LogInAsSecretariatAsync(app)).GetHtmlAsync("/Readiness");

        Assert.Contains("Beller 1: Mevrouw Mentor", calls, StringComparison.Ordinal);
        Assert.Contains("1 van 1", readiness, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PortalWorld.PrimaryEmail, "College X belt u op 06-12345678")]
    [InlineData(PortalWorld.SecondaryEmail, "bel Basisschool A op 06-12345678 (beller 1)")]
    public async Task The_own_calls_download_as_a_calendar_even_with_another_schools_id(
        string email, string summary)
    {
        var user = await BrowserlessUser.LogInAsync(app, email, PortalWorld.Password);
        var own = await app.WithDbAsync(db => db.CallBlocks.SingleAsync(b => b.Id == world.Own.CallBlockId));
        var yearId = await app.WithDbAsync(db => db.Schedules.Where(s => s.Id == own.ScheduleId)
            .Select(s => s.SchoolYearId).SingleAsync());
        var otherId = email == PortalWorld.PrimaryEmail ? world.Other.PrimarySchoolId : world.Other.SecondarySchoolId;

        var response = await user.Client.GetAsync(
            new Uri($"/MyCalls/Calendar?schoolId={otherId}", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Ical.Net.Calendar.Load(text)!;

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".ics", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'),
            StringComparison.Ordinal);
        var call = Assert.Single(calendar.Events);
        Assert.Equal(
            $"warme-overdracht-{yearId}-{own.PhoneLineId}-{own.SecondarySchoolId}-1@kp-amstelland",
            call.Uid);
        Assert.Equal("Europe/Amsterdam", call.DtStart!.TzId);
        Assert.Equal(own.Date.ToDateTime(new TimeOnly(10, 0)), call.DtStart.Value);
        Assert.Equal(own.Date.ToDateTime(new TimeOnly(10, 7)), call.DtEnd!.Value);
        Assert.Equal("Warme overdracht: " + summary, call.Summary);
        Assert.Contains("- Kind1 Van A", call.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(PortalWorld.OtherPupilName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(PortalWorld.OtherSchoolName, text, StringComparison.Ordinal);
        Assert.DoesNotContain("College Y", text, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "calls.calendar")));
    }

    private static async Task<string> FlagAsync(BrowserlessUser teacher, int pupilId)
    {
        var response = await teacher.PostFormAsync("/PrimaryPupils", $"/PrimaryPupils/Flag/{pupilId}",
            new() { ["ReasonKind"] = "Both", ["Reason"] = "Rekenen en faalangst" });
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> RequestAsync(BrowserlessUser mentor, int pupilId)
    {
        var response = await mentor.PostFormAsync("/SecondaryPupils", $"/SecondaryPupils/RequestHandover/{pupilId}",
            new() { ["question"] = "Hoe gaat het met plannen?" });
        return await response.Content.ReadAsStringAsync();
    }

    private Task<int> SetDeadlineAsync(DateOnly deadline) => app.WithDbAsync(async db =>
    {
        var year = await db.SchoolYears.OrderByDescending(y => y.Name).FirstAsync();
        year.RequestDeadline = deadline;
        return await db.SaveChangesAsync();
    });
}
