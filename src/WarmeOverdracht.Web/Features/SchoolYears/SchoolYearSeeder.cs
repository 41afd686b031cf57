using WarmeOverdracht.Domain;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.SchoolYears;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Web.Features.SchoolYears;

/// <summary>
/// A fresh install gets the current school year with two handover days, each 08:30–12:00 and
/// 13:00–16:30, so the main job can run at once; the secretariat adjusts them.
/// </summary>
internal sealed class SchoolYearSeeder(
    WarmeOverdrachtDbContext db, TimeProvider clock, ILogger<SchoolYearSeeder> logger)
{
    public async Task EnsureAsync()
    {
        if (await db.SchoolYears.AnyAsync())
        {
            return;
        }

        var year = CreateFor(AmsterdamTime.Today(clock));
        db.SchoolYears.Add(year);
        await db.SaveChangesAsync();
        logger.LogInformation("Created school year {SchoolYearId} with default handover days", year.Id);
    }

    /// <summary>Handover days on the first Tuesday from 12 May of the spring, and the day after.</summary>
    public static SchoolYear CreateFor(DateOnly today)
    {
        var name = SchoolYear.NameFor(today);
        var springYear = int.Parse(name[5..], System.Globalization.CultureInfo.InvariantCulture);
        var firstDay = new DateOnly(springYear, 5, 12);
        while (firstDay.DayOfWeek != DayOfWeek.Tuesday)
        {
            firstDay = firstDay.AddDays(1);
        }

        var year = new SchoolYear { Name = name, RequestDeadline = new DateOnly(springYear, 4, 15) };
        year.Days.Add(DefaultDay(firstDay));
        year.Days.Add(DefaultDay(firstDay.AddDays(1)));
        return year;
    }

    private static HandoverDay DefaultDay(DateOnly date)
    {
        var day = new HandoverDay { Date = date };
        day.Windows.Add(new TimeWindow { Start = new TimeOnly(8, 30), End = new TimeOnly(12, 0) });
        day.Windows.Add(new TimeWindow { Start = new TimeOnly(13, 0), End = new TimeOnly(16, 30) });
        return day;
    }
}
