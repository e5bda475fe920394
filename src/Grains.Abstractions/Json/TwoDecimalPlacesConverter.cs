using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VendorGrid.Grains.Json;

/// <summary>
/// Writes decimals (the API exposes only money) as JSON numbers with exactly two decimals (1475000.00), as contracts state amounts;
/// System.Text.Json would otherwise keep whatever scale the decimal happens to carry.
/// </summary>
public sealed class TwoDecimalPlacesConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteRawValue(decimal.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture));
}
