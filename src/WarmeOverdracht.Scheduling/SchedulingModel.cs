namespace WarmeOverdracht.Scheduling;

internal sealed record BlockInfo(int Index, int Id, int Line, int School, int Duration);

internal sealed record LineInfo(int Index, int Id, int[] Blocks, int Load, Interval[] Unavailable);

// CallerLimit is the most callers worth trying: the school's maximum, or its block count when it has none.
internal sealed record SchoolInfo(
    int Index, int Id, int[] Blocks, int Load, int LowerBound, int? MaxCallers, int CallerLimit);

// The problem in dense indices, every list sorted by id so the outcome does not depend on input order. A block no
// window can hold is left out of its line, so it does not change how the line's other blocks are placed.
internal sealed class SchedulingModel
{
    private SchedulingModel(TimeAxis axis, BlockInfo[] blocks, LineInfo[] lines, SchoolInfo[] schools, int changeover)
    {
        PinnedStarts = Enumerable.Repeat(-1, blocks.Length).ToArray();
        PinnedCallers = new int[blocks.Length];
        PreferredStarts = Enumerable.Repeat(-1, blocks.Length).ToArray();
        Axis = axis;
        Blocks = blocks;
        Lines = lines;
        Schools = schools;
        ChangeoverMinutes = changeover;
    }

    public TimeAxis Axis { get; }

    public IReadOnlyList<BlockInfo> Blocks { get; }

    public IReadOnlyList<LineInfo> Lines { get; }

    public IReadOnlyList<SchoolInfo> Schools { get; }

    public int ChangeoverMinutes { get; }

    // Per block index the grid start it is pinned to, or -1; pins outside every window (days changed) are dropped.
    public int[] PinnedStarts { get; }

    // Per block index the caller number a kept pin holds, or 0; numbers above the school's maximum are dropped.
    public int[] PinnedCallers { get; }

    // Per block index the grid start it had in the published schedule, or -1.
    public int[] PreferredStarts { get; }

    public bool IsPinned(int block) => PinnedStarts[block] >= 0;

    public static SchedulingModel Build(SchedulingProblem problem)
    {
        var axis = TimeAxis.Build(problem.Days);
        var requests = problem.Blocks.OrderBy(block => block.Id).ToArray();
        var lineIds = requests.Select(block => block.PhoneLineId).Distinct().Order().ToArray();
        var schoolIds = requests.Select(block => block.SecondarySchoolId).Distinct().Order().ToArray();

        var blocks = requests.Select((request, index) => new BlockInfo(
            index,
            request.Id,
            Array.BinarySearch(lineIds, request.PhoneLineId),
            Array.BinarySearch(schoolIds, request.SecondarySchoolId),
            request.PupilCount * problem.SlotMinutes)).ToArray();

        var lines = BuildLines(lineIds, blocks, axis, problem.Unavailable ?? []);
        var schools = BuildSchools(schoolIds, blocks, axis, problem.MaxCallers);
        var model = new SchedulingModel(axis, blocks, lines, schools, problem.ChangeoverMinutes);
        var indexById = blocks.ToDictionary(block => block.Id, block => block.Index);
        Fill(model.PinnedStarts, problem.Pinned, indexById, model);
        Fill(model.PreferredStarts, problem.Preferred, indexById, model);
        FillCallers(model, problem.Pinned, indexById);
        return model;
    }

    private static void FillCallers(
        SchedulingModel model, IReadOnlyList<FixedStart>? pins, Dictionary<int, int> indexById)
    {
        foreach (var pin in (pins ?? []).Where(pin => pin.CallerNumber > 0))
        {
            if (indexById.TryGetValue(pin.BlockId, out var index) && model.IsPinned(index)
                && pin.CallerNumber <= (model.Schools[model.Blocks[index].School].MaxCallers ?? int.MaxValue))
            {
                model.PinnedCallers[index] = pin.CallerNumber;
            }
        }
    }

    private static void Fill(int[] starts, IReadOnlyList<FixedStart>? fixedStarts, Dictionary<int, int> indexById,
        SchedulingModel model)
    {
        foreach (var fixedStart in (fixedStarts ?? []).OrderBy(f => f.BlockId))
        {
            if (!indexById.TryGetValue(fixedStart.BlockId, out var index))
            {
                continue;
            }

            var block = model.Blocks[index];
            var day = model.Axis.ToGrid(fixedStart.Date, fixedStart.Start, fixedStart.Start);
            if (day is { } grid && model.Axis.InsideOneWindow(new Interval(grid.Start, grid.Start + block.Duration)))
            {
                starts[index] = grid.Start;
            }
        }
    }

    // The lower bound within the limit, but never fewer than the highest pinned caller number.
    public int[] InitialCallers() =>
        Schools.Select(school => Math.Max(Math.Min(school.LowerBound, school.CallerLimit), PinnedFloor(school)))
            .ToArray();

    public int PinnedFloor(SchoolInfo school) =>
        school.Blocks.Select(block => PinnedCallers[block]).DefaultIfEmpty(0).Max();

    private static LineInfo[] BuildLines(
        int[] lineIds, BlockInfo[] blocks, TimeAxis axis, IReadOnlyList<LineUnavailability> unavailable)
    {
        return lineIds.Select((id, index) =>
        {
            var own = blocks.Where(block => block.Line == index && axis.CanHold(block)).ToArray();
            var times = unavailable
                .Where(time => time.PhoneLineId == id)
                .Select(time => axis.ToGrid(time.Date, time.Start, time.End))
                .OfType<Interval>()
                .OrderBy(interval => interval.Start)
                .ToArray();
            return new LineInfo(index, id, own.Select(b => b.Index).ToArray(), own.Sum(b => b.Duration), times);
        }).ToArray();
    }

    private static SchoolInfo[] BuildSchools(
        int[] schoolIds, BlockInfo[] blocks, TimeAxis axis, IReadOnlyDictionary<int, int>? maxCallers)
    {
        return schoolIds.Select((id, index) =>
        {
            var own = blocks.Where(block => block.School == index).ToArray();
            var load = own.Sum(block => block.Duration);
            int? maximum = maxCallers is not null && maxCallers.TryGetValue(id, out var value) ? value : null;
            var limit = Math.Min(maximum ?? own.Length, own.Length);
            var lowerBound = LowerBounds.Callers(load, axis.TotalWindowMinutes);
            return new SchoolInfo(index, id, own.Select(b => b.Index).ToArray(), load, lowerBound, maximum, limit);
        }).ToArray();
    }
}
