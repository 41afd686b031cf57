namespace WarmeOverdracht.Domain.SchoolYears;

/// <summary>A school year such as 2026-2027: its handover days and settings.</summary>
public class SchoolYear
{
    public const int DefaultSlotMinutes = 7;

    public int Id { get; set; }

    /// <summary>For example <c>2026-2027</c>.</summary>
    public required string Name { get; set; }

    /// <summary>Minutes of call time per pupil.</summary>
    public int SlotMinutes { get; set; } = DefaultSlotMinutes;

    /// <summary>Last day on which a VO school may request an extra pupil.</summary>
    public DateOnly RequestDeadline { get; set; }

    /// <summary>Minutes a VO caller needs between two calls; 0 means calls may follow each other directly.</summary>
    public int ChangeoverMinutes { get; set; }

    /// <summary>Most pupils in one call; a longer call is split into parts on one day. Null: no maximum.</summary>
    public int? MaxPupilsPerCall { get; set; }

    public List<HandoverDay> Days { get; } = [];

    /// <summary>The school year whose spring includes the given date; it starts on 1 August.</summary>
    public static string NameFor(DateOnly date)
    {
        var startYear = date.Month >= 8 ? date.Year : date.Year - 1;
        return $"{startYear}-{startYear + 1}";
    }
}
