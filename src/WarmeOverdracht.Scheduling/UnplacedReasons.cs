namespace WarmeOverdracht.Scheduling;

// The reason, in Dutch for the secretariat, why a block has no place in the schedule.
internal static class UnplacedReasons
{
    public static string For(SchedulingModel model, Candidate candidate, BlockInfo block)
    {
        return candidate.Placement.Causes[block.Index] switch
        {
            FailureCause.NoWindows => "Er zijn geen overdrachtsdagen met tijdvakken om dit gesprek in te plannen.",
            FailureCause.LongerThanAnyWindow =>
                $"Het gesprek duurt {block.Duration} minuten en past in geen enkel tijdvak "
                + $"(langste tijdvak: {model.Axis.LongestWindowMinutes} minuten).",
            FailureCause.LineNotFree =>
                $"De contactpersoon is in geen enkel tijdvak nog {block.Duration} minuten achter elkaar "
                + "bereikbaar en vrij van andere gesprekken.",
            FailureCause.PartsApart =>
                "Dit deel van een gesplitst gesprek past niet meer op dezelfde dag als de andere delen "
                + "(de contactpersoon of een beller is dan niet vrij).",
            _ => NoFreeCaller(model.Schools[block.School], candidate),
        };
    }

    private static string NoFreeCaller(SchoolInfo school, Candidate candidate)
    {
        if (school.MaxCallers == 0)
        {
            return "De VO-school kan geen bellers leveren (maximum 0); daarom is dit gesprek niet ingepland.";
        }

        if (school.MaxCallers is { } maximum && candidate.CallerCaps[school.Index] >= maximum)
        {
            return $"De VO-school heeft maximaal {Callers(maximum)}; daarmee past dit gesprek niet meer "
                + "in de overdrachtsdagen.";
        }

        return $"Met {Callers(candidate.Plan.CallersPerSchool[school.Index])} van de VO-school is geen moment "
            + "gevonden waarop de contactpersoon en een beller allebei vrij zijn.";
    }

    private static string Callers(int count) => count == 1 ? "1 beller" : $"{count} bellers";
}
