using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.UnitTests.Publishing;

[Trait("Category", "Unit")]
public sealed class ScheduleMailComposerTests
{
    private readonly ScheduleMailComposer composer = new();

    [Fact]
    public void A_VO_school_gets_one_section_per_caller_with_the_numbers_to_dial()
    {
        var mail = composer.Compose(SchoolScheduleExamples.Secondary());

        Assert.Equal("Rooster warme overdracht 2026-2027 – Amstelland College", mail.Subject);
        Assert.Contains("2 beller(s)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Beller 1", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Beller 2", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("06-12345678", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("dinsdag 18 mei 2027", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_HTML_encoded_in_the_HTML_body_and_kept_in_the_text_body()
    {
        var mail = composer.Compose(SchoolScheduleExamples.Secondary());

        Assert.Contains("&lt;b&gt;de&lt;/b&gt; Vries &amp; co", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>de</b>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Daniël <b>de</b> Vries & co", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PO_school_is_told_on_which_number_to_be_reachable()
    {
        var mail = composer.Compose(SchoolScheduleExamples.Primary());

        Assert.Contains("bereikbaar", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("08:30–08:44 | Amstelland College | Marieke de Boer | 06-12345678", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Zoë van 't Hof, Noël Bakker", mail.TextBody, StringComparison.Ordinal);
    }
}
