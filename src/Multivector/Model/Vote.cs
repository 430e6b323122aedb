using System.Text.Json.Serialization;

namespace Multivector.Model;

/// <summary>
/// One state's position on one roll call. The numeric values follow Voeten's coding
/// (1 yes, 2 abstain, 3 no, 8 absent, 9 non-member) so that stored data reads the same as the source.
/// </summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Vote>))]
public enum Vote : byte
{
    Yes = 1,
    Abstain = 2,
    No = 3,
    /// <summary>A member that did not vote (UNDL "X", Voeten 8, or a member with no recorded vote).</summary>
    Absent = 8,
    /// <summary>Not a UN member on the roll call's date.</summary>
    NonMember = 9,
}

public static class VoteExtensions
{
    /// <summary>True for yes, abstain and no: the votes that agreement measures compare.</summary>
    public static bool IsCast(this Vote vote) => vote is Vote.Yes or Vote.Abstain or Vote.No;

    public static string Label(this Vote vote) => vote switch
    {
        Vote.Yes => "yes",
        Vote.Abstain => "abstain",
        Vote.No => "no",
        Vote.Absent => "absent",
        Vote.NonMember => "non-member",
        _ => throw new ArgumentOutOfRangeException(nameof(vote), vote, "not a vote"),
    };
}
