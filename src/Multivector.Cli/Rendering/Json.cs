using Multivector.Reports;
using Spectre.Console;

namespace Multivector.Cli.Rendering;

/// <summary>Writes a report as JSON with the engine's contract (<see cref="ReportJson"/>), which a web host uses too.</summary>
internal static class Json
{
    public static void Write<T>(IAnsiConsole console, T value) =>
        console.Profile.Out.Writer.WriteLine(ReportJson.Serialize(value));
}
