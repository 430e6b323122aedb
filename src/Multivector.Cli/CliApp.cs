using Multivector.Cli.Rendering;
using Multivector.Cli.Commands;
using Multivector.Sources;
using Multivector.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multivector.Cli;

/// <summary>The `multivector` command line: parse, call the engine, render. Tests run it in-process.</summary>
internal static class CliApp
{
    public static int Run(string[] args, IAnsiConsole output, IAnsiConsole status)
    {
        var registrar = new Registrar();
        registrar.RegisterInstance(typeof(Terminal), new Terminal(output, status));
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("multivector");
            config.Settings.Console = output;
            config.PropagateExceptions();
            config.UseStrictParsing();
            Add<ProfileCommand>(config, "profile")
                .WithDescription("A state's agreement with several partners per year, raw and relative to the assembly, with a balance summary.")
                .WithExample("profile", "KAZ", "--partners", "USA,RUS,CHN,DEU,IND,TUR", "--years", "1992-");
            Add<AgreeCommand>(config, "agree")
                .WithDescription("Every agreement measure for two states side by side, with bootstrap confidence intervals.")
                .WithExample("agree", "UZB", "RUS", "--years", "2010-2020", "--by", "year");
            Add<IdealCommand>(config, "ideal").WithDescription("Dynamic ideal points for every state from yes/abstain/no votes, with bootstrap intervals.");
            Add<VotesCommand>(config, "votes")
                .WithDescription("Find roll calls by symbol, words, issue or date, with the tally and how chosen states voted.")
                .WithExample("votes", "A/RES/68/262", "--states", "KAZ,KGZ,TJK,TKM,UZB");
            Add<ImportCommand>(config, "import")
                .WithDescription("Import votes (unvotes, dataverse, undl, undl-xml) or ties (knomad-remittances, knomad-migration, imf, aiddata, ties-csv), all at once.")
                .WithExample("import", "undl", "2026_02_06_ga_voting.csv");
            Add<ExportCommand>(config, "export")
                .WithDescription("Write a store table (votes, roll-calls, states, imports, ideal-points) to CSV or Parquet.")
                .WithExample("export", "parquet", "votes", "--out", "votes.parquet");
            Add<DyadsCommand>(config, "dyads")
                .WithDescription("Write the dyadic dataset: every pair of states × year or session × every agreement measure, to CSV or Parquet.")
                .WithExample("dyads", "--years", "1992-", "--out", "dyads.parquet");
            Add<TimelineCommand>(config, "timeline")
                .WithDescription("Summits of the C5+X formats and treaty signatures, by state, format and date.")
                .WithExample("timeline", "--state", "TJK", "--format", "C5", "--from", "2022");
            Add<TiesCommand>(config, "ties")
                .WithDescription("Money and people by partner: shares of remittances, emigrants and inward investment, next to vote agreement.")
                .WithExample("ties", "UZB");
            Add<UpdateCommand>(config, "update")
                .WithDescription("Fetch new voting records from the UN Digital Library (MARCXML) and import them all at once; resumable.")
                .WithExample("update", "--dry-run");
            config.AddBranch("sources", sources =>
            {
                sources.SetDescription("The data sources in the store: coverage, and where two sources disagree.");
                sources.SetDefaultCommand<SourcesCommand>();
                Suggestions.Register("sources", typeof(SourcesCommand));
                Add<SourcesDiffCommand>(sources, "sources diff")
                    .WithDescription("Roll calls two sources both hold where they disagree on the tally or on a state's vote.")
                    .WithExample("sources", "diff", "voeten", "undl");
            });
            Add<CheckCommand>(config, "check")
                .WithDescription("Verify a store's integrity: orphan or duplicate votes, provenance, counted against official tallies. Exits 1 on damage.")
                .WithExample("check", "--store", "my.duckdb");
            Add<StatesCommand>(config, "states")
                .WithDescription("List the states the store knows, with codes and UN membership periods.");
            config.AddBranch("texts", texts =>
            {
                texts.SetDescription("Statements in the store: import and list them.");
                Add<TextsImportCommand>(texts, "texts import")
                    .WithDescription("Import statements: a folder of .txt/.md files with a metadata header, or a JSON-Lines corpus.")
                    .WithExample("texts", "import", "statements/", "--corpus", "my-statements");
                Add<TextsFetchCommand>(texts, "texts fetch")
                    .WithDescription("Download a statement's web page, extract its main text and store it with its URL, retrieval time, language and checksum.")
                    .WithExample("texts", "fetch", "https://www.akorda.kz/en/joint-statement", "--format", "C5+Russia");
                Add<TextsListCommand>(texts, "texts list")
                    .WithDescription("List stored statements with their identifiers, newest first.")
                    .WithExample("texts", "list", "--format", "C5+1");
            });
            Add<CompareCommand>(config, "compare")
                .WithDescription("Split two or more statements into shared core, partial overlap and each one's spin, clause by clause.")
                .WithExample("compare", "c5plus1-samarkand", "c5plus1-fourth-ministerial", "c5plus1-new-york-declaration", "--html", "core.html");
            Add<ReuseCommand>(config, "reuse")
                .WithDescription("Find passages a statement reuses from earlier statements in the store, with offsets on both sides.")
                .WithExample("reuse", "c5plus1-new-york-declaration");
            Add<FramingCommand>(config, "framing")
                .WithDescription("Find framing markers (world order, praise of a partner's system, security, sovereignty) and transport corridors in statements, with quoted spans.")
                .WithExample("framing", "c5plus1-new-york-declaration");
            Add<TopicsCommand>(config, "topics")
                .WithDescription("Tag each clause of a statement with topics from the taxonomy (docs/methodology.md).")
                .WithExample("topics", "c5plus1-new-york-declaration");
        });
        try
        {
            return app.Run(args);
        }
        catch (Exception e) when (e is CommandParseException or CommandRuntimeException)
        {
            status.MarkupLine($"[red]error:[/] {Shown.Escape(Suggestions.Explain(e.Message, args))}");
            status.MarkupLine("Run [bold]multivector --help[/] or [bold]multivector <command> --help[/] for usage.");
            return 2;
        }
        catch (MultivectorException e) when (e.Kind != ErrorKind.Internal)
        {
            status.MarkupLine($"[red]error:[/] {Shown.Escape(e.Message)}");
            if (Hint(e) is { } hint) status.MarkupLine(hint);
            return 1;
        }
        catch (Exception e)
        {
            return Unexpected(e, args, status);
        }
    }

    /// <summary>Adds a command and records its settings type, so a misspelled option can be matched against its options.</summary>
    private static ICommandConfigurator Add<TCommand>(IConfigurator config, string name)
        where TCommand : class, ICommand
    {
        Suggestions.Register(name, typeof(TCommand));
        return config.AddCommand<TCommand>(name);
    }

    /// <summary>The same inside a branch; <paramref name="path"/> is the words typed, such as "texts import".</summary>
    private static ICommandConfigurator Add<TCommand>(IConfigurator<CommandSettings> branch, string path)
        where TCommand : class, ICommandLimiter<CommandSettings>
    {
        Suggestions.Register(path, typeof(TCommand));
        return branch.AddCommand<TCommand>(path[(path.LastIndexOf(' ') + 1)..]);
    }

    /// <summary>Where the engine's words need the CLI's: which command lists what was not found, which flag overrides.</summary>
    private static string? Hint(MultivectorException e) => e.Message switch
    {
        var m when m.StartsWith("Unknown state", StringComparison.Ordinal) => "Run [bold]multivector states[/] to list the states the store knows.",
        var m when m.StartsWith("No document", StringComparison.Ordinal) => "Run [bold]multivector texts list[/] to list the stored documents.",
        var m when m.StartsWith("Unknown format", StringComparison.Ordinal) => "Run [bold]multivector timeline[/] to see the formats.",
        _ when e.Kind == ErrorKind.Conflict && e.Message.Contains("already exists", StringComparison.Ordinal) => "Add [bold]--force[/] to overwrite it.",
        _ => null,
    };

    /// <summary>Anything no one planned for: one line naming the command, and the stack trace only on request.</summary>
    private static int Unexpected(Exception e, string[] args, IAnsiConsole status)
    {
        var command = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "multivector";
        if (args.Contains("--verbose"))
        {
            status.WriteException(e);
        }
        else
        {
            status.MarkupLine($"[red]error:[/] `{Shown.Escape(command)}` failed unexpectedly: {Shown.Escape(e.GetType().Name)}: {Shown.Escape(e.Message.Split('\n')[0])}");
            status.MarkupLine("Rerun with [bold]--verbose[/] to see the stack trace, and please report it.");
        }
        return 70;
    }
}

