using System.Globalization;

namespace WarmeOverdracht.Domain;

/// <summary>Every time a user sees is Europe/Amsterdam wall-clock time, whatever the server's zone.</summary>
public static class AmsterdamTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTimeOffset ToAmsterdam(this DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToAmsterdam().DateTime);
    }

    /// <summary>For example <c>4-12-2026 14:05</c>; empty for no moment.</summary>
    public static string Format(DateTimeOffset? moment) => moment is null
        ? string.Empty
        : moment.Value.ToAmsterdam().ToString("d-M-yyyy HH:mm", CultureInfo.InvariantCulture);
}
