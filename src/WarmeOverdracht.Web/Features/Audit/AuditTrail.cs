using Microsoft.AspNetCore.Identity;
using WarmeOverdracht.Infrastructure.Auditing;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Web.Features.Audit;

/// <summary>
/// Records who viewed or changed pupil data. The entry joins the request's unit of work, so a change
/// and its audit entry are saved together; a view is saved on its own.
/// </summary>
public sealed class AuditTrail(
    WarmeOverdrachtDbContext db,
    IHttpContextAccessor httpContextAccessor,
    UserManager<ApplicationUser> users,
    TimeProvider clock)
{
    public void Add(string action, int? schoolId, int? pupilId = null, int? entityId = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = users.GetUserId(httpContextAccessor.HttpContext!.User) ?? "",
            Action = action,
            SchoolId = schoolId,
            PupilId = pupilId,
            EntityId = entityId,
        });

    public async Task RecordViewAsync(string action, int? schoolId, int? pupilId, CancellationToken ct)
    {
        Add(action, schoolId, pupilId);
        await db.SaveChangesAsync(ct);
    }
}
