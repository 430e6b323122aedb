using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using Multivector.Model;
using Multivector.Store;

namespace Multivector.Votes;

/// <summary>
/// Every state's vote on every selected roll call, as one byte per cell (state-major, so each state's votes
/// are one contiguous span). Cells the source left empty are <see cref="Vote.Absent"/> for members on the
/// roll call's date and <see cref="Vote.NonMember"/> otherwise. Roll calls are ordered by session then
/// date, so a session or a year is a contiguous range of columns.
/// </summary>
public sealed class VoteMatrix
{
    private readonly byte[] _cells;
    private readonly Dictionary<StateCode, int> _stateIndex;

    public IReadOnlyList<State> States { get; }
    public IReadOnlyList<long> RollCalls { get; }
    public IReadOnlyList<int> Sessions { get; }
    public IReadOnlyList<DateOnly> Dates { get; }
    public int Width => RollCalls.Count;

    internal VoteMatrix(IReadOnlyList<State> states, IReadOnlyList<long> rollCalls, IReadOnlyList<int> sessions, IReadOnlyList<DateOnly> dates, byte[] cells)
    {
        States = states;
        RollCalls = rollCalls;
        Sessions = sessions;
        Dates = dates;
        _cells = cells;
        _stateIndex = states.Select((s, i) => (s.Code, i)).ToDictionary(p => p.Code, p => p.i);
    }

    public bool Contains(StateCode state) => _stateIndex.ContainsKey(state);

    public int IndexOf(StateCode state) =>
        _stateIndex.TryGetValue(state, out var i) ? i : throw new ArgumentException($"Unknown state {state}.");

    public ReadOnlySpan<Vote> Row(int state) => MemoryMarshal.Cast<byte, Vote>(_cells.AsSpan(state * Width, Width));

    public ReadOnlySpan<Vote> Row(StateCode state) => Row(IndexOf(state));

    internal ReadOnlySpan<byte> RawRow(int state) => _cells.AsSpan(state * Width, Width);

    /// <summary>Contiguous column ranges, one per session or per calendar year, in order.</summary>
    public IReadOnlyList<Period> Periods(PeriodKind kind)
    {
        var periods = new List<Period>();
        if (kind == PeriodKind.All)
        {
            if (Width > 0) periods.Add(new Period("all", 0, Width));
            return periods;
        }
        var start = 0;
        for (var c = 1; c <= Width; c++)
        {
            if (c == Width || Key(kind, c) != Key(kind, start))
            {
                periods.Add(new Period(Key(kind, start).ToString(System.Globalization.CultureInfo.InvariantCulture), start, c - start));
                start = c;
            }
        }
        // Years are not contiguous when sessions straddle them, so merge blocks that share a label.
        return [.. periods.GroupBy(p => p.Label).Select(g => g.Count() == 1 ? g.First() : Merge(g))];
    }

    private int Key(PeriodKind kind, int column) => kind == PeriodKind.Session ? Sessions[column] : Dates[column].Year;

    private static Period Merge(IEnumerable<Period> parts)
    {
        var list = parts.ToList();
        return new Period(list[0].Label, list[0].Start, list.Sum(p => p.Length)) { Parts = list };
    }

    internal static VoteMatrix Load(Database db, IReadOnlyList<State> states, Selection selection)
    {
        var parameters = Parameters(selection);
        var rollCalls = new List<long>();
        var sessions = new List<int>();
        var dates = new List<DateOnly>();
        using (var command = db.Command("SelectRollCalls", parameters))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rollCalls.Add(reader.GetInt64(0));
                sessions.Add(reader.GetInt32(1));
                dates.Add(DateOnly.FromDateTime(reader.GetDateTime(2)));
            }
        }
        var width = rollCalls.Count;
        var cells = new byte[states.Count * width];
        for (var s = 0; s < states.Count; s++)
        {
            var memberships = states[s].Memberships;
            var row = cells.AsSpan(s * width, width);
            for (var c = 0; c < width; c++)
            {
                var d = dates[c];
                var member = false;
                foreach (var m in memberships) member |= m.Covers(d);
                row[c] = (byte)(member ? Vote.Absent : Vote.NonMember);
            }
        }
        var column = new Dictionary<long, int>(width);
        for (var c = 0; c < width; c++) column[rollCalls[c]] = c;
        var stateIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < states.Count; s++) stateIndex[states[s].Code.Value] = s;
        using (var command = db.Command("SelectVotes", ("rcids", rollCalls)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (!column.TryGetValue(reader.GetInt64(0), out var c)) continue;
                if (!stateIndex.TryGetValue(reader.GetString(1), out var s)) continue;
                cells[s * width + c] = reader.GetByte(2);
            }
        }
        return new VoteMatrix(states, rollCalls, sessions, dates, cells);
    }

    private static (string, object?)[] Parameters(Selection s) =>
    [
        ("from_session", s.FromSession), ("to_session", s.ToSession),
        ("from_year", s.FromYear), ("to_year", s.ToYear),
        ("important_only", s.ImportantOnly), ("exclude_amendments", s.ExcludeAmendments),
        ("issues", s.Issues.Count == 0 ? null : string.Join(",", s.Issues.Select(i => i.Code()))),
        ("exclude_unanimous", s.ExcludeUnanimous),
    ];
}

[JsonConverter(typeof(KebabCaseEnumConverter<PeriodKind>))]

public enum PeriodKind { All, Session, Year }

/// <summary>A block of roll-call columns: a session, a year, or everything.</summary>
public sealed record Period(string Label, int Start, int Length)
{
    /// <summary>For a year split across two sessions, its separate blocks; otherwise just this one.</summary>
    public IReadOnlyList<Period>? Parts { get; init; }

    public IEnumerable<int> Columns() => (Parts ?? [this]).SelectMany(p => Enumerable.Range(p.Start, p.Length));
}
