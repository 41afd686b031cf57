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

    /// <summary>Times at which the contact cannot be called; the scheduler plans no call then.</summary>
    public List<PhoneLineUnavailability> Unavailable { get; } = [];

    public string DisplayNumber => Schools.MobileNumber.TryParse(MobileNumber, out var number, out _)
        ? number.ToDisplayString()
        : MobileNumber;
}
