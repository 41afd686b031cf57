using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WarmeOverdracht.Infrastructure.Mail;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Mail;

[Trait("Category", "Integration")]
public sealed class MailOutboxTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>, IAsyncLifetime
{
    public Task InitializeAsync() => database.ClearOutboxAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Queuing_stores_the_message_with_its_attachment_due_now()
    {
        var time = new AdjustableTimeProvider();
        var message = TestMails.Simple();
        message.Attachments.Add(new OutboxAttachment
        {
            FileName = "Rooster – Één.xlsx", ContentType = "application/octet-stream", Content = [1, 2, 3],
        });

        await using (var context = database.CreateContext())
        {
            Assert.True(await new MailOutbox(context, new OutboxSignal(), time).EnqueueAsync(message, default));
        }

        await using var check = database.CreateContext();
        var stored = await check.OutboxMessages.Include(m => m.Attachments).SingleAsync();
        Assert.Equal(message.MessageId, stored.MessageId);
        Assert.Equal(stored.CreatedAt, stored.NextAttemptAt);
        Assert.Equal(time.GetUtcNow(), stored.CreatedAt, TimeSpan.FromSeconds(5));
        Assert.Null(stored.SentAt);
        Assert.Equal(new byte[] { 1, 2, 3 }, Assert.Single(stored.Attachments).Content);
    }

    [Fact]
    public async Task Queuing_wakes_the_sender_only_when_it_stored_the_message()
    {
        var signal = new OutboxSignal();
        var message = TestMails.Simple();
        var duplicate = TestMails.Simple();
        duplicate.DeduplicationKey = message.DeduplicationKey;
        await using var context = database.CreateContext();
        var outbox = new MailOutbox(context, signal, TimeProvider.System);

        using var wokenWithin = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        using var notWokenWithin = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await outbox.EnqueueAsync(message, default);
        await signal.WaitAsync(wokenWithin.Token);
        await outbox.EnqueueAsync(duplicate, default);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => signal.WaitAsync(notWokenWithin.Token));
    }

    [Fact]
    public async Task A_duplicate_queued_by_a_concurrent_request_after_the_check_is_reported_as_not_queued()
    {
        var competitor = TestMails.Simple();
        var message = TestMails.Simple();
        message.DeduplicationKey = competitor.DeduplicationKey;
        var interceptor = new InsertFirstInterceptor(database, competitor);
        await using var context = database.CreateContext(o => o.AddInterceptors(interceptor));
        var outbox = new MailOutbox(context, new OutboxSignal(), TimeProvider.System);

        var queued = await outbox.EnqueueAsync(message, default);

        Assert.True(interceptor.Fired);
        Assert.False(queued);
        Assert.Empty(context.ChangeTracker.Entries());
        await using var check = database.CreateContext();
        var stored = await check.OutboxMessages.SingleAsync();
        Assert.Equal(competitor.MessageId, stored.MessageId);
        Assert.True(await outbox.EnqueueAsync(TestMails.Simple(), default));
    }

    [Fact]
    public async Task Queuing_many_stores_the_new_ones_in_one_save_and_skips_keys_already_queued()
    {
        var earlier = TestMails.Simple();
        await using (var first = database.CreateContext())
        {
            await new MailOutbox(first, new OutboxSignal(), TimeProvider.System).EnqueueAsync(earlier, default);
        }

        var again = TestMails.Simple();
        again.DeduplicationKey = earlier.DeduplicationKey;
        var fresh = Enumerable.Range(0, 3).Select(_ => TestMails.Simple()).ToList();
        var saves = new SaveCounter();
        await using var context = database.CreateContext(o => o.AddInterceptors(saves));

        var queued = await new MailOutbox(context, new OutboxSignal(), TimeProvider.System)
            .EnqueueManyAsync([.. fresh, again], default);

        Assert.Equal(3, queued);
        Assert.Equal(1, saves.Count);
        await using var check = database.CreateContext();
        var stored = await check.OutboxMessages.Select(m => m.MessageId).ToListAsync();
        Assert.Equal(
            fresh.Select(m => m.MessageId).Append(earlier.MessageId).Order(),
            stored.Order());
    }

    [Fact]
    public async Task Queuing_many_while_a_concurrent_request_stores_one_of_them_queues_the_others_once()
    {
        var messages = Enumerable.Range(0, 3).Select(_ => TestMails.Simple()).ToList();
        var competitor = TestMails.Simple();
        competitor.DeduplicationKey = messages[1].DeduplicationKey;
        var interceptor = new InsertFirstInterceptor(database, competitor);
        await using var context = database.CreateContext(o => o.AddInterceptors(interceptor));

        var queued = await new MailOutbox(context, new OutboxSignal(), TimeProvider.System)
            .EnqueueManyAsync(messages, default);

        Assert.True(interceptor.Fired);
        Assert.Equal(2, queued);
        await using var check = database.CreateContext();
        var stored = await check.OutboxMessages.Select(m => m.MessageId).ToListAsync();
        Assert.Equal(
            new[] { messages[0].MessageId, competitor.MessageId, messages[2].MessageId }.Order(),
            stored.Order());
    }

    private sealed class SaveCounter : SaveChangesInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>Lets another request store the competitor just before the first save reaches the database.</summary>
    private sealed class InsertFirstInterceptor(SqliteDatabase database, OutboxMessage competitor)
        : SaveChangesInterceptor
    {
        public bool Fired { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!Fired)
            {
                Fired = true;
                await using var other = database.CreateContext();
                competitor.CreatedAt = competitor.NextAttemptAt = DateTimeOffset.UtcNow;
                other.OutboxMessages.Add(competitor);
                await other.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }
}
