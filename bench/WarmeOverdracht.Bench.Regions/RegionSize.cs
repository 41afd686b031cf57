namespace WarmeOverdracht.Bench.Regions;

/// <summary>How big a synthetic region is: PO schools, VO schools and pupils flagged for a handover.</summary>
public sealed record RegionSize(string Name, int PrimarySchools, int SecondarySchools, int Pupils)
{
    public static readonly RegionSize Small = new("S", 50, 12, 400);

    public static readonly RegionSize Medium = new("M", 320, 80, 2_400);

    public static readonly RegionSize Large = new("L", 1_500, 300, 12_000);

    public static IReadOnlyList<RegionSize> All { get; } = [Small, Medium, Large];
}
