namespace WarmeOverdracht.Scheduling;

internal static class ScheduleResultBuilder
{
    public static ScheduleResult Build(SchedulingModel model, Candidate candidate)
    {
        var placement = candidate.Placement;

        var placed = model.Blocks
            .Where(block => placement.IsPlaced(block.Index))
            .Select(block => ToPlacedBlock(model, candidate, block))
            .OrderBy(block => block.Date)
            .ThenBy(block => block.Start)
            .ThenBy(block => block.BlockId)
            .ToArray();

        var unplaced = model.Blocks
            .Where(block => !placement.IsPlaced(block.Index))
            .Select(block => new UnplacedBlock(block.Id, UnplacedReasons.For(model, candidate, block)))
            .ToArray();

        var schools = model.Schools
            .Select(school => new SchoolCallers(
                school.Id, candidate.Plan.CallersPerSchool[school.Index], school.LowerBound, school.Load))
            .ToArray();

        return new ScheduleResult(placed, unplaced, schools, candidate.Metrics);
    }

    private static PlacedBlock ToPlacedBlock(SchedulingModel model, Candidate candidate, BlockInfo block)
    {
        var call = candidate.Placement.CallOf(block);
        return new PlacedBlock(
            block.Id,
            model.Axis.DateOf(call.Start),
            TimeAxis.TimeOf(call.Start),
            TimeAxis.TimeOf(call.End),
            candidate.Plan.CallerNumbers[block.Index]);
    }
}
