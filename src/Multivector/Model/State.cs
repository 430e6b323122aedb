namespace Multivector.Model;

/// <summary>A continuous period of UN membership, both ends included; <see cref="To"/> is null while it lasts.</summary>
public sealed record Membership(DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly date) => date >= From && (To is null || date <= To.Value);
}

/// <summary>A state as the store knows it: codes, name and UN membership periods.</summary>
public sealed record State(StateCode Code, string? Iso2, int? Cow, string Name, IReadOnlyList<Membership> Memberships)
{
    public bool IsMemberOn(DateOnly date) => Memberships.Any(m => m.Covers(date));
}
