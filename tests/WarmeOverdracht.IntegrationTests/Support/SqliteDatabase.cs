using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Infrastructure.Mail;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.IntegrationTests.Support;

/// <summary>A real SQLite database file in its own temp folder, shared by the tests of one class.</summary>
public sealed class SqliteDatabase : IAsyncLifetime
{
    public string Directory { get; } =
        Path.Combine(Path.GetTempPath(), "wo-tests-" + Guid.NewGuid().ToString("N"));

    public string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(Directory, "warmeoverdracht.db"),
    }.ToString();

    public WarmeOverdrachtDbContext CreateContext(Action<DbContextOptionsBuilder>? configure = null)
    {
        var builder = new DbContextOptionsBuilder<WarmeOverdrachtDbContext>();
        builder.UseProvider(DatabaseProvider.Sqlite, ConnectionString);
        configure?.Invoke(builder);
        return new WarmeOverdrachtDbContext(builder.Options);
    }

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        await using var context = CreateContext();
        await context.Database.MigrateAsync();
    }

    /// <summary>Empties the outbox, so each test starts from a known state.</summary>
    public async Task ClearOutboxAsync()
    {
        await using var context = CreateContext();
        await context.Set<OutboxAttachment>().ExecuteDeleteAsync();
        await context.OutboxMessages.ExecuteDeleteAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }
}
