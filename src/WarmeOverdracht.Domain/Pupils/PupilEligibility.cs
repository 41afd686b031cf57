namespace WarmeOverdracht.Domain.Pupils;

/// <summary>
/// The rule for who is scheduled: a pupil with a handover request, placed at a VO school, with
/// consent from at least one source and a PO contact to call.
/// </summary>
public static class PupilEligibility
{
    /// <summary>Null when the pupil can be scheduled, otherwise the first reason it cannot.</summary>
    public static ExclusionReason? Check(Pupil pupil)
    {
        if (pupil.MissingFromLatestImport)
        {
            return ExclusionReason.MissingFromLatestImport;
        }

        if (pupil.SecondarySchoolId is null)
        {
            return ExclusionReason.NoSecondarySchool;
        }

        if (pupil.Consents.Count == 0)
        {
            return ExclusionReason.NoConsent;
        }

        return pupil.PhoneLineId is null ? ExclusionReason.NoPhoneLine : null;
    }
}
