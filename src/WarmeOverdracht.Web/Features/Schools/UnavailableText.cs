using System.Globalization;

namespace WarmeOverdracht.Web.Features.Schools;

/// <summary>
/// Times at which a contact cannot be called, written as <c>18-05-2027 10:00-11:00; 19-05-2027 09:00-09:30</c>
/// (separated by semicolons or new lines).
/// </summary>
public static class UnavailableText
{
    private const string DateFormat = "dd-MM-yyyy";
    private const string TimeFormat = "HH:mm";

    public static string Format(IEnumerable<(DateOnly Date, TimeOnly Start, TimeOnly End)> times) =>
        string.Join("; ", times.OrderBy(t => t.Date).ThenBy(t => t.Start).Select(t =>
            $"{t.Date.ToString(DateFormat, CultureInfo.InvariantCulture)} "
            + $"{t.Start.ToString(TimeFormat, CultureInfo.InvariantCulture)}-"
            + $"{t.End.ToString(TimeFormat, CultureInfo.InvariantCulture)}"));

    /// <summary>The times, or null with a Dutch error naming the first entry that cannot be read.</summary>
    public static List<(DateOnly Date, TimeOnly Start, TimeOnly End)>? TryParse(string? text, out string error)
    {
        error = string.Empty;
        var times = new List<(DateOnly, TimeOnly, TimeOnly)>();
        var entries = (text ?? string.Empty).Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries
            | StringSplitOptions.TrimEntries);
        foreach (var entry in entries)
        {
            if (TryParseEntry(entry) is not { } time)
            {
                error = $"'{entry}' is geen tijd waarop iemand niet bereikbaar is; schrijf bijvoorbeeld "
                    + "18-05-2027 10:00-11:00.";
                return null;
            }

            times.Add(time);
        }

        return times;
    }

    private static (DateOnly, TimeOnly, TimeOnly)? TryParseEntry(string entry)
    {
        var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var range = parts.Length == 2 ? parts[1].Split('-') : [];
        if (range.Length != 2
            || !DateOnly.TryParseExact(parts[0], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var date)
            || !TimeOnly.TryParseExact(range[0], TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var start)
            || !TimeOnly.TryParseExact(range[1], TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var end)
            || end <= start)
        {
            return null;
        }

        return (date, start, end);
    }
}
