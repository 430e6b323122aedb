using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Multivector.Model;

/// <summary>A state's three-letter code: ISO 3166-1 alpha-3 where one exists (see data/STATES.md).</summary>
[JsonConverter(typeof(StateCodeJson))]
public readonly record struct StateCode
{
    public string Value { get; }

    private StateCode(string value) => Value = value;

    public static StateCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw MultivectorException.BadRequest($"'{text}' is not a state code: expected three letters A–Z, such as KAZ.");

    public static bool TryParse([NotNullWhen(true)] string? text, out StateCode code)
    {
        code = default;
        if (text is null) return false;
        var span = text.AsSpan().Trim();
        if (span.Length != 3) return false;
        Span<char> upper = stackalloc char[3];
        for (var i = 0; i < 3; i++)
        {
            var c = char.ToUpperInvariant(span[i]);
            if (c is < 'A' or > 'Z') return false;
            upper[i] = c;
        }
        code = new StateCode(string.Intern(new string(upper)));
        return true;
    }

    public override string ToString() => Value ?? "";

    /// <summary>Written as its three letters, "USA", in every JSON a host writes.</summary>
    private sealed class StateCodeJson : JsonConverter<StateCode>
    {
        public override StateCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.GetString() ?? "");

        public override void Write(Utf8JsonWriter writer, StateCode value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
