using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schedules;
using WarmeOverdracht.Domain.SchoolYears;
using WarmeOverdracht.Scheduling;

namespace WarmeOverdracht.Web.Features.Schedules;

/// <summary>
/// The bridge between the database and the pure scheduler: which pupils form which call block,
/// who is left out and why, and how the scheduler's answer is stored.
/// </summary>
public sealed class ScheduleInput
{
    private readonly Dictionary<int, List<Pupil>> pupilsByBlock = [];
    private readonly List<(int PupilId, ExclusionReason Reason)> exclusions = [];
    private readonly Dictionary<(int Line, int School, int Part), int> blockByPart = [];
    private readonly HashSet<int> pinned = [];

    private ScheduleInput(SchedulingProblem problem) => Problem = problem;

    public SchedulingProblem Problem { get; private set; }

    /// <param name="year">Days, windows, minutes per pupil, changeover and the most pupils per call.</param>
    /// <param name="pupilsWithRequest">Every pupil with a handover request; the ineligible are left out.</param>
    /// <param name="maxCallers">Per VO school id, the most callers it provides.</param>
    /// <param name="unavailable">Times at which a PO phone line cannot be called.</param>
    public static ScheduleInput From(
        SchoolYear year,
        IReadOnlyList<Pupil> pupilsWithRequest,
        IReadOnlyDictionary<int, int> maxCallers,
        IReadOnlyList<LineUnavailability>? unavailable = null)
    {
        var days = year.Days.OrderBy(d => d.Date)
            .Select(d => new DayWindows(
                d.Date, d.Windows.OrderBy(w => w.Start).Select(w => new Window(w.Start, w.End)).ToList()))
            .ToList();
        var input = new ScheduleInput(new SchedulingProblem(
            days, [], year.SlotMinutes, maxCallers, unavailable ?? [], year.ChangeoverMinutes));

        var blocks = new List<BlockRequest>();
        var groups = input.KeepEligible(pupilsWithRequest)
            .GroupBy(p => (Line: p.PhoneLineId!.Value, School: p.SecondarySchoolId!.Value))
            .OrderBy(g => g.Key.Line).ThenBy(g => g.Key.School);
        foreach (var group in groups)
        {
            var pupils = group.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id).ToList();
            var number = 0;
            foreach (var part in Parts(pupils, year.MaxPupilsPerCall))
            {
                var id = blocks.Count + 1;
                input.pupilsByBlock[id] = part;
                input.blockByPart[(group.Key.Line, group.Key.School, ++number)] = id;
                blocks.Add(new BlockRequest(id, group.Key.Line, group.Key.School, part.Count));
            }
        }

        input.Problem = input.Problem with { Blocks = blocks };
        return input;
    }

    /// <summary>
    /// Re-planning: blocks pinned by hand in the previous version keep their time and caller; the published
    /// version's times are preferred. Calls are matched by (line, VO school, part number), part number by date and
    /// time among all calls of the version.
    /// </summary>
    public void KeepFrom(IReadOnlyList<CallBlock> previous, IReadOnlyList<CallBlock> published)
    {
        var pins = StartsOf(previous, block => block.Pinned);
        pinned.UnionWith(pins.Select(pin => pin.BlockId));
        Problem = Problem with { Pinned = pins, Preferred = StartsOf(published, _ => true) };
    }

    private List<FixedStart> StartsOf(IEnumerable<CallBlock> blocks, Func<CallBlock, bool> keep) =>
        blocks.GroupBy(block => (block.PhoneLineId, block.SecondarySchoolId))
            .SelectMany(pair => pair.OrderBy(b => b.Date).ThenBy(b => b.Start)
                .Select((block, index) => (Key: (pair.Key.PhoneLineId, pair.Key.SecondarySchoolId, index + 1), block)))
            .Where(entry => keep(entry.block) && blockByPart.ContainsKey(entry.Key))
            .Select(entry => new FixedStart(
                blockByPart[entry.Key], entry.block.Date, entry.block.Start, entry.block.CallerNumber))
            .OrderBy(start => start.BlockId)
            .ToList();

    /// <summary>
    /// A call with more pupils than the maximum becomes as few parts as possible, of near-equal size (10 pupils
    /// with a maximum of 4: 4, 3 and 3); the scheduler keeps the parts on one day.
    /// </summary>
    private static IEnumerable<List<Pupil>> Parts(List<Pupil> pupils, int? maxPupils)
    {
        var count = maxPupils is > 0 ? (pupils.Count + maxPupils.Value - 1) / maxPupils.Value : 1;
        var taken = 0;
        for (var part = 0; part < count; part++)
        {
            var size = (pupils.Count - taken + (count - part) - 1) / (count - part);
            yield return pupils.GetRange(taken, size);
            taken += size;
        }
    }

    /// <summary>Copies blocks, caller counts, exclusions and figures into the schedule.</summary>
    public void Store(Schedule schedule, ScheduleResult result)
    {
        var blocks = Problem.Blocks.ToDictionary(b => b.Id);
        foreach (var placed in result.Placed)
        {
            schedule.Blocks.Add(ToCallBlock(placed, blocks[placed.BlockId]));
        }

        schedule.Schools.AddRange(result.Schools.Select(s => new ScheduleSchool
        {
            SchoolId = s.SecondarySchoolId,
            Callers = s.Callers,
            CallerLowerBound = s.LowerBound,
            LoadMinutes = s.LoadMinutes,
        }));
        schedule.Exclusions.AddRange(exclusions.Select(e =>
            new ScheduleExclusion { PupilId = e.PupilId, Reason = e.Reason }));
        schedule.Exclusions.AddRange(result.Unplaced.SelectMany(u => pupilsByBlock[u.BlockId].Select(p =>
            new ScheduleExclusion { PupilId = p.Id, Reason = ExclusionReason.NotPlaced, Detail = u.Reason })));
        schedule.FinishMinutes = result.Metrics.FinishMinutes;
        schedule.FinishLowerBoundMinutes = result.Metrics.FinishLowerBoundMinutes;
        schedule.WaitingMinutes = result.Metrics.WaitingMinutes;
    }

    private CallBlock ToCallBlock(PlacedBlock placed, BlockRequest request)
    {
        var block = new CallBlock
        {
            PhoneLineId = request.PhoneLineId,
            SecondarySchoolId = request.SecondarySchoolId,
            Date = placed.Date,
            Start = placed.Start,
            End = placed.End,
            CallerNumber = placed.CallerNumber,
            Pinned = pinned.Contains(placed.BlockId),
        };
        block.Pupils.AddRange(pupilsByBlock[placed.BlockId]
            .Select((p, index) => new CallBlockPupil { PupilId = p.Id, Position = index + 1 }));
        return block;
    }

    private List<Pupil> KeepEligible(IReadOnlyList<Pupil> pupils)
    {
        var eligible = new List<Pupil>();
        foreach (var pupil in pupils)
        {
            if (PupilEligibility.Check(pupil) is { } reason)
            {
                exclusions.Add((pupil.Id, reason));
            }
            else
            {
                eligible.Add(pupil);
            }
        }

        return eligible;
    }
}
