using Multivector.Web;

// The dashboard: `dotnet run --project src/Multivector.Web` builds the store on first start and serves
// http://127.0.0.1:5080 (change with --urls or --store PATH).
var app = Dashboard.Build(args);
app.Services.GetRequiredService<StoreHost>().Prepare(Console.WriteLine);
app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"Multivector dashboard: {string.Join(", ", app.Urls)} (Ctrl-C to stop)"));
app.Run();
