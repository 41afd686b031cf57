using System.Globalization;
using WarmeOverdracht.Bench.Regions;
using WarmeOverdracht.Bench.Scheduling;

// Usage:
//   dotnet run -c Release --project bench/WarmeOverdracht.Bench.Scheduling [-- [--sizes S,M,L] [--seeds N]
//       [--cpsat-seconds 60]]
//   dotnet run -c Release --project bench/WarmeOverdracht.Bench.Scheduling -- schedule FILE
var options = Options.Parse(args);
var runner = new Runner(options.CpSatSeconds, Console.Out);
var all = new List<Figures>();

if (options.File is { } file)
{
    var (instance, problem) = await ExportScheduling.LoadAsync(file);
    Console.WriteLine($"{instance}: {problem.Blocks.Count} blocks");
    all.AddRange(runner.Run(instance, problem));
}
else
{
    foreach (var size in options.Sizes)
    {
        var seeds = size == RegionSize.Large ? Math.Min(options.Seeds, options.LargeSeeds) : options.Seeds;
        for (var seed = 1; seed <= seeds; seed++)
        {
            var region = RegionGenerator.Generate(size, seed);
            var problem = region.ToProblem();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{region.Name}: {region.PrimarySchools.Count} PO, {region.SecondarySchoolIds.Count} VO, "
                + $"{region.Pupils.Count} pupils, {problem.Blocks.Count} blocks"));
            all.AddRange(runner.Run(region.Name, problem));
        }
    }
}

foreach (var figure in all)
{
    Console.WriteLine(Runner.JsonLine(figure));
}

internal sealed record Options(
    IReadOnlyList<RegionSize> Sizes, int Seeds, int LargeSeeds, double CpSatSeconds, string? File)
{
    public static Options Parse(string[] args)
    {
        var options = new Options(RegionSize.All, 3, 1, 60, null);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "schedule" => options with { File = args[++i] },
                "--sizes" => options with
                {
                    Sizes = [.. args[++i].Split(',').Select(name => RegionSize.All.Single(size => size.Name == name))],
                },
                "--seeds" => options with { Seeds = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--large-seeds" => options with { LargeSeeds = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--cpsat-seconds" => options with
                {
                    CpSatSeconds = double.Parse(args[++i], CultureInfo.InvariantCulture),
                },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'."),
            };
        }

        return options;
    }
}
