using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using WarmeOverdracht.Bench.Import;

// Usage:
//   dotnet run -c Release --project bench/WarmeOverdracht.Bench.Import
//       generates a 10,000-pupil .xlsx and a 40,000-pupil .csv (seed 2027) and imports each in its own
//       process, so each peak memory figure is that import's alone.
//   dotnet run -c Release --project bench/WarmeOverdracht.Bench.Import -- import FILE [FILE...]
//       imports each file into a fresh SQLite file; the output ends with one JSON line per file.
var json = new JsonSerializerOptions
{
    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
};

if (args.Length > 0 && args[0] == "import")
{
    return await ImportFilesAsync(args[1..]);
}

return await BenchmarkAsync();

async Task<int> ImportFilesAsync(string[] files)
{
    if (files.Length == 0)
    {
        Console.Error.WriteLine("Usage: import FILE [FILE...]");
        return 2;
    }

    var figures = new List<ImportFigures>();
    var folder = Directory.CreateTempSubdirectory("warmeoverdracht-bench-import-").FullName;
    foreach (var (file, index) in files.Select((file, index) => (file, index)))
    {
        var database = Path.Combine(folder, $"import-{index}.db");
        var result = await ImportRun.RunAsync(Path.GetFullPath(file), database);
        Console.WriteLine($"{file}: {result.Rows} rows, {result.Pupils} pupils in {database}; {result.Steps}");
        figures.Add(result with { File = file, Steps = null });
    }

    figures.ForEach(result => Console.WriteLine(JsonSerializer.Serialize(result, json)));
    return figures.Any(result => result.FileError is not null) ? 1 : 0;
}

async Task<int> BenchmarkAsync()
{
    var folder = Directory.CreateTempSubdirectory("warmeoverdracht-bench-import-").FullName;
    var generator = new ExportGenerator(seed: 2027);
    var xlsx = Path.Combine(folder, "elk-export-10000.xlsx");
    var csv = Path.Combine(folder, "elk-export-40000.csv");
    generator.WriteXlsx(xlsx, 10_000);
    generator.WriteCsv(csv, 40_000);
    Console.WriteLine($"Generated {xlsx} and {csv}");

    var targets = new[] { (File: xlsx, Seconds: 3.0), (File: csv, Seconds: 12.0) };
    var allMet = true;
    foreach (var (file, seconds) in targets)
    {
        var result = await RunInChildAsync(file);
        var met = result.Seconds < seconds && result.PeakMemoryMb < 300;
        allMet &= met;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(file)}: {result.Rows} rows in {result.Seconds:0.00} s (target < {seconds} s), "
            + $"peak working set {result.PeakMemoryMb:0} MB (target < 300 MB): {(met ? "met" : "NOT met")}"));
    }

    return allMet ? 0 : 1;
}

async Task<ImportFigures> RunInChildAsync(string file)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
    start.ArgumentList.Add("import");
    start.ArgumentList.Add(file);
    using var child = Process.Start(start)!;
    var output = await child.StandardOutput.ReadToEndAsync();
    await child.WaitForExitAsync();
    var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    var last = lines[^1];
    Console.WriteLine(string.Join('\n', lines.TakeLast(2)).TrimEnd());
    return JsonSerializer.Deserialize<ImportFigures>(last, json)!;
}
