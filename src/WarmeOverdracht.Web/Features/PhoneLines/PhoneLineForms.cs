using System.ComponentModel.DataAnnotations;
using FluentValidation;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Web.Features.PhoneLines;

public sealed class PhoneLineForm
{
    [Display(Name = "Contactpersoon")]
    public string ContactName { get; set; } = string.Empty;

    [Display(Name = "Rol")]
    public PhoneLineRole? Role { get; set; }

    [Display(Name = "Mobiel nummer")]
    public string MobileNumber { get; set; } = string.Empty;

    [Display(Name = "Wij zijn op de overdrachtsdagen bereikbaar op dit nummer")]
    public bool Confirmed { get; set; }
}

public sealed class PhoneLineFormValidator : AbstractValidator<PhoneLineForm>
{
    public PhoneLineFormValidator()
    {
        RuleFor(f => f.ContactName).NotEmpty().WithMessage("Vul de naam van de contactpersoon in.")
            .MaximumLength(200).WithMessage("De naam is te lang.");
        RuleFor(f => f.Role).NotNull().WithMessage("Kies de rol: leerkracht groep 8 of intern begeleider.")
            .IsInEnum().WithMessage("Kies de rol: leerkracht groep 8 of intern begeleider.");
        RuleFor(f => f.MobileNumber).Custom((value, context) =>
        {
            if (!PhoneLineNumber.TryNormalise(value, out _, out var error))
            {
                context.AddFailure(error);
            }
        });
    }
}

public sealed class UnavailableForm
{
    [Display(Name = "Datum")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Van")]
    public TimeOnly? Start { get; set; }

    [Display(Name = "Tot")]
    public TimeOnly? End { get; set; }
}

public sealed class UnavailableFormValidator : AbstractValidator<UnavailableForm>
{
    public UnavailableFormValidator()
    {
        RuleFor(f => f.Date).NotNull().WithMessage("Kies de overdrachtsdag.");
        RuleFor(f => f.Start).NotNull().WithMessage("Vul de begintijd in.");
        RuleFor(f => f.End).NotNull().WithMessage("Vul de eindtijd in.")
            .GreaterThan(f => f.Start).When(f => f.Start is not null)
            .WithMessage("De eindtijd moet na de begintijd liggen.");
    }
}
