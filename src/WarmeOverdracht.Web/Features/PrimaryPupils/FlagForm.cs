using System.ComponentModel.DataAnnotations;
using FluentValidation;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Web.Features.PrimaryPupils;

public sealed class FlagForm
{
    [Display(Name = "Reden")]
    public FlagReason? ReasonKind { get; set; }

    [Display(Name = "Toelichting")]
    public string? Reason { get; set; }
}

public sealed class FlagFormValidator : AbstractValidator<FlagForm>
{
    public FlagFormValidator()
    {
        RuleFor(f => f.ReasonKind).NotNull().WithMessage("Kies de reden: didactisch, pedagogisch of beide.")
            .IsInEnum().WithMessage("Kies de reden: didactisch, pedagogisch of beide.");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Licht kort toe waarom deze leerling besproken moet worden.")
            .MaximumLength(2000).WithMessage("De toelichting is te lang (hoogstens 2000 tekens).");
    }
}

public static class PortalText
{
    public static string ToDutch(this PhoneLineRole? role) => role switch
    {
        PhoneLineRole.GroupEightTeacher => "leerkracht groep 8",
        PhoneLineRole.InternalSupervisor => "intern begeleider",
        _ => "rol onbekend",
    };

    public static string ToDutch(this FlagReason? reason) => reason switch
    {
        FlagReason.Didactic => "didactisch",
        FlagReason.Pedagogic => "pedagogisch",
        FlagReason.Both => "didactisch en pedagogisch",
        _ => "uit de ELK-export",
    };
}

/// <summary>How large a share of a school's pupils may be flagged before the school is warned.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    public int FlagShareWarningPercent { get; set; } = 40;

    public static bool TooManyFlagged(int flagged, int total, int percent) =>
        total > 0 && flagged * 100 > total * percent;
}
