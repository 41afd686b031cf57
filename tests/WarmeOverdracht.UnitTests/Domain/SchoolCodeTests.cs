using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.UnitTests.Domain;

[Trait("Category", "Unit")]
public sealed class SchoolCodeTests
{
    [Theory]
    [InlineData("12AB00", "12AB00")]
    [InlineData("12ab", "12AB00")]
    [InlineData(" 12AB 01 ", "12AB01")]
    [InlineData("12AB-01", "12AB01")]
    public void BRIN_and_vestiging_are_normalised(string input, string expected)
    {
        Assert.True(SchoolCode.TryParse(input, out var code));
        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AB12")]
    [InlineData("12AB0")]
    [InlineData("12AB001")]
    public void Something_that_is_not_a_BRIN_is_refused(string input) =>
        Assert.False(SchoolCode.TryParse(input, out _));
}
