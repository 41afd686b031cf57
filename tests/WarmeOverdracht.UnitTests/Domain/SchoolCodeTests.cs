using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.UnitTests.Domain;

[Trait("Category", "Unit")]
public class SchoolCodeTests
{
    [Theory]
    [InlineData("12AB00", "12AB00")]
    [InlineData("12ab", "12AB00")]
    [InlineData("12AB", "12AB00")]
    [InlineData("12ab01", "12AB01")]
    [InlineData(" 12 AB 01 ", "12AB01")]
    [InlineData("12-ab-01", "12AB01")]
    public void A_brin_with_or_without_vestiging_is_normalised(string input, string expected)
    {
        Assert.True(SchoolCode.TryParse(input, out var code));
        Assert.Equal(expected, code.Value);
        Assert.Equal(expected, code.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1AB00")]
    [InlineData("12AB0")]
    [InlineData("12AB001")]
    [InlineData("ABCD00")]
    [InlineData("12AB0X")]
    [InlineData("12ÄB00")]
    public void Anything_else_is_refused(string? input)
    {
        Assert.False(SchoolCode.TryParse(input, out var code));
        Assert.Null(code);
    }

    [Fact]
    public void Parse_refuses_with_a_dutch_message()
    {
        var exception = Assert.Throws<FormatException>(() => SchoolCode.Parse("onbekend"));

        Assert.Equal("'onbekend' is geen BRIN-code.", exception.Message);
    }

    [Fact]
    public void Codes_written_differently_are_equal()
    {
        Assert.Equal(SchoolCode.Parse("12ab"), SchoolCode.Parse("12 AB 00"));
    }
}
