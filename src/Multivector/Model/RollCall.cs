namespace Multivector.Model;

/// <summary>
/// One recorded vote of the General Assembly. <see cref="Id"/> is the store's roll-call id, which is
/// Voeten's rcid for roll calls that came from Voeten's data.
/// </summary>
public sealed record RollCall(
    long Id,
    int Session,
    DateOnly Date,
    string? Symbol,
    string Title,
    string? Description,
    bool? IsAmendment,
    bool? IsParagraph,
    bool? IsImportant,
    IReadOnlyList<Issue> Issues);
