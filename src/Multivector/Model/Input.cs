using System.Globalization;
using Multivector.Votes;

namespace Multivector.Model;

/// <summary>
/// What users type, parsed once for every host: ranges, dates, periods, issue lists and measures. Each
/// <c>TryX</c> gives a host-neutral error ("'19x2': expected …") that a host prefixes with its own name for the
/// field (a CLI flag, a query parameter); each <c>X</c> throws it as a <see cref="MultivectorException"/> of kind
/// <see cref="ErrorKind.BadRequest"/>. Empty text means "not given": a null bound, no date, the default.
/// </summary>
public static class Input
{
    /// <summary>An inclusive range of whole numbers: <c>2014</c>, <c>1992-2023</c>, <c>1992-</c> or <c>-1991</c>.</summary>
    public static bool TryRange(string? text, out (int? From, int? To) range, out string? error)
    {
        range = (null, null);
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parts = text.Split('-', 2);
        int? from = null, to = null;
        var ok = Part(parts[0], ref from) && Part(parts.Length == 1 ? parts[0] : parts[1], ref to);
        if (!ok || (from is null && to is null))
        {
            error = $"'{text}': expected a number or a range such as 1992-2023, 1992- or -1991.";
            return false;
        }
        range = (from, to);
        return true;

        static bool Part(string s, ref int? value)
        {
            if (s.Trim().Length == 0) return true;
            if (!int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return false;
            value = v;
            return true;
        }
    }

    /// <summary>A calendar date as YYYY-MM-DD.</summary>
    public static bool TryDate(string? text, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        error = $"'{text}': expected a date as YYYY-MM-DD.";
        return false;
    }

    /// <summary>How results are split over time: <c>all</c>, <c>session</c> or <c>year</c> (plurals accepted).</summary>
    public static bool TryPeriod(string? text, PeriodKind fallback, out PeriodKind period, out string? error)
    {
        error = null;
        period = text?.Trim().ToLowerInvariant() switch
        {
            null or "" => fallback,
            "all" => PeriodKind.All,
            "session" or "sessions" => PeriodKind.Session,
            "year" or "years" => PeriodKind.Year,
            _ => (PeriodKind)(-1),
        };
        if ((int)period >= 0) return true;
        error = $"'{text}': expected all, session or year.";
        return false;
    }

    /// <summary>Comma-separated issue codes (<c>me,hr</c>), each once.</summary>
    public static bool TryIssues(string? text, out IReadOnlyList<Issue> issues, out string? error)
    {
        issues = [];
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var list = new List<Issue>();
        foreach (var code in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IssueCodes.TryParse(code, out var issue))
            {
                error = $"'{code}' is not an issue code: expected one of {string.Join(", ", IssueCodes.All.Select(a => a.Code))}.";
                return false;
            }
            if (!list.Contains(issue)) list.Add(issue);
        }
        issues = list;
        return true;
    }

    /// <summary>A measure's short label (<c>kappa</c>) or its name; empty text gives the default.</summary>
    public static bool TryMeasure(string? text, out Measure measure, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            measure = Defaults.Measure;
            return true;
        }
        if (MeasureLabels.TryParse(text, out measure)) return true;
        error = $"'{text}' is not a measure: expected one of {string.Join(", ", MeasureLabels.All.Select(a => a.Label))}.";
        return false;
    }

    /// <summary>
    /// A selection from its typed parts. Range errors name the part ("years '19x2': …"); an empty range (the
    /// first year after the last) is refused too.
    /// </summary>
    public static bool TrySelection(string? years, string? sessions, string? issues, out Selection selection, out string? error)
    {
        selection = Selection.All;
        if (!TryRange(years, out var y, out error)) return Fail("years", ref error);
        if (!TryRange(sessions, out var s, out error)) return Fail("sessions", ref error);
        if (!TryIssues(issues, out var i, out error)) return Fail("issues", ref error);
        var candidate = new Selection { FromYear = y.From, ToYear = y.To, FromSession = s.From, ToSession = s.To, Issues = i };
        error = candidate.Problem();
        if (error is not null) return false;
        selection = candidate;
        return true;

        static bool Fail(string part, ref string? e)
        {
            e = $"{part} {e}";
            return false;
        }
    }

    /// <summary>A date of known precision: YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public static bool TryPartialDate(string? text, out Registry.PartialDate? date, out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (Registry.PartialDate.TryParse(text, out var d))
        {
            date = d;
            return true;
        }
        error = $"'{text}': expected a date as YYYY-MM-DD, YYYY-MM or YYYY.";
        return false;
    }

    /// <summary>An absolute http or https address, ending in '/' so relative paths resolve under it.</summary>
    public static bool TryAddress(string? text, out Uri? address, out string? error)
    {
        address = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            error = $"'{text}': expected an http or https URL.";
            return false;
        }
        address = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        return true;
    }

    public static (int? From, int? To) Range(string? text) => TryRange(text, out var r, out var e) ? r : throw MultivectorException.BadRequest(e!);
    public static DateOnly? Date(string? text) => TryDate(text, out var d, out var e) ? d : throw MultivectorException.BadRequest(e!);
    public static PeriodKind Period(string? text, PeriodKind fallback) => TryPeriod(text, fallback, out var p, out var e) ? p : throw MultivectorException.BadRequest(e!);
    public static IReadOnlyList<Issue> Issues(string? text) => TryIssues(text, out var i, out var e) ? i : throw MultivectorException.BadRequest(e!);
    public static Measure MeasureOf(string? text) => TryMeasure(text, out var m, out var e) ? m : throw MultivectorException.BadRequest(e!);
}

/// <summary>
/// The engine's defaults, defined once so every host gives the same answer to the same question.
/// </summary>
public static class Defaults
{
    /// <summary>The partners a profile compares against unless told otherwise.</summary>
    public static IReadOnlyList<StateCode> Partners { get; } = [StateCode.Parse("USA"), StateCode.Parse("RUS"), StateCode.Parse("CHN")];

    /// <summary>The states a roll-call search shows: the C5 and the three great powers.</summary>
    public static IReadOnlyList<StateCode> VoteStates { get; } = [.. "KAZ,KGZ,TJK,TKM,UZB,USA,RUS,CHN".Split(',').Select(StateCode.Parse)];

    public const Measure Measure = Votes.Measure.Voeten;
    public const double Level = 0.95;
    public const int Seed = 20240917;

    /// <summary>
    /// Bootstrap replicates of an agreement report: 1,000 for one overall figure, 200 per period, because a
    /// per-year series runs one bootstrap for each of its dozens of periods.
    /// </summary>
    public static int AgreementReplicates(PeriodKind by) => by == PeriodKind.All ? 1000 : 200;

    /// <summary>Bootstrap replicates of a profile, which always has partners × periods intervals.</summary>
    public const int ProfileReplicates = 200;

    /// <summary>Parametric-bootstrap replicates for ideal points: each is a full refit.</summary>
    public const int IdealReplicates = 20;

    /// <summary>How each report splits time unless told: agreement as one figure, profiles by year, ideal points by session.</summary>
    public const PeriodKind AgreementBy = PeriodKind.All;
    public const PeriodKind ProfileBy = PeriodKind.Year;
    public const PeriodKind IdealBy = PeriodKind.Session;

    /// <summary>Documents a listing shows unless told otherwise.</summary>
    public const int DocumentLimit = 50;

    /// <summary>Roll calls a search lists unless told otherwise.</summary>
    public const int VoteLimit = 20;
}
