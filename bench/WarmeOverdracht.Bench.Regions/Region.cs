using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.Bench.Regions;

/// <summary>A PO school with one phone line (contact) or, for some, two.</summary>
public sealed record RegionPrimarySchool(int Id, IReadOnlyList<int> PhoneLineIds);

/// <summary>A flagged pupil: the PO school, the contact's phone line and the VO school of placement.</summary>
public sealed record RegionPupil(int Id, int PrimarySchoolId, int PhoneLineId, int SecondarySchoolId);

/// <summary>A synthetic region: schools, flagged pupils and the handover days.</summary>
public sealed record Region(
    string Name,
    IReadOnlyList<RegionPrimarySchool> PrimarySchools,
    IReadOnlyList<int> SecondarySchoolIds,
    IReadOnlyList<RegionPupil> Pupils,
    IReadOnlyList<DayWindows> Days)
{
    /// <summary>One block per (phone line, VO school), as the product forms them, ids in that order.</summary>
    public SchedulingProblem ToProblem(int slotMinutes = 7)
    {
        var blocks = Pupils
            .GroupBy(pupil => (pupil.PhoneLineId, pupil.SecondarySchoolId))
            .OrderBy(group => group.Key.PhoneLineId)
            .ThenBy(group => group.Key.SecondarySchoolId)
            .Select((group, index) => new BlockRequest(
                index + 1, group.Key.PhoneLineId, group.Key.SecondarySchoolId, group.Count()))
            .ToArray();
        return new SchedulingProblem(Days, blocks, slotMinutes);
    }
}
