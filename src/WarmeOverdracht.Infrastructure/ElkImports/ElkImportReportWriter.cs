using ClosedXML.Excel;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Writes the row report of an import as .xlsx: sheet "Rijen" with what happened to every data row, sheet
/// "Meldingen" with every problem (row, column, value, reason). Every value from the file is written as
/// text, so a value such as <c>=HYPERLINK(…)</c> is shown, never run as a formula.
/// </summary>
public static class ElkImportReportWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(string fileName, ImportOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);

        using var workbook = new XLWorkbook();
        WriteRows(workbook.AddWorksheet("Rijen"), fileName, outcome);
        WriteProblems(workbook.AddWorksheet("Meldingen"), outcome);

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Stores <paramref name="text"/> as a text cell; a value that a spreadsheet would take for a
    /// formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>) also gets Excel's quote prefix, so editing the cell
    /// keeps it text.</summary>
    public static void SetText(IXLCell cell, string? text)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.SetValue<string>(text ?? string.Empty);
        cell.DataType = XLDataType.Text;
        if (text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@')
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    private static void WriteRows(IXLWorksheet sheet, string fileName, ImportOutcome outcome)
    {
        SetText(sheet.Cell(1, 1), "Rijrapport ELK-import " + fileName);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        WriteHeader(sheet, 3, "Rij", "ELK-nummer", "Resultaat", "Meldingen");
        var problemsByRow = outcome.Problems.ToLookup(problem => problem.RowNumber);
        var rowNumber = 4;
        foreach (var row in outcome.Rows)
        {
            sheet.Cell(rowNumber, 1).SetValue(row.RowNumber);
            SetText(sheet.Cell(rowNumber, 2), row.ElkNumber);
            SetText(sheet.Cell(rowNumber, 3), StatusText(row.Status));
            sheet.Cell(rowNumber, 4).SetValue(problemsByRow[row.RowNumber].Count());
            rowNumber++;
        }

        // Widths are fixed: ClosedXML measures text with libgdiplus, which servers often lack.
        sheet.Column(1).Width = 8;
        sheet.Column(2).Width = 16;
        sheet.Column(3).Width = 20;
        sheet.Column(4).Width = 12;
    }

    private static void WriteProblems(IXLWorksheet sheet, ImportOutcome outcome)
    {
        WriteHeader(sheet, 1, "Rij", "ELK-nummer", "Soort", "Kolom", "Waarde", "Melding");
        var rowNumber = 2;
        foreach (var problem in outcome.Problems)
        {
            sheet.Cell(rowNumber, 1).SetValue(problem.RowNumber);
            SetText(sheet.Cell(rowNumber, 2), problem.ElkNumber);
            SetText(sheet.Cell(rowNumber, 3), SeverityText(problem.Severity));
            SetText(sheet.Cell(rowNumber, 4), problem.Column);
            SetText(sheet.Cell(rowNumber, 5), problem.Value);
            SetText(sheet.Cell(rowNumber, 6), problem.Message);
            rowNumber++;
        }

        sheet.Column(3).Width = 26;
        sheet.Column(4).Width = 24;
        sheet.Column(5).Width = 30;
        sheet.Column(6).Width = 90;
    }

    private static void WriteHeader(IXLWorksheet sheet, int row, params string[] names)
    {
        for (var index = 0; index < names.Length; index++)
        {
            SetText(sheet.Cell(row, index + 1), names[index]);
            sheet.Cell(row, index + 1).Style.Font.Bold = true;
        }
    }

    /// <summary>The Dutch name of a row's result, as in the preview and the report.</summary>
    public static string StatusText(ElkRowStatus status) => status switch
    {
        ElkRowStatus.Created => "Nieuw",
        ElkRowStatus.Updated => "Bijgewerkt",
        ElkRowStatus.Unchanged => "Ongewijzigd",
        _ => "Niet geïmporteerd",
    };

    /// <summary>The Dutch name of a problem's kind.</summary>
    public static string SeverityText(ElkProblemSeverity severity) => severity switch
    {
        ElkProblemSeverity.Error => "Fout: rij niet geïmporteerd",
        ElkProblemSeverity.Conflict => "Conflict",
        _ => "Waarschuwing",
    };
}
