using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.Publishing;

/// <summary>
/// One school's part of a schedule, as it is mailed and exported. <see cref="ReplacesEarlier"/> is set
/// when the school already received an earlier version, so the mail says this one replaces it.
/// </summary>
public sealed record SchoolSchedule(
    int SchoolId,
    string SchoolCode,
    string SchoolName,
    SchoolSector Sector,
    string SchoolYearName,
    int ScheduleVersion,
    int SlotMinutes,
    IReadOnlyList<ScheduledCall> Calls,
    bool ReplacesEarlier = false);

/// <summary>
/// One call as both sides see it; <see cref="MobileNumber"/> is the number the VO caller dials (06-12345678).
/// </summary>
public sealed record ScheduledCall(
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    int CallerNumber,
    string PrimarySchoolName,
    string ContactName,
    string MobileNumber,
    string SecondarySchoolName,
    IReadOnlyList<string> PupilNames);
