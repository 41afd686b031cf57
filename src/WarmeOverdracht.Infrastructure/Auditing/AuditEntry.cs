namespace WarmeOverdracht.Infrastructure.Auditing;

/// <summary>
/// One viewing or change of pupil data: who, when, what and for which school; ids only, never the
/// data itself.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string UserId { get; set; }

    /// <summary>A short code such as <c>pupil.flag</c>.</summary>
    public required string Action { get; set; }

    public int? SchoolId { get; set; }

    public int? PupilId { get; set; }

    /// <summary>The id of the other entity involved (phone line, call), when there is one.</summary>
    public int? EntityId { get; set; }
}
