// The sample host of the embedding article (docs/articles/embedding.md): an ASP.NET Core app that takes the units'
// monthly forms and serves the month. Run it with: dotnet run --project docs/samples/WebHost
using HuXiao;
using HuXiao.AspNetCore;

#region web-host
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHuXiao();                         // the form, the campaign, the rules, the read limits
builder.Services.AddSingleton<IFormStore, InMemoryFormStore>();   // where forms are kept: the app's own store in production
builder.Services.AddHuXiaoAspNetCore();               // the endpoints' services
builder.Services.AddProblemDetails();
builder.Services.ConfigureHttpJsonOptions(o => HuXiaoJson.Configure(o.SerializerOptions));   // HuXiao results from the app's own endpoints

var app = builder.Build();
app.MapHuXiao("/huxiao");                             // POST forms, GET templates/{unit}/{period}, months/{period}, months/{period}/briefing
app.MapGet("/", () => Results.Redirect("/huxiao/months/2017-05"));
app.Run();
#endregion

/// <summary>The sample host's entry point, public so that the integration tests can start it.</summary>
public partial class Program;
