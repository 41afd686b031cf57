namespace WarmeOverdracht.Scheduling;

// Finds the callers per school: start at the lower bound, add a caller to every school that had a block without
// a free caller and place everything again, until no school can grow; then take callers away again where that
// leaves no more blocks unplaced.
internal sealed class CallerCountSearch(
    SchedulingModel model, ProgressReporter progress, CancellationToken cancellationToken)
{
    private const int GrowingShare = 60;
    private const int TrimmingShare = 39;

    private readonly PlacementPass pass = new(model);

    public Candidate Run()
    {
        var grown = Grow(model.InitialCallers());

        return Trim(grown);
    }

    private Candidate Grow(int[] callerCaps)
    {
        var current = Evaluate(callerCaps);
        var best = current;
        var round = 1;

        while (TryGrow(current, out var grownCaps))
        {
            current = Evaluate(grownCaps);
            best = current.Score < best.Score ? current : best;
            progress.Report(GrowingShare - GrowingShare / ++round);
        }

        return best;
    }

    private bool TryGrow(Candidate candidate, out int[] grownCaps)
    {
        var growing = model.Blocks
            .Where(block => candidate.Placement.Causes[block.Index]
                is FailureCause.NoFreeCaller or FailureCause.PartsApart)
            .Select(block => block.School)
            .Where(school => candidate.CallerCaps[school] < model.Schools[school].CallerLimit)
            .Distinct()
            .ToArray();

        grownCaps = (int[])candidate.CallerCaps.Clone();
        foreach (var school in growing)
        {
            grownCaps[school]++;
        }

        return growing.Length > 0;
    }

    private Candidate Trim(Candidate grown)
    {
        var best = grown;
        var schools = model.Schools
            .OrderByDescending(school => grown.Plan.CallersPerSchool[school.Index] - school.LowerBound)
            .ThenBy(school => school.Id)
            .ToArray();

        for (var i = 0; i < schools.Length; i++)
        {
            best = TrimSchool(best, schools[i]);
            progress.Report(GrowingShare + TrimmingShare * (i + 1) / schools.Length);
        }

        return best;
    }

    private Candidate TrimSchool(Candidate best, SchoolInfo school)
    {
        var callers = best.Plan.CallersPerSchool[school.Index];
        while (callers > school.LowerBound)
        {
            var fewerCaps = (int[])best.CallerCaps.Clone();
            fewerCaps[school.Index] = callers - 1;
            var candidate = Evaluate(fewerCaps);
            var fewer = candidate.Plan.CallersPerSchool[school.Index];
            if (fewer >= callers || candidate.Score > best.Score)
            {
                return best;
            }

            (best, callers) = (candidate, fewer);
        }

        return best;
    }

    private Candidate Evaluate(int[] callerCaps)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var placement = pass.Run(callerCaps, cancellationToken);
        return Candidate.Evaluate(model, callerCaps, placement);
    }
}
