using VendorGrid.Domain.Parties;

namespace VendorGrid.Tests.Domain.Parties;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("121100004006863122")] // 首都医科大学附属北京朝阳医院
    [InlineData("12110000400686566Y")] // 首都医科大学附属北京儿童医院
    [InlineData("91110106MA01A51E7B")]
    [InlineData("911100006336972074")]
    [InlineData("911100008016572721")]
    public void TheSeededPartiesCodes_AreValid(string code) => Assert.True(UnifiedSocialCreditCode.IsValid(code));

    [Theory]
    [InlineData("121100004006863123", "wrong check character")]
    [InlineData("121100004006863112", "one digit mistyped")]
    [InlineData("211100004006863122", "two neighbours swapped")]
    [InlineData("91110106MA01A51E7", "17 characters")]
    [InlineData("91110106MAO1A51E7B", "the letter O is not in the alphabet")]
    [InlineData("91110106ma01a51e7b", "lower case")]
    [InlineData("", "empty")]
    public void AMistypedCode_IsRefused(string code, string why) => Assert.False(UnifiedSocialCreditCode.IsValid(code), why);

    [Fact]
    public void TheCheckCharacter_IsComputedFromTheFirstSeventeen()
    {
        Assert.Equal('B', UnifiedSocialCreditCode.CheckCharacter("91110106MA01A51E7"));
        Assert.Equal('Y', UnifiedSocialCreditCode.CheckCharacter("12110000400686566"));
        Assert.Null(UnifiedSocialCreditCode.CheckCharacter("1211000040068661I"));
    }
}
