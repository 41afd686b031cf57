using System.Globalization;

namespace WarmeOverdracht.Web.Infrastructure;

/// <summary>Counts as a Dutch reader writes them: "1 leerling", "3 leerlingen".</summary>
public static class Dutch
{
    public static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
