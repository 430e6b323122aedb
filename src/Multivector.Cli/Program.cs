using Multivector.Cli;
using Spectre.Console;

return CliApp.Run(args, AnsiConsole.Console, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));
