using System.Globalization;

namespace WarmeOverdracht.Scheduling;

// Callers validate user input before solving; these checks only stop a malformed problem early.
internal static class ProblemValidator
{
    public static void Validate(SchedulingProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);

        var error = SettingsError(problem)
            ?? BlocksError(problem.Blocks)
            ?? DaysError(problem.Days)
            ?? UnavailabilityError(problem.Unavailable ?? []);

        if (error is not null)
        {
            throw new ArgumentException(error, nameof(problem));
        }
    }

    private static string? SettingsError(SchedulingProblem problem)
    {
        if (problem.SlotMinutes < 1)
        {
            return $"SlotMinutes must be at least 1 but is {problem.SlotMinutes}.";
        }

        if (problem.ChangeoverMinutes < 0)
        {
            return $"ChangeoverMinutes cannot be negative but is {problem.ChangeoverMinutes}.";
        }

        var negativeMaximum = (problem.MaxCallers ?? new Dictionary<int, int>())
            .Where(pair => pair.Value < 0)
            .Select(pair => pair.Key)
            .Order();
        return negativeMaximum.Any() ? $"MaxCallers of school {negativeMaximum.First()} cannot be negative." : null;
    }

    private static string? BlocksError(IReadOnlyList<BlockRequest> blocks)
    {
        var empty = blocks.FirstOrDefault(block => block.PupilCount <= 0);
        if (empty is not null)
        {
            return $"Block {empty.Id} has {empty.PupilCount} pupils; a block needs at least one pupil.";
        }

        var duplicateIds = blocks.GroupBy(block => block.Id).Where(group => group.Count() > 1).Select(g => g.Key);
        return duplicateIds.Any() ? $"Block id {duplicateIds.Min()} occurs more than once." : null;
    }

    private static string? DaysError(IReadOnlyList<DayWindows> days)
    {
        var duplicateDates = days.GroupBy(day => day.Date).Where(group => group.Count() > 1).Select(g => g.Key);
        if (duplicateDates.Any())
        {
            return $"Day {Format(duplicateDates.Min())} occurs more than once.";
        }

        return days.Select(WindowsError).FirstOrDefault(error => error is not null);
    }

    private static string? WindowsError(DayWindows day)
    {
        var empty = day.Windows.FirstOrDefault(window => window.End <= window.Start);
        if (empty is not null)
        {
            return $"Window {Format(empty.Start)}-{Format(empty.End)} on {Format(day.Date)} "
                + "does not end after it starts.";
        }

        var ordered = day.Windows.OrderBy(window => window.Start).ToList();
        var overlapping = ordered.Skip(1).Where((window, i) => window.Start < ordered[i].End).FirstOrDefault();
        return overlapping is null ? null : $"Windows on {Format(day.Date)} overlap at {Format(overlapping.Start)}.";
    }

    private static string? UnavailabilityError(IReadOnlyList<LineUnavailability> unavailable)
    {
        var empty = unavailable.FirstOrDefault(time => time.End <= time.Start);
        return empty is null
            ? null
            : $"Unavailable time {Format(empty.Start)}-{Format(empty.End)} of phone line {empty.PhoneLineId} "
                + "does not end after it starts.";
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
