using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Multivector.Registry;

/// <summary>
/// A summit format's identifier as data/registry/formats.csv spells it: "C5" (the five alone), "C5+1" (with
/// the United States), "C5+China" and so on. Syntax only; whether the store knows it is the registry's call.
/// </summary>
[JsonConverter(typeof(FormatIdJson))]
public readonly record struct FormatId
{
    public string Value { get; }

    private FormatId(string value) => Value = value;

    public static FormatId Parse(string text) =>
        TryParse(text, out var id) ? id : throw MultivectorException.BadRequest($"'{text}' is not a format identifier: expected letters, digits, '+' or '-', such as C5+1.");

    public static bool TryParse([NotNullWhen(true)] string? text, out FormatId id)
    {
        id = default;
        var t = text?.Trim() ?? "";
        if (t.Length is 0 or > 32 || !t.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-')) return false;
        id = new FormatId(t);
        return true;
    }

    public override string ToString() => Value ?? "";

    private sealed class FormatIdJson : JsonConverter<FormatId>
    {
        public override FormatId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.GetString() ?? "");

        public override void Write(Utf8JsonWriter writer, FormatId value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
