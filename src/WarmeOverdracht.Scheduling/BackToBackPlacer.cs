namespace WarmeOverdracht.Scheduling;

// Places all blocks of a phone line as one run without waiting, in the block order that can start earliest.
internal sealed class BackToBackPlacer(SchedulingModel model, Occupancy occupancy)
{
    private const int MostBlocksToPermute = 4;

    public bool TryPlace(LineInfo line, Placement placement)
    {
        if (!CanRunBackToBack(line))
        {
            return false;
        }

        var (start, order) = FindEarliestRun(line);
        if (order is null)
        {
            return false;
        }

        foreach (var block in order)
        {
            occupancy.AddCall(block.School, new Interval(start, start + block.Duration));
            placement.Starts[block.Index] = start;
            start += block.Duration;
        }

        return true;
    }

    // Two calls to one school in a run would need a changeover the run does not leave; those go one by one.
    private bool CanRunBackToBack(LineInfo line) =>
        model.ChangeoverMinutes == 0
        || line.Blocks.Select(index => model.Blocks[index].School).Distinct().Count() == line.Blocks.Length;

    private (int Start, BlockInfo[]? Order) FindEarliestRun(LineInfo line)
    {
        var length = line.Load;
        var best = (Start: int.MaxValue, Order: (BlockInfo[]?)null);
        foreach (var order in Orders(line))
        {
            var start = WindowScanner.FindEarliest(
                model.Axis.Windows, length, candidate => Probe(order, candidate, length), best.Start);
            if (start >= 0)
            {
                best = (start, order);
            }
        }

        return best;
    }

    private int Probe(BlockInfo[] order, int start, int length)
    {
        var lineConflict = occupancy.LastLineConflict(new Interval(start, start + length));
        if (lineConflict >= 0)
        {
            return lineConflict + 1;
        }

        var offset = 0;
        foreach (var block in order)
        {
            var call = new Interval(start + offset, start + offset + block.Duration);
            var conflict = occupancy.LastSchoolConflict(block.School, call);
            if (conflict >= 0)
            {
                return conflict - offset + 1;
            }

            offset += block.Duration;
        }

        return start;
    }

    // Every order for a few blocks; for more, the rotations of longest-first, to keep a pass fast.
    private IEnumerable<BlockInfo[]> Orders(LineInfo line)
    {
        var longestFirst = line.Blocks
            .Select(index => model.Blocks[index])
            .OrderByDescending(block => block.Duration)
            .ThenBy(block => block.Id)
            .ToArray();
        if (longestFirst.Length <= MostBlocksToPermute)
        {
            return Permutations(longestFirst);
        }

        return Enumerable.Range(0, longestFirst.Length)
            .Select(shift => longestFirst.Skip(shift).Concat(longestFirst.Take(shift)).ToArray());
    }

    private static IEnumerable<BlockInfo[]> Permutations(BlockInfo[] blocks)
    {
        if (blocks.Length <= 1)
        {
            return [blocks];
        }

        return blocks.SelectMany((first, position) =>
            Permutations([.. blocks.Take(position), .. blocks.Skip(position + 1)])
                .Select(rest => (BlockInfo[])[first, .. rest]));
    }
}
