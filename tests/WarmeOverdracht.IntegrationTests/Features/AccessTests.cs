using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Features;

[Trait("Category", "Integration")]
public sealed class AccessTests : IClassFixture<AccessTests.Application>
{
    public static readonly TheoryData<string> SecretariatPages =
    [
        "/", "/SchoolYears/Edit", "/Schools", "/ElkImports", "/Schedules", "/Outbox",
    ];

    private readonly Application app;

    public AccessTests(Application app) => this.app = app;

    [Theory]
    [MemberData(nameof(SecretariatPages))]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page(string path)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SecretariatPages))]
    public async Task The_secretariat_sees_every_page_in_Dutch(string path)
    {
        var user = await BrowserlessUser.LogInAsSecretariatAsync(app);

        var html = await user.GetHtmlAsync(path);

        Assert.Contains("lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains("Uitloggen", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/SchoolYears/Edit")]
    [InlineData("/ElkImports")]
    [InlineData("/Schedules")]
    [InlineData("/Outbox")]
    [InlineData("/Schools")]
    public async Task A_school_user_cannot_open_the_secretariat_pages(string path)
    {
        var user = await BrowserlessUser.LogInAsync(app, Application.TeacherEmail, Application.TeacherPassword);

        var response = await user.Client.GetAsync(new Uri(path, UriKind.Relative));

        var landedOn = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Contains("/Account/AccessDenied", landedOn, StringComparison.Ordinal);
        Assert.Contains("Geen toegang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Dutch()
    {
        var user = new BrowserlessUser(app.CreateClient());

        var response = await user.PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Email"] = TestApplication.AdminEmail, ["Password"] = "fout-wachtwoord" });

        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_login_form_is_refused_in_Dutch()
    {
        var user = new BrowserlessUser(app.CreateClient());

        var response = await user.PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Email"] = "", ["Password"] = "", ["RememberMe"] = "false" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Vul uw e-mailadres in.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("field is required", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused_and_changes_nothing()
    {
        var user = await BrowserlessUser.LogInAsSecretariatAsync(app);

        var response = await user.Client.PostAsync(
            new Uri("/Schedules/Create", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("niets gewijzigd", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_gets_a_Dutch_not_found_page()
    {
        var user = await BrowserlessUser.LogInAsSecretariatAsync(app);

        var response = await user.Client.GetAsync(new Uri("/Schedules/Details/999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina niet gevonden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The application with a PO teacher's account beside the secretariat's.</summary>
    public sealed class Application : IAsyncLifetime, IDisposable
    {
        public const string TeacherEmail = "leerkracht@po.example.org";
        public const string TeacherPassword = "Leerkracht-Wachtwoord-1";

        private readonly TestApplication inner = new();

        public HttpClient CreateClient(WebApplicationFactoryClientOptions? options = null) =>
            inner.CreateClient(options ?? new());

        public static implicit operator TestApplication(Application application) => application.inner;

        public async Task InitializeAsync()
        {
            await using var scope = inner.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var teacher = new ApplicationUser { UserName = TeacherEmail, Email = TeacherEmail, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(teacher, TeacherPassword)).Succeeded);
            await users.AddToRoleAsync(teacher, Roles.PrimaryStaff);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => inner.Dispose();
    }
}
