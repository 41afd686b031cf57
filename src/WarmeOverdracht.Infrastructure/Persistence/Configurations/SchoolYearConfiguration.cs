using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeOverdracht.Domain.SchoolYears;

namespace WarmeOverdracht.Infrastructure.Persistence.Configurations;

internal sealed class SchoolYearConfiguration : IEntityTypeConfiguration<SchoolYear>
{
    public void Configure(EntityTypeBuilder<SchoolYear> builder)
    {
        builder.Property(y => y.Name).HasMaxLength(9);
        builder.HasIndex(y => y.Name).IsUnique();
        builder.HasMany(y => y.Days).WithOne().HasForeignKey(d => d.SchoolYearId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
