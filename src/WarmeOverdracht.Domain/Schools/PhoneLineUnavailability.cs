namespace WarmeOverdracht.Domain.Schools;

/// <summary>A stretch of a day on which a PO contact cannot be called.</summary>
public class PhoneLineUnavailability
{
    public int Id { get; set; }

    public int PhoneLineId { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }
}
