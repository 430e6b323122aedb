using Multivector.Reports;
using System.Text.Json.Serialization;
using Multivector.Model;
using Multivector.Sources.Ties;
using Multivector.Sources;
using Multivector.Store;
using Multivector.Votes;

namespace Multivector;

/// <summary>The ties files Multivector reads.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<TieFormat>))]
public enum TieFormat
{
    /// <summary>KNOMAD / World Bank bilateral remittance matrix, original .xlsx (sending down, receiving across).</summary>
    KnomadRemittances,
    /// <summary>KNOMAD / World Bank bilateral migration matrix, original .xlsx (origin down, destination across).</summary>
    KnomadMigration,
    /// <summary>The IMF data portal's CSV export: Direct Investment Positions (DIP) or goods trade by partner (IMTS).</summary>
    Imf,
    /// <summary>A tidy CSV: state, partner, indicator, year, value, unit[, direction, basis].</summary>
    Tidy,
    /// <summary>AidData's China's Public Diplomacy Dashboard dataset (country-year counts with China).</summary>
    AidData,
}

public static class TieFormats
{
    /// <summary>A ties format by its import name (knomad-remittances, knomad-migration, imf, ties-csv, aiddata), or null.</summary>
    public static TieFormat? Find(string text) => text.Trim().ToLowerInvariant() switch
    {
        "knomad-remittances" => TieFormat.KnomadRemittances,
        "knomad-migration" => TieFormat.KnomadMigration,
        "imf" => TieFormat.Imf,
        "ties-csv" or "tidy" => TieFormat.Tidy,
        "aiddata" => TieFormat.AidData,
        _ => null,
    };
}

public sealed record TieImportResult(string Format, string Path, int RowsRead, int RowsAdded, int? ImportId);

/// <summary>One partner's share of one of the state's ties, in the latest year the store has for it.</summary>
public sealed record TieShare(string Indicator, string Direction, string? Basis, int Year, double Value, string Unit, double Share);

/// <summary>A partner's ties with the state and the two states' vote agreement over the same years.</summary>
public sealed record TiePartner(string Partner, string Name, PartnerKind Kind, IReadOnlyList<TieShare> Shares, double? Agreement, int? AgreementFrom, int? AgreementTo, int RollCalls);

/// <summary>How concentrated one tie is: the Herfindahl index of partner shares (0 to 1) and the top partner.</summary>
public sealed record TieConcentration(string Indicator, string Direction, string? Basis, int Year, double Total, string Unit, double Herfindahl, string TopPartner, double TopShare, int Partners);

/// <summary>The state's money-and-people ties by partner, next to its vote agreement with the same partners.</summary>
public sealed record TiesReport(StateCode State, string Name, IReadOnlyList<TiePartner> Partners, IReadOnlyList<TieConcentration> Concentration,
    double? VoteSpread, string Note);

public sealed partial class MultivectorStore
{
    /// <summary>The bundled ties: KNOMAD matrices and IMF direct-investment positions (data/ties/).</summary>
    internal static IEnumerable<(TieFormat Format, string File, string Version)> BundledTies =>
    [
        (TieFormat.KnomadRemittances, System.IO.Path.Combine(Bundle.Folder, "ties", "knomad_bilateral_remittance_matrix_2021_Dec2022.xlsx"), "KNOMAD/World Bank Bilateral Remittance Matrix 2021, December 2022"),
        (TieFormat.KnomadMigration, System.IO.Path.Combine(Bundle.Folder, "ties", "knomad_bilateral_migration_matrix_2021.xlsx"), "KNOMAD/World Bank Bilateral Migration Matrix 2021"),
        (TieFormat.Imf, System.IO.Path.Combine(Bundle.Folder, "ties", "imf_dip_outward_positions_5reporters_x_C5.csv"), "IMF Direct Investment Positions (IMF.STA:DIP 12.0.1), outward, 2026-03-29 export"),
        (TieFormat.Imf, System.IO.Path.Combine(Bundle.Folder, "ties", "imf_dip_inward_positions_5reporters_x_C5.csv"), "IMF Direct Investment Positions (IMF.STA:DIP 12.0.1), inward, 2026-03-29 export"),
        (TieFormat.AidData, System.IO.Path.Combine(Bundle.Folder, "ties", "aiddata_ChinesePublicDiplomacy.csv"), "AidData, China's Public Diplomacy Dashboard Dataset (2020)"),
    ];

    /// <summary>
    /// Imports a ties file all at once: read and checked in memory (every error names the file and the line or
    /// cell), then the rows the store lacks added in one transaction and published. Re-importing adds nothing.
    /// </summary>
    public TieImportResult ImportTies(TieFormat format, string path, string? version = null)
    {
        var result = ImportTiesUnpublished(format, path, version);
        if (result.RowsAdded > 0) _db.Publish();
        return result;
    }

