using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Persistence;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace WarmeOverdracht.BrowserTests.Support;

/// <summary>
/// Base of the PO and VO journeys. The schools, pupils and (later) a published schedule go in through the
/// application's own database context; the staff account comes the way a user gets it: the secretariat
/// invites, the invitation mail lands in the pickup folder, and the invitee chooses a password.
/// </summary>
public abstract partial class PortalJourneyTest(
    SharedBrowser browser, LiveApplication app, ITestOutputHelper output, string screenshotPrefix)
    : BrowserTest(browser, app, output, screenshotPrefix)
{
    public const string PrimarySchoolName = "Basisschool De Linde";
    public const string SecondarySchoolName = "Amstel College";
    public const string Password = "Portaal-Wachtwoord-1";

    protected static readonly string[] PupilFirstNames = ["Sanne", "Daan", "Noor", "Milan", "Lotte"];

    /// <summary>
    /// A PO school with five pupils placed at one VO school; the first <paramref name="flagged"/> are flagged.
    /// </summary>
    protected Task SeedSchoolsAsync(int flagged, bool withLine) => WithDbAsync(async db =>
    {
        var year = await CurrentYearAsync(db);
        year.RequestDeadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var primary = new School { Code = "11AA00", Name = PrimarySchoolName, Sector = SchoolSector.Primary };
        var secondary = new School { Code = "22BB00", Name = SecondarySchoolName, Sector = SchoolSector.Secondary };
        if (withLine)
        {
            primary.PhoneLines.Add(new PhoneLine
            {
                ContactName = "Juf Anna", Role = PhoneLineRole.GroupEightTeacher, MobileNumber = "+31612345678",
            });
        }

        db.Schools.AddRange(primary, secondary);
        db.Pupils.AddRange(PupilFirstNames.Select((name, i) => Pupil(year.Id, primary, secondary, name, i < flagged)));
        await db.SaveChangesAsync();
    });

    /// <summary>
    /// Publishes version 1 with one call (first handover day, 10:00) between the PO school's first line and
    /// the VO school, about the first two pupils, as the secretariat's planning and publishing would.
    /// </summary>
    protected Task PublishScheduleAsync() => WithDbAsync(async db =>
    {
        var year = await CurrentYearAsync(db);
        var line = await db.PhoneLines.OrderBy(l => l.Id).FirstAsync();
        var secondary = await db.Schools.SingleAsync(s => s.Name == SecondarySchoolName);
        var pupils = await db.Pupils.OrderBy(p => p.Id).Take(2).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        var schedule = new Schedule
        {
            SchoolYearId = year.Id, Version = 1, Status = ScheduleStatus.Published, CreatedAt = now,
            PlannedAt = now, PublishedAt = now,
        };
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync();

        var block = new CallBlock
        {
            ScheduleId = schedule.Id, PhoneLineId = line.Id, SecondarySchoolId = secondary.Id,
            Date = year.Days.OrderBy(d => d.Date).First().Date, Start = new TimeOnly(10, 0),
            End = new TimeOnly(10, 7), CallerNumber = 1,
        };
        block.Pupils.AddRange(pupils.Select((p, i) => new CallBlockPupil { PupilId = p.Id, Position = i + 1 }));
        db.CallBlocks.Add(block);
        db.Set<ScheduleSchool>().Add(new ScheduleSchool
        {
            ScheduleId = schedule.Id, SchoolId = secondary.Id, Callers = 1, CallerLowerBound = 1, LoadMinutes = 7,
        });
        await db.SaveChangesAsync();
    });

    /// <summary>
    /// The secretariat invites <paramref name="email"/> for <paramref name="schoolName"/>; the invitee
    /// follows the mailed link, chooses a password and logs in. Leaves the browser on the start page.
    /// </summary>
    protected async Task InviteAndLogInAsync(string email, string roleLabel, string schoolOption)
    {
        await LogInAsSecretariatAsync();
        await OpenMenuAsync("Accounts");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Medewerker uitnodigen" }).ClickAsync();
        await Checks.CheckAsync("invite");
        await Page.GetByLabel("E-mailadres").FillAsync(email);
        await Page.GetByLabel("Naam").FillAsync("Medewerker " + roleLabel);
        await Page.GetByLabel("Rol").SelectOptionAsync(new SelectOptionValue { Label = roleLabel });
        await Page.GetByLabel("School").SelectOptionAsync(new SelectOptionValue { Label = schoolOption });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"De uitnodiging voor {email}");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = email })).ToHaveCountAsync(1);
        await Checks.CheckAsync("accounts");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        await Page.GotoAsync(await InvitationLinkAsync(email));
        await Checks.CheckAsync("choose-password");
        await Page.GetByLabel("Nieuw wachtwoord").FillAsync(Password);
        await Page.GetByLabel("Herhaal het wachtwoord").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw wachtwoord is opgeslagen.");
        await Checks.CheckAsync("login");

        await LogInAsync(email, Password);
    }

    protected static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private async Task<string> InvitationLinkAsync(string email)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var file in Directory.Exists(App.PickupDirectory)
                         ? Directory.GetFiles(App.PickupDirectory, "*.eml") : [])
            {
                var mail = await MimeMessage.LoadAsync(file);
                if (mail.To.Mailboxes.Any(m => m.Address.Equals(email, StringComparison.OrdinalIgnoreCase)))
                {
                    return LinkPattern().Match(mail.TextBody ?? mail.HtmlBody ?? "").Value;
                }
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No invitation mail for {email} in {App.PickupDirectory}.");
    }

    private async Task WithDbAsync(Func<WarmeOverdrachtDbContext, Task> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<WarmeOverdrachtDbContext>());
    }

    private static Task<Domain.SchoolYears.SchoolYear> CurrentYearAsync(WarmeOverdrachtDbContext db) =>
        db.SchoolYears.Include(y => y.Days).OrderByDescending(y => y.Name).FirstAsync();

    private static Pupil Pupil(int yearId, School primary, School secondary, string firstName, bool flagged)
    {
        var pupil = new Pupil
        {
            SchoolYearId = yearId, ElkNumber = "ELK-" + firstName, FirstName = firstName, LastName = "de Vries",
            PrimarySchool = primary, SecondarySchool = secondary,
        };
        if (flagged)
        {
            pupil.Requests.Add(new HandoverRequest
            {
                Origin = HandoverRequestOrigin.FlaggedByPrimary, Source = DataSource.Application,
                ReasonKind = FlagReason.Didactic, Reason = "Rekenen", CreatedAt = DateTimeOffset.UtcNow,
            });
        }

        return pupil;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/Password/Accept\?[^\s""<]+")]
    private static partial Regex LinkPattern();
}
