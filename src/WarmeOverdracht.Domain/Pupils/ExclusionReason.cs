namespace WarmeOverdracht.Domain.Pupils;

/// <summary>Why a pupil with a handover request is left out of a schedule.</summary>
public enum ExclusionReason
{
    MissingFromLatestImport = 1,
    NoSecondarySchool = 2,
    NoConsent = 3,
    NoPhoneLine = 4,
    NotPlaced = 5,
}

public static class ExclusionReasonText
{
    public static string ToDutch(this ExclusionReason reason) => reason switch
    {
        ExclusionReason.MissingFromLatestImport => "Staat niet meer in de laatste ELK-export.",
        ExclusionReason.NoSecondarySchool => "Nog niet geplaatst op een VO-school.",
        ExclusionReason.NoConsent => "Geen toestemming van ouders (ELK-ouderportaal of VO-aanmeldformulier).",
        ExclusionReason.NoPhoneLine => "Geen contactpersoon met mobiel nummer bij de PO-school.",
        ExclusionReason.NotPlaced => "Past niet in de overdrachtsdagen.",
        _ => reason.ToString(),
    };
}
