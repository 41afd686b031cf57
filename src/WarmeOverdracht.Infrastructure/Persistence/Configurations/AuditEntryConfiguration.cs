using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeOverdracht.Infrastructure.Auditing;

namespace WarmeOverdracht.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.PupilId);
        builder.HasIndex(e => e.SchoolId);
    }
}
