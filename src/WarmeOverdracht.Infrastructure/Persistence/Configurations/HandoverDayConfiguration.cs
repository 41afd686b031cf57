using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeOverdracht.Domain.SchoolYears;

namespace WarmeOverdracht.Infrastructure.Persistence.Configurations;

internal sealed class HandoverDayConfiguration : IEntityTypeConfiguration<HandoverDay>
{
    public void Configure(EntityTypeBuilder<HandoverDay> builder)
    {
        builder.HasIndex(d => new { d.SchoolYearId, d.Date }).IsUnique();
        builder.HasMany(d => d.Windows).WithOne().HasForeignKey(w => w.HandoverDayId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
