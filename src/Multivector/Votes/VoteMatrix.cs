using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using Multivector.Model;

namespace Multivector.Votes;

/// <summary>
/// Every state's vote on every selected roll call, as one byte per cell (state-major, so each state's votes
/// are one contiguous span). Cells the source left empty are <see cref="Vote.Absent"/> for members on the
/// roll call's date and <see cref="Vote.NonMember"/> otherwise. Roll calls are ordered by session then
/// date, so a session or a year is a contiguous range of columns.
/// </summary>
internal sealed class VoteMatrix
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
}

[JsonConverter(typeof(KebabCaseEnumConverter<PeriodKind>))]

public enum PeriodKind { All, Session, Year }

/// <summary>A block of roll-call columns: a session, a year, or everything.</summary>
internal sealed record Period(string Label, int Start, int Length)
{
    /// <summary>For a year split across two sessions, its separate blocks; otherwise just this one.</summary>
    public IReadOnlyList<Period>? Parts { get; init; }

    public IEnumerable<int> Columns() => (Parts ?? [this]).SelectMany(p => Enumerable.Range(p.Start, p.Length));
}
