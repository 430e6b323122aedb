using Multivector.Model;
using Multivector.Sources;
using System.ComponentModel;
using Multivector.Cli.Rendering;
using Multivector.Texts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Multivector.Cli.Commands;

internal sealed class TextsImportCommand(Terminal terminal) : Command<TextsImportCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("A folder (or one file) of .txt/.md statements with a metadata header, or a JSON-Lines corpus (.jsonl or .jsonl.gz).")]
        public string Path { get; init; } = "";

        [CommandOption("--format <FORMAT>")]
        [Description("How to read the path, folder or jsonl (default: guessed from it); or the statements' format, such as C5+India, which replaces the one read from FORMAT or inferred from PARTIES.")]
        public string? Format { get; init; }

        [CommandOption("--corpus <NAME>")]
        [Description("Name recorded for the corpus. Default: the file or folder name.")]
        public string? Corpus { get; init; }

        [CommandOption("--max-chars <N>")]
        [Description("Refuse a statement longer than this many characters (default 1,000,000; real statements run to tens of thousands).")]
        public int? MaxChars { get; init; }

        public override ValidationResult Validate() =>
            MaxChars is <= 0 ? ValidationResult.Error($"--max-chars {MaxChars}: expected a positive number of characters.") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // --format names either a reader (folder, jsonl) or the statements' format (C5+India): no reader is
        // called anything like a statement format, so the two never collide.
        var reader = TextFormats.IsReader(settings.Format) ? settings.Format : null;
        var statementFormat = reader is null ? settings.Format : null;
        var format = Flag.Value("--format", reader ?? "", t => TextFormats.Parse(t, settings.Path));
        using var store = StoreAccess.Open(settings, terminal, write: true);
        var result = settings.MaxChars is int max
            ? store.ImportTexts(format, settings.Path, settings.Corpus, max, statementFormat)
            : store.ImportTexts(format, settings.Path, settings.Corpus, statementFormat: statementFormat);
        if (settings.Json) Json.Write(terminal.Output, result);
        else
        {
            terminal.Output.MarkupLine($"Read {result.DocumentsRead:N0} documents from [bold]{Shown.Escape(System.IO.Path.GetFileName(result.Path.TrimEnd('/')))}[/]: {result.DocumentsAdded:N0} added ({result.SegmentsAdded:N0} segments), {result.DocumentsMatched:N0} already stored.");
            if (result.Skipped.Count > 0) terminal.Output.MarkupLine($"Skipped {result.Skipped.Count} files that are not statements: {Shown.Escape(string.Join(", ", result.Skipped))}.");
        }
        return 0;
    }
}

internal sealed class TextsFetchCommand(Terminal terminal) : Command<TextsFetchCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<URL>")]
        [Description("The statement's web page (http or https), such as a presidential or foreign-ministry news page.")]
        public string Url { get; init; } = "";

        [CommandOption("--format <NAME>")]
        [Description("The statement's format, such as C5+Russia.")]
        public string? Format { get; init; }

        [CommandOption("--date <DATE>")]
        [Description("The statement's date (YYYY-MM-DD). Default: the page's publication date; refused when the page gives none.")]
        public string? Date { get; init; }

        [CommandOption("--issuers <CODES>")]
        [Description("Comma-separated states that issued it (codes or names).")]
        public string? Issuers { get; init; }

        [CommandOption("--id <ID>")]
        [Description("Identifier to store it under. Default: the date, the host and the start of the URL's checksum.")]
        public string? Id { get; init; }

        public override ValidationResult Validate() =>
            !Uri.TryCreate(Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") ? ValidationResult.Error($"'{Url}' is not a web address: expected an http or https URL.")
            : Date is not null && !Input.TryDate(Date, out _, out var error) ? ValidationResult.Error("--date " + error)
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var date = Flag.Value<DateOnly?>("--date", settings.Date, Input.TryDate);
        using var store = StoreAccess.Open(settings, terminal, write: true);
        var result = store.FetchText(new Uri(settings.Url), settings.Format, date, store.ResolveStates(settings.Issuers, []), settings.Id);
        if (settings.Json) Json.Write(terminal.Output, result);
        else terminal.Output.MarkupLine(result.DocumentsAdded > 0
            ? $"Fetched and stored [bold]{Shown.Escape(result.Path)}[/] ({result.SegmentsAdded:N0} segments)."
            : $"Already stored: [bold]{Shown.Escape(result.Path)}[/] gave the same text as before.");
        return 0;
    }
}

