using WarmeOverdracht.SampleExport;

// Writes docs/samples/elk-export-amstelland.xlsx and .csv; an argument names another output folder.
const int Seed = 20270424;

var folder = args.Length > 0 ? args[0] : SamplesFolder();
var region = new RegionGenerator(Seed).Generate();
ExportFiles.WriteWorkbook(region, Path.Combine(folder, "elk-export-amstelland.xlsx"));
ExportFiles.WriteCsv(region, Path.Combine(folder, "elk-export-amstelland.csv"));

var flagged = region.Pupils.Where(pupil => pupil.Flagged).ToList();
Console.WriteLine($"Written to {Path.GetFullPath(folder)}");
Console.WriteLine($"Pupils: {region.Pupils.Count}");
Console.WriteLine($"PO schools: {region.PrimarySchools.Count}, VO schools: {region.SecondarySchools.Count}");
Console.WriteLine($"PO contacts (phone lines): {region.Contacts.Count}");
Console.WriteLine($"Flagged: {flagged.Count}, with consent: {flagged.Count(pupil => pupil.ParentConsent)}, "
    + $"with reason: {flagged.Count(pupil => pupil.FlagReason.Length > 0)}, "
    + $"without VO school: {flagged.Count(pupil => pupil.SecondarySchool is null)}");
Console.WriteLine($"Without VO school: {region.Pupils.Count(pupil => pupil.SecondarySchool is null)}");
foreach (var school in region.SecondarySchools)
{
    var pupils = region.Pupils.Where(pupil => pupil.SecondarySchool == school).ToList();
    Console.WriteLine($"  {school.Code} {school.Name}: {pupils.Count} pupils, {pupils.Count(p => p.Flagged)} flagged");
}

static string SamplesFolder()
{
    var directory = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WarmeOverdracht.sln")))
    {
        directory = directory.Parent;
    }

    return directory is null
        ? throw new InvalidOperationException("Run from inside the repository, or name the output folder.")
        : Path.Combine(directory.FullName, "docs", "samples");
}
