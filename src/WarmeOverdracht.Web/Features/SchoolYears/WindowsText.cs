using System.Globalization;

namespace WarmeOverdracht.Web.Features.SchoolYears;

/// <summary>Reads and writes a day's windows as text: <c>08:30-12:00, 13:00-16:30</c>.</summary>
internal static class WindowsText
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm"];

    public static string Format(IEnumerable<(TimeOnly Start, TimeOnly End)> windows) =>
        string.Join(", ", windows.Select(w => $"{w.Start:HH\\:mm}-{w.End:HH\\:mm}"));

    /// <summary>Parses the text; on failure returns null with a Dutch message.</summary>
    public static IReadOnlyList<(TimeOnly Start, TimeOnly End)>? TryParse(string? text, out string error)
    {
        var windows = new List<(TimeOnly Start, TimeOnly End)>();
        const StringSplitOptions options = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        var parts = (text ?? "").Split([',', ';'], options);
        foreach (var part in parts)
        {
            var window = ParseWindow(part, out error);
            if (window is null)
            {
                return null;
            }

            windows.Add(window.Value);
        }

        error = Check(windows);
        return error.Length == 0 ? windows.OrderBy(w => w.Start).ToList() : null;
    }

    private static (TimeOnly Start, TimeOnly End)? ParseWindow(string part, out string error)
    {
        var times = part.Replace('–', '-').Split('-', StringSplitOptions.TrimEntries);
        if (times.Length != 2 || !TryTime(times[0], out var start) || !TryTime(times[1], out var end))
        {
            error = $"'{part}' is geen tijdvak; schrijf bijvoorbeeld 08:30-12:00.";
            return null;
        }

        error = end > start ? string.Empty : $"In '{part}' ligt het einde niet na het begin.";
        return end > start ? (start, end) : null;
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static string Check(List<(TimeOnly Start, TimeOnly End)> windows)
    {
        if (windows.Count == 0)
        {
            return "Vul minstens één tijdvak in, bijvoorbeeld 08:30-12:00.";
        }

        var ordered = windows.OrderBy(w => w.Start).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Start < ordered[i - 1].End)
            {
                return "Tijdvakken mogen elkaar niet overlappen.";
            }
        }

        return string.Empty;
    }
}
