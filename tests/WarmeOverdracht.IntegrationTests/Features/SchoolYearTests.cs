using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.SchoolYears;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Features;

[Trait("Category", "Integration")]
public sealed class SchoolYearTests : IDisposable
{
    private readonly TestApplication app = new();

    [Fact]
    public async Task A_fresh_install_has_two_handover_days_with_a_morning_and_an_afternoon_window()
    {
        var year = await LoadYearAsync();

        Assert.Equal(2, year.Days.Count);
        Assert.All(year.Days, day => Assert.Equal(["08:30-12:00", "13:00-16:30"], WindowTexts(day)));
        Assert.Equal(7, year.SlotMinutes);
    }

    [Fact]
    public async Task The_secretariat_changes_the_days_and_windows()
    {
        var user = await BrowserlessUser.LogInAsSecretariatAsync(app);

        var response = await user.PostFormAsync("/SchoolYears/Edit", "/SchoolYears/Edit", new()
        {
            ["SlotMinutes"] = "8",
            ["RequestDeadline"] = $"{await SpringAsync()}-04-01",
            ["Days[0].Date"] = $"{await SpringAsync()}-05-18",
            ["Days[0].Windows"] = "09:00-12:00; 13:00 - 15:00",
            ["Days[1].Date"] = "",
            ["Days[1].Windows"] = "",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Het schooljaar is opgeslagen.", html, StringComparison.Ordinal);
        var year = await LoadYearAsync();
        var day = Assert.Single(year.Days);
        Assert.Equal(new DateOnly(await SpringAsync(), 5, 18), day.Date);
        Assert.Equal(["09:00-12:00", "13:00-15:00"], WindowTexts(day));
        Assert.Equal(8, year.SlotMinutes);
    }

    [Theory]
    [InlineData("08:30-12:00, 11:00-14:00", "Tijdvakken mogen elkaar niet overlappen.")]
    [InlineData("12:00-08:30", "ligt het einde niet na het begin")]
    [InlineData("ochtend", "is geen tijdvak")]
    public async Task Invalid_windows_are_refused_with_a_Dutch_message_and_change_nothing(
        string windows, string message)
    {
        var user = await BrowserlessUser.LogInAsSecretariatAsync(app);

        var response = await user.PostFormAsync("/SchoolYears/Edit", "/SchoolYears/Edit", new()
        {
            ["SlotMinutes"] = "7",
            ["RequestDeadline"] = $"{await SpringAsync()}-04-15",
            ["Days[0].Date"] = $"{await SpringAsync()}-05-18",
            ["Days[0].Windows"] = windows,
        });

        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.HandoverDays.CountAsync()));
    }

    [Theory]
    [InlineData("06-01", "05-18", "08:30-12:00", "de eerste overdrachtsdag")]
    [InlineData("04-15", "09-18", "08:30-12:00", "Een overdrachtsdag moet in schooljaar")]
    [InlineData("04-15", "05-18", "08:30-08:35", "gesprek van 7 minuten bevatten")]
    public async Task A_day_deadline_or_window_that_cannot_work_is_refused(
        string deadline, string date, string windows, string message)
    {
        var user = await BrowserlessUser.LogInAsSecretariatAsync(app);
        var spring = await SpringAsync();

        var response = await user.PostFormAsync("/SchoolYears/Edit", "/SchoolYears/Edit", new()
        {
            ["SlotMinutes"] = "7",
            ["RequestDeadline"] = $"{spring}-{deadline}",
            ["Days[0].Date"] = $"{spring}-{date}",
            ["Days[0].Windows"] = windows,
        });

        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.HandoverDays.CountAsync()));
    }

    public void Dispose() => app.Dispose();

    /// <summary>The calendar year of the spring of the school year the install created (2027 for 2026-2027).</summary>
    private async Task<int> SpringAsync() =>
        int.Parse((await LoadYearAsync()).Name[5..], System.Globalization.CultureInfo.InvariantCulture);

    private Task<SchoolYear> LoadYearAsync() =>
        app.WithDbAsync(db => db.SchoolYears.Include(y => y.Days).ThenInclude(d => d.Windows).SingleAsync());

    private static IEnumerable<string> WindowTexts(HandoverDay day) =>
        day.Windows.OrderBy(w => w.Start).Select(w => $"{w.Start:HH:mm}-{w.End:HH:mm}");
}
