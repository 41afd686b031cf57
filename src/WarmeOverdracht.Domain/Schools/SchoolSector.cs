namespace WarmeOverdracht.Domain.Schools;

/// <summary>Whether a school is a primary (PO) or a secondary (VO) school.</summary>
public enum SchoolSector
{
    Primary = 1,
    Secondary = 2,
}
