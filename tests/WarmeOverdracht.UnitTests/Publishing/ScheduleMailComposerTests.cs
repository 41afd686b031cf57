using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.UnitTests.Publishing;

[Trait("Category", "Unit")]
public class ScheduleMailComposerTests
{
    private readonly ScheduleMailComposer _composer =
        new(new ScheduleWorkbookWriter(), new ScheduleCalendarWriter(TimeProvider.System));

    [Fact]
    public void A_VO_mail_has_a_Dutch_subject_with_school_year_and_school_name()
    {
        var mail = _composer.Compose(SchoolSchedules.Secondary());

        Assert.Equal("Rooster warme overdracht 2026-2027 – Zilverreiger College", mail.Subject);
    }

    [Fact]
    public void A_VO_mail_asks_for_as_many_callers_as_the_schedule_uses_and_has_a_section_per_caller()
    {
        var mail = _composer.Compose(SchoolSchedules.Secondary());

        Assert.Contains("Uw school zorgt voor 2 bellers", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Uw school zorgt voor 2 bellers", mail.TextBody, StringComparison.Ordinal);
        AssertInOrder(mail.HtmlBody, ">Beller 1</h2>", "06-12345678", "Noor Bakker", ">Beller 2</h2>", "06-87654321");
        AssertInOrder(mail.TextBody, "Beller 1", "Te bellen nummer: 06-12345678", "Beller 2", "06-87654321");
    }

    [Fact]
    public void A_VO_mail_lists_each_call_with_date_time_school_contact_and_number_to_dial()
    {
        var mail = _composer.Compose(SchoolSchedules.Secondary());

        Assert.Contains("dinsdag 18 mei 2027", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("08:30–08:44", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<th style=\"border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top;"
            + "background:#ddebf7\">Te bellen nummer</th>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Anna de Vries", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("OBS &#39;t Startpunt", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("- Datum: dinsdag 18 mei 2027", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("  Leerlingen: Sem <Jansen>; Lotte D'Amico & Zn", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Pupil_names_are_HTML_encoded_in_the_HTML_body()
    {
        var mail = _composer.Compose(SchoolSchedules.Secondary());

        Assert.Contains("Sem &lt;Jansen&gt;<br>Lotte D&#39;Amico &amp; Zn", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<Jansen>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("D'Amico", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PO_mail_stresses_being_reachable_on_the_number_at_the_time_of_each_call()
    {
        var mail = _composer.Compose(SchoolSchedules.Primary());

        Assert.Equal("Rooster warme overdracht 2026-2027 – De Regenboog", mail.Subject);
        Assert.Contains("bereikbaar is op het genoemde nummer", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<strong>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("LET OP: Zorg dat de contactpersoon", mail.TextBody, StringComparison.Ordinal);
        AssertInOrder(mail.TextBody, "dinsdag 18 mei 2027", "08:30–08:44", "VO-school: Zilverreiger College",
            "Leerlingen: Sem <Jansen>; Lotte D'Amico & Zn", "Bereikbaar op: 06-12345678", "woensdag 19 mei 2027");
        Assert.Contains("Sem &lt;Jansen&gt;", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("beller", mail.TextBody.Split("Met vriendelijke groet")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_mail_mentions_its_xlsx_attachment_and_carries_it()
    {
        var mail = _composer.Compose(SchoolSchedules.Primary());

        Assert.EndsWith(".xlsx", mail.Attachments[0].FileName, StringComparison.Ordinal);
        Assert.Equal(ScheduleWorkbookWriter.ContentType, mail.Attachments[0].ContentType);
        Assert.NotEmpty(mail.Attachments[0].Content);
        Assert.Contains(mail.Attachments[0].FileName, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Excel-bestand", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_version_says_in_subject_and_body_that_it_replaces_the_earlier_schedule()
    {
        var mail = _composer.Compose(SchoolSchedules.Secondary(version: 2) with { ReplacesEarlier = true });

        Assert.Equal(
            "Gewijzigd rooster warme overdracht 2026-2027 (versie 2) – Zilverreiger College", mail.Subject);
        Assert.Contains("Het vervangt het rooster", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_school_that_gets_its_first_schedule_in_a_later_version_is_not_told_it_replaces_one()
    {
        var mail = _composer.Compose(SchoolSchedules.Secondary(version: 3));

        Assert.StartsWith("Rooster warme overdracht 2026-2027", mail.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("Het vervangt het rooster", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_school_without_calls_is_told_so()
    {
        var mail = _composer.Compose(SchoolSchedules.Secondary() with { Calls = [] });

        Assert.Contains("geen gesprekken", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Beller 1", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_HTML_body_is_a_whole_Dutch_document_signed_by_KP_Amstelland()
    {
        var mail = _composer.Compose(SchoolSchedules.Primary());

        Assert.StartsWith("<!DOCTYPE html><html lang=\"nl\">", mail.HtmlBody, StringComparison.Ordinal);
        Assert.EndsWith("</body></html>\n", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Met vriendelijke groet,<br>KP Amstelland", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Met vriendelijke groet,\nKP Amstelland", mail.TextBody, StringComparison.Ordinal);
    }

    private static void AssertInOrder(string text, params string[] parts)
    {
        var position = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{part}\" does not follow position {position}.");
            position = found + part.Length;
        }
    }
}
