namespace Multivector.Ideal;

/// <summary>
/// The data an ideal-point fit sees, as flat arrays: one entry per cast vote (absent and non-member cells
/// are simply not there, so they are missing rather than votes). Votes are coded 0 no, 1 abstain, 2 yes;
/// a binary problem has no 1s. States, periods and items are dense indices; labels live in <see cref="IdealData"/>.
/// </summary>
internal sealed class IdealProblem
{
    public int States { get; }
    public int Periods { get; }
    public int Items { get; }
    public bool Ordinal { get; }
    public int[] State { get; }
    public int[] Period { get; }
    public int[] Item { get; }
    public byte[] Vote { get; }

    /// <summary>Observation indices grouped by state (CSR), and by item.</summary>
    internal int[] StateStart { get; }
    internal int[] ByState { get; }
    internal int[] ItemStart { get; }
    internal int[] ByItem { get; }

    public int Count => Vote.Length;

    public IdealProblem(int states, int periods, int items, bool ordinal, int[] state, int[] period, int[] item, byte[] vote)
    {
        if (state.Length != vote.Length || period.Length != vote.Length || item.Length != vote.Length)
            throw new ArgumentException("Observation arrays differ in length.");
        for (var k = 0; k < vote.Length; k++)
        {
            if ((uint)state[k] >= (uint)states || (uint)period[k] >= (uint)periods || (uint)item[k] >= (uint)items)
                throw new ArgumentException($"Observation {k} points outside the problem.");
            if (vote[k] > 2 || (!ordinal && vote[k] == 1)) throw new ArgumentException($"Observation {k} has vote code {vote[k]}.");
        }
        (States, Periods, Items, Ordinal) = (states, periods, items, ordinal);
        (State, Period, Item, Vote) = (state, period, item, vote);
        (StateStart, ByState) = Group(state, states);
        (ItemStart, ByItem) = Group(item, items);
    }

    /// <summary>The same problem with other votes (a bootstrap replicate).</summary>
    public IdealProblem WithVotes(byte[] votes) => new(States, Periods, Items, Ordinal, State, Period, Item, votes);

    /// <summary>Whether state s cast at least one vote in period t: the cells a fit reports.</summary>
    public bool[] Observed()
    {
        var seen = new bool[States * Periods];
        for (var k = 0; k < Count; k++) seen[State[k] * Periods + Period[k]] = true;
        return seen;
    }

    private static (int[] Start, int[] Order) Group(int[] key, int groups)
    {
        var start = new int[groups + 1];
        foreach (var g in key) start[g + 1]++;
        for (var g = 0; g < groups; g++) start[g + 1] += start[g];
        var next = start[..^1].ToArray();
        var order = new int[key.Length];
        for (var k = 0; k < key.Length; k++) order[next[key[k]]++] = k;
        return (start, order);
    }
}
