namespace WarmeOverdracht.SampleExport;

internal sealed record SampleSchool(string Code, string Name, string Email);

internal sealed record SampleContact(string Name, string Mobile);

internal sealed record SamplePupil(
    string ElkNumber,
    string FirstName,
    string NamePrefix,
    string LastName,
    DateOnly BirthDate,
    SampleSchool PrimarySchool,
    SampleSchool? SecondarySchool,
    SampleContact Contact,
    bool Flagged,
    string FlagReason,
    bool ParentConsent);

/// <summary>A whole synthetic region: its schools, the PO contacts and the group-8 pupils.</summary>
internal sealed record SampleRegion(
    IReadOnlyList<SampleSchool> PrimarySchools,
    IReadOnlyList<SampleSchool> SecondarySchools,
    IReadOnlyList<SampleContact> Contacts,
    IReadOnlyList<SamplePupil> Pupils);
