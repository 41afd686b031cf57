using System.Net;
using System.Text;

namespace WarmeOverdracht.Infrastructure.Publishing;

/// <summary>
/// Writes the HTML and the plain-text body of a mail side by side, so both always say the same.
/// Every value is HTML-encoded here; callers pass plain text only.
/// </summary>
internal sealed class MailBodyBuilder
{
    private const string CellStyle = "border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top";

    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();

    public MailBodyBuilder(string title)
    {
        _html.Append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(title))
            .Append("</title></head><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;")
            .Append("color:#222;line-height:1.4\">\n");
    }

    public MailBodyBuilder Heading(string text)
    {
        _html.Append("<h2 style=\"font-size:17px;margin:24px 0 8px\">").Append(Encode(text)).Append("</h2>\n");
        _text.AppendLine(text).AppendLine(new string('=', text.Length));
        return this;
    }

    public MailBodyBuilder Paragraph(string text)
    {
        _html.Append("<p>").Append(EncodeLines(text)).Append("</p>\n");
        _text.AppendLine(text).AppendLine();
        return this;
    }

    public MailBodyBuilder Important(string text)
    {
        _html.Append("<p style=\"border-left:4px solid #c00;padding:6px 10px;background:#fdf0f0\"><strong>")
            .Append(EncodeLines(text))
            .Append("</strong></p>\n");
        _text.Append("LET OP: ").AppendLine(text).AppendLine();
        return this;
    }

    /// <summary>A table in HTML; in the text body each row becomes a block of "header: value" lines.</summary>
    public MailBodyBuilder Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        _html.Append("<table style=\"border-collapse:collapse;margin:8px 0 16px\"><thead><tr>");
        foreach (var header in headers)
        {
            _html.Append("<th style=\"").Append(CellStyle).Append(";background:#ddebf7\">")
                .Append(Encode(header)).Append("</th>");
        }

        _html.Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            AppendRow(headers, row);
        }

        _html.Append("</tbody></table>\n");
        return this;
    }

    public (string Html, string Text) Build()
    {
        var html = new StringBuilder(_html.ToString()).Append("</body></html>\n").ToString();
        return (html, _text.ToString().TrimEnd() + Environment.NewLine);
    }

    private void AppendRow(IReadOnlyList<string> headers, IReadOnlyList<string> row)
    {
        _html.Append("<tr>");
        foreach (var value in row)
        {
            _html.Append("<td style=\"").Append(CellStyle).Append("\">").Append(EncodeLines(value)).Append("</td>");
        }

        _html.Append("</tr>\n");
        for (var i = 0; i < headers.Count; i++)
        {
            var value = row[i].Replace("\n", "; ", StringComparison.Ordinal);
            _text.Append(i == 0 ? "- " : "  ").Append(headers[i]).Append(": ").AppendLine(value);
        }

        _text.AppendLine();
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    /// <summary>Encodes the value and turns its line breaks into &lt;br&gt;.</summary>
    private static string EncodeLines(string value) =>
        string.Join("<br>", value.Split('\n').Select(Encode));
}
