using System.Text.Json.Serialization;
using Multivector.Model;

namespace Multivector.Registry;

/// <summary>Who met: the heads of state (or government), or the foreign ministers.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<MeetingLevel>))]
public enum MeetingLevel
{
    HeadsOfState,
    ForeignMinisters,
}

/// <summary>
/// A recurring format of meetings: the five Central Asian states alone ("C5") or with one outside partner
/// ("C5+1" with the United States, "C5+China", ...). <see cref="Partners"/> is empty for the five alone and
/// for a partner that is not a state (the EU).
/// </summary>
public sealed record SummitFormat(FormatId Id, string Name, IReadOnlyList<StateCode> Partners, string? Note);

/// <summary>One meeting of a format, as data/registry/summits.csv records it.</summary>
internal sealed record Summit(
    string Id,
    PartialDate Date,
    FormatId Format,
    MeetingLevel Level,
    string Title,
    string Place,
    StateCode? Host,
    IReadOnlyList<StateCode> States,
    string Participants,
    IReadOnlyList<string> Documents,
    string Source,
    string? Note,
    string Description);

internal sealed record Treaty(string Id, string Title, string ShortTitle, FormatId Format, string? Summit, string? Place, string Source, string? Note);

/// <summary>One state's steps on a treaty; a null date means the sources establish no such step.</summary>
internal sealed record TreatyParty(string Treaty, StateCode State, PartialDate? Signed, PartialDate? Ratified, string Source, string? Note);
