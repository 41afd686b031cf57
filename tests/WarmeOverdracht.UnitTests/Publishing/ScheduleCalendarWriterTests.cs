using System.Text;
using Ical.Net;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Infrastructure.Publishing;

namespace WarmeOverdracht.UnitTests.Publishing;

[Trait("Category", "Unit")]
public class ScheduleCalendarWriterTests
{
    private const string LongPupilName = "Zoë Ångström-Éénvoudig, van der Meulen; jr";

    private readonly ScheduleCalendarWriter _writer = new(TimeProvider.System);

    [Fact]
    public void Each_call_is_one_event_in_Amsterdam_time_with_the_number_to_dial()
    {
        var schedule = Keyed(SchoolSchedules.Secondary());

        var calendar = Calendar.Load(Text(_writer.Write(schedule)))!;

        Assert.Equal(3, calendar.Events.Count);
        Assert.Equal("Europe/Amsterdam", Assert.Single(calendar.TimeZones).TzId);
        var first = calendar.Events.Single(e => e.Uid == schedule.Calls[1].Key!.Uid);
        Assert.Equal("Europe/Amsterdam", first.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 5, 18, 8, 30, 0), first.DtStart.Value);
        Assert.Equal(new DateTime(2027, 5, 18, 6, 30, 0, DateTimeKind.Utc), first.DtStart.AsUtc);
        Assert.Contains("06-87654321", first.Summary, StringComparison.Ordinal);
        Assert.Contains("Te bellen nummer: 06-87654321", first.Description, StringComparison.Ordinal);
        Assert.Equal("CONFIRMED", first.Status);
    }

    [Fact]
    public void The_file_has_a_timezone_block_CRLF_lines_and_TZID_on_every_time()
    {
        var text = Text(_writer.Write(Keyed(SchoolSchedules.Primary())));

        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Amsterdam:20270518T083000\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Amsterdam:20270518T084400\r\n", text, StringComparison.Ordinal);
        var withoutLineEnds = text.Replace("\r\n", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", withoutLineEnds, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_lines_are_folded_at_75_octets_without_splitting_a_character_and_unfold_to_the_original()
    {
        var schedule = Keyed(SchoolSchedules.Primary());
        schedule = schedule with
        {
            Calls = [schedule.Calls[0] with { PupilNames = Enumerable.Repeat(LongPupilName, 6).ToList() }],
        };

        var bytes = _writer.Write(schedule);

        var lines = SplitLines(bytes);
        Assert.Contains(lines, line => line.Length > 60 && line[0] == (byte)' ');
        Assert.All(lines, line => Assert.True(line.Length <= 75, $"A line of {line.Length} octets."));
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Assert.All(lines, line => strict.GetString(line));
        var description = Calendar.Load(Text(bytes))!.Events.Single().Description!;
        Assert.Equal(6, description.Split('\n').Count(l => l == "- " + LongPupilName));
    }

    [Fact]
    public void Commas_semicolons_and_line_breaks_are_escaped_and_read_back_unchanged()
    {
        var schedule = Keyed(SchoolSchedules.Primary());
        schedule = schedule with { Calls = [schedule.Calls[0] with { PupilNames = ["Lotte, D'Amico; jr"] }] };

        var text = Text(_writer.Write(schedule));

        var unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains(@"Leerlingen:\n- Lotte\, D'Amico\; jr", unfolded, StringComparison.Ordinal);
        var description = Calendar.Load(text)!.Events.Single().Description!;
        Assert.EndsWith("Leerlingen:\n- Lotte, D'Amico; jr", description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_version_keeps_each_calls_UID_and_raises_the_sequence()
    {
        var first = Calendar.Load(Text(_writer.Write(Keyed(SchoolSchedules.Secondary(version: 1)))))!;
        var second = Calendar.Load(Text(_writer.Write(Keyed(SchoolSchedules.Secondary(version: 3)))))!;

        Assert.Equal(first.Events.Select(e => e.Uid).Order(), second.Events.Select(e => e.Uid).Order());
        Assert.All(first.Events, e => Assert.Equal(1, e.Sequence));
        Assert.All(second.Events, e => Assert.Equal(3, e.Sequence));
    }

    [Fact]
    public void Cancelled_calls_go_along_cancelled_and_a_school_without_calls_gets_a_cancel_file()
    {
        var earlier = Keyed(SchoolSchedules.Primary());
        var cancellation = new ScheduledCallChange(CallChangeKind.Cancelled, earlier.Calls[0], null);
        var withRemaining = Keyed(SchoolSchedules.Primary(version: 2)) with
        {
            Calls = [earlier.Calls[1]],
            Changes = [cancellation],
        };
        var withNone = withRemaining with { Calls = [] };

        var partly = Calendar.Load(Text(_writer.Write(withRemaining)))!;
        var all = Calendar.Load(Text(_writer.Write(withNone)))!;

        Assert.Equal("PUBLISH", partly.Method);
        Assert.Equal("CANCELLED", partly.Events.Single(e => e.Uid == earlier.Calls[0].Key!.Uid).Status);
        Assert.Equal("CONFIRMED", partly.Events.Single(e => e.Uid == earlier.Calls[1].Key!.Uid).Status);
        Assert.Equal("CANCEL", all.Method);
        Assert.Equal(2, Assert.Single(all.Events).Sequence);
    }

    /// <summary>Gives every call a key, as the schedule query does: one part per line and VO school.</summary>
    internal static SchoolSchedule Keyed(SchoolSchedule schedule) => schedule with
    {
        Calls = schedule.Calls.Select((call, index) => call with { Key = new CallKey(4, 10 + index, 7, 1) }).ToList(),
    };

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 2;
            }
        }

        return lines;
    }
}
