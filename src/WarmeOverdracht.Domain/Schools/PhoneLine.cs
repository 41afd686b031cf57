namespace WarmeOverdracht.Domain.Schools;

/// <summary>
/// A PO contact person with the mobile number on which they can be reached during the calls;
/// the unit that cannot be in two calls at once.
/// </summary>
public class PhoneLine
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    public required string ContactName { get; set; }

    /// <summary>E.164, see <see cref="MobileNumber"/>.</summary>
    public required string MobileNumber { get; set; }

    public PhoneLineRole? Role { get; set; }

    /// <summary>When the school confirmed it is reachable on this number on the handover days.</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }

    public List<PhoneLineUnavailability> Unavailability { get; } = [];

    public string DisplayNumber => Schools.MobileNumber.TryParse(MobileNumber, out var number, out _)
        ? number.ToDisplayString()
        : MobileNumber;
}

/// <summary>Who answers the phone line at the PO school.</summary>
public enum PhoneLineRole
{
    GroupEightTeacher = 1,
    InternalSupervisor = 2,
}
