using Multivector.Texts;

namespace Multivector.Tests.Texts;

[Collection(BundledStoreGroup.Name)]
public sealed class BundledTextsTests(BundledStore bundled)
{
    private MultivectorStore Store => bundled.Store;

    [Fact]
    public void The_bundled_statements_are_in_a_new_store()
    {
        Assert.Equal(4, Store.Documents(format: "C5+1", limit: 100).Count(d => d.Corpus == "c5plus1"));
        Assert.Equal(268, Store.Documents(limit: 1000).Count(d => d.Corpus == "us-joint-statements"));
    }

    [Fact]
    public void A_distinctive_part_of_an_identifier_finds_the_document()
    {
        Assert.Equal("2015-11-01_c5plus1-samarkand-joint-declaration", Store.Document("c5plus1-samarkand").Id);
        var e = Assert.Throws<MultivectorException>(() => Store.Document("c5plus1"));
        Assert.Contains("matches", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reuse_finds_the_2019_ministerial_wording_recycled_in_the_2023_declaration()
    {
        var report = Store.Reuse("c5plus1-new-york-declaration");
        var source = report.Sources.Single(s => s.Source.Id == "2019-09-24_c5plus1-fourth-ministerial-new-york-joint-statement");
        var passage = source.Passages.Single(p => p.SourceText.Contains("new atmosphere of partnership", StringComparison.Ordinal));
        var target = Store.Document("c5plus1-new-york-declaration").Text;
        var origin = Store.Document(source.Source.Id).Text;

        Assert.Equal(Multivector.Reports.ReuseOrder.EarlierToLater, source.Direction);
        Assert.Equal(passage.TargetText, target.Substring(passage.TargetStart, passage.TargetLength));
        Assert.Equal(passage.SourceText, origin.Substring(passage.SourceStart, passage.SourceLength));
        Assert.Contains("reaffirm the value of the format", passage.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Reuse_flags_the_us_corpus_copy_of_the_2023_declaration_as_identical_text_not_reuse()
    {
        var report = Store.Reuse("c5plus1-new-york-declaration");

        Assert.True(report.Sources.Single(s => s.Source.Id == "us-2023-09-21-c51-leaders-joint-statement").IdenticalText);
        Assert.False(report.Sources.Single(s => s.Source.Id == "2019-09-24_c5plus1-fourth-ministerial-new-york-joint-statement").IdenticalText);
    }

    [Fact]
    public void Reuse_finds_closing_language_borrowed_from_the_2022_pacific_declaration()
    {
        var report = Store.Reuse("c5plus1-new-york-declaration");

        var pacific = report.Sources.Single(s => s.Source.Id == "us-2022-09-29-declaration-on-u-s-pacific-partnership");
        Assert.Contains(pacific.Passages, p => p.TargetText.Contains("most consequential period in the history of", StringComparison.Ordinal));
    }

    [Fact]
    public void Semantic_compare_keeps_clause_vectors_in_the_users_cache_and_writes_nothing_beside_the_store()
    {
        var before = Directory.GetFiles(Path.GetDirectoryName(Store.Path)!, Path.GetFileName(Store.Path) + "*").Order(StringComparer.Ordinal).ToList();

        Store.Compare(["c5plus1-fourth-ministerial", "c5plus1-unga77"]);

        Assert.Equal(before, Directory.GetFiles(Path.GetDirectoryName(Store.Path)!, Path.GetFileName(Store.Path) + "*").Order(StringComparer.Ordinal));
        var file = new FileInfo(Embeddings.UserCacheFile);
        Assert.True(file.Exists);
        Assert.Equal(0, file.Length % (32 + Embeddings.Dimensions * sizeof(float)));
    }

    [Fact]
    public void Lexical_compare_of_three_c5plus1_statements_labels_the_recycled_and_the_new_clauses()
    {
        var report = Store.Compare(["c5plus1-samarkand", "c5plus1-fourth-ministerial", "c5plus1-new-york-declaration"], semantic: false);
        var ny = report.Sides[2];

        var atmosphere = ny.Clauses.Single(c => c.Clause.Text.StartsWith("We recognize the new atmosphere", StringComparison.Ordinal));
        var minerals = ny.Clauses.Single(c => c.Clause.Text.StartsWith("To further develop Central Asia’s vast mineral wealth", StringComparison.Ordinal));
        var afghanistan = ny.Clauses.Single(c => c.Clause.Text.StartsWith("Recognizing that the situation in Afghanistan", StringComparison.Ordinal));

        Assert.Equal(ClauseRole.Partial, atmosphere.Role);
        Assert.Equal(ClauseRole.Partial, afghanistan.Role);
        // Samarkand and the fourth ministerial are partial texts: a New York clause neither holds may be in their
        // missing parts, so it is not comparable rather than spin (issue 13).
        Assert.Equal(ClauseRole.NotComparable, minerals.Role);
        Assert.Contains(Topic.CriticalMinerals, minerals.Topics);
        Assert.Equal(ny.Clauses.Count, ny.Core + ny.Partial + ny.Spin + ny.NotComparable + ny.NotCompared);
    }
}
