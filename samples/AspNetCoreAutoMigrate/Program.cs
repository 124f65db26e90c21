using AspNetCoreAutoMigrate;
using DataFlow;

// DATABASE_URL=sqlite:///shop.db?mode=rwc dotnet run --project samples/AspNetCoreAutoMigrate
// The models are migrated once, before the server accepts requests: many replicas may start together (the migration
// lock serialises them, the others find the work done), a failure stops the start-up instead of the first request,
// and a restart with unchanged models sends no DDL.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(services => new DataFlowDb(new DataFlowOptions
{
    DatabaseUrl = builder.Configuration["DATABASE_URL"] ?? "sqlite:///shop.db?mode=rwc",
    LoggerFactory = services.GetRequiredService<ILoggerFactory>(),
}));

var app = builder.Build();
var db = app.Services.GetRequiredService<DataFlowDb>();
db.Model<Product>();
var migration = await db.MigrateAsync();
app.Logger.LogInformation("Models ready: {Applied} DDL statements, {Pending} pending changes", migration.AppliedStatements.Count, migration.PendingChanges.Count);

app.MapGet("/products", async () => await db.Express.For<Product>().ListAsync(orderBy: "id", limit: 100));
app.MapPost("/products", async (Product product) => Results.Ok(await db.Express.For<Product>().CreateAsync(product)));
app.Run();