    private TieImportResult ImportTiesUnpublished(TieFormat format, string path, string? version)
    {
        if (ReadOnly) throw new MultivectorException("This store is open read-only; imports need a writable store.", ErrorKind.BadRequest);
        StoreFile.CheckInput(path);
        var partners = PartnerNames.Read(System.IO.Path.Combine(Bundle.Folder, "ties", "partners.csv"));
        var batch = format switch
        {
            TieFormat.KnomadRemittances => KnomadReader.Read(path, KnomadReader.Matrix.Remittances, States, partners),
            TieFormat.KnomadMigration => KnomadReader.Read(path, KnomadReader.Matrix.Migrants, States, partners),
            TieFormat.Imf => ImfReader.Read(path, States, partners),
            TieFormat.Tidy => TidyTieReader.Read(path, States, partners),
            TieFormat.AidData => AidDataReader.Read(path, States, partners),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        var (added, importId) = TieQueries.Import(_db, batch, path, version);
        return new TieImportResult(batch.Format, path, batch.Rows.Count, added, importId);
    }

    /// <summary>Bundled ties a store built from the bundle does not hold yet (a new store, or one built before they were bundled).</summary>
    private bool InitialiseTies(bool empty)
    {
        if (empty || !Meta.BuiltFromBundle(_db)) return false;
        var changed = false;
        foreach (var (format, file, version) in BundledTies)
        {
            if (TieQueries.HasVersion(_db, version)) continue;
            changed |= ImportTiesUnpublished(format, file, version).RowsAdded > 0;
        }
        return changed;
    }

    /// <summary>The ties `ties` and `profile` lead with: remittances in, emigrants, inward direct investment.</summary>
    public static bool IsCore(string indicator, string direction) => (indicator, direction) is ("remittances", "inflow") or ("emigrants", "outflow") or ("fdi-position", "inflow");

    private static bool IsCore(TieShare share) => IsCore(share.Indicator, share.Direction);

    /// <summary>How concentrated each of the state's ties is (empty when the store holds none for it, or predates ties).</summary>
    public IReadOnlyList<TieConcentration> TieSummary(StateCode state)
    {
        State(state);
        return TieQueries.Present(_db) ? TieShares(state).Concentration : [];
    }

    private (List<(string Partner, PartnerKind Kind, TieShare Share)> Shares, List<TieConcentration> Concentration) TieShares(StateCode state)
    {
        var shares = TieQueries.Shares(_db, state);
        var concentration = new List<TieConcentration>();
        foreach (var g in shares.Where(s => s.Kind != PartnerKind.Aggregate).GroupBy(s => (s.Share.Indicator, s.Share.Direction, s.Share.Basis)))
        {
            var top = g.MaxBy(s => s.Share.Share);
            concentration.Add(new TieConcentration(g.Key.Indicator, g.Key.Direction, g.Key.Basis, top.Share.Year, g.Sum(s => s.Share.Value), top.Share.Unit,
                g.Sum(s => s.Share.Share * s.Share.Share), top.Partner, top.Share.Share, g.Count()));
        }
        return (shares, concentration);
    }

    /// <summary>
    /// For each partner: its share of the state's remittance inflows, of its emigrants and of its inward direct
    /// investment (latest year of each), and the two states' vote agreement (voeten) over the same years.
    /// Partners: those named, else the top three of each inflow and of emigrants, plus the default partners.
    /// </summary>
    public TiesReport Ties(StateCode state, IReadOnlyList<StateCode>? partners = null)
    {
        var subject = State(state);
        if (partners is { Count: > 0 } && partners.Contains(state))
            throw MultivectorException.BadRequest($"{state} is the state itself, so it cannot also be a partner: expected partners other than {state}.");
        foreach (var p in partners ?? []) State(p);
        var (shares, concentration) = TieShares(state);
        var chosen = partners is { Count: > 0 }
            ? [.. partners.Select(p => p.Value)]
            // What ties the state to a partner: remittances and investment flowing in, and where its emigrants live.
            : shares.Where(s => s.Kind == PartnerKind.State && IsCore(s.Share))
                .GroupBy(s => (s.Share.Indicator, s.Share.Direction, s.Share.Basis))
                .SelectMany(g => g.OrderByDescending(s => s.Share.Share).Take(3).Select(s => s.Partner))
                .Concat(Defaults.Partners.Select(p => p.Value)).Where(p => p != state.Value).Distinct().ToList();
        var rows = new List<TiePartner>();
        var matrices = new Dictionary<(int From, int To), VoteMatrix>();
        foreach (var p in chosen)
        {
            var own = shares.Where(s => s.Partner == p).Select(s => s.Share).ToList();
            // Agreement over the years of the money-and-people ties (not of counts such as visits, which run from 2000).
            var dated = own.Where(IsCore).DefaultIfEmpty().Any(x => x is not null) ? own.Where(IsCore).ToList() : own;
            var (from, to) = dated.Count == 0 ? (2021, 2021) : (dated.Min(s => s.Year), dated.Max(s => s.Year));
            double? agreement = null;
            var rollCalls = 0;
            if (StateCode.TryParse(p, out var code) && States.Contains(code))
            {
                // Partners mostly share their years, so each year range's votes are loaded once, not once per partner.
                if (!matrices.TryGetValue((from, to), out var matrix)) matrices[(from, to)] = matrix = Matrix(new Selection { FromYear = from, ToYear = to });
                var found = AgreementAnalysis.Rows(matrix, matrix.IndexOf(state), matrix.IndexOf(code), PeriodKind.All, 1, 0.95, Defaults.Seed);
                var row = found.Count > 0 ? found[0] : null;
                if (row is not null && row.BothVoted > 0)
                {
                    agreement = row.Measures.First(m => m.Measure == Measure.Voeten).Value;
                    rollCalls = row.BothVoted;
                }
            }
            var name = StateCode.TryParse(p, out var c) && States.Contains(c) ? States[c].Name : p;
            rows.Add(new TiePartner(p, name, shares.FirstOrDefault(s => s.Partner == p).Kind, own, agreement, agreement is null ? null : from, agreement is null ? null : to, rollCalls));
        }
        var agreed = rows.Where(r => r.Agreement is not null).Select(r => r.Agreement!.Value).ToList();
        return new TiesReport(state, subject.Name, rows, concentration, agreed.Count >= 2 ? agreed.Max() - agreed.Min() : null,
            "Shares are of the state's total over all partners in the source (aggregates such as WORLD left out). KNOMAD's 2021 remittances are model estimates from migrant stocks and incomes; the IMF figures cover five investors only (China, the United States, Japan, Germany, Singapore), so their shares are of those five, not of all inward investment.");
    }
}
