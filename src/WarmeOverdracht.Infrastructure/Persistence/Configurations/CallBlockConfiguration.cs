using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.Persistence.Configurations;

internal sealed class CallBlockConfiguration : IEntityTypeConfiguration<CallBlock>
{
    public void Configure(EntityTypeBuilder<CallBlock> builder)
    {
        builder.HasIndex(b => new { b.ScheduleId, b.SecondarySchoolId });
        builder.HasIndex(b => new { b.ScheduleId, b.PhoneLineId });
        builder.HasOne<PhoneLine>().WithMany().HasForeignKey(b => b.PhoneLineId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<School>().WithMany().HasForeignKey(b => b.SecondarySchoolId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Pupils).WithOne().HasForeignKey(p => p.CallBlockId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CallBlockPupilConfiguration : IEntityTypeConfiguration<CallBlockPupil>
{
    public void Configure(EntityTypeBuilder<CallBlockPupil> builder)
    {
        builder.HasKey(p => new { p.CallBlockId, p.PupilId });
        builder.HasOne<Pupil>().WithMany().HasForeignKey(p => p.PupilId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
