using Multivector.Model;
using Multivector.Sources;

namespace Multivector.Store;

/// <summary>The states the store knows, with memberships and aliases, and what the store holds in all.</summary>
internal static class StateQueries
{
    public static StoreSummary Summary(Database db)
    {
        using var command = db.Command("StoreSummary");
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreSummary(
            reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2),
            reader.IsDBNull(3) ? null : DateOnly.FromDateTime(reader.GetDateTime(3)),
            reader.IsDBNull(4) ? null : DateOnly.FromDateTime(reader.GetDateTime(4)),
            reader.GetInt64(5));
    }

    public static StateDirectory Directory(Database db)
    {
        var states = new List<State>();
        using (var command = db.Command("LoadStates"))
        using (var reader = command.ExecuteReader())
        {
            State? current = null;
            var periods = new List<Membership>();
            while (reader.Read())
            {
                var code = StateCode.Parse(reader.GetString(0));
                if (current is null || current.Code != code)
                {
                    if (current is not null) states.Add(current with { Memberships = [.. periods] });
                    periods.Clear();
                    current = new State(code, reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.GetString(3), []);
                }
                if (!reader.IsDBNull(4))
                {
                    periods.Add(new Membership(DateOnly.FromDateTime(reader.GetDateTime(4)), reader.IsDBNull(5) ? null : DateOnly.FromDateTime(reader.GetDateTime(5))));
                }
            }
            if (current is not null) states.Add(current with { Memberships = [.. periods] });
        }
        var aliases = new List<(string, string, StateCode)>();
        using (var command = db.Command("LoadAliases"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) aliases.Add((reader.GetString(0), reader.GetString(1), StateCode.Parse(reader.GetString(2))));
        }
        return new StateDirectory(states, aliases);
    }
}
