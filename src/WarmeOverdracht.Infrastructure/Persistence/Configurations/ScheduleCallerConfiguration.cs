using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.Persistence.Configurations;

internal sealed class ScheduleCallerConfiguration : IEntityTypeConfiguration<ScheduleCaller>
{
    public void Configure(EntityTypeBuilder<ScheduleCaller> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.HasIndex(c => new { c.ScheduleId, c.SchoolId, c.CallerNumber }).IsUnique();
        builder.HasOne<Schedule>().WithMany().HasForeignKey(c => c.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
