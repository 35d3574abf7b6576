using OpsRhythm.Bot.Dashboard;
using OpsRhythm.Bot.Delivery;
using OpsRhythm.Bot.Extension;
using OpsRhythm.Bot.ExternalCommunication;
using OpsRhythm.Bot.Graph;
using OpsRhythm.Bot.Hosting;
using OpsRhythm.Bot.Hosting.Health;
using OpsRhythm.Bot.Hosting.Telemetry;
using OpsRhythm.Bot.Improvement;
using OpsRhythm.Bot.Indicators;
using OpsRhythm.Bot.Meetings;
using OpsRhythm.Bot.Meetings.Panel;
using OpsRhythm.Bot.Messaging;
using OpsRhythm.Bot.Organisation;
using OpsRhythm.Bot.Persistence;
using OpsRhythm.Bot.Planning;
using OpsRhythm.Bot.Resources;
using OpsRhythm.Bot.Risks;
using OpsRhythm.Bot.Scheduling;
using OpsRhythm.Bot.Turns;
using OpsRhythm.Bot.WeeklyStatus;

// The slim builder: Kestrel without the QUIC transport and the IIS integration CreateBuilder registers (neither
// serves anything on App Service for Linux, and both were loaded at idle), and console logging only (plus the
// OpenTelemetry provider AddTelemetry adds). HTTPS endpoints in Kestrel's configuration still work.
// Settings are read once: they are validated at start (ValidateOnStart), nothing here watches them for changes,
// and App Service restarts the app when they change. Without the reload the host starts no file watcher.
var builder = WebApplication.CreateSlimBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
builder.WebHost.UseKestrelHttpsConfiguration();

builder.AddHosting();
builder.AddTeamsProtocol();
builder.AddPersistence();
builder.AddOrganisation();
builder.AddTurns();
builder.AddDelivery();
builder.AddScheduling();
builder.AddGraph();

builder.AddPlanning();
builder.AddWeeklyStatus();
builder.AddMeetings();
builder.AddIndicators();
builder.AddRisks();
builder.AddImprovement();
builder.AddExternalCommunication();
builder.AddResources();
builder.AddDashboard();
builder.AddMeetingPanel();
builder.AddMessageExtension();
builder.AddTelemetry();
builder.AddHealth();

var app = builder.Build();

app.MapHealth();
app.MapMessages();
app.MapDashboard();
app.MapMeetingPanel();

await app.RunAsync();

// Program is public for WebApplicationFactory in the tests without a declaration here: ASP.NET Core's source
// generator declares it (and CA1515 keeps every other type of the bot internal).
