using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace WarmeOverdracht.Web.Features.Account;

/// <summary>Choosing a password through the link of an invitation or reset mail.</summary>
public sealed class ChoosePasswordForm
{
    public string UserId { get; set; } = string.Empty;

    public string Token { get; set; } = string.Empty;

    /// <summary>True for an invitation, false for a reset.</summary>
    public bool Invitation { get; set; }

    [Display(Name = "Nieuw wachtwoord")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Herhaal het wachtwoord")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class ChoosePasswordFormValidator : AbstractValidator<ChoosePasswordForm>
{
    public ChoosePasswordFormValidator()
    {
        RuleFor(f => f.Password).NotEmpty().WithMessage("Vul een wachtwoord in.");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password)
            .WithMessage("De twee wachtwoorden zijn niet gelijk.");
    }
}

public sealed class ForgotPasswordForm
{
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = string.Empty;
}

public sealed class ForgotPasswordFormValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Vul uw e-mailadres in.")
            .EmailAddress().WithMessage("Dit is geen geldig e-mailadres.");
    }
}
