using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Domain.SchoolYears;

namespace WarmeOverdracht.Infrastructure.Persistence.Configurations;

internal sealed class ScheduleConfiguration : IEntityTypeConfiguration<Schedule>
{
    public void Configure(EntityTypeBuilder<Schedule> builder)
    {
        builder.HasIndex(s => new { s.SchoolYearId, s.Version }).IsUnique();
        builder.Property(s => s.FailureMessage).HasMaxLength(2000);
        builder.HasOne<SchoolYear>().WithMany().HasForeignKey(s => s.SchoolYearId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Blocks).WithOne().HasForeignKey(b => b.ScheduleId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Schools).WithOne().HasForeignKey(s => s.ScheduleId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Exclusions).WithOne().HasForeignKey(e => e.ScheduleId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScheduleSchoolConfiguration : IEntityTypeConfiguration<ScheduleSchool>
{
    public void Configure(EntityTypeBuilder<ScheduleSchool> builder)
    {
        builder.HasKey(s => new { s.ScheduleId, s.SchoolId });
        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScheduleExclusionConfiguration : IEntityTypeConfiguration<ScheduleExclusion>
{
    public void Configure(EntityTypeBuilder<ScheduleExclusion> builder)
    {
        builder.HasKey(e => new { e.ScheduleId, e.PupilId });
        builder.Property(e => e.Detail).HasMaxLength(1000);
        builder.HasOne<Pupil>().WithMany().HasForeignKey(e => e.PupilId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
