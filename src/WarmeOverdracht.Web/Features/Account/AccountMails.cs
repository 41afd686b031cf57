using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Mail;

namespace WarmeOverdracht.Web.Features.Account;

/// <summary>Queues the invitation and password-reset mails, each with a one-time link.</summary>
public sealed class AccountMails(
    UserManager<ApplicationUser> users, MailOutbox outbox, IOptions<AccountOptions> options)
{
    public async Task SendInvitationAsync(ApplicationUser user, Func<string, string> linkFor, CancellationToken ct)
    {
        var token = await users.GenerateUserTokenAsync(
            user, AccountTokens.Invitation, AccountTokens.SetPasswordPurpose);
        var link = linkFor(token);
        var days = options.Value.InvitationDays;
        await QueueAsync(user, "invite", "Uw account voor Warme Overdracht",
            "U bent uitgenodigd voor Warme Overdracht van KP Amstelland. Kies via deze link een wachtwoord:",
            link, $"De link werkt één keer en is {days} dagen geldig.", ct);
    }

    public async Task SendResetAsync(ApplicationUser user, Func<string, string> linkFor, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var hours = options.Value.ResetHours;
        await QueueAsync(user, "reset", "Nieuw wachtwoord voor Warme Overdracht",
            "U heeft gevraagd om een nieuw wachtwoord. Kies via deze link een nieuw wachtwoord:",
            linkFor(token), $"De link werkt één keer en is {hours} uur geldig. Heeft u niets gevraagd? " +
            "Dan kunt u deze e-mail negeren.", ct);
    }

    private async Task QueueAsync(
        ApplicationUser user, string kind, string subject, string intro, string link, string validity,
        CancellationToken ct)
    {
        var html = $"<p>{WebUtility.HtmlEncode(intro)}</p>" +
            $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p>" +
            $"<p>{WebUtility.HtmlEncode(validity)}</p>";
        await outbox.EnqueueAsync(new OutboxMessage
        {
            DeduplicationKey = $"{kind}:{user.Id}:{Guid.NewGuid():N}",
            MessageId = MailOutbox.NewMessageId(),
            ToAddress = user.Email!,
            ToName = user.DisplayName,
            Subject = subject,
            HtmlBody = html,
            TextBody = $"{intro}\n\n{link}\n\n{validity}\n",
            SchoolId = user.SchoolId,
        }, ct);
    }
}
