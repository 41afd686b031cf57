using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeOverdracht.Domain.ElkImports;

namespace WarmeOverdracht.Infrastructure.Persistence.Configurations;

internal sealed class ElkHeaderMappingConfiguration : IEntityTypeConfiguration<ElkHeaderMapping>
{
    public void Configure(EntityTypeBuilder<ElkHeaderMapping> builder)
    {
        builder.Property(m => m.Header).HasMaxLength(200);
        builder.Property(m => m.Field).HasMaxLength(40);
        builder.HasIndex(m => m.Header).IsUnique();
    }
}