/// <summary>Where a command writes: results to <see cref="Output"/>, progress and errors to <see cref="Status"/>.</summary>
internal sealed record Terminal(IAnsiConsole Output, IAnsiConsole Status);

/// <summary>
/// Spectre.Console.Cli builds commands through a registrar; this one hands out the few instances the CLI has
/// and constructs everything else, resolving IEnumerable&lt;T&gt; to every registration of T.
/// </summary>
internal sealed class Registrar : ITypeRegistrar, ITypeResolver
{
    private readonly Dictionary<Type, List<Func<object>>> _registrations = [];

    public void Register(Type service, Type implementation) => Add(service, () => Construct(implementation));
    public void RegisterInstance(Type service, object implementation) => Add(service, () => implementation);
    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        Add(service, () => lazy.Value);
    }
    public ITypeResolver Build() => this;

    private void Add(Type service, Func<object> factory)
    {
        if (!_registrations.TryGetValue(service, out var list)) _registrations[service] = list = [];
        list.Add(factory);
    }

    public object? Resolve(Type? type)
    {
        if (type is null) return null;
        if (_registrations.TryGetValue(type, out var list)) return list[^1]();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var element = type.GetGenericArguments()[0];
            var items = _registrations.TryGetValue(element, out var all) ? all.Select(f => f()).ToList() : [];
            var array = Array.CreateInstance(element, items.Count);
            for (var i = 0; i < items.Count; i++) array.SetValue(items[i], i);
            return array;
        }
        return type.IsAbstract || type.IsInterface ? null : Construct(type);
    }

    private object Construct(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        return constructor is null ? Activator.CreateInstance(type)! : constructor.Invoke([.. constructor.GetParameters().Select(p => Resolve(p.ParameterType))]);
    }
}
