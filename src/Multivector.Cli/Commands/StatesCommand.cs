using Multivector.Cli.Rendering;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal sealed class StatesCommand(Terminal terminal) : Command<StoreSettings>
{
    public override int Execute(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.Open(settings, terminal);
        var states = store.AllStates;
        if (settings.Json) Json.Write(terminal.Output, states);
        else Tables.Render(terminal.Output, states);
        return 0;
    }
}
