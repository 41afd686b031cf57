using ClosedXML.Excel;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.Publishing;

/// <summary>
/// A school's schedule as an .xlsx: one row per call, header repeated when printed. Every text is
/// written as text, so a name starting with "=" never becomes a formula.
/// </summary>
public sealed class ScheduleWorkbookWriter
{
    private const int HeaderRow = 3;

    private static readonly (string Title, double Width)[] SecondaryColumns =
    [
        ("Datum", 12), ("Beller", 8), ("Begin", 8), ("Einde", 8), ("PO-school", 30), ("Contactpersoon", 24),
        ("Te bellen nummer", 16), ("Leerlingen", 60), ("Aantal", 8),
    ];

    private static readonly (string Title, double Width)[] PrimaryColumns =
    [
        ("Datum", 12), ("Begin", 8), ("Einde", 8), ("VO-school", 30), ("Beller", 8), ("Bereikbaar op", 16),
        ("Contactpersoon", 24), ("Leerlingen", 60), ("Aantal", 8),
    ];

    public byte[] Write(SchoolSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);

        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Rooster");
        var columns = schedule.Sector == SchoolSector.Secondary ? SecondaryColumns : PrimaryColumns;
        WriteTitle(sheet, schedule);
        WriteHeader(sheet, columns);
        var row = HeaderRow + 1;
        foreach (var call in Ordered(schedule))
        {
            WriteCall(sheet.Row(row++), schedule.Sector, call);
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private static IEnumerable<ScheduledCall> Ordered(SchoolSchedule schedule) => schedule.Sector == SchoolSector.Secondary
        ? schedule.Calls.OrderBy(c => c.Date).ThenBy(c => c.CallerNumber).ThenBy(c => c.Start)
        : schedule.Calls.OrderBy(c => c.Date).ThenBy(c => c.Start);

    private static void WriteTitle(IXLWorksheet sheet, SchoolSchedule schedule)
    {
        sheet.Cell(1, 1).SetValue($"Rooster warme overdracht {schedule.SchoolYearName} – {schedule.SchoolName} ({schedule.SchoolCode})");
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).SetValue($"Versie {schedule.ScheduleVersion}, {schedule.SlotMinutes} minuten per leerling");
    }

    private static void WriteHeader(IXLWorksheet sheet, (string Title, double Width)[] columns)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            sheet.Cell(HeaderRow, i + 1).SetValue(columns[i].Title);
            sheet.Column(i + 1).Width = columns[i].Width;
        }

        sheet.Row(HeaderRow).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.PageSetup.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
    }

    private static void WriteCall(IXLRow row, SchoolSector sector, ScheduledCall call)
    {
        var pupils = string.Join("; ", call.PupilNames);
        object[] values = sector == SchoolSector.Secondary
            ? [call.Date, call.CallerNumber, Time(call.Start), Time(call.End), call.PrimarySchoolName, call.ContactName,
                call.MobileNumber, pupils, call.PupilNames.Count]
            : [call.Date, Time(call.Start), Time(call.End), call.SecondarySchoolName, call.CallerNumber, call.MobileNumber,
                call.ContactName, pupils, call.PupilNames.Count];
        for (var i = 0; i < values.Length; i++)
        {
            SetCell(row.Cell(i + 1), values[i]);
        }
    }

    private static void SetCell(IXLCell cell, object value)
    {
        switch (value)
        {
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.Format = "dd-mm-yyyy";
                break;
            case int number:
                cell.SetValue(number);
                break;
            default:
                cell.SetValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                break;
        }
    }

    private static string Time(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
