using WarmeOverdracht.Infrastructure.Mail;
using WarmeOverdracht.Infrastructure.Persistence;
using WarmeOverdracht.Web.Features.Account;
using WarmeOverdracht.Web.Features.ElkImports;
using WarmeOverdracht.Web.Features.Outbox;
using WarmeOverdracht.Web.Features.Reminders;
using WarmeOverdracht.Web.Features.Schedules;
using WarmeOverdracht.Web.Features.SchoolYears;
using WarmeOverdracht.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddLogging();
builder.Services.AddPersistence();
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddFeatureMvc();
builder.Services.AddSchoolYears();
builder.Services.AddElkImport(builder.Configuration);
builder.Services.AddScheduling();
builder.Services.AddMail(builder.Configuration);
builder.Services.AddOutboxPages();
builder.Services.AddReminders(builder.Configuration);
builder.Services.AddSchoolPortals(builder.Configuration);

var app = builder.Build();

await app.InitializeDatabaseAsync();

app.UseWebPipeline();
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the application.</summary>
public partial class Program;
