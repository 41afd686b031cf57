using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.SchoolYears;

namespace WarmeOverdracht.Infrastructure.Persistence.Configurations;

internal sealed class PupilConfiguration : IEntityTypeConfiguration<Pupil>
{
    public void Configure(EntityTypeBuilder<Pupil> builder)
    {
        builder.Property(p => p.ElkNumber).HasMaxLength(32);
        builder.HasIndex(p => new { p.SchoolYearId, p.ElkNumber }).IsUnique();
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.NamePrefix).HasMaxLength(30);
        builder.Property(p => p.LastName).HasMaxLength(150);
        builder.Ignore(p => p.FullName);

        builder.HasOne<SchoolYear>().WithMany().HasForeignKey(p => p.SchoolYearId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.PrimarySchool).WithMany().HasForeignKey(p => p.PrimarySchoolId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.SecondarySchool).WithMany().HasForeignKey(p => p.SecondarySchoolId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.PhoneLine).WithMany().HasForeignKey(p => p.PhoneLineId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Requests).WithOne().HasForeignKey(r => r.PupilId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Consents).WithOne().HasForeignKey(c => c.PupilId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
