using WarmeOverdracht.Domain.Schedules;

namespace WarmeOverdracht.UnitTests.Domain;

[Trait("Category", "Unit")]
public sealed class ScheduleChangesTests
{
    private static readonly DateOnly Day = new(2027, 5, 11);

    [Fact]
    public void Identical_versions_have_no_changes()
    {
        var changes = ScheduleChanges.Compare([Block(1, 10, "09:00", 1, 101)], [Block(1, 10, "09:00", 1, 101)]);

        Assert.Empty(changes);
    }

    [Fact]
    public void A_call_at_another_time_or_caller_is_moved_and_other_pupils_at_the_same_time_are_pupils_changed()
    {
        var before = new[]
        {
            Block(1, 10, "09:00", 1, 101),
            Block(2, 10, "09:00", 1, 201),
            Block(3, 10, "10:00", 1, 301),
        };
        var after = new[]
        {
            Block(1, 10, "09:30", 1, 101),
            Block(2, 10, "09:00", 2, 201),
            Block(3, 10, "10:00", 1, 302),
        };

        var changes = ScheduleChanges.Compare(before, after);

        Assert.Equal(
            [(CallChangeKind.Moved, 2), (CallChangeKind.Moved, 1), (CallChangeKind.PupilsChanged, 3)],
            changes.Select(change => (change.Kind, change.PhoneLineId)));
    }

    [Fact]
    public void Blocks_pair_by_line_school_and_part_number_so_an_extra_part_is_added_and_a_lost_one_cancelled()
    {
        var before = new[]
        {
            Block(1, 10, "09:00", 1, 101),
            Block(1, 10, "11:00", 1, 102),
            Block(4, 11, "08:30", 1, 9),
        };
        var after = new[]
        {
            Block(1, 10, "09:00", 1, 101),
            Block(1, 10, "11:00", 1, 102),
            Block(1, 10, "13:00", 1, 103),
        };

        var changes = ScheduleChanges.Compare(before, after);

        Assert.Equal(2, changes.Count);
        Assert.Equal(CallChangeKind.Cancelled, changes[0].Kind);
        Assert.Equal((4, 11), (changes[0].PhoneLineId, changes[0].SecondarySchoolId));
        Assert.Null(changes[0].After);
        Assert.Equal(CallChangeKind.Added, changes[1].Kind);
        Assert.Equal(new TimeOnly(13, 0), changes[1].After!.Start);
        Assert.Null(changes[1].Before);
    }

    [Fact]
    public void Pupil_order_counts_as_a_change()
    {
        var before = Block(1, 10, "09:00", 1, 101, 102);
        var after = Block(1, 10, "09:00", 1, 102, 101);

        Assert.Equal(CallChangeKind.PupilsChanged, Assert.Single(ScheduleChanges.Compare([before], [after])).Kind);
    }

    private static CallBlock Block(int line, int school, string start, int caller, params int[] pupils)
    {
        var begin = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var block = new CallBlock
        {
            PhoneLineId = line,
            SecondarySchoolId = school,
            Date = Day,
            Start = begin,
            End = begin.AddMinutes(7 * pupils.Length),
            CallerNumber = caller,
        };
        block.Pupils.AddRange(pupils.Select((id, index) => new CallBlockPupil { PupilId = id, Position = index + 1 }));
        return block;
    }
}
