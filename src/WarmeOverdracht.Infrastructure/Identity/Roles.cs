namespace WarmeOverdracht.Infrastructure.Identity;

/// <summary>The three roles, named as the users know them.</summary>
public static class Roles
{
    public const string Secretariat = "Secretariaat";
    public const string PrimaryStaff = "PO-medewerker";
    public const string SecondaryStaff = "VO-medewerker";

    public static readonly IReadOnlyList<string> All = [Secretariat, PrimaryStaff, SecondaryStaff];
}
