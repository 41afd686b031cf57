using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.Persistence.Configurations;

internal sealed class PhoneLineConfiguration : IEntityTypeConfiguration<PhoneLine>
{
    public void Configure(EntityTypeBuilder<PhoneLine> builder)
    {
        builder.Property(l => l.ContactName).HasMaxLength(200);
        builder.Property(l => l.MobileNumber).HasMaxLength(16);
        builder.HasIndex(l => new { l.SchoolId, l.ContactName }).IsUnique();
        builder.Ignore(l => l.DisplayNumber);
        builder.HasMany(l => l.Unavailable).WithOne().HasForeignKey(u => u.PhoneLineId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
