using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Web.Features.Outbox;

[Authorize(Roles = Roles.Secretariat)]
public sealed class OutboxController(WarmeOverdrachtDbContext db) : Controller
{
    private const int PageSize = 500;

    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var messages = await db.OutboxMessages.AsNoTracking()
            .OrderByDescending(m => m.Id).Take(PageSize)
            .Select(m => new OutboxRow(m.Id, m.ToName ?? m.ToAddress, m.ToAddress, m.Subject, m.CreatedAt, m.SentAt,
                m.Attempts, m.LastError))
            .ToListAsync(HttpContext.RequestAborted);
        return View(messages);
    }
}

public sealed record OutboxRow(
    int Id, string Recipient, string Address, string Subject, DateTimeOffset CreatedAt, DateTimeOffset? SentAt,
    int Attempts, string? LastError)
{
    public string Status => SentAt is not null ? "verzonden"
        : LastError is null ? "wacht op verzending"
        : "nog niet gelukt";
}
