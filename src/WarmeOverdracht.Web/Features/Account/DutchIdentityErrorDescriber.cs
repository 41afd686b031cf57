using Microsoft.AspNetCore.Identity;

namespace WarmeOverdracht.Web.Features.Account;

/// <summary>Identity's messages in Dutch, for the ones a user can meet.</summary>
internal sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Het wachtwoord moet minstens {length} tekens lang zijn.");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "Het wachtwoord moet minstens één cijfer bevatten.");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Het wachtwoord moet minstens één kleine letter bevatten.");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Het wachtwoord moet minstens één hoofdletter bevatten.");

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), "Er bestaat al een account met dit e-mailadres.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), "Er bestaat al een account met dit e-mailadres.");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), "Dit is geen geldig e-mailadres.");

    private static IdentityError Error(string code, string description) =>
        new() { Code = code, Description = description };
}
