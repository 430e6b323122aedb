using System.Text.Json;
using System.Text.Json.Serialization;
using Multivector.Model;
using Spectre.Console;

namespace Multivector.Cli.Rendering;

/// <summary>Reports as JSON: camelCase, enums as words, undefined numbers (NaN) as null, state codes as strings.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new NaNAsNull(), new StateCodeAsString() },
    };

    public static void Write<T>(IAnsiConsole console, T value) =>
        console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(value, Options));

    private sealed class NaNAsNull : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value)) writer.WriteNumberValue(Math.Round(value, 6));
            else writer.WriteNullValue();
        }
    }

    private sealed class StateCodeAsString : JsonConverter<StateCode>
    {
        public override StateCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            StateCode.Parse(reader.GetString() ?? "");

        public override void Write(Utf8JsonWriter writer, StateCode value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
