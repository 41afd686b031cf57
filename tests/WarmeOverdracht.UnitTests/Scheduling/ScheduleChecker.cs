using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.UnitTests.Scheduling;

// Checks a schedule against the hard constraints straight from the problem, in wall-clock time, sharing no code
// with the scheduler, so a scheduler bug cannot hide behind the same bug here.
internal static class ScheduleChecker
{
    public static IReadOnlyList<string> Check(SchedulingProblem problem, ScheduleResult result)
    {
        var requests = problem.Blocks.ToDictionary(block => block.Id);
        var calls = result.Placed
            .Where(placed => requests.ContainsKey(placed.BlockId))
            .Select(placed => new Call(placed, requests[placed.BlockId]))
            .ToList();

        return
        [
            .. EveryBlockOnce(problem, result),
            .. calls.SelectMany(call => CallShape(problem, call)),
            .. calls.SelectMany(call => Unavailability(problem, call)),
            .. LinesDoubleBooked(calls),
            .. PartsOnOneDay(calls),
            .. PinsKept(problem, result),
            .. CallersDoubleBooked(problem, calls),
            .. SchoolFigures(problem, result, calls),
        ];
    }

    private static IEnumerable<string> EveryBlockOnce(SchedulingProblem problem, ScheduleResult result)
    {
        var reported = result.Placed.Select(placed => placed.BlockId)
            .Concat(result.Unplaced.Select(unplaced => unplaced.BlockId))
            .ToList();

        foreach (var block in problem.Blocks.Where(block => reported.Count(id => id == block.Id) != 1))
        {
            yield return $"Block {block.Id} appears {reported.Count(id => id == block.Id)} times, not once.";
        }

        foreach (var id in reported.Where(id => problem.Blocks.All(block => block.Id != id)).Distinct())
        {
            yield return $"Block {id} is reported but was never asked for.";
        }
    }

    private static IEnumerable<string> CallShape(SchedulingProblem problem, Call call)
    {
        var expectedMinutes = call.Request.PupilCount * problem.SlotMinutes;
        if ((call.End - call.Start).TotalMinutes != expectedMinutes)
        {
            yield return $"Block {call.Id} lasts {(call.End - call.Start).TotalMinutes} minutes, "
                + $"not {expectedMinutes}.";
        }

        var day = problem.Days.SingleOrDefault(day => day.Date == call.Placed.Date);
        var insideWindow = day?.Windows.Any(w => w.Start <= call.Placed.Start && call.Placed.End <= w.End);
        if (insideWindow != true || call.Placed.End <= call.Placed.Start)
        {
            yield return $"Block {call.Id} at {call.Start:yyyy-MM-dd HH:mm} does not lie inside one window.";
        }
    }

    private static IEnumerable<string> Unavailability(SchedulingProblem problem, Call call)
    {
        return (problem.Unavailable ?? [])
            .Where(time => time.PhoneLineId == call.Request.PhoneLineId && time.Date == call.Placed.Date)
            .Where(time => time.Start < call.Placed.End && call.Placed.Start < time.End)
            .Select(time => $"Block {call.Id} is called while line {time.PhoneLineId} is unavailable "
                + $"({time.Start:HH:mm}-{time.End:HH:mm}).");
    }

    private static IEnumerable<string> LinesDoubleBooked(List<Call> calls)
    {
        return calls
            .GroupBy(call => call.Request.PhoneLineId)
            .SelectMany(line => Overlaps(line, TimeSpan.Zero))
            .Select(pair => $"Line {pair.First.Request.PhoneLineId} is in blocks {pair.First.Id} and "
                + $"{pair.Second.Id} at once.");
    }

    // A pin that still lies inside a window of its day (and is a block of the problem) keeps its block there.
    private static IEnumerable<string> PinsKept(SchedulingProblem problem, ScheduleResult result)
    {
        var requests = problem.Blocks.ToDictionary(block => block.Id);
        foreach (var pin in (problem.Pinned ?? []).Where(pin => requests.ContainsKey(pin.BlockId)))
        {
            var end = pin.Start.AddMinutes(requests[pin.BlockId].PupilCount * problem.SlotMinutes);
            var day = problem.Days.SingleOrDefault(day => day.Date == pin.Date);
            var valid = end > pin.Start && day?.Windows.Any(w => w.Start <= pin.Start && end <= w.End) == true;
            var placed = result.Placed.SingleOrDefault(p => p.BlockId == pin.BlockId);
            if (valid && (placed is null || placed.Date != pin.Date || placed.Start != pin.Start))
            {
                yield return $"Block {pin.BlockId} is pinned at {pin.Date:yyyy-MM-dd} {pin.Start:HH:mm} but not there.";
            }
            else if (valid && placed!.CallerNumber != pin.CallerNumber && CallerPinHolds(problem, pin))
            {
                yield return $"Block {pin.BlockId} is pinned to caller {pin.CallerNumber} but has "
                    + $"{placed.CallerNumber}.";
            }
        }
    }

    // A pinned caller number holds unless it is above the school's maximum or clashes with another pin on the same
    // caller of that school (the changeover may have grown since the move).
    private static bool CallerPinHolds(SchedulingProblem problem, FixedStart pin)
    {
        var requests = problem.Blocks.ToDictionary(block => block.Id);
        var school = requests[pin.BlockId].SecondarySchoolId;
        var maximum = problem.MaxCallers?.GetValueOrDefault(school, int.MaxValue) ?? int.MaxValue;
        if (pin.CallerNumber == 0 || pin.CallerNumber > maximum)
        {
            return false;
        }

        var gap = TimeSpan.FromMinutes(problem.ChangeoverMinutes);
        var (start, end) = PinnedTimes(problem, requests, pin);
        return !(problem.Pinned ?? []).Any(other => other.BlockId != pin.BlockId
            && other.CallerNumber == pin.CallerNumber
            && requests.TryGetValue(other.BlockId, out var request) && request.SecondarySchoolId == school
            && PinnedTimes(problem, requests, other) is var (otherStart, otherEnd)
            && start < otherEnd + gap && otherStart < end + gap);
    }

