using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.IntegrationTests.Journeys;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Features;

[Trait("Category", "Integration")]
public sealed class SchoolTests : IDisposable
{
    private readonly TestApplication app = new();

    [Fact]
    public async Task The_secretariat_sets_a_schools_address_and_maximum_callers()
    {
        var (steps, schoolId) = await WithImportedSchoolAsync("22BB00");

        await steps.User.PostFormAsync($"/Schools/Edit/{schoolId}", $"/Schools/Edit/{schoolId}",
            new() { ["Email"] = "zorg@college.example.org", ["MaxCallers"] = "3" });

        var school = await app.WithDbAsync(db => db.Schools.SingleAsync(s => s.Id == schoolId));
        Assert.Equal(("zorg@college.example.org", (int?)3), (school.Email, school.MaxCallers));
    }

    [Theory]
    [InlineData("a@b", "", "geen geldig e-mailadres")]
    [InlineData("geen adres", "", "geen geldig e-mailadres")]
    [InlineData("", "0", "tussen 1 en 100")]
    [InlineData("", "veel", "geen geldige waarde")]
    public async Task Bad_school_settings_are_refused_in_Dutch_and_change_nothing(
        string email, string maxCallers, string message)
    {
        var (steps, schoolId) = await WithImportedSchoolAsync("22BB00");

        var response = await steps.User.PostFormAsync($"/Schools/Edit/{schoolId}", $"/Schools/Edit/{schoolId}",
            new() { ["Email"] = email, ["MaxCallers"] = maxCallers });

        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var school = await app.WithDbAsync(db => db.Schools.SingleAsync(s => s.Id == schoolId));
        Assert.Equal(("vo-22BB00@example.org", (int?)null), (school.Email, school.MaxCallers));
    }

    public void Dispose() => app.Dispose();

    private async Task<(SecretariatSteps Steps, int SchoolId)> WithImportedSchoolAsync(string code)
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        var (importId, _) = await steps.UploadAsync("export.csv", new ElkCsvBuilder().Pupil("100").Build());
        await steps.ConfirmImportAsync(importId);
        var schoolId = await app.WithDbAsync(db =>
            db.Schools.Where(s => s.Code == code).Select(s => s.Id).SingleAsync());
        return (steps, schoolId);
    }
}
