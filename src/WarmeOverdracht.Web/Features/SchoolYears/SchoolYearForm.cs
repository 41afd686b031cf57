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

    [Display(Name = "Wisseltijd tussen twee gesprekken (minuten)")]
    public int ChangeoverMinutes { get; set; }

    [Display(Name = "Maximaal aantal leerlingen per gesprek")]
    public int? MaxPupilsPerCall { get; set; }

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
        RuleFor(f => f.ChangeoverMinutes).InclusiveBetween(0, 60)
            .WithMessage("De wisseltijd ligt tussen 0 en 60 minuten.");
        RuleFor(f => f.MaxPupilsPerCall).InclusiveBetween(1, 100).When(f => f.MaxPupilsPerCall is not null)
            .WithMessage("Het maximaal aantal leerlingen per gesprek ligt tussen 1 en 100; laat leeg voor geen "
                + "maximum.");
        RuleFor(f => f.RequestDeadline).NotNull().WithMessage("Vul de deadline voor aanvragen van het VO in.");
        RuleFor(f => f.Days).Must(days => days.Any(d => !d.IsEmpty))
            .WithMessage("Vul minstens één overdrachtsdag in.");
        RuleFor(f => f.Days).Must(days => UniqueDates(days))
            .WithMessage("Elke datum mag maar één keer voorkomen.");
        RuleFor(f => f.RequestDeadline).Must((form, deadline) => deadline < FirstDay(form))
            .When(f => f.RequestDeadline is not null && FirstDay(f) is not null)
            .WithMessage("De deadline voor aanvragen van het VO ligt vóór de eerste overdrachtsdag.");
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
        RuleForEach(f => f.Days).Must((form, day) => day.Date is null || InSchoolYear(form.Name, day.Date.Value))
            .WithMessage((form, _) => $"Een overdrachtsdag moet in schooljaar {form.Name} liggen.");
        RuleForEach(f => f.Days).Must((form, day) => HoldsOneSlot(day, form.SlotMinutes))
            .WithMessage((form, _) =>
                $"Elk tijdvak moet minstens één gesprek van {form.SlotMinutes} minuten bevatten.");
    }

    private static DateOnly? FirstDay(SchoolYearForm form) =>
        form.Days.Where(d => d.Date is not null).Min(d => d.Date);

    /// <summary>A school year runs from 1 August to 31 July: 2026-2027 is 1-8-2026 up to 31-7-2027.</summary>
    private static bool InSchoolYear(string name, DateOnly date) =>
        int.TryParse(name.AsSpan(0, Math.Min(4, name.Length)), out var startYear)
        && date >= new DateOnly(startYear, 8, 1) && date <= new DateOnly(startYear + 1, 7, 31);

    private static bool HoldsOneSlot(HandoverDayRow day, int slotMinutes) =>
        day.IsEmpty || WindowsText.TryParse(day.Windows, out _) is not { } windows
        || windows.All(w => (w.End - w.Start).TotalMinutes >= slotMinutes);

    private static bool UniqueDates(List<HandoverDayRow> days)
    {
        var dates = days.Where(d => d.Date is not null).Select(d => d.Date).ToList();
        return dates.Distinct().Count() == dates.Count;
    }
}
