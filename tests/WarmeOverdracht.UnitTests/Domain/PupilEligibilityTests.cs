using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.SchoolYears;

namespace WarmeOverdracht.UnitTests.Domain;

[Trait("Category", "Unit")]
public sealed class PupilEligibilityTests
{
    [Fact]
    public void A_flagged_placed_pupil_with_consent_and_a_contact_is_scheduled() =>
        Assert.Null(PupilEligibility.Check(Pupil()));

    [Fact]
    public void Consent_from_the_VO_registration_form_is_enough()
    {
        var pupil = Pupil(consent: ConsentSource.VoRegistrationForm);

        Assert.Null(PupilEligibility.Check(pupil));
    }

    [Fact]
    public void Each_missing_condition_gives_its_own_reason()
    {
        Assert.Equal(ExclusionReason.NoConsent, PupilEligibility.Check(Pupil(consent: null)));
        Assert.Equal(ExclusionReason.NoSecondarySchool, PupilEligibility.Check(Pupil(secondarySchoolId: null)));
        Assert.Equal(ExclusionReason.NoPhoneLine, PupilEligibility.Check(Pupil(phoneLineId: null)));
        var missing = Pupil();
        missing.MissingFromLatestImport = true;
        Assert.Equal(ExclusionReason.MissingFromLatestImport, PupilEligibility.Check(missing));
    }

    [Theory]
    [InlineData(2026, 12, 4, "2026-2027")]
    [InlineData(2027, 5, 18, "2026-2027")]
    [InlineData(2027, 8, 1, "2027-2028")]
    public void A_date_belongs_to_the_school_year_that_starts_on_1_August(
        int year, int month, int day, string expected) =>
        Assert.Equal(expected, SchoolYear.NameFor(new DateOnly(year, month, day)));

    private static Pupil Pupil(
        ConsentSource? consent = ConsentSource.ElkParentPortal, int? secondarySchoolId = 2, int? phoneLineId = 3)
    {
        var pupil = new Pupil
        {
            ElkNumber = "1", FirstName = "Zoë", LastName = "Jansen", PrimarySchoolId = 1,
            SecondarySchoolId = secondarySchoolId, PhoneLineId = phoneLineId,
        };
        pupil.Requests.Add(new HandoverRequest { Origin = HandoverRequestOrigin.FlaggedByPrimary });
        if (consent is not null)
        {
            pupil.Consents.Add(new Consent { Source = consent.Value });
        }

        return pupil;
    }
}
