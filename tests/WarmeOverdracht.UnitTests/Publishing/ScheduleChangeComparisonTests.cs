using WarmeOverdracht.Domain.Schedules;

namespace WarmeOverdracht.UnitTests.Publishing;

/// <summary>The comparison the change mails are built on (see the shared contract in ScheduleChanges).</summary>
[Trait("Category", "Unit")]
public class ScheduleChangeComparisonTests
{
    private static readonly DateOnly Day = new(2027, 5, 18);

    [Fact]
    public void Identical_versions_have_no_changes()
    {
        Assert.Empty(ScheduleChanges.Compare([Block(1, 7, "08:30", 1, 11, 12)], [Block(1, 7, "08:30", 1, 11, 12)]));
    }

    [Fact]
    public void Moved_added_pupils_changed_and_cancelled_calls_are_told_apart_and_ordered_by_time()
    {
        IEnumerable<CallBlock> before =
        [
            Block(1, 7, "08:30", 1, 11), Block(1, 7, "10:00", 1, 12), Block(2, 7, "09:00", 1, 21),
            Block(3, 8, "09:30", 2, 31),
        ];
        IEnumerable<CallBlock> after =
        [
            Block(1, 7, "08:30", 2, 11), Block(1, 7, "10:00", 1, 12), Block(2, 7, "09:00", 1, 22),
            Block(4, 8, "08:00", 1, 41),
        ];

        var changes = ScheduleChanges.Compare(before, after);

        Assert.Equal(
            [(CallChangeKind.Added, 4), (CallChangeKind.Moved, 1), (CallChangeKind.PupilsChanged, 2),
                (CallChangeKind.Cancelled, 3)],
            changes.Select(c => (c.Kind, c.PhoneLineId)));
        Assert.Null(changes[0].Before);
        Assert.Null(changes[3].After);
    }

    [Fact]
    public void Blocks_of_one_line_and_school_pair_in_time_order_so_a_second_part_is_compared_with_the_second()
    {
        var changes = ScheduleChanges.Compare(
            [Block(1, 7, "08:30", 1, 11), Block(1, 7, "13:00", 1, 12)],
            [Block(1, 7, "14:00", 1, 12), Block(1, 7, "08:30", 1, 11)]);

        var moved = Assert.Single(changes);
        Assert.Equal(CallChangeKind.Moved, moved.Kind);
        Assert.Equal(new TimeOnly(13, 0), moved.Before!.Start);
        Assert.Equal(new TimeOnly(14, 0), moved.After!.Start);
    }

    private static CallBlock Block(int line, int school, string start, int caller, params int[] pupils)
    {
        var begin = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var block = new CallBlock
        {
            PhoneLineId = line, SecondarySchoolId = school, Date = Day, Start = begin,
            End = begin.AddMinutes(7 * pupils.Length), CallerNumber = caller,
        };
        block.Pupils.AddRange(pupils.Select((id, index) => new CallBlockPupil { PupilId = id, Position = index + 1 }));
        return block;
    }
}
