using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.Persistence.Configurations;

internal sealed class PhoneLineUnavailabilityConfiguration : IEntityTypeConfiguration<PhoneLineUnavailability>
{
    public void Configure(EntityTypeBuilder<PhoneLineUnavailability> builder)
    {
        builder.HasOne<PhoneLine>().WithMany(l => l.Unavailability).HasForeignKey(u => u.PhoneLineId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
