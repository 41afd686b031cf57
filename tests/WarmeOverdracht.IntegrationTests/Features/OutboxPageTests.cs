using System.Net;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Features;

/// <summary>The secretariat sees every mail by status, opens one, and resends a failed one.</summary>
[Trait("Category", "Integration")]
public sealed class OutboxPageTests : IDisposable
{
    private readonly TestApplication app = new();

    [Fact]
    public async Task A_failed_mail_is_listed_with_its_error_and_is_sent_after_a_resend()
    {
        var user = await BrowserlessUser.LogInAsSecretariatAsync(app);
        var failed = TestMails.Simple("ib@regenboog.example");
        var id = await app.WithDbAsync(async db =>
        {
            failed.Attempts = 10;
            failed.LastError = "SocketException: Connection refused";
            failed.CreatedAt = failed.NextAttemptAt = DateTimeOffset.UtcNow;
            db.OutboxMessages.Add(failed);
            await db.SaveChangesAsync();
            return failed.Id;
        });

        var list = await user.GetHtmlAsync("/Outbox?status=Failed");
        var details = await user.GetHtmlAsync($"/Outbox/Details/{id}");
        var resend = await user.PostFormAsync($"/Outbox/Details/{id}", $"/Outbox/Resend/{id}", []);

        Assert.Contains("mislukt (1)", list, StringComparison.Ordinal);
        Assert.Contains("SocketException: Connection refused", list, StringComparison.Ordinal);
        Assert.Contains("Rooster warme overdracht 2026-2027", list, StringComparison.Ordinal);
        Assert.Contains("Opnieuw versturen", details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, resend.StatusCode);
        Assert.Contains("opnieuw klaar", await resend.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Eventually.TrueAsync(
            () => app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Id == id && m.SentAt != null)),
            "the resent mail to be sent");
    }

    [Fact]
    public async Task An_unknown_mail_is_not_found_and_a_resend_of_it_changes_nothing()
    {
        var user = await BrowserlessUser.LogInAsSecretariatAsync(app);

        var response = await user.Client.GetAsync(new Uri("/Outbox/Details/999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    public void Dispose() => app.Dispose();
}
