using System.Net.Mail;
using System.ComponentModel.DataAnnotations;
using FluentValidation;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Web.Features.Schools;

public sealed record SchoolForm
{
    public int Id { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public SchoolSector Sector { get; set; }

    [Display(Name = "E-mailadres voor het rooster")]
    public string? Email { get; set; }

    [Display(Name = "Maximaal aantal bellers")]
    public int? MaxCallers { get; set; }

    public List<PhoneLineRow> PhoneLines { get; set; } = [];

    public static SchoolForm From(School school, IEnumerable<PhoneLine> lines) => new()
    {
        PhoneLines = lines.OrderBy(line => line.ContactName).Select(line => new PhoneLineRow
        {
            Id = line.Id,
            ContactName = line.ContactName,
            Unavailable = UnavailableText.Format(line.Unavailability.Select(u => (u.Date, u.Start, u.End))),
        }).ToList(),
        Id = school.Id,
        Code = school.Code,
        Name = school.Name,
        Sector = school.Sector,
        Email = school.Email,
        MaxCallers = school.MaxCallers,
    };
}

/// <summary>A PO contact and the times they cannot be called.</summary>
public sealed class PhoneLineRow
{
    public int Id { get; set; }

    public string ContactName { get; set; } = string.Empty;

    [Display(Name = "Niet bereikbaar")]
    public string? Unavailable { get; set; }
}

public sealed class SchoolFormValidator : AbstractValidator<SchoolForm>
{
    public SchoolFormValidator()
    {
        RuleFor(f => f.Email).Must(IsMailAddress).When(f => !string.IsNullOrWhiteSpace(f.Email))
            .WithMessage("Dit is geen geldig e-mailadres, zoals administratie@school.nl.");
        RuleFor(f => f.MaxCallers).InclusiveBetween(1, 100).When(f => f.MaxCallers is not null)
            .WithMessage("Het maximaal aantal bellers ligt tussen 1 en 100; laat leeg voor geen maximum.");
        RuleForEach(f => f.PhoneLines).ChildRules(line => line.RuleFor(l => l.Unavailable).Custom((text, context) =>
        {
            if (UnavailableText.TryParse(text, out var error) is null)
            {
                context.AddFailure(error);
            }
        }));
    }

    /// <summary>A single address with a domain that has a dot: <c>a@b</c> cannot receive the schedule.</summary>
    private static bool IsMailAddress(string? value) =>
        MailAddress.TryCreate(value?.Trim(), out var address)
        && address.Address == value!.Trim()
        && address.Host.Contains('.', StringComparison.Ordinal);
}
