using Multivector.Model;
using Multivector.Votes;

namespace Multivector.Ideal;

/// <summary>An <see cref="IdealProblem"/> with the labels that tie it back to states, periods and roll calls.</summary>
internal sealed record IdealData(
    IdealProblem Problem,
    IReadOnlyList<StateCode> States,
    IReadOnlyList<string> Periods,
    int RollCalls,
    int Dropped,
    int Bridges,
    int BridgedRollCalls)
{
    /// <summary>Every bridge link made, by index into <see cref="Texts"/> (the kept roll calls in order).</summary>
    public IReadOnlyList<BridgeLink> Links { get; init; } = [];
    public IReadOnlyList<RollCallText> Texts { get; init; } = [];

    /// <summary>The vote matrix columns the fit kept (the contested roll calls), in order.</summary>
    public IReadOnlyList<int> Columns { get; init; } = [];

    /// <summary>
    /// Turns a vote matrix into a problem. A roll call is dropped as near-unanimous when its minority (the cast
    /// votes other than the most common one) is under <paramref name="minority"/> of the cast votes; 2.5% drops
    /// a 186–4 vote but keeps 180–10, and matches the lopsidedness cut of Poole &amp; Rosenthal's NOMINATE. In
    /// binary mode only yes and no count as cast, and abstentions are missing.
    /// </summary>
    public static IdealData From(VoteMatrix matrix, IReadOnlyDictionary<long, RollCallText> texts, PeriodKind by, bool binary, double minority)
    {
        if (by == PeriodKind.All) throw MultivectorException.BadRequest("Ideal points move by session or by year, not over everything at once.");
        var width = matrix.Width;
        var keep = new List<int>();
        for (var c = 0; c < width; c++)
        {
            int yes = 0, abstain = 0, no = 0;
            for (var s = 0; s < matrix.States.Count; s++)
            {
                switch (matrix.Row(s)[c])
                {
                    case Vote.Yes: yes++; break;
                    case Vote.Abstain: abstain++; break;
                    case Vote.No: no++; break;
                }
            }
            if (binary) abstain = 0;
            var cast = yes + abstain + no;
            var minorityVotes = cast - Math.Max(yes, Math.Max(abstain, no));
            if (cast > 0 && minorityVotes > 0 && minorityVotes >= minority * cast) keep.Add(c);
        }
        var labels = keep.Select(c => by == PeriodKind.Session ? matrix.Sessions[c] : matrix.Dates[c].Year).Distinct().Order().ToList();
        var periodOf = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var columnPeriod = keep.Select(c => periodOf[by == PeriodKind.Session ? matrix.Sessions[c] : matrix.Dates[c].Year]).ToArray();
        var described = keep.Select(c => texts.TryGetValue(matrix.RollCalls[c], out var t) ? t
            : new RollCallText(matrix.RollCalls[c], matrix.Sessions[c], null, "", false, false)).ToList();
        var bridging = Bridging.Items(described);
        var (itemOf, items, bridges, bridged) = (bridging.Item, bridging.Items, bridging.Bridges, bridging.BridgedRollCalls);

        var stateIndex = new Dictionary<int, int>();
        var (state, period, item, vote) = (new List<int>(), new List<int>(), new List<int>(), new List<byte>());
        for (var s = 0; s < matrix.States.Count; s++)
        {
            var row = matrix.Row(s);
            for (var i = 0; i < keep.Count; i++)
            {
                byte code;
                switch (row[keep[i]])
                {
                    case Vote.Yes: code = 2; break;
                    case Vote.No: code = 0; break;
                    case Vote.Abstain when !binary: code = 1; break;
                    default: continue;
                }
                if (!stateIndex.TryGetValue(s, out var dense)) stateIndex[s] = dense = stateIndex.Count;
                state.Add(dense);
                period.Add(columnPeriod[i]);
                item.Add(itemOf[i]);
                vote.Add(code);
            }
        }
        var codes = stateIndex.OrderBy(p => p.Value).Select(p => matrix.States[p.Key].Code).ToList();
        var problem = new IdealProblem(codes.Count, labels.Count, items, !binary, [.. state], [.. period], [.. item], [.. vote]);
        return new IdealData(problem, codes, [.. labels.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            keep.Count, width - keep.Count, bridges, bridged)
        { Links = bridging.Links, Texts = described, Columns = keep };
    }
}
