using nietras.SeparatedValues;

namespace Multivector.Sources;

/// <summary>
/// For sources that repeat a roll call's columns on every vote row (Dataverse, UNDL): keeps those columns
/// as first seen for each roll call and fails on a later row that says something else, naming both lines.
/// Values are compared as trimmed text, so the first row of a roll call is parsed and the others must
/// match it exactly.
/// </summary>
internal sealed class RepeatedColumns
{
    private readonly CsvInput _csv;
    private readonly string _idColumn;
    private readonly string[] _names;
    private readonly int[] _columns;
    private readonly Dictionary<long, (long Line, string[] Values)> _seen = [];
    private long? _lastId;
    private (long Line, string[] Values) _last;

    public RepeatedColumns(CsvInput csv, string idColumn, IReadOnlyList<string> names)
    {
        _csv = csv;
        _idColumn = idColumn;
        _names = [.. names];
        _columns = [.. names.Select(csv.Column)];
    }

    /// <summary>
    /// True the first time <paramref name="id"/> is seen, when the caller should parse the roll call from this
    /// row. Afterwards false, once the row has been checked against the first.
    /// </summary>
    public bool IsFirst(long id, long line, SepReader.Row row)
    {
        if (id != _lastId)
        {
            _lastId = id;
            if (!_seen.TryGetValue(id, out _last))
            {
                var values = new string[_columns.Length];
                for (var i = 0; i < values.Length; i++) values[i] = row[_columns[i]].Span.Trim().ToString();
                _last = (line, values);
                _seen.Add(id, _last);
                return true;
            }
        }
        var (firstLine, first) = _last;
        for (var i = 0; i < first.Length; i++)
        {
            var here = row[_columns[i]].Span.Trim();
            if (!here.SequenceEqual(first[i]))
            {
                throw _csv.Error(line,
                    $"{_idColumn} {id} has '{Fields.Show(here)}' in column '{_names[i]}' but '{Fields.Show(first[i])}' on line {firstLine}: expected every row of one roll call to repeat the same {_names[i]}.");
            }
        }
        return false;
    }
}
