using System.Text.Json.Serialization;
using Multivector.Model;

namespace Multivector.Texts;

[JsonConverter(typeof(KebabCaseEnumConverter<ClauseRole>))]

public enum ClauseRole
{
    /// <summary>Matched in most of the other statements (a strict majority).</summary>
    Core,
    /// <summary>Matched in at least one other statement, but not in most.</summary>
    Partial,
    /// <summary>Matched in no other statement: this document's own emphasis.</summary>
    Spin,
    /// <summary>
    /// Matched in no other statement, but some of the others are partial texts (excerpts, fragments): it may be
    /// in their missing parts, so its absence is not evidence of spin.
    /// </summary>
    NotComparable,
    /// <summary>In another language than the comparison's: no model here matches clauses across languages.</summary>
    NotCompared,
}

/// <summary>
/// Labels every clause of a set of statements by how many of the other statements contain a matching clause
/// (one-to-one matches from <see cref="ClauseAligner"/>). With n statements, a clause matched in k of the
/// n − 1 others is core when k &gt; (n − 1)/2, partial when 0 &lt; k ≤ (n − 1)/2, and spin when k = 0.
/// </summary>
/// <remarks>
/// For two statements there is no partial: a clause is core or spin. "Spin" means only "not said in the
/// others", so an unmatched clause is spin only when every other statement compared is a full text; when
/// some are partial it is <see cref="ClauseRole.NotComparable"/>. Clauses in another language than the
/// comparison's are <see cref="ClauseRole.NotCompared"/> and take no part in matching.
/// </remarks>
internal static class CoreSpin
{
    /// <summary>The role of an unmatched clause is spin only when no other statement compared is partial.</summary>
    public static ClauseRole Role(int matchedIn, int documents, bool othersPartial) =>
        matchedIn == 0 && othersPartial ? ClauseRole.NotComparable : Role(matchedIn, documents);

    public static ClauseRole Role(int matchedIn, int documents)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(documents, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(matchedIn);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(matchedIn, documents - 1);
        if (matchedIn == 0) return ClauseRole.Spin;
        return 2 * matchedIn > documents - 1 ? ClauseRole.Core : ClauseRole.Partial;
    }
}
