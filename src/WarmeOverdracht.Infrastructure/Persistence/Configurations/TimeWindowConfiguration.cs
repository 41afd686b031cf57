using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WarmeOverdracht.Domain.SchoolYears;

namespace WarmeOverdracht.Infrastructure.Persistence.Configurations;

internal sealed class TimeWindowConfiguration : IEntityTypeConfiguration<TimeWindow>
{
    public void Configure(EntityTypeBuilder<TimeWindow> builder)
    {
        builder.Ignore(w => w.Minutes);
    }
}
