using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Portals;

[Trait("Category", "Integration")]
public sealed partial class AccountFlowTests : IAsyncLifetime, IDisposable
{
    private const string NewPassword = "Zelf-Gekozen-Wachtwoord-7";

    private TestSmtpServer smtp = null!;
    private TestApplication app = null!;

    public async Task InitializeAsync()
    {
        smtp = await TestSmtpServer.StartAsync(TestSmtpServer.FreePort());
        app = new TestApplication(smtp.Port);
    }

    public async Task DisposeAsync() => await smtp.DisposeAsync();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task An_invitation_by_mail_lets_the_invitee_choose_a_password_once()
    {
        var schoolId = await AddPrimarySchoolAsync();
        var secretariat = await BrowserlessUser.LogInAsSecretariatAsync(app);

        await secretariat.PostFormAsync("/Accounts/Invite", "/Accounts/Invite", new()
        {
            ["Email"] = "nieuw@school.example", ["DisplayName"] = "Nieuwe Leerkracht",
            ["Role"] = Roles.PrimaryStaff,
            ["SchoolId"] = schoolId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var link = LinkIn(await MailToAsync("nieuw@school.example"), "/Password/Accept");
        var invitee = new BrowserlessUser(app.CreateClient());
        var chosen = await ChooseAsync(invitee, link, invitation: true);
        var again = await ChooseAsync(new BrowserlessUser(app.CreateClient()), link, invitation: true);

        Assert.Contains("Uw wachtwoord is opgeslagen", await chosen.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Contains("verlopen of al gebruikt", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var user = await BrowserlessUser.LogInAsync(app, "nieuw@school.example", NewPassword);
        Assert.Contains("Contactpersonen", await user.GetHtmlAsync("/PhoneLines"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_link_older_than_its_lifespan_is_refused()
    {
        using var expiring = new TestApplication(smtp.Port, new Dictionary<string, string?>
        {
            ["Accounts:InvitationDays"] = "0",
        });
        var secretariat = await BrowserlessUser.LogInAsSecretariatAsync(expiring);

        await secretariat.PostFormAsync("/Accounts/Invite", "/Accounts/Invite", new()
        {
            ["Email"] = "laat@secretariaat.example", ["DisplayName"] = "Laat", ["Role"] = Roles.Secretariat,
        });
        var link = LinkIn(await MailToAsync("laat@secretariaat.example"), "/Password/Accept");
        var response = await ChooseAsync(new BrowserlessUser(expiring.CreateClient()), link, invitation: true);

        Assert.Contains("verlopen of al gebruikt", await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_by_mail_replaces_the_password_and_the_old_one_stops_working()
    {
        await CreateUserAsync("vergeten@school.example");
        var visitor = new BrowserlessUser(app.CreateClient());

        var asked = await visitor.PostFormAsync("/Password/Forgot", "/Password/Forgot",
            new() { ["Email"] = "vergeten@school.example" });
        var link = LinkIn(await MailToAsync("vergeten@school.example"), "/Password/Reset");
        await ChooseAsync(visitor, link, invitation: false);

        Assert.Contains("Als er een account met dit e-mailadres is", await asked.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        await BrowserlessUser.LogInAsync(app, "vergeten@school.example", NewPassword);
        var old = await new BrowserlessUser(app.CreateClient()).PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Email"] = "vergeten@school.example", ["Password"] = PortalWorld.Password });
        Assert.Contains("klopt niet", await old.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_host_header_does_not_change_where_the_reset_link_points()
    {
        using var configured = new TestApplication(smtp.Port, new Dictionary<string, string?>
        {
            ["Accounts:PublicBaseUrl"] = "https://overdracht.kp-amstelland.example/",
        });
        await using (var scope = configured.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await PortalWorld.CreateUserAsync(users, "doelwit@school.example", null, Roles.Secretariat);
        }

        var client = configured.CreateClient();
        client.DefaultRequestHeaders.Host = "attacker.invalid";
        await new BrowserlessUser(client).PostFormAsync("/Password/Forgot", "/Password/Forgot",
            new() { ["Email"] = "doelwit@school.example" });

        var link = LinkPattern().Match((await MailToAsync("doelwit@school.example")).TextBody ?? "").Value;
        Assert.StartsWith("https://overdracht.kp-amstelland.example/Password/Reset?", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_with_a_Dutch_message()
    {
        await CreateUserAsync("slot@school.example");
        var visitor = new BrowserlessUser(app.CreateClient());
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await visitor.PostFormAsync("/Account/Login", "/Account/Login",
                new() { ["Email"] = "slot@school.example", ["Password"] = "fout-" + attempt });
        }

        var response = await visitor.PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Email"] = "slot@school.example", ["Password"] = PortalWorld.Password });

        Assert.Contains("Dit account is geblokkeerd. Na te veel mislukte pogingen",
            await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logging_out_ends_the_other_sessions_of_the_account()
    {
        await CreateUserAsync("twee@school.example");
        var first = await PortalWorld.LogInAsync(app, "twee@school.example", PortalWorld.Password);
        var second = await PortalWorld.LogInAsync(app, "twee@school.example", PortalWorld.Password);

        await PortalWorld.PostAsync(first, "/", "/Account/Logout", []);
        var response = await second.GetAsync(new Uri("/MyCalls", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", PortalWorld.RedirectPath(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_account_loses_its_session_and_cannot_log_in()
    {
        var userId = await CreateUserAsync("weg@school.example");
        var session = await PortalWorld.LogInAsync(app, "weg@school.example", PortalWorld.Password);
        var secretariat = await BrowserlessUser.LogInAsSecretariatAsync(app);

        await secretariat.PostFormAsync("/Accounts", $"/Accounts/Disable/{userId}", []);
        var response = await session.GetAsync(new Uri("/MyCalls", UriKind.Relative));
        var login = await new BrowserlessUser(app.CreateClient()).PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Email"] = "weg@school.example", ["Password"] = PortalWorld.Password });

        Assert.StartsWith("/Account/Login", PortalWorld.RedirectPath(response), StringComparison.Ordinal);
        Assert.Contains("geblokkeerd", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<int> AddPrimarySchoolAsync() => await app.WithDbAsync(async db =>
    {
        var school = new School { Code = "11AA00", Name = "De Uitnodiging", Sector = SchoolSector.Primary };
        db.Schools.Add(school);
        await db.SaveChangesAsync();
        return school.Id;
    });

    private async Task<string> CreateUserAsync(string email)
    {
        var schoolId = await app.WithDbAsync(async db =>
        {
            var school = new School { Code = "19ZZ00", Name = email, Sector = SchoolSector.Primary };
            db.Schools.Add(school);
            await db.SaveChangesAsync();
            return school.Id;
        });
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await PortalWorld.CreateUserAsync(users, email, schoolId, Roles.PrimaryStaff);
        return (await users.Users.SingleAsync(u => u.Email == email)).Id;
    }

    private Task<MimeMessage> MailToAsync(string address) => Eventually.GetAsync(
        () => Task.FromResult(smtp.Messages.LastOrDefault(
            m => m.To.Mailboxes.Any(to => to.Address == address))), $"mail to {address}");

    private static string LinkIn(MimeMessage message, string path)
    {
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, "The mail holds no link.");
        var uri = new Uri(match.Value);
        Assert.Equal(path, uri.AbsolutePath);
        return uri.PathAndQuery;
    }

    private static async Task<HttpResponseMessage> ChooseAsync(BrowserlessUser user, string link, bool invitation)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link).Query);
        return await user.PostFormAsync(link, "/Password/Choose", new()
        {
            ["UserId"] = query["userId"]!, ["Token"] = query["token"]!,
            ["Invitation"] = invitation ? "true" : "false",
            ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        });
    }

    [GeneratedRegex(@"https?://\S+/Password/(Accept|Reset)\?\S+")]
    private static partial Regex LinkPattern();
}