internal sealed class TextsListCommand(Terminal terminal) : Command<TextsListCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "[WORDS]")]
        [Description("Words that must all occur in the title.")]
        public string? Words { get; init; }

        [CommandOption("--issuer <CODE>")]
        [Description("Only documents issued by this state code (KAZ) or group (C5+1, G7).")]
        public string? Issuer { get; init; }

        [CommandOption("--format <NAME>")]
        [Description("Only documents of this format, such as C5+1.")]
        public string? Format { get; init; }

        [CommandOption("--limit <N>")]
        [DefaultValue(Defaults.DocumentLimit)]
        public int Limit { get; init; } = Defaults.DocumentLimit;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.Open(settings, terminal);
        var list = store.Documents(settings.Words, settings.Issuer, settings.Format, settings.Limit);
        if (settings.Json) Json.Write(terminal.Output, list);
        else TextTables.Render(terminal.Output, list);
        return 0;
    }
}

internal class TextReadSettings : StoreSettings
{
    [CommandOption("--lexical")]
    [Description("Lexical matching only: skip the MiniLM sentence embeddings.")]
    public bool Lexical { get; init; }
}

internal sealed class CompareCommand(Terminal terminal) : Command<CompareCommand.Settings>
{
    internal sealed class Settings : TextReadSettings
    {
        [CommandArgument(0, "<DOCS>")]
        [Description("Two or more document identifiers (or distinctive parts of them), as `multivector texts list` shows.")]
        public string[] Documents { get; init; } = [];

        [CommandOption("--html <FILE>")]
        [Description("Also write a self-contained HTML page with the statements side by side and the clauses highlighted.")]
        public string? Html { get; init; }

        public override ValidationResult Validate() =>
            Documents.Length < 2 ? ValidationResult.Error("compare needs two or more documents.") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.Open(settings, terminal);
        var report = store.Compare(settings.Documents, semantic: !settings.Lexical);
        if (settings.Html is { } html)
        {
            File.WriteAllText(html, CompareHtml.Render(report));
            terminal.Status.MarkupLine($"Wrote [bold]{Shown.Escape(html)}[/].");
        }
        if (settings.Json) Json.Write(terminal.Output, report);
        else TextTables.Render(terminal.Output, report);
        return 0;
    }
}

internal sealed class ReuseCommand(Terminal terminal) : Command<ReuseCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<DOC>")]
        [Description("The document whose borrowed text to find: an identifier or a distinctive part of one.")]
        public string Document { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.Open(settings, terminal);
        var report = store.Reuse(settings.Document);
        if (settings.Json) Json.Write(terminal.Output, report);
        else TextTables.Render(terminal.Output, report);
        return 0;
    }
}

internal sealed class TopicsCommand(Terminal terminal) : Command<TopicsCommand.Settings>
{
    internal sealed class Settings : TextReadSettings
    {
        [CommandArgument(0, "<DOC>")]
        [Description("The document to tag: an identifier or a distinctive part of one.")]
        public string Document { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.Open(settings, terminal);
        var report = store.Topics(settings.Document, semantic: !settings.Lexical);
        if (settings.Json) Json.Write(terminal.Output, report);
        else TextTables.Render(terminal.Output, report);
        return 0;
    }
}

internal sealed class FramingCommand(Terminal terminal) : Command<FramingCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<DOCS>")]
        [Description("One or more document identifiers (or distinctive parts of them), as `multivector texts list` shows.")]
        public string[] Documents { get; init; } = [];
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.Open(settings, terminal);
        var report = store.Framing(settings.Documents);
        if (settings.Json) Json.Write(terminal.Output, report);
        else TextTables.Render(terminal.Output, report);
        return 0;
    }
}
