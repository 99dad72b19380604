using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamBot.Core.WireFormat;

/// <summary>Writes and reads TeamBot's enums in JSON by their <see cref="WireNames"/>.</summary>
public sealed class WireNameJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(EnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class EnumConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            WireNames.Parse<TEnum>(reader.GetString())
            ?? throw new JsonException($"Verwacht een van: {string.Join(", ", WireNames.All<TEnum>())}.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(WireNames.Of<TEnum>(value));
    }
}
