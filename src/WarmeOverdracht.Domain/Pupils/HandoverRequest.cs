namespace WarmeOverdracht.Domain.Pupils;

/// <summary>Why a pupil is discussed in a warm handover: flagged by PO or requested by VO.</summary>
public class HandoverRequest
{
    public int Id { get; set; }

    public int PupilId { get; set; }

    public HandoverRequestOrigin Origin { get; set; }

    /// <summary>Whether the request came in through the ELK export or was entered in the application.</summary>
    public DataSource Source { get; set; }

    /// <summary>The reason (PO) or the question (VO), if given.</summary>
    public string? Reason { get; set; }

    /// <summary>For a PO flag entered in the application: what kind of attention the pupil needs.</summary>
    public FlagReason? ReasonKind { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Why a PO school flags a pupil for the warm handover.</summary>
public enum FlagReason
{
    Didactic = 1,
    Pedagogic = 2,
    Both = 3,
}

public enum HandoverRequestOrigin
{
    FlaggedByPrimary = 1,
    RequestedBySecondary = 2,
}

/// <summary>Where a piece of data came from; data entered in the application survives a re-import.</summary>
public enum DataSource
{
    ElkExport = 1,
    Application = 2,
}
