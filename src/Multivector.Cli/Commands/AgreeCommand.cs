using System.ComponentModel;
using Multivector.Cli.Rendering;
using Multivector.Model;
using Multivector.Votes;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal sealed class AgreeCommand(Terminal terminal) : Command<AgreeCommand.Settings>
{
    internal sealed class Settings : UncertaintySettings
    {
        [CommandArgument(0, "<A>")]
        [Description("First state: a code such as KAZ, or a name.")]
        public string A { get; init; } = "";

        [CommandArgument(1, "<B>")]
        [Description("Second state.")]
        public string B { get; init; } = "";

        [CommandOption("--by <PERIOD>")]
        [Description("all (one row), session or year.")]
        [DefaultValue("all")]
        public string? By { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.Open(settings, terminal);
        var by = Flag.Value("--by", settings.By, (string? t, out PeriodKind p, out string? e) => Input.TryPeriod(t, Defaults.AgreementBy, out p, out e));
        var report = store.Agreement(store.ResolveState(settings.A), store.ResolveState(settings.B), settings.ToSelection(), by, settings.ToUncertainty());
        if (settings.Json) Json.Write(terminal.Output, report);
        else Tables.Render(terminal.Output, report);
        return 0;
    }
}
