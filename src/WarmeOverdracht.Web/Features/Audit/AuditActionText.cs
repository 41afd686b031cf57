namespace WarmeOverdracht.Web.Features.Audit;

/// <summary>The Dutch description of each audited action; the code itself stays in the log for searching.</summary>
public static class AuditActionText
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["pupils.list"] = "leerlingenlijst bekeken",
        ["pupil.assign-line"] = "leerling aan contactpersoon toegewezen",
        ["pupil.flag"] = "leerling aangemeld voor warme overdracht",
        ["pupil.unflag"] = "aanmelding ingetrokken",
        ["pupil.request"] = "extra leerling aangevraagd",
        ["pupil.consent"] = "toestemming vastgelegd",
        ["calls.view"] = "eigen gesprekken bekeken",
        ["calls.download"] = "eigen rooster gedownload (.xlsx)",
        ["calls.calendar"] = "eigen rooster gedownload (.ics)",
        ["call.outcome"] = "gesprek afgevinkt",
        ["schedule.school.view"] = "rooster van een school bekeken (secretariaat)",
        ["schedule.excluded.view"] = "niet ingeroosterde leerlingen bekeken (secretariaat)",
        ["schedule.print"] = "alle roosters afgedrukt (secretariaat)",
    };

    public static string For(string action) => Texts.GetValueOrDefault(action, action);
}
