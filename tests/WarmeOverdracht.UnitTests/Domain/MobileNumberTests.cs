using WarmeOverdracht.Domain.Schools;

namespace WarmeOverdracht.UnitTests.Domain;

[Trait("Category", "Unit")]
public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("06-12345678")]
    [InlineData("0612345678")]
    [InlineData("+31 6 1234 5678")]
    [InlineData("0031612345678")]
    [InlineData("+31 (0)6 12345678")]
    [InlineData(" 06 12 34 56 78 ")]
    public void Dutch_ways_of_writing_a_mobile_number_become_E164(string input)
    {
        Assert.True(MobileNumber.TryParse(input, out var number, out _));
        Assert.Equal("+31612345678", number.Value);
        Assert.Equal("06-12345678", number.ToDisplayString());
    }

    [Theory]
    [InlineData("020-1234567", "geen mobiel nummer")]
    [InlineData("06-1234567", "10 cijfers")]
    [InlineData("", "geen mobiel nummer ingevuld")]
    [InlineData("bel maar", "geen Nederlands telefoonnummer")]
    [InlineData("+32 470 12 34 56", "geen Nederlands telefoonnummer")]
    public void A_number_that_is_not_a_Dutch_mobile_number_is_refused_with_a_Dutch_message(string input, string message)
    {
        Assert.False(MobileNumber.TryParse(input, out var number, out var error));
        Assert.Null(number);
        Assert.Contains(message, error, StringComparison.OrdinalIgnoreCase);
    }
}
