using System.Globalization;
using System.Net;
using System.Text;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.Publishing;

/// <summary>The subject and the HTML and plain-text bodies of a mail.</summary>
public sealed record ComposedMail(string Subject, string HtmlBody, string TextBody);

/// <summary>
/// Writes a school's schedule mail in Dutch: for a VO school one section per caller with the numbers
/// to dial, for a PO school each call with the number on which to be reachable.
/// </summary>
public sealed class ScheduleMailComposer
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public ComposedMail Compose(SchoolSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);

        var subject = $"Rooster warme overdracht {schedule.SchoolYearName} – {schedule.SchoolName}";
        var text = new StringBuilder();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"nl\"><body style=\"font-family:Arial,sans-serif\">");
        Paragraph(html, text, $"Beste collega's van {schedule.SchoolName},");
        if (schedule.Sector == SchoolSector.Secondary)
        {
            WriteSecondary(schedule, html, text);
        }
        else
        {
            WritePrimary(schedule, html, text);
        }

        Paragraph(html, text, "In de bijlage staat hetzelfde rooster als Excel-bestand, om te printen of door te sturen " +
                              "aan de collega's die de gesprekken voeren.");
        Paragraph(html, text, "Met vriendelijke groet,\nSecretariaat KP Amstelland");
        html.Append("</body></html>");
        return new ComposedMail(subject, html.ToString(), text.ToString());
    }

    private static void WriteSecondary(SchoolSchedule schedule, StringBuilder html, StringBuilder text)
    {
        var callers = schedule.Calls.GroupBy(c => c.CallerNumber).OrderBy(g => g.Key).ToList();
        Paragraph(html, text, $"Hierbij het rooster voor de warme overdracht {schedule.SchoolYearName} (versie " +
            $"{schedule.ScheduleVersion}). Uw school voert {schedule.Calls.Count} gesprek(ken) over " +
            $"{schedule.Calls.Sum(c => c.PupilNames.Count)} leerling(en) en heeft daarvoor {callers.Count} beller(s) nodig " +
            "die tegelijk bellen. Elke beller belt de PO-contactpersoon op het genoemde mobiele nummer, op de genoemde tijd; " +
            $"per leerling is er {schedule.SlotMinutes} minuten.");
        foreach (var caller in callers)
        {
            Heading(html, text, $"Beller {caller.Key}");
            Table(html, text, ["Datum", "Tijd", "PO-school", "Contactpersoon", "Te bellen nummer", "Leerlingen"],
                caller.OrderBy(c => c.Date).ThenBy(c => c.Start).Select(c => new[]
                {
                    Date(c.Date), Time(c), c.PrimarySchoolName, c.ContactName, c.MobileNumber, string.Join(", ", c.PupilNames),
                }));
        }
    }

    private static void WritePrimary(SchoolSchedule schedule, StringBuilder html, StringBuilder text)
    {
        Paragraph(html, text, $"Hierbij het rooster voor de warme overdracht {schedule.SchoolYearName} (versie " +
            $"{schedule.ScheduleVersion}). De VO-scholen bellen uw contactpersonen op de tijden hieronder, op het " +
            "genoemde mobiele nummer.");
        Paragraph(html, text, "Belangrijk: zorg dat de contactpersoon op dat moment bereikbaar is op dat nummer. " +
            "Daar staat of valt de overdracht mee.");
        Table(html, text, ["Datum", "Tijd", "VO-school", "Contactpersoon", "Bereikbaar op", "Leerlingen"],
            schedule.Calls.OrderBy(c => c.Date).ThenBy(c => c.Start).Select(c => new[]
            {
                Date(c.Date), Time(c), c.SecondarySchoolName, c.ContactName, c.MobileNumber, string.Join(", ", c.PupilNames),
            }));
    }

    private static void Paragraph(StringBuilder html, StringBuilder text, string content)
    {
        html.Append("<p>").Append(Encode(content).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        text.Append(content).Append("\n\n");
    }

    private static void Heading(StringBuilder html, StringBuilder text, string content)
    {
        html.Append("<h2 style=\"font-size:16px\">").Append(Encode(content)).Append("</h2>");
        text.Append(content).Append('\n').Append('-', content.Length).Append('\n');
    }

    private static void Table(StringBuilder html, StringBuilder text, string[] headers, IEnumerable<string[]> rows)
    {
        html.Append("<table cellpadding=\"4\" style=\"border-collapse:collapse\" border=\"1\"><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th align=\"left\">").Append(Encode(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>").AppendJoin("", row.Select(cell => $"<td>{Encode(cell)}</td>")).Append("</tr>");
            text.AppendJoin(" | ", row).Append('\n');
        }

        html.Append("</tbody></table>");
        text.Append('\n');
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    private static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", Dutch);

    private static string Time(ScheduledCall call) =>
        $"{call.Start.ToString("HH:mm", Dutch)}–{call.End.ToString("HH:mm", Dutch)}";
}
