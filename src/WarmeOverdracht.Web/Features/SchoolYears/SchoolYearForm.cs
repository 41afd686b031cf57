using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace WarmeOverdracht.Web.Features.SchoolYears;

public sealed class SchoolYearForm
{
    public string Name { get; set; } = string.Empty;

    [Display(Name = "Minuten per leerling")]
    public int SlotMinutes { get; set; }

    [Display(Name = "Deadline aanvragen VO")]
    public DateOnly? RequestDeadline { get; set; }

    public List<HandoverDayRow> Days { get; set; } = [];
}

public sealed class HandoverDayRow
{
    [Display(Name = "Datum")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Tijdvakken")]
    public string? Windows { get; set; }

    public bool IsEmpty => Date is null && string.IsNullOrWhiteSpace(Windows);
}

public sealed class SchoolYearFormValidator : AbstractValidator<SchoolYearForm>
{
    public SchoolYearFormValidator()
    {
        RuleFor(f => f.SlotMinutes).InclusiveBetween(1, 60)
            .WithMessage("Het aantal minuten per leerling ligt tussen 1 en 60.");
        RuleFor(f => f.RequestDeadline).NotNull().WithMessage("Vul de deadline voor aanvragen van het VO in.");
        RuleFor(f => f.Days).Must(days => days.Any(d => !d.IsEmpty))
            .WithMessage("Vul minstens één overdrachtsdag in.");
        RuleFor(f => f.Days).Must(days => UniqueDates(days))
            .WithMessage("Elke datum mag maar één keer voorkomen.");
        RuleForEach(f => f.Days).ChildRules(day =>
        {
            day.RuleFor(d => d.Date).NotNull().When(d => !d.IsEmpty).WithMessage("Vul de datum in.");
            day.RuleFor(d => d.Windows).Custom((text, context) =>
            {
                if (!context.InstanceToValidate.IsEmpty && WindowsText.TryParse(text, out var error) is null)
                {
                    context.AddFailure(error);
                }
            });
        });
    }

    private static bool UniqueDates(List<HandoverDayRow> days)
    {
        var dates = days.Where(d => d.Date is not null).Select(d => d.Date).ToList();
        return dates.Distinct().Count() == dates.Count;
    }
}
