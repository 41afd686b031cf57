using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.SchoolYears;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Web.Features.SchoolYears;

/// <summary>The school year the application works on: the newest one.</summary>
public sealed class CurrentSchoolYear(WarmeOverdrachtDbContext db)
{
    public async Task<SchoolYear> GetAsync(CancellationToken cancellationToken = default) =>
        await db.SchoolYears
            .Include(y => y.Days.OrderBy(d => d.Date)).ThenInclude(d => d.Windows.OrderBy(w => w.Start))
            .OrderByDescending(y => y.Name)
            .FirstAsync(cancellationToken);
}
