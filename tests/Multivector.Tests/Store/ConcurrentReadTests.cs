using Multivector.Model;
using Multivector.Reports;
using Multivector.Votes;

namespace Multivector.Tests.Store;

/// <summary>
/// A web host answers requests on many threads over one read-only store. Every answer must be the one a lone
/// request gets.
/// </summary>
[Collection(BundledStoreGroup.Name)]
public sealed class ConcurrentReadTests(BundledStore bundled)
{
    private static StateCode C(string code) => StateCode.Parse(code);

    private static readonly Func<MultivectorStore, object>[] Requests =
    [
        s => s.Agreement(C("KAZ"), C("RUS"), new Selection { FromYear = 2010, ToYear = 2015 }, PeriodKind.Year, new Uncertainty(Replicates: 50)),
        s => s.Profile(C("UZB"), selection: new Selection { FromYear = 2018, ToYear = 2022 }, uncertainty: new Uncertainty(Replicates: 20)),
        s => s.FindVotes(VoteQuery.ForSearch("ES-11") with { States = Defaults.VoteStates }),
        s => s.FindVotes(VoteQuery.ForSearch("nuclear") with { States = [C("TKM")], Limit = 50 }),
        s => s.Timeline(new TimelineQuery { State = C("TJK") }),
        s => s.Ties(C("KGZ")),
        s => s.Documents(format: "C5+1"),
        s => s.Compare(["c5plus1-samarkand", "c5plus1-fourth-ministerial"], semantic: false),
        s => s.Sources(),
        s => s.AllStates,
    ];

    [Fact]
    public void Fifty_parallel_reports_on_one_read_only_store_equal_the_serial_ones()
    {
        using var store = MultivectorStore.Open(bundled.Path, readOnly: true);
        var serial = Requests.Select(r => ReportJson.Serialize(r(store))).ToArray();

        var parallel = new string[50];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => parallel[i] = ReportJson.Serialize(Requests[i % Requests.Length](store)));

        for (var i = 0; i < parallel.Length; i++) Assert.Equal(serial[i % Requests.Length], parallel[i]);
    }

    [Fact]
    public void A_fresh_read_only_store_answers_its_first_requests_from_many_threads_at_once()
    {
        // The states directory and the formats load lazily; the first requests race to load them.
        using var store = MultivectorStore.Open(bundled.Path, readOnly: true);

        var names = new string[32];
        Parallel.For(0, names.Length, i => names[i] = store.State(store.ResolveState(i % 2 == 0 ? "Kazakhstan" : "UZB")).Name + "|" + store.Formats.Count);

        Assert.All(names, n => Assert.Matches(@"^(Kazakhstan|Uzbekistan)\|\d+$", n));
    }
}
