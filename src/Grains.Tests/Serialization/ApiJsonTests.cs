using System.Text;
using System.Text.Json;
using VendorGrid.Grains.Json;

namespace VendorGrid.Tests.Serialization;

/// <summary>Issue 4: response JSON carries Chinese as UTF-8 text, and still no raw HTML-sensitive characters.</summary>
public sealed class ApiJsonTests
{
    [Fact]
    public void ChineseIsWrittenLiterally()
    {
        var json = JsonSerializer.Serialize(new { name = "首都儿童医学中心", money = "¥1,475,000.00" }, ApiJson.Options);

        Assert.Equal("""{"name":"首都儿童医学中心","money":"¥1,475,000.00"}""", json);
    }

    [Fact]
    public void HtmlSensitiveAndControlCharacters_StayEscaped()
    {
        var json = JsonSerializer.Serialize("<script>alert('x')</script> & \"q\" \u0001", ApiJson.Options);

        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.DoesNotContain('&', json);
        Assert.DoesNotContain('\'', json);
        Assert.DoesNotContain('\u0001', json);
        Assert.Equal("<script>alert('x')</script> & \"q\" \u0001", JsonSerializer.Deserialize<string>(json));
    }

    [Fact]
    public void TheChineseTitle_CostsThreeBytesACharacter_NotSix()
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes("首都儿童医学中心", ApiJson.Options);

        Assert.Equal(2 + 8 * 3, bytes.Length);
        Assert.Equal("\"首都儿童医学中心\"", Encoding.UTF8.GetString(bytes));
    }
}
