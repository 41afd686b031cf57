using System.Text;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.ElkImports;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.IntegrationTests.Support;
using WarmeOverdracht.IntegrationTests.Journeys;

namespace WarmeOverdracht.IntegrationTests.ElkImports;

[Trait("Category", "Integration")]
public sealed class ElkImportTests : IDisposable
{
    private readonly TestApplication app = new();

    [Fact]
    public async Task The_preview_shows_the_counts_and_changes_nothing()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        var file = new ElkCsvBuilder().Pupil("100").Pupil("101").Pupil("102", mobile: "020-1234567").Build();

        var (importId, html) = await steps.UploadAsync("export.csv", file);

        Assert.True(importId > 0);
        Assert.Contains("data-count=\"created\">3<", html, StringComparison.Ordinal);
        Assert.Contains("vaste nummers kunnen niet", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Pupils.CountAsync()));
        Assert.Single(Directory.GetFiles(app.ArchiveDirectory));
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        var file = new ElkCsvBuilder()
            .Pupil("100").Pupil("101", flagged: false).Pupil("102", secondaryCode: null).Build();
        await ImportAsync(steps, file);
        var before = await SnapshotAsync();

        var (importId, _) = await steps.UploadAsync("export.csv", file);
        await steps.ConfirmImportAsync(importId);

        var import = await app.WithDbAsync(db => db.ElkImports.SingleAsync(i => i.Id == importId));
        Assert.Equal((0, 0, 3), (import.CreatedCount, import.UpdatedCount, import.UnchangedCount));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Data_entered_in_the_application_survives_a_reimport()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        await ImportAsync(steps, new ElkCsvBuilder().Pupil("100", flagged: false, consent: false).Build());
        await app.WithDbAsync(async db =>
        {
            var pupil = await db.Pupils.SingleAsync();
            db.HandoverRequests.Add(new HandoverRequest
            {
                PupilId = pupil.Id,
                Origin = HandoverRequestOrigin.RequestedBySecondary,
                Source = DataSource.Application,
                Reason = "Vraag over rekenen",
            });
            db.Consents.Add(new Consent { PupilId = pupil.Id, Source = ConsentSource.VoRegistrationForm });
            (await db.Schools.SingleAsync(s => s.Code == "11AA00")).Email = "administratie@example.org";
            return await db.SaveChangesAsync();
        });

        var newer = new ElkCsvBuilder().Pupil("100", lastName: "Jansen-Bos", flagged: false, consent: false);
        await ImportAsync(steps, newer.Build());

        var pupil = await app.WithDbAsync(db =>
            db.Pupils.Include(p => p.Requests).Include(p => p.Consents).SingleAsync());
        Assert.Equal("Jansen-Bos", pupil.LastName);
        Assert.Equal("Vraag over rekenen", Assert.Single(pupil.Requests).Reason);
        Assert.Equal(ConsentSource.VoRegistrationForm, Assert.Single(pupil.Consents).Source);
        Assert.Equal("administratie@example.org",
            await app.WithDbAsync(db => db.Schools.Where(s => s.Code == "11AA00").Select(s => s.Email).SingleAsync()));
    }

    [Fact]
    public async Task A_pupil_missing_from_a_newer_export_is_marked_not_deleted()
    {
        var steps = await SecretariatSteps.LogInAsync(app);
        await ImportAsync(steps, new ElkCsvBuilder().Pupil("100").Pupil("101").Build());

        await ImportAsync(steps, new ElkCsvBuilder().Pupil("100").Build());

        var pupils = await app.WithDbAsync(db => db.Pupils.OrderBy(p => p.ElkNumber).ToListAsync());
        Assert.Equal(["100", "101"], pupils.Select(p => p.ElkNumber));
        Assert.Equal([false, true], pupils.Select(p => p.MissingFromLatestImport));
    }

    [Theory]
    [InlineData("export.xlsx", "%PDF-1.7 not a spreadsheet", "Dit is een PDF-bestand")]
    [InlineData("export.csv", "", "leeg")]
    [InlineData("export.csv", "ELK-nummer;Voornaam;Achternaam;BRIN PO;Naam PO-school", "geen leerlingen")]
    [InlineData("export.csv", "Naam;Adres;Woonplaats\nPiet;Dorpsstraat 1;Uithoorn", "geen kopregel")]
    [InlineData("export.pdf", "%PDF-1.7", "Alleen Excel-bestanden")]
    public async Task An_unusable_file_gets_a_Dutch_message_and_changes_nothing(
        string fileName, string content, string message)
    {
        var steps = await SecretariatSteps.LogInAsync(app);

        var (importId, html) = await steps.UploadAsync(fileName, Encoding.UTF8.GetBytes(content));

        Assert.Equal(0, importId);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ElkImports.CountAsync()));
        Assert.False(Directory.Exists(app.ArchiveDirectory) && Directory.EnumerateFiles(app.ArchiveDirectory).Any());
    }

    public void Dispose() => app.Dispose();

    private static async Task ImportAsync(SecretariatSteps steps, byte[] file)
    {
        var (importId, _) = await steps.UploadAsync("export.csv", file);
        Assert.True(importId > 0, "The upload did not reach the preview.");
        await steps.ConfirmImportAsync(importId);
    }

    private Task<string> SnapshotAsync() => app.WithDbAsync(async db =>
    {
        var pupils = await db.Pupils.Include(p => p.Requests).Include(p => p.Consents).OrderBy(p => p.ElkNumber)
            .Select(p => $"{p.ElkNumber}|{p.LastName}|{p.PrimarySchoolId}|{p.SecondarySchoolId}|{p.PhoneLineId}|" +
                         $"{p.Requests.Count}|{p.Consents.Count}|{p.MissingFromLatestImport}")
            .ToListAsync();
        var lines = await db.PhoneLines.OrderBy(l => l.Id)
            .Select(l => $"{l.ContactName}|{l.MobileNumber}").ToListAsync();
        return string.Join("\n", pupils.Concat(lines).Append($"schools: {await db.Schools.CountAsync()}"));
    });
}
