using Multivector.Web;

// The dashboard: `dotnet run --project src/Multivector.Web` builds the store on first start and serves
// http://127.0.0.1:5080 (change with --urls or --store PATH). A store without ideal points gets them fitted in
// the background (--ideal off to skip).
var app = Dashboard.Build(args);
var store = app.Services.GetRequiredService<StoreHost>();
store.Prepare(Console.WriteLine);
if (app.Configuration["ideal"] != "off") _ = store.FitIdealPointsInBackground(Console.WriteLine);
app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"Multivector dashboard: {string.Join(", ", app.Urls)} (Ctrl-C to stop)"));
app.Run();
