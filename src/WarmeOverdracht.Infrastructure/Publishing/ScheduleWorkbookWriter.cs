using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.Publishing;

/// <summary>
/// Writes one school's schedule as an .xlsx workbook with one sheet per handover day (named after the
/// day, e.g. "di 18-05-2027"; "Rooster" when there are no calls): a title row, a header row and one
/// row per call, in the columns that school's sector needs.
/// </summary>
public sealed class ScheduleWorkbookWriter
{
    /// <summary>The MIME type of the workbooks this writer produces.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string SheetName = "Rooster";
    private const int TitleRow = 1;
    private const int HeaderRow = 2;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly WorkbookColumn[] _secondaryColumns =
    [
        new("Datum", 12, (cell, call) => WriteDate(cell, call.Date)),
        new("Beller", 8, (cell, call) => cell.SetValue(call.CallerNumber)),
        new("Begin", 8, (cell, call) => WriteTime(cell, call.Start)),
        new("Einde", 8, (cell, call) => WriteTime(cell, call.End)),
        new("PO-school", 32, (cell, call) => cell.SetValue<string>(call.PrimarySchoolName)),
        new("Contactpersoon", 24, (cell, call) => cell.SetValue<string>(call.ContactName)),
        new("Te bellen nummer", 18, (cell, call) => cell.SetValue<string>(call.MobileNumber)),
        new("Leerlingen", 60, (cell, call) => WritePupils(cell, call)),
        new("Aantal", 8, (cell, call) => cell.SetValue(call.PupilNames.Count)),
    ];

    private readonly WorkbookColumn[] _primaryColumns =
    [
        new("Datum", 12, (cell, call) => WriteDate(cell, call.Date)),
        new("Begin", 8, (cell, call) => WriteTime(cell, call.Start)),
        new("Einde", 8, (cell, call) => WriteTime(cell, call.End)),
        new("VO-school", 32, (cell, call) => cell.SetValue<string>(call.SecondarySchoolName)),
        new("Beller", 8, (cell, call) => cell.SetValue(call.CallerNumber)),
        new("Bereikbaar op", 18, (cell, call) => cell.SetValue<string>(call.MobileNumber)),
        new("Contactpersoon", 24, (cell, call) => cell.SetValue<string>(call.ContactName)),
        new("Leerlingen", 60, (cell, call) => WritePupils(cell, call)),
        new("Aantal", 8, (cell, call) => cell.SetValue(call.PupilNames.Count)),
    ];

    /// <summary>Writes the workbook and returns the bytes of the .xlsx file.</summary>
    public byte[] Write(SchoolSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);

        using var workbook = new XLWorkbook();
        var days = SortedCalls(schedule).GroupBy(c => c.Date).ToList();
        if (days.Count == 0)
        {
            WriteSheet(workbook.Worksheets.Add(SheetName), schedule, []);
        }

        foreach (var day in days)
        {
            WriteSheet(workbook.Worksheets.Add(SheetNameFor(day.Key)), schedule, day);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The sheet name of a handover day, for example "di 18-05-2027".</summary>
    public static string SheetNameFor(DateOnly date) =>
        date.ToString("ddd dd-MM-yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    private void WriteSheet(IXLWorksheet sheet, SchoolSchedule schedule, IEnumerable<ScheduledCall> calls)
    {
        var columns = ColumnsFor(schedule.Sector);
        WriteTitle(sheet, schedule, columns.Length);
        WriteHeader(sheet, columns);
        WriteCalls(sheet, columns, calls);
        SetLayout(sheet, columns);
    }

    /// <summary>The attachment name for the workbook, safe on every file system.</summary>
    public static string FileNameFor(SchoolSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);

        var name = string.Create(
            Invariant,
            $"Rooster warme overdracht {schedule.SchoolYearName} - {schedule.SchoolName} "
            + $"(versie {schedule.ScheduleVersion})");
        return ReplaceUnsafeFileNameCharacters(name) + ".xlsx";
    }

    /// <summary>The calls in the order both the workbook and the mail show them.</summary>
    internal static IEnumerable<ScheduledCall> SortedCalls(SchoolSchedule schedule) =>
        schedule.Calls.OrderBy(c => c.Date).ThenBy(c => c.Start).ThenBy(c => c.CallerNumber);

    private WorkbookColumn[] ColumnsFor(SchoolSector sector) =>
        sector == SchoolSector.Secondary ? _secondaryColumns : _primaryColumns;

    private static void WriteTitle(IXLWorksheet sheet, SchoolSchedule schedule, int columnCount)
    {
        var title = string.Create(
            Invariant,
            $"Rooster warme overdracht {schedule.SchoolYearName} – {schedule.SchoolName} "
            + $"({schedule.SchoolCode}), versie {schedule.ScheduleVersion}");
        var cell = sheet.Cell(TitleRow, 1);
        cell.SetValue<string>(title);
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = 14;
        sheet.Range(TitleRow, 1, TitleRow, columnCount).Merge();
    }

    private static void WriteHeader(IXLWorksheet sheet, WorkbookColumn[] columns)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            sheet.Cell(HeaderRow, i + 1).SetValue<string>(columns[i].Header);
        }

        var header = sheet.Range(HeaderRow, 1, HeaderRow, columns.Length);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
    }

    private static void WriteCalls(IXLWorksheet sheet, WorkbookColumn[] columns, IEnumerable<ScheduledCall> calls)
    {
        var row = HeaderRow + 1;
        foreach (var call in calls)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                var cell = sheet.Cell(row, i + 1);
                columns[i].Write(cell, call);
                cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            }

            row++;
        }
    }

    private static void SetLayout(IXLWorksheet sheet, WorkbookColumn[] columns)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            sheet.Column(i + 1).Width = columns[i].Width;
        }

        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.PageSetup.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
    }

    private static void WriteDate(IXLCell cell, DateOnly date)
    {
        cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
        cell.Style.DateFormat.Format = "dd-mm-yyyy";
    }

    private static void WriteTime(IXLCell cell, TimeOnly time) =>
        cell.SetValue<string>(time.ToString("HH:mm", Invariant));

    private const int MaxCellLength = 32_767;

    private static void WritePupils(IXLCell cell, ScheduledCall call)
    {
        var names = string.Join("; ", call.PupilNames);

        // Excel refuses a cell over 32,767 characters; the mail body still lists every name.
        cell.SetValue<string>(names.Length <= MaxCellLength ? names : names[..(MaxCellLength - 1)] + "…");
        cell.Style.Alignment.WrapText = true;
    }

    private static string ReplaceUnsafeFileNameCharacters(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsControl(c) || "<>:\"/\\|?*".Contains(c, StringComparison.Ordinal) ? '_' : c);
        }

        return builder.ToString().Trim();
    }

    private sealed record WorkbookColumn(string Header, double Width, Action<IXLCell, ScheduledCall> Write);
}
