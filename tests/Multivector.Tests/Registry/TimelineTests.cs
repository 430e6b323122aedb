using Multivector.Model;
using Multivector.Registry;
using Multivector.Reports;

namespace Multivector.Tests.Registry;

/// <summary>The registry needs no votes, so the timeline tests share one empty in-memory store: quick to build, read-only in use.</summary>
public sealed class RegistryStore : IDisposable
{
    public MultivectorStore Store { get; } = MultivectorStore.Open(":memory:", empty: true);

    public void Dispose() => Store.Dispose();
}

public sealed class TimelineTests(RegistryStore registry) : IClassFixture<RegistryStore>
{
    private readonly MultivectorStore _store = registry.Store;

    [Fact]
    public void The_whole_timeline_holds_every_summit_and_each_signing_day_once()
    {
        var events = _store.Timeline(new TimelineQuery()).Events;

        Assert.Equal(26, events.Count(e => e.Kind == TimelineEventKind.Summit));
        Assert.Equal(2, events.Count(e => e.Kind == TimelineEventKind.Signature));
        Assert.DoesNotContain(events, e => e.Kind == TimelineEventKind.Ratification);
        Assert.Equal("2015-11-01", events[0].Date.ToString());
        Assert.Equal(events.Select(e => e.Date.Start).Order(), events.Select(e => e.Date.Start));
    }

    [Fact]
    public void Newest_first_reverses_the_order()
    {
        var oldest = _store.Timeline(new TimelineQuery()).Events;
        var newest = _store.Timeline(new TimelineQuery { NewestFirst = true }).Events;

        Assert.Equal(oldest.Select(e => e.Id).Reverse(), newest.Select(e => e.Id));
    }

    [Fact]
    public void The_2022_friendship_treaty_is_signed_by_three_states_with_the_conflict_noted()
    {
        var signing = Assert.Single(_store.Timeline(new TimelineQuery { Format = FormatId.Parse("C5") }).Events,
            e => e.Kind == TimelineEventKind.Signature);

        Assert.Equal("2022-07-21", signing.Date.ToString());
        Assert.Equal(["KAZ", "KGZ", "UZB"], signing.States.Select(s => s.Value));
        Assert.Equal("Cholpon-Ata, Kyrgyz Republic", signing.Place);
        Assert.Contains("AsiaNews", signing.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Tajikistan_meets_in_july_2022_but_does_not_sign_the_friendship_treaty()
    {
        var events = _store.Timeline(new TimelineQuery { State = StateCode.Parse("TJK"), From = new(2022, 7, 1), To = new(2022, 7, 31) }).Events;

        // The EU meeting is known only to the year 2022, so it overlaps July and stays in.
        Assert.Equal(["2022_c5eu-astana", "2022-07-21_c5-cholpon-ata"], events.Select(e => e.Id));
        Assert.All(events, e => Assert.Equal(TimelineEventKind.Summit, e.Kind));
    }

    [Fact]
    public void The_c5plus1_timeline_links_the_statements_each_meeting_produced()
    {
        var events = _store.Timeline(new TimelineQuery { Format = _store.ResolveFormat("c5+1") }).Events;

        Assert.Equal(6, events.Count);
        Assert.All(events, e => Assert.Equal(StateCode.Parse("USA"), e.States[0]));
        Assert.Equal(["2023-09-21_c5plus1-new-york-declaration"], events.Single(e => e.Id == "2023-09-19_c5plus1-new-york").Documents);
        Assert.Equal(4, events.Count(e => e.Documents.Count > 0));
    }

    [Fact]
    public void A_month_precision_summit_is_kept_when_the_range_overlaps_its_month()
    {
        var late = _store.Timeline(new TimelineQuery { From = new(2018, 3, 31), To = new(2018, 12, 31) }).Events;
        var after = _store.Timeline(new TimelineQuery { From = new(2018, 4, 1), To = new(2018, 12, 31) }).Events;

        Assert.Equal("2018-03_c5-astana", Assert.Single(late).Id);
        Assert.Empty(after);
    }

    [Fact]
    public void Formats_resolve_by_id_in_any_case_or_by_one_word_of_the_name()
    {
        Assert.Equal(FormatId.Parse("C5+China"), _store.ResolveFormat("c5+china"));
        Assert.Equal(FormatId.Parse("C5"), _store.ResolveFormat("Consultative"));
        var error = Assert.Throws<MultivectorException>(() => _store.ResolveFormat("C5+Korea"));
        Assert.Contains("expected one of C5, C5+1,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused()
    {
        Assert.Throws<MultivectorException>(() => _store.Timeline(new TimelineQuery { From = new(2024, 1, 1), To = new(2023, 1, 1) }));
    }

    [Fact]
    public void Reopening_a_store_keeps_one_copy_of_the_registry()
    {
        var path = Path.Combine(Path.GetTempPath(), $"multivector-registry-{Guid.NewGuid():N}.duckdb");
        try
        {
            MultivectorStore.Open(path, empty: true).Dispose();
            using var store = MultivectorStore.Open(path, empty: true);

            Assert.Equal(28, store.Timeline(new TimelineQuery()).Events.Count);
            Assert.Equal(8, store.Formats.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_store_built_before_the_registry_says_how_to_get_one_when_read_only()
    {
        var path = Path.Combine(Path.GetTempPath(), $"multivector-registry-{Guid.NewGuid():N}.duckdb");
        try
        {
            using (var store = MultivectorStore.Open(path, empty: true))
            {
                using (var drop = store.Db.CommandText("DROP TABLE summits; DROP TABLE summit_formats;")) drop.ExecuteNonQuery();
                store.Db.Publish();
            }
            using var old = MultivectorStore.Open(path, readOnly: true);

            var error = Assert.Throws<Multivector.MultivectorException>(() => old.Timeline(new TimelineQuery()));
            Assert.Contains("no registry of ties yet", error.Message, StringComparison.Ordinal);
            Assert.Throws<Multivector.MultivectorException>(() => old.ResolveFormat("C5+1"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
