using WarmeOverdracht.Domain.Schedules;
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
    bool ReplacesEarlier = false)
{
    /// <summary>
    /// What changed for this school since the version it received before; empty for a first mail.
    /// A school whose calls all vanished has no <see cref="Calls"/> and only cancellations here.
    /// </summary>
    public IReadOnlyList<ScheduledCallChange> Changes { get; init; } = [];

    /// <summary>The calls of the earlier version that no longer take place.</summary>
    public IEnumerable<ScheduledCall> CancelledCalls =>
        Changes.Where(c => c.Kind == CallChangeKind.Cancelled).Select(c => c.Before!);
}

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
    IReadOnlyList<string> PupilNames)
{
    /// <summary>The call's identity across versions; null for a call that was never stored.</summary>
    public CallKey? Key { get; init; }

    /// <summary>The stored call block this call shows; 0 for a call that was never stored.</summary>
    public int BlockId { get; init; }
}

/// <summary>
/// A call's stable identity across versions: school year, phone line, VO school and the 1-based part
/// number of the call among that line's calls with that school (by date and start).
/// </summary>
public sealed record CallKey(int SchoolYearId, int PhoneLineId, int SecondarySchoolId, int Part)
{
    /// <summary>The calendar UID: the same for the same call in every version of the schedule.</summary>
    public string Uid => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"warme-overdracht-{SchoolYearId}-{PhoneLineId}-{SecondarySchoolId}-{Part}@kp-amstelland");
}

/// <summary>A change to one call as a school sees it; Before is null for Added, After for Cancelled.</summary>
public sealed record ScheduledCallChange(CallChangeKind Kind, ScheduledCall? Before, ScheduledCall? After);
