using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Infrastructure.Auditing;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Web.Features.Audit;

/// <summary>The secretariat searches who viewed or changed pupil data.</summary>
[Authorize(Roles = Roles.Secretariat)]
public sealed class AuditController(WarmeOverdrachtDbContext db) : Controller
{
    public const int PageSize = 200;

    [HttpGet]
    public async Task<IActionResult> Index(AuditSearch search)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (search.PupilId is int pupilId)
        {
            entries = entries.Where(e => e.PupilId == pupilId);
        }

        if (search.SchoolId is int schoolId)
        {
            entries = entries.Where(e => e.SchoolId == schoolId);
        }

        if (!string.IsNullOrWhiteSpace(search.Email))
        {
            var email = search.Email.Trim().ToUpperInvariant();
            var userIds = db.Users.Where(u => u.NormalizedEmail == email).Select(u => u.Id);
            entries = entries.Where(e => userIds.Contains(e.UserId));
        }

        var rows = await entries.OrderByDescending(e => e.At).Take(PageSize)
            .ToListAsync(HttpContext.RequestAborted);
        var userIdsShown = rows.Select(r => r.UserId).Distinct().ToList();
        var emails = await db.Users.Where(u => userIdsShown.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id, HttpContext.RequestAborted);
        return View(new AuditModel(search, rows, emails));
    }
}

public sealed class AuditSearch
{
    public string? Email { get; set; }

    public int? SchoolId { get; set; }

    public int? PupilId { get; set; }
}

public sealed record AuditModel(
    AuditSearch Search, IReadOnlyList<AuditEntry> Entries, IReadOnlyDictionary<string, string> Emails);
