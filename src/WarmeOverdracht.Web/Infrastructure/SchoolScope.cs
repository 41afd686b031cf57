using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Web.Infrastructure;

/// <summary>
/// The one way a PO or VO user reaches data: every query starts from the user's own school, so an
/// id of another school's pupil, line or call finds nothing and the controller answers 404.
/// </summary>
public sealed class SchoolScope(WarmeOverdrachtDbContext db, IHttpContextAccessor httpContextAccessor)
{
    private ClaimsPrincipal User => httpContextAccessor.HttpContext?.User
        ?? throw new InvalidOperationException("SchoolScope is used outside a request.");

    /// <summary>The current user's school; the portal policies guarantee the claim is there.</summary>
    public int SchoolId => SchoolIdOf(User)
        ?? throw new InvalidOperationException("The current user has no school.");

    public SchoolSector Sector => User.IsInRole(Roles.PrimaryStaff) ? SchoolSector.Primary : SchoolSector.Secondary;

    public static int? SchoolIdOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(SchoolClaims.SchoolId), CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    public Task<School> SchoolAsync(CancellationToken cancellationToken) =>
        db.Schools.AsNoTracking().FirstAsync(s => s.Id == SchoolId, cancellationToken);

    /// <summary>A PO user's own pupils; a VO user's pupils placed at the school.</summary>
    public IQueryable<Pupil> Pupils => Sector == SchoolSector.Primary
        ? db.Pupils.Where(p => p.PrimarySchoolId == SchoolId)
        : db.Pupils.Where(p => p.SecondarySchoolId == SchoolId);

    /// <summary>The phone lines of a PO user's school; none for a VO user.</summary>
    public IQueryable<PhoneLine> PhoneLines => Sector == SchoolSector.Primary
        ? db.PhoneLines.Where(l => l.SchoolId == SchoolId)
        : db.PhoneLines.Where(_ => false);

    /// <summary>The calls the school takes part in, in any schedule.</summary>
    public IQueryable<CallBlock> CallBlocks => Sector == SchoolSector.Primary
        ? db.CallBlocks.Where(b => db.PhoneLines.Any(l => l.Id == b.PhoneLineId && l.SchoolId == SchoolId))
        : db.CallBlocks.Where(b => b.SecondarySchoolId == SchoolId);

    public Task<Pupil?> FindPupilAsync(int id, CancellationToken cancellationToken) =>
        Pupils.Include(p => p.Requests).Include(p => p.Consents)
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<PhoneLine?> FindPhoneLineAsync(int id, CancellationToken cancellationToken) =>
        PhoneLines.Include(l => l.Unavailability).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    public Task<CallBlock?> FindCallBlockAsync(int id, CancellationToken cancellationToken) =>
        CallBlocks.FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
}

/// <summary>The claims and policies that tie a PO or VO account to its school.</summary>
public static class SchoolClaims
{
    public const string SchoolId = "warmeoverdracht:school";
    public const string PrimaryPortal = "PrimaryPortal";
    public const string SecondaryPortal = "SecondaryPortal";
    public const string AnyPortal = "AnyPortal";
}
