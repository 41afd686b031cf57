using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.IntegrationTests.Support;

/// <summary>
/// Two PO schools (A, B) and two VO schools (X, Y) with lines, pupils and a published schedule, and
/// a PO account at A and a VO account at X: the "own" school is A or X, the "other" one B or Y.
/// </summary>
public sealed partial class PortalWorld
{
    public const string PrimaryEmail = "leerkracht@school-a.example";
    public const string SecondaryEmail = "mentor@school-x.example";
    public const string Password = "Portaal-Wachtwoord-1";

    /// <summary>Text that only the other school's pages hold: a pupil's surname and a school name.</summary>
    public const string OtherPupilName = "Van B";
    public const string OtherSchoolName = "Basisschool B";

    public required SchoolData Own { get; init; }

    public required SchoolData Other { get; init; }

    public static async Task<PortalWorld> SeedAsync(TestApplication app, int pupilsPerSchool = 3)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WarmeOverdrachtDbContext>();
        var year = await db.SchoolYears.Include(y => y.Days).OrderByDescending(y => y.Name).FirstAsync();
        var schedule = new Schedule { SchoolYearId = year.Id, Version = 1, Status = ScheduleStatus.Published };
        db.Schedules.Add(schedule);
        var own = await SeedPairAsync(db, year.Id, schedule, "A", "X", year.Days[0].Date, pupilsPerSchool);
        var other = await SeedPairAsync(db, year.Id, schedule, "B", "Y", year.Days[0].Date, pupilsPerSchool);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await CreateUserAsync(users, PrimaryEmail, own.PrimarySchoolId, Roles.PrimaryStaff);
        await CreateUserAsync(users, SecondaryEmail, own.SecondarySchoolId, Roles.SecondaryStaff);
        return new PortalWorld { Own = own, Other = other };
    }

    public static async Task CreateUserAsync(
        UserManager<ApplicationUser> users, string email, int? schoolId, string role)
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, SchoolId = schoolId };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, role);
    }

    /// <summary>A client that does not follow redirects, logged in through the real login form.</summary>
    public static async Task<HttpClient> LogInAsync(TestApplication app, string email, string password)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostAsync(client, "/Account/Login", "/Account/Login",
            new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var landedOn = RedirectPath(response);
        if (landedOn == "/")
        {
            var home = await client.GetAsync(new Uri("/", UriKind.Relative));
            landedOn = home.StatusCode == HttpStatusCode.Redirect ? RedirectPath(home) : "/";
        }

        response = await Authenticator.CompleteAsync(app, client, email, landedOn) ?? response;
        Assert.Equal("/", RedirectPath(response));
        return client;
    }

    /// <summary>Where a redirect points, as a path, whether the header is absolute or relative.</summary>
    public static string RedirectPath(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        return location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>Takes the anti-forgery token from <paramref name="formPage"/> and posts the fields.</summary>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        var html = await (await client.GetAsync(new Uri(formPage, UriKind.Relative))).Content.ReadAsStringAsync();
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"No anti-forgery token on {formPage}.");
        var token = WebUtility.HtmlDecode(match.Groups[1].Value);
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    private static async Task<SchoolData> SeedPairAsync(
        WarmeOverdrachtDbContext db, int yearId, Schedule schedule, string po, string vo, DateOnly day, int count)
    {
        var primary = new School { Code = $"1{po}{po}A00", Name = $"Basisschool {po}", Sector = SchoolSector.Primary };
        var secondary = new School { Code = $"2{vo}{vo}B00", Name = $"College {vo}", Sector = SchoolSector.Secondary };
        var line = new PhoneLine { ContactName = $"Contact {po}", MobileNumber = "+31612345678" };
        primary.PhoneLines.Add(line);
        line.Unavailability.Add(new PhoneLineUnavailability
        {
            Date = day, Start = new TimeOnly(8, 30), End = new TimeOnly(9, 0),
        });
        db.Schools.AddRange(primary, secondary);
        var pupils = Enumerable.Range(1, count).Select(i => new Pupil
        {
            SchoolYearId = yearId, ElkNumber = $"{po}{i}", FirstName = $"Kind{i}", LastName = $"Van {po}",
            PrimarySchool = primary, SecondarySchool = secondary, PhoneLine = line,
        }).ToList();
        db.Pupils.AddRange(pupils);
        await db.SaveChangesAsync();

        var block = new CallBlock
        {
            ScheduleId = schedule.Id, PhoneLineId = line.Id, SecondarySchoolId = secondary.Id, Date = day,
            Start = new TimeOnly(10, 0), End = new TimeOnly(10, 7), CallerNumber = 1,
        };
        block.Pupils.Add(new CallBlockPupil { PupilId = pupils[0].Id, Position = 1 });
        db.CallBlocks.Add(block);
        db.Set<ScheduleSchool>().Add(new ScheduleSchool
        {
            ScheduleId = schedule.Id, SchoolId = secondary.Id, Callers = 1, CallerLowerBound = 1, LoadMinutes = 7,
        });
        await db.SaveChangesAsync();
        return new SchoolData(primary.Id, secondary.Id, line.Id, line.Unavailability[0].Id,
            pupils.Select(p => p.Id).ToList(), block.Id);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>The ids of one PO school, the VO school its pupils are placed at, and their data.</summary>
public sealed record SchoolData(
    int PrimarySchoolId,
    int SecondarySchoolId,
    int PhoneLineId,
    int UnavailabilityId,
    IReadOnlyList<int> PupilIds,
    int CallBlockId);
