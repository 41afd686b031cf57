using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.UnitTests.Domain;

[Trait("Category", "Unit")]
public class MobileNumberTests
{
    [Theory]
    [InlineData("06-12345678")]
    [InlineData("0612345678")]
    [InlineData("06 12 34 56 78")]
    [InlineData("+31 6 1234 5678")]
    [InlineData("+31612345678")]
    [InlineData("0031612345678")]
    [InlineData("+31 (0)6 12345678")]
    [InlineData("+31-6-12345678")]
    [InlineData(" 06.1234.5678 ")]
    public void The_usual_ways_of_writing_a_mobile_number_are_normalised(string input)
    {
        Assert.True(MobileNumber.TryParse(input, out var number, out var error));
        Assert.Equal("+31612345678", number.Value);
        Assert.Equal(string.Empty, error);
    }

    [Theory]
    [InlineData("+31 06 12345678")]
    [InlineData("0031 06-12345678")]
    public void A_trunk_zero_kept_after_the_country_code_is_dropped(string input)
    {
        Assert.True(MobileNumber.TryParse(input, out var number, out _));
        Assert.Equal("+31612345678", number.Value);
    }

    [Fact]
    public void A_landline_with_a_trunk_zero_after_the_country_code_is_still_refused_as_landline()
    {
        Assert.False(MobileNumber.TryParse("+31 020 1234567", out _, out var error));
        Assert.Equal("Dit is geen mobiel nummer (06-nummer); vaste nummers kunnen niet.", error);
    }

    [Fact]
    public void A_number_is_shown_the_dutch_way()
    {
        Assert.Equal("06-12345678", MobileNumber.Parse("+31 6 1234 5678").ToDisplayString());
    }

    [Theory]
    [InlineData("020-1234567")]
    [InlineData("+31 20 123 4567")]
    [InlineData("0297-123456")]
    [InlineData("066-1234567")]
    public void A_number_that_is_not_a_mobile_number_is_refused(string input)
    {
        Assert.False(MobileNumber.TryParse(input, out var number, out var error));
        Assert.Null(number);
        Assert.Equal("Dit is geen mobiel nummer (06-nummer); vaste nummers kunnen niet.", error);
    }

    [Theory]
    [InlineData("06-1234567")]
    [InlineData("06-123456789")]
    [InlineData("06")]
    public void A_mobile_number_with_too_few_or_too_many_digits_is_refused(string input)
    {
        Assert.False(MobileNumber.TryParse(input, out _, out var error));
        Assert.Equal("Een mobiel nummer heeft 10 cijfers, zoals 06-12345678.", error);
    }

    [Theory]
    [InlineData("+32 470 12 34 56")]
    [InlineData("612345678")]
    [InlineData("06-1234567a")]
    [InlineData("bel de school")]
    public void Something_that_is_no_dutch_phone_number_is_refused(string input)
    {
        Assert.False(MobileNumber.TryParse(input, out _, out var error));
        Assert.Equal("Dit is geen Nederlands telefoonnummer.", error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_number_is_refused_as_not_filled_in(string? input)
    {
        Assert.False(MobileNumber.TryParse(input, out _, out var error));
        Assert.Equal("Er is geen mobiel nummer ingevuld.", error);
    }

    [Fact]
    public void Parse_refuses_with_the_dutch_message()
    {
        var exception = Assert.Throws<FormatException>(() => MobileNumber.Parse("020-1234567"));

        Assert.Equal("Dit is geen mobiel nummer (06-nummer); vaste nummers kunnen niet.", exception.Message);
    }
}
