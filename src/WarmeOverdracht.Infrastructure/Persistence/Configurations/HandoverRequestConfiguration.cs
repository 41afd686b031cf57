using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeOverdracht.Domain.Pupils;

namespace WarmeOverdracht.Infrastructure.Persistence.Configurations;

internal sealed class HandoverRequestConfiguration : IEntityTypeConfiguration<HandoverRequest>
{
    public void Configure(EntityTypeBuilder<HandoverRequest> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.HasIndex(r => new { r.PupilId, r.Origin }).IsUnique();
    }
}
