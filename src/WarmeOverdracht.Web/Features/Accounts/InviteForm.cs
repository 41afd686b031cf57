using System.ComponentModel.DataAnnotations;
using FluentValidation;
using WarmeOverdracht.Infrastructure.Identity;

namespace WarmeOverdracht.Web.Features.Accounts;

public sealed class InviteForm
{
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = string.Empty;

    [Display(Name = "Naam")]
    public string DisplayName { get; set; } = string.Empty;

    [Display(Name = "Rol")]
    public string Role { get; set; } = Roles.PrimaryStaff;

    [Display(Name = "School")]
    public int? SchoolId { get; set; }
}

public sealed class InviteFormValidator : AbstractValidator<InviteForm>
{
    public InviteFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Vul het e-mailadres in.")
            .EmailAddress().WithMessage("Dit is geen geldig e-mailadres.").MaximumLength(256);
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Vul de naam in.").MaximumLength(200)
            .WithMessage("De naam is te lang.");
        RuleFor(f => f.Role).Must(r => Roles.All.Contains(r)).WithMessage("Kies een rol.");
        RuleFor(f => f.SchoolId).NotNull().When(f => f.Role != Roles.Secretariat)
            .WithMessage("Kies de school van de medewerker.");
    }
}

public sealed record AccountRow(
    string Id, string Email, string? DisplayName, string Role, string? SchoolName, bool HasPassword, bool Disabled,
    bool TwoFactor);
