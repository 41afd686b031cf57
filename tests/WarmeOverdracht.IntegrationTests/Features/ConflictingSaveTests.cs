using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.IntegrationTests.Support;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.IntegrationTests.Features;

/// <summary>A save the database refuses (a double click, two at once) gives a Dutch message, not a 500.</summary>
[Trait("Category", "Integration")]
public sealed class ConflictingSaveTests : IDisposable
{
    private readonly TestApplication app = new();

    [Fact]
    public async Task A_save_the_database_refuses_sends_the_user_back_with_a_dutch_message()
    {
        var secretariat = await BrowserlessUser.LogInAsSecretariatAsync(app);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_user BEFORE INSERT ON AspNetUsers WHEN NEW.Email = 'dubbel@school.example' "
            + "BEGIN SELECT RAISE(ABORT, 'refused'); END;"));

        var response = await secretariat.PostFormAsync("/Accounts/Invite", "/Accounts/Invite", Invitation(
            "dubbel@school.example"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dit is niet opgeslagen: het werd tegelijk al opgeslagen of gewijzigd",
            await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "dubbel@school.example")));
    }

    [Fact]
    public async Task The_same_invitation_sent_twice_at_once_makes_one_account_and_no_error_page()
    {
        var secretariat = await BrowserlessUser.LogInAsSecretariatAsync(app);
        for (var round = 0; round < 5; round++)
        {
            var email = string.Create(CultureInfo.InvariantCulture, $"tegelijk{round}@school.example");
            var responses = await Task.WhenAll(
                secretariat.PostFormAsync("/Accounts/Invite", "/Accounts/Invite", Invitation(email)),
                secretariat.PostFormAsync("/Accounts/Invite", "/Accounts/Invite", Invitation(email)));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
        }
    }

    private static Dictionary<string, string> Invitation(string email) => new()
    {
        ["Email"] = email, ["DisplayName"] = "Dubbel", ["Role"] = Roles.Secretariat,
    };

    public void Dispose() => app.Dispose();
}
