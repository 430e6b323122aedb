using Multivector.Model;

namespace Multivector.Sources;

/// <summary>Turns the codes and names that sources use for states into <see cref="StateCode"/>s.</summary>
internal sealed class StateDirectory
{
    private readonly Dictionary<StateCode, State> _byCode;
    private readonly Dictionary<string, StateCode> _byIso2 = new(StringComparer.Ordinal);
    private readonly Dictionary<int, StateCode> _byCow = [];
    private readonly Dictionary<string, StateCode> _byVoetenName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StateCode> _byUndl = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, StateCode> _byName = new(StringComparer.OrdinalIgnoreCase);

    public StateDirectory(IEnumerable<State> states, IEnumerable<(string Source, string Alias, StateCode Code)> aliases)
    {
        _byCode = states.ToDictionary(s => s.Code);
        foreach (var s in _byCode.Values)
        {
            if (s.Iso2 is { Length: 2 }) _byIso2.TryAdd(s.Iso2, s.Code);
            if (s.Cow is int cow) _byCow.TryAdd(cow, s.Code);
            _byUndl.TryAdd(s.Code.Value, s.Code);
            _byName.TryAdd(s.Name.Split(" (")[0], s.Code);
        }
        foreach (var (source, alias, code) in aliases)
        {
            if (!_byCode.ContainsKey(code)) throw new InvalidOperationException($"State alias {source}:{alias} names unknown state {code}.");
            switch (source)
            {
                case "voeten": _byVoetenName[alias] = code; break;
                case "iso2": _byIso2[alias] = code; break;
                case "cow" when int.TryParse(alias, out var cow): _byCow[cow] = code; break;
                case "undl": _byUndl[alias] = code; break;
                case "name": _byName[alias] = code; break;
                default: throw new InvalidOperationException($"State alias source '{source}' is not one of voeten, iso2, cow, undl, name.");
            }
        }
    }

    public IReadOnlyCollection<State> All => _byCode.Values;

    public State this[StateCode code] => _byCode[code];

    public bool Contains(StateCode code) => _byCode.ContainsKey(code);

    public bool TryIso2(string iso2, out StateCode code) => _byIso2.TryGetValue(iso2, out code);

    public bool TryCow(int cow, out StateCode code) => _byCow.TryGetValue(cow, out code);

    public bool TryVoetenName(string name, out StateCode code) => _byVoetenName.TryGetValue(name, out code);

    public bool TryUndl(string msCode, out StateCode code) => _byUndl.TryGetValue(msCode.Trim(), out code);

    /// <summary>
    /// A state by name as publishers write it: the name in states.csv, Voeten's name, or a "name" alias
    /// (World Bank and IMF spellings such as "Kyrgyz Republic", "Russian Federation", "Turkiye").
    /// </summary>
    public bool TryName(string name, out StateCode code) =>
        _byName.TryGetValue(name.Trim(), out code) || _byVoetenName.TryGetValue(name.Trim(), out code);
}
