using Multivector.Model;

namespace Multivector.Sources;

/// <summary>The official tally a source reports for a roll call, kept to cross-check the stored votes.</summary>
public sealed record Tally(int Yes, int No, int Abstain, int? NonVoting);

/// <summary>A roll call as a source describes it, before the store gives it an id.</summary>
internal sealed record SourceRollCall(
    long SourceId,
    int Session,
    DateOnly Date,
    string? Symbol,
    string Title,
    string? Description,
    bool? IsAmendment,
    bool? IsParagraph,
    bool? IsImportant,
    Tally? Official,
    long Line);

/// <summary>
/// Everything one import read, validated and held in memory, so that the store can take it in one
/// transaction or not at all. Votes are columnar because there are close to a million of them.
/// </summary>
internal sealed class ImportBatch(string format, string source, IReadOnlyList<string> files)
{
    public string Format { get; } = format;
    /// <summary>Whose roll-call ids these are: "voeten" or "undl". Ids are unique within a source.</summary>
    public string Source { get; } = source;
    public IReadOnlyList<string> Files { get; } = files;
    public List<SourceRollCall> RollCalls { get; } = [];
    public List<(long SourceId, Issue Issue)> Issues { get; } = [];
    public VoteColumns Votes { get; } = new();
}

internal sealed class VoteColumns
{
    private long[] _rollCalls = new long[1024];
    private short[] _states = new short[1024];
    private byte[] _votes = new byte[1024];
    // Keyed by the code's string object: codes are interned (StateCode.TryParse), so this hashes a reference,
    // not the text, once per vote. A code seen as two string objects would get two numbers for the same code,
    // which staging names alike, so the result is the same either way.
    private readonly Dictionary<string, short> _numbers = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _codes = [];

    public int Count { get; private set; }
    public ReadOnlySpan<long> RollCalls => _rollCalls.AsSpan(0, Count);

    /// <summary>Each vote's state as a number into <see cref="Codes"/>, so staging appends a small integer, not a string.</summary>
    public ReadOnlySpan<short> StateNumbers => _states.AsSpan(0, Count);

    /// <summary>The codes of the states voting, by number.</summary>
    public IReadOnlyList<string> Codes => _codes;

    public ReadOnlySpan<byte> Values => _votes.AsSpan(0, Count);

    public void Add(long rollCall, StateCode state, Vote vote)
    {
        if (Count == _votes.Length)
        {
            Array.Resize(ref _rollCalls, Count * 2);
            Array.Resize(ref _states, Count * 2);
            Array.Resize(ref _votes, Count * 2);
        }
        if (!_numbers.TryGetValue(state.Value, out var number))
        {
            if (_codes.Count == short.MaxValue) throw new InvalidOperationException("More states in one import than a vote's state number holds.");
            _numbers[state.Value] = number = (short)_codes.Count;
            _codes.Add(state.Value);
        }
        _rollCalls[Count] = rollCall;
        _states[Count] = number;
        _votes[Count] = (byte)vote;
        Count++;
    }
}
