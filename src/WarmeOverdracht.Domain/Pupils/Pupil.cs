using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Domain.Pupils;

/// <summary>A group-8 pupil, identified by the ELK number within a school year.</summary>
public class Pupil
{
    public int Id { get; set; }

    public int SchoolYearId { get; set; }

    public required string ElkNumber { get; set; }

    public required string FirstName { get; set; }

    /// <summary>Tussenvoegsel, e.g. <c>van 't</c>.</summary>
    public string? NamePrefix { get; set; }

    public required string LastName { get; set; }

    public DateOnly? BirthDate { get; set; }

    public int PrimarySchoolId { get; set; }

    public School? PrimarySchool { get; set; }

    public int? SecondarySchoolId { get; set; }

    public School? SecondarySchool { get; set; }

    /// <summary>The PO contact who discusses this pupil.</summary>
    public int? PhoneLineId { get; set; }

    public PhoneLine? PhoneLine { get; set; }

    /// <summary>Set when the newest ELK import no longer holds this pupil; never deleted for it.</summary>
    public bool MissingFromLatestImport { get; set; }

    public List<HandoverRequest> Requests { get; } = [];

    public List<Consent> Consents { get; } = [];

    public string FullName => string.IsNullOrWhiteSpace(NamePrefix)
        ? $"{FirstName} {LastName}"
        : $"{FirstName} {NamePrefix} {LastName}";
}
