using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeOverdracht.Domain.ElkImports;
using WarmeOverdracht.Domain.SchoolYears;

namespace WarmeOverdracht.Infrastructure.Persistence.Configurations;

internal sealed class ElkImportConfiguration : IEntityTypeConfiguration<ElkImport>
{
    public void Configure(EntityTypeBuilder<ElkImport> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.ArchivePath).HasMaxLength(400);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.UploadedByUserId).HasMaxLength(450);
        builder.Property(i => i.SheetName).HasMaxLength(100);
        builder.HasOne<SchoolYear>().WithMany().HasForeignKey(i => i.SchoolYearId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
