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

    private ScheduleInput(SchedulingProblem problem) => Problem = problem;

    public SchedulingProblem Problem { get; private set; }

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
        var input = new ScheduleInput(new SchedulingProblem(days, [], year.SlotMinutes, maxCallers, unavailable));

        var blocks = new List<BlockRequest>();
        var groups = input.KeepEligible(pupilsWithRequest)
            .GroupBy(p => (Line: p.PhoneLineId!.Value, School: p.SecondarySchoolId!.Value))
            .OrderBy(g => g.Key.Line).ThenBy(g => g.Key.School);
        foreach (var group in groups)
        {
            var id = blocks.Count + 1;
            var pupils = group.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id).ToList();
            input.pupilsByBlock[id] = pupils;
            blocks.Add(new BlockRequest(id, group.Key.Line, group.Key.School, pupils.Count));
        }

        input.Problem = input.Problem with { Blocks = blocks };
        return input;
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
