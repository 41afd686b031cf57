using Microsoft.AspNetCore.Identity;

namespace WarmeOverdracht.Infrastructure.Identity;

/// <summary>A user of the application; PO and VO staff belong to one school.</summary>
public class ApplicationUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>The user's school; null for the secretariat.</summary>
    public int? SchoolId { get; set; }
}
