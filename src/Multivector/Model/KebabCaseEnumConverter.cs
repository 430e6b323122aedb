using System.Text.Json;
using System.Text.Json.Serialization;

namespace Multivector.Model;

/// <summary>An enum written as its kebab-case name ("state-dept-current"), read back the same way.</summary>
internal sealed class KebabCaseEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.KebabCaseLower)
    where T : struct, Enum;
