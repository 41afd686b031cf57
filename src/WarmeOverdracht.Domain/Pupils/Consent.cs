namespace WarmeOverdracht.Domain.Pupils;

/// <summary>Parents' consent for the warm handover; either source is enough.</summary>
public class Consent
{
    public int Id { get; set; }

    public int PupilId { get; set; }

    public ConsentSource Source { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

public enum ConsentSource
{
    ElkParentPortal = 1,
    VoRegistrationForm = 2,
}
