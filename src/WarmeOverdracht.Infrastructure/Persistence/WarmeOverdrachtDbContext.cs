using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using WarmeOverdracht.Domain.ElkImports;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Domain.SchoolYears;
using WarmeOverdracht.Infrastructure.Auditing;
using WarmeOverdracht.Infrastructure.Identity;
using WarmeOverdracht.Infrastructure.Mail;

namespace WarmeOverdracht.Infrastructure.Persistence;

public class WarmeOverdrachtDbContext(DbContextOptions<WarmeOverdrachtDbContext> options)
    : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<SchoolYear> SchoolYears => Set<SchoolYear>();

    public DbSet<HandoverDay> HandoverDays => Set<HandoverDay>();

    public DbSet<TimeWindow> TimeWindows => Set<TimeWindow>();

    public DbSet<School> Schools => Set<School>();

    public DbSet<PhoneLine> PhoneLines => Set<PhoneLine>();

    public DbSet<PhoneLineUnavailability> PhoneLineUnavailabilities => Set<PhoneLineUnavailability>();

    public DbSet<Pupil> Pupils => Set<Pupil>();

    public DbSet<HandoverRequest> HandoverRequests => Set<HandoverRequest>();

    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<Schedule> Schedules => Set<Schedule>();

    public DbSet<CallBlock> CallBlocks => Set<CallBlock>();

    public DbSet<ElkImport> ElkImports => Set<ElkImport>();

    public DbSet<ElkHeaderMapping> ElkHeaderMappings => Set<ElkHeaderMapping>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ScheduleCaller> ScheduleCallers => Set<ScheduleCaller>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WarmeOverdrachtDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot compare or order DateTimeOffset values stored as text.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>()
                .HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>()
                .HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
