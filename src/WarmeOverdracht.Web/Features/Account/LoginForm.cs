using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace WarmeOverdracht.Web.Features.Account;

public sealed class LoginForm
{
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = string.Empty;

    [Display(Name = "Wachtwoord")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Ingelogd blijven")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Vul uw e-mailadres in.")
            .EmailAddress().WithMessage("Dit is geen geldig e-mailadres.");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Vul uw wachtwoord in.");
    }
}

/// <summary>Authenticator apps show codes as <c>123 456</c>; Identity wants the six digits only.</summary>
public static class AuthenticatorCode
{
    public static string Compact(string? code) =>
        (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}

public sealed class LoginCodeForm
{
    [Display(Name = "Code uit de authenticator-app")]
    public string? Code { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
