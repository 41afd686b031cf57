using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Mail;
using WarmeOverdracht.Web.Infrastructure;

namespace WarmeOverdracht.Web.Features.Outbox;

[Authorize(Roles = Roles.Secretariat)]
public sealed class OutboxController(OutboxQuery query, MailOutbox outbox, IOptions<MailOptions> options)
    : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(OutboxStatus? status, int page = 1) =>
        View(await query.PageAsync(status, page, HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Details(int id)
    {
        var details = await query.DetailsAsync(id, HttpContext.RequestAborted);
        return details is null ? NotFound() : View(details);
    }

    [HttpPost]
    public async Task<IActionResult> Resend(int id)
    {
        var resent = await outbox.ResendAsync(id, options.Value.MaxAttempts, HttpContext.RequestAborted);
        if (resent)
        {
            this.SetStatusMessage("De mail staat opnieuw klaar en wordt zo verzonden.");
        }
        else
        {
            this.SetStatusMessage(
                "Deze mail kan niet opnieuw worden verzonden: hij bestaat niet of wacht nog op verzending.",
                StatusKind.Warning);
        }

        return RedirectToAction(nameof(Details), new { id });
    }
}
