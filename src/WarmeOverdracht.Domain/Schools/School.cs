namespace WarmeOverdracht.Domain.Schools;

/// <summary>A PO or VO school location, identified by BRIN + vestiging.</summary>
public class School
{
    public int Id { get; set; }

    /// <summary>BRIN + vestiging in normalised form, see <see cref="SchoolCode"/>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public SchoolSector Sector { get; set; }

    /// <summary>Where the school's schedule is mailed.</summary>
    public string? Email { get; set; }

    /// <summary>For a VO school: the most callers it can provide; null when not limited.</summary>
    public int? MaxCallers { get; set; }

    public List<PhoneLine> PhoneLines { get; } = [];
}
