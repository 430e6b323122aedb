using System.Text.Json.Serialization;
using Multivector.Model;
using Multivector.Registry;

namespace Multivector.Reports;

/// <summary>
/// Which events a timeline shows. Every filter is optional. <see cref="From"/> and <see cref="To"/> are
/// inclusive; an event dated only to a month or year is kept when that month or year overlaps the range.
/// </summary>
public sealed record TimelineQuery
{
    /// <summary>Only events the state took part in (met at a summit, signed or ratified).</summary>
    public StateCode? State { get; init; }
    public FormatId? Format { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public bool NewestFirst { get; init; }
}

[JsonConverter(typeof(KebabCaseEnumConverter<TimelineEventKind>))]

public enum TimelineEventKind
{
    Summit,
    Signature,
    Ratification,
}

/// <summary>
/// One dated event. For a summit, <see cref="States"/> met and <see cref="Documents"/> lists what it produced
/// (ids of the statements corpus); for a signature or ratification, <see cref="States"/> signed or ratified
/// the treaty <see cref="Id"/> on that date, and <see cref="Level"/> and <see cref="Participants"/> are null.
/// </summary>
public sealed record TimelineEvent(
    PartialDate Date,
    TimelineEventKind Kind,
    string Id,
    FormatId Format,
    string FormatName,
    MeetingLevel? Level,
    string Title,
    string? Place,
    IReadOnlyList<StateCode> States,
    string? Participants,
    IReadOnlyList<string> Documents,
    string Source,
    string? Note);

/// <summary>The events a query found; <see cref="Description"/> says the query in words.</summary>
public sealed record TimelineReport(TimelineQuery Query, string Description, IReadOnlyList<TimelineEvent> Events);
