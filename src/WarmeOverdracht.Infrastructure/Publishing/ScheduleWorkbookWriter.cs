using System.Globalization;
using System.Text;
using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.Infrastructure.Publishing;

/// <summary>
/// Writes one school's schedule as an .xlsx workbook with one sheet per handover day (named after the
/// day, e.g. "di 18-05-2027"; "Rooster" when there are no calls): a title row, a header row and one
/// row per call, in the columns that school's sector needs. Written forward-only with
/// <see cref="FastWorkbook"/>: publishing builds one workbook per school while the secretariat waits.
/// </summary>
public sealed class ScheduleWorkbookWriter
{
    /// <summary>The MIME type of the workbooks this writer produces.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string SheetName = "Rooster";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly WorkbookColumn[] _secondaryColumns =
    [
        new("Datum", 12, call => FastCell.Date(call.Date)),
        new("Beller", 8, call => FastCell.Number(call.CallerNumber)),
        new("Begin", 8, call => TimeCell(call.Start)),
        new("Einde", 8, call => TimeCell(call.End)),
        new("PO-school", 32, call => FastCell.Text(call.PrimarySchoolName)),
        new("Contactpersoon", 24, call => FastCell.Text(call.ContactName)),
        new("Te bellen nummer", 18, call => FastCell.Text(call.MobileNumber)),
        new("Leerlingen", 60, PupilsCell),
        new("Aantal", 8, call => FastCell.Number(call.PupilNames.Count)),
    ];

    private readonly WorkbookColumn[] _primaryColumns =
    [
        new("Datum", 12, call => FastCell.Date(call.Date)),
        new("Begin", 8, call => TimeCell(call.Start)),
        new("Einde", 8, call => TimeCell(call.End)),
        new("VO-school", 32, call => FastCell.Text(call.SecondarySchoolName)),
        new("Beller", 8, call => FastCell.Number(call.CallerNumber)),
        new("Bereikbaar op", 18, call => FastCell.Text(call.MobileNumber)),
        new("Contactpersoon", 24, call => FastCell.Text(call.ContactName)),
        new("Leerlingen", 60, PupilsCell),
        new("Aantal", 8, call => FastCell.Number(call.PupilNames.Count)),
    ];

    /// <summary>Writes the workbook and returns the bytes of the .xlsx file.</summary>
    public byte[] Write(SchoolSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);

        var workbook = new FastWorkbook();
        var days = SortedCalls(schedule).GroupBy(c => c.Date).ToList();
        if (days.Count == 0)
        {
            WriteSheet(workbook, SheetName, schedule, []);
        }

        foreach (var day in days)
        {
            WriteSheet(workbook, SheetNameFor(day.Key), schedule, day);
        }

        return workbook.ToBytes();
    }

    /// <summary>The sheet name of a handover day, for example "di 18-05-2027".</summary>
    public static string SheetNameFor(DateOnly date) =>
        date.ToString("ddd dd-MM-yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    private void WriteSheet(
        FastWorkbook workbook, string name, SchoolSchedule schedule, IEnumerable<ScheduledCall> calls)
    {
        var columns = ColumnsFor(schedule.Sector);
        var sheet = workbook.AddSheet(name, TitleFor(schedule), columns.Select(c => c.Column).ToList());
        foreach (var call in calls)
        {
            sheet.AddRow(columns.Select(column => column.Cell(call)).ToList());
        }
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

    private static string TitleFor(SchoolSchedule schedule) =>
        string.Create(
            Invariant,
            $"Rooster warme overdracht {schedule.SchoolYearName} – {schedule.SchoolName} "
            + $"({schedule.SchoolCode}), versie {schedule.ScheduleVersion}");

    private static FastCell TimeCell(TimeOnly time) => FastCell.Text(time.ToString("HH:mm", Invariant));

    /// <summary>
    /// The pupils' names; <see cref="FastWorkbook.CellText"/> cuts them at Excel's 32,767 characters,
    /// the mail body still lists every name.
    /// </summary>
    private static FastCell PupilsCell(ScheduledCall call) =>
        FastCell.Text(string.Join("; ", call.PupilNames), FastStyle.WrappedTop);

    private static string ReplaceUnsafeFileNameCharacters(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsControl(c) || "<>:\"/\\|?*".Contains(c, StringComparison.Ordinal) ? '_' : c);
        }

        return builder.ToString().Trim();
    }

    private sealed record WorkbookColumn(string Header, double Width, Func<ScheduledCall, FastCell> Cell)
    {
        public FastColumn Column { get; } = new(Header, Width);
    }
}
