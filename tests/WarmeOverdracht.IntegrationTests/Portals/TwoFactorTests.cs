using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Portals;

[Trait("Category", "Integration")]
public sealed class TwoFactorTests : IAsyncLifetime, IDisposable
{
    private const string Email = "ib@school-a.example";

    private readonly TestApplication app = new();

    public async Task InitializeAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await PortalWorld.CreateUserAsync(users, Email, null, Roles.PrimaryStaff);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_secretariat_account_must_enrol_an_authenticator_before_it_can_use_the_application()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await PortalWorld.PostAsync(client, "/Account/Login", "/Account/Login",
            new() { ["Email"] = TestApplication.AdminEmail, ["Password"] = TestApplication.AdminPassword });

        var schools = await client.GetAsync(new Uri("/Schools", UriKind.Relative));
        var setup = await (await client.GetAsync(new Uri(Authenticator.SetupPath, UriKind.Relative)))
            .Content.ReadAsStringAsync();

        Assert.Equal(Authenticator.SetupPath, PortalWorld.RedirectPath(schools));
        Assert.Contains("data:image/png;base64,", setup, StringComparison.Ordinal);
        Assert.Contains("verplicht", setup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_switch_off_the_secretariat_logs_in_without_a_code()
    {
        using var relaxed = new TestApplication(extraSettings: new Dictionary<string, string?>
        {
            ["Security:RequireTwoFactorForSecretariat"] = "false",
        });
        var client = relaxed.CreateClient(new() { AllowAutoRedirect = false });
        await PortalWorld.PostAsync(client, "/Account/Login", "/Account/Login",
            new() { ["Email"] = TestApplication.AdminEmail, ["Password"] = TestApplication.AdminPassword });

        var schools = await client.GetAsync(new Uri("/Schools", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, schools.StatusCode);
    }

    [Fact]
    public async Task The_secretariat_resets_the_app_link_of_a_staff_member_who_lost_the_phone()
    {
        var userId = await EnrolAsync();
        var secretariat = await BrowserlessUser.LogInAsSecretariatAsync(app);

        await secretariat.PostFormAsync("/Accounts", $"/Accounts/ResetTwoFactor/{userId}", []);

        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var login = await PortalWorld.PostAsync(client, "/Account/Login", "/Account/Login",
            new() { ["Email"] = Email, ["Password"] = PortalWorld.Password });
        Assert.Equal("/", PortalWorld.RedirectPath(login));
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.False((await users.FindByIdAsync(userId))!.TwoFactorEnabled);
    }

    private async Task<string> EnrolAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync(Email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return user.Id;
    }

    [Fact]
    public async Task An_enrolled_account_needs_the_current_code_and_a_wrong_code_is_refused_in_Dutch()
    {
        var first = await PortalWorld.LogInAsync(app, Email, PortalWorld.Password);
        await first.GetAsync(new Uri(Authenticator.SetupPath, UriKind.Relative));
        var enrolled = await PortalWorld.PostAsync(first, Authenticator.SetupPath, Authenticator.SetupPath,
            new() { ["code"] = await Authenticator.CurrentCodeAsync(app, Email) });

        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var login = await PortalWorld.PostAsync(client, "/Account/Login", "/Account/Login",
            new() { ["Email"] = Email, ["Password"] = PortalWorld.Password });
        var codePage = PortalWorld.RedirectPath(login);
        var wrong = await PortalWorld.PostAsync(client, codePage, Authenticator.CodePath,
            new() { ["Code"] = WrongCode(await Authenticator.CurrentCodeAsync(app, Email)) });
        var before = await client.GetAsync(new Uri("/MyCalls", UriKind.Relative));
        var right = await PortalWorld.PostAsync(client, codePage, Authenticator.CodePath,
            new() { ["Code"] = await Authenticator.CurrentCodeAsync(app, Email) });

        Assert.Equal("/", PortalWorld.RedirectPath(enrolled));
        Assert.StartsWith(Authenticator.CodePath, codePage, StringComparison.Ordinal);
        Assert.Contains("Deze code klopt niet", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("/Account/Login", PortalWorld.RedirectPath(before), StringComparison.Ordinal);
        Assert.Equal("/", PortalWorld.RedirectPath(right));
    }

    private static string WrongCode(string code) =>
        new(code.Select(c => (char)('0' + ((c - '0' + 1) % 10))).ToArray());
}
