using BenchmarkDotNet.Running;
using Multivector.Bench;

// `verify` and `profile-import` are the untimed checks; `import-once ours|duckdb` is one import in this fresh
// process (bench/import/run.sh); anything else goes to BenchmarkDotNet
// (e.g. `--filter '*Import*'`).
return args switch
{
    ["verify"] => Checks.VerifyDyads(Console.Out),
    ["profile-import"] => Checks.ProfileImport(Console.Out),
    ["import-once", var side] => Checks.ImportOnce(side, Console.Out),
    ["ideal-study", .. var rest] => IdealStudy.Run(rest, Console.Out),
    _ => Run(args),
};

static int Run(string[] args)
{
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(DyadBenchmarks).Assembly).Run(args);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