    private static (DateTime Start, DateTime End) PinnedTimes(
        SchedulingProblem problem, Dictionary<int, BlockRequest> requests, FixedStart pin)
    {
        var start = pin.Date.ToDateTime(pin.Start);
        return (start, start.AddMinutes(requests[pin.BlockId].PupilCount * problem.SlotMinutes));
    }

    // Blocks of the same line and school are the parts of one split call; they stay on one day.
    private static IEnumerable<string> PartsOnOneDay(List<Call> calls)
    {
        return calls
            .GroupBy(call => (call.Request.PhoneLineId, call.Request.SecondarySchoolId))
            .Where(parts => parts.Select(call => call.Placed.Date).Distinct().Count() > 1)
            .Select(parts => $"The parts of line {parts.Key.PhoneLineId} with school {parts.Key.SecondarySchoolId} "
                + "lie on more than one day.");
    }

    private static IEnumerable<string> CallersDoubleBooked(SchedulingProblem problem, List<Call> calls)
    {
        var changeover = TimeSpan.FromMinutes(problem.ChangeoverMinutes);
        return calls
            .GroupBy(call => (call.Request.SecondarySchoolId, call.Placed.CallerNumber))
            .SelectMany(caller => Overlaps(caller, changeover))
            .Select(pair => $"Caller {pair.First.Placed.CallerNumber} of school {pair.First.Request.SecondarySchoolId} "
                + $"has blocks {pair.First.Id} and {pair.Second.Id} without {problem.ChangeoverMinutes} "
                + "minutes between them.");
    }

    private static IEnumerable<(Call First, Call Second)> Overlaps(IEnumerable<Call> calls, TimeSpan gap)
    {
        var ordered = calls.OrderBy(call => call.Start).ToList();
        return ordered.Zip(ordered.Skip(1)).Where(pair => pair.First.End + gap > pair.Second.Start);
    }

    private static IEnumerable<string> SchoolFigures(SchedulingProblem problem, ScheduleResult result, List<Call> calls)
    {
        var schoolIds = problem.Blocks.Select(block => block.SecondarySchoolId).Distinct().Order();
        foreach (var schoolId in schoolIds)
        {
            var reported = result.Schools.Where(school => school.SecondarySchoolId == schoolId).ToList();
            if (reported.Count != 1)
            {
                yield return $"School {schoolId} is reported {reported.Count} times, not once.";
                continue;
            }

            var ownCalls = calls.Where(call => call.Request.SecondarySchoolId == schoolId).ToList();
            foreach (var violation in SchoolCallers(problem, reported[0], ownCalls))
            {
                yield return violation;
            }
        }
    }

    private static IEnumerable<string> SchoolCallers(SchedulingProblem problem, SchoolCallers school, List<Call> calls)
    {
        var id = school.SecondarySchoolId;
        var outOfRange = calls.Where(call => call.Placed.CallerNumber < 1 || call.Placed.CallerNumber > school.Callers);
        foreach (var call in outOfRange)
        {
            yield return $"Block {call.Id} has caller {call.Placed.CallerNumber}; school {id} has {school.Callers}.";
        }

        if (problem.MaxCallers?.TryGetValue(id, out var maximum) == true && school.Callers > maximum)
        {
            yield return $"School {id} uses {school.Callers} callers; its maximum is {maximum}.";
        }

        // Pinned caller numbers may force callers above the peak overlap, never below it; then the highest number
        // used is the count.
        var peak = PeakOverlap(calls, TimeSpan.FromMinutes(problem.ChangeoverMinutes));
        var pinned = (problem.Pinned ?? []).Any(pin => pin.CallerNumber > 0
            && calls.Any(call => call.Id == pin.BlockId));
        var highest = calls.Select(call => call.Placed.CallerNumber).DefaultIfEmpty(0).Max();
        if (pinned ? school.Callers < peak || school.Callers != highest : school.Callers != peak)
        {
            yield return $"School {id} reports {school.Callers} callers; its peak overlap is {peak}, its highest "
                + $"caller number {highest}.";
        }

        var allPlaced = calls.Count == problem.Blocks.Count(block => block.SecondarySchoolId == id);
        if (allPlaced && school.Callers < school.LowerBound)
        {
            yield return $"School {id} uses {school.Callers} callers, below its lower bound {school.LowerBound}.";
        }
    }

    // A caller is busy from the start of a call until the changeover after it has passed.
    private static int PeakOverlap(List<Call> calls, TimeSpan changeover)
    {
        var events = calls
            .Select(call => (Time: call.Start, Change: 1))
            .Concat(calls.Select(call => (Time: call.End + changeover, Change: -1)))
            .OrderBy(e => e.Time)
            .ThenBy(e => e.Change);

        var (running, peak) = (0, 0);
        foreach (var e in events)
        {
            running += e.Change;
            peak = Math.Max(peak, running);
        }

        return peak;
    }

    private sealed record Call(PlacedBlock Placed, BlockRequest Request)
    {
        public int Id => Placed.BlockId;

        public DateTime Start => Placed.Date.ToDateTime(Placed.Start);

        public DateTime End => Placed.Date.ToDateTime(Placed.End);
    }
}
