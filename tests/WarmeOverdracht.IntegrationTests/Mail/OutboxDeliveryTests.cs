using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using WarmeOverdracht.Infrastructure.Mail;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Mail;

/// <summary>The outbox loses nothing and sends nothing twice: an SMTP outage, a restart, a doubtful send.</summary>
[Trait("Category", "Integration")]
public sealed class OutboxDeliveryTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>, IAsyncLifetime
{
    private const int MailCount = 100;

    public Task InitializeAsync() => database.ClearOutboxAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Mail_queued_while_the_server_refuses_connections_all_arrives_once_when_it_comes_back()
    {
        var port = TestSmtpServer.FreePort();
        await using var host = await MailTestHost.StartAsync(database, MailTestHost.SmtpSettings(port));
        var messages = Enumerable.Range(0, MailCount).Select(_ => TestMails.Simple()).ToList();

        await host.EnqueueAllAsync(messages);
        await Eventually.TrueAsync(() => CountAsync(m => m.Attempts > 0 && m.SendingStartedAt == null, MailCount),
            "every mail failed once");
        await using var smtp = await TestSmtpServer.StartAsync(port);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        host.WakeSender();

        await Eventually.TrueAsync(() => CountAsync(m => m.SentAt != null, MailCount), "every mail sent");
        host.Time.Advance(TimeSpan.FromHours(1));
        await SendMarkerAndWaitAsync(host, smtp);
        AssertEachArrivedOnce(messages, smtp.Messages, expectedTotal: MailCount + 1);
    }

    [Fact]
    public async Task Stopping_the_application_while_it_sends_and_starting_it_again_delivers_every_mail_once()
    {
        await using var smtp = await TestSmtpServer.StartAsync(TestSmtpServer.FreePort());
        var messages = Enumerable.Range(0, MailCount).Select(_ => TestMails.Simple()).ToList();
        var first = await MailTestHost.StartAsync(database, MailTestHost.SmtpSettings(smtp.Port));

        await first.EnqueueAllAsync(messages);
        await Eventually.TrueAsync(() => Task.FromResult(smtp.Messages.Count >= 10), "the first mails");
        await first.DisposeAsync();
        var arrivedBeforeRestart = smtp.Messages.Count;
        await using var second = await MailTestHost.StartAsync(database, MailTestHost.SmtpSettings(smtp.Port));

        await Eventually.TrueAsync(() => CountAsync(m => m.SentAt != null, MailCount), "every mail sent");
        await SendMarkerAndWaitAsync(second, smtp);
        Assert.InRange(arrivedBeforeRestart, 10, MailCount - 1);
        AssertEachArrivedOnce(messages, smtp.Messages, expectedTotal: MailCount + 1);
        Assert.Equal(0, await CountAsync(m => m.SendingStartedAt != null && m.SentAt == null));
    }

    [Fact]
    public async Task A_mail_left_in_doubt_by_a_crash_is_not_sent_again_until_the_secretariat_resends_it()
    {
        await using var smtp = await TestSmtpServer.StartAsync(TestSmtpServer.FreePort());
        var crashed = TestMails.Simple();
        await using (var context = database.CreateContext())
        {
            await new MailOutbox(context, new OutboxSignal(), TimeProvider.System).EnqueueAsync(crashed, default);
            await context.OutboxMessages.ExecuteUpdateAsync(
                s => s.SetProperty(m => m.SendingStartedAt, DateTimeOffset.UtcNow.AddMinutes(-5)));
        }

        await using var host = await MailTestHost.StartAsync(database, MailTestHost.SmtpSettings(smtp.Port));
        host.Time.Advance(TimeSpan.FromHours(2));
        await SendMarkerAndWaitAsync(host, smtp);
        Assert.Empty(smtp.WithMessageId(crashed.MessageId));

        var stored = await host.FindAsync(crashed.DeduplicationKey);
        Assert.True(await host.ResendAsync(stored!.Id));
        await smtp.WaitForMessageAsync(crashed.MessageId);
        await SendMarkerAndWaitAsync(host, smtp);
        Assert.Single(smtp.WithMessageId(crashed.MessageId));
    }

    [Fact]
    public async Task A_send_that_may_have_reached_the_server_is_recorded_in_doubt_and_not_retried()
    {
        var transport = new DoubtfulOnceTransport();
        await using var host = await MailTestHost.StartAsync(
            database,
            MailTestHost.SmtpSettings(TestSmtpServer.FreePort()),
            services => services.AddSingleton<IMailTransport>(transport));
        var message = TestMails.Simple();

        await host.EnqueueAsync(message);
        var stored = await Eventually.GetAsync(
            async () => await host.FindAsync(message.DeduplicationKey) is { Attempts: 1 } m ? m : null, "failure");
        host.Time.Advance(TimeSpan.FromHours(2));
        host.WakeSender();
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        Assert.NotNull(stored.SendingStartedAt);
        Assert.StartsWith("IOException: ", stored.LastError, StringComparison.Ordinal);
        Assert.Equal(1, transport.Calls);
        Assert.True(await host.ResendAsync(stored.Id));
        await Eventually.TrueAsync(
            async () => (await host.FindAsync(message.DeduplicationKey))?.SentAt is not null, "sent after resend");
        Assert.Equal(2, transport.Calls);
    }

    [Fact]
    public async Task Resending_a_sent_mail_sends_a_copy_with_a_new_message_id()
    {
        await using var smtp = await TestSmtpServer.StartAsync(TestSmtpServer.FreePort());
        await using var host = await MailTestHost.StartAsync(database, MailTestHost.SmtpSettings(smtp.Port));
        var message = TestMails.Simple();
        await host.EnqueueAsync(message);
        await smtp.WaitForMessageAsync(message.MessageId);
        var sent = await Eventually.GetAsync(
            async () => await host.FindAsync(message.DeduplicationKey) is { SentAt: not null } m ? m : null, "sent");

        Assert.True(await host.ResendAsync(sent.Id));

        await Eventually.TrueAsync(() => Task.FromResult(smtp.Messages.Count == 2), "the copy");
        Assert.Equal([message.Subject, message.Subject], smtp.Messages.Select(m => m.Subject));
        Assert.NotEqual(smtp.Messages[0].MessageId, smtp.Messages[1].MessageId);
    }

    private async Task<bool> CountAsync(
        System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> predicate, int expected) =>
        await CountAsync(predicate) == expected;

    private async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> predicate)
    {
        await using var context = database.CreateContext();
        return await context.OutboxMessages.CountAsync(predicate);
    }

    private static async Task SendMarkerAndWaitAsync(MailTestHost host, TestSmtpServer smtp)
    {
        var marker = TestMails.Simple();
        await host.EnqueueAsync(marker);
        await smtp.WaitForMessageAsync(marker.MessageId);
    }

    private static void AssertEachArrivedOnce(
        List<OutboxMessage> messages, IReadOnlyList<MimeMessage> received, int expectedTotal)
    {
        Assert.Equal(expectedTotal, received.Count);
        var counts = received.GroupBy(m => m.MessageId ?? string.Empty).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(messages, m => Assert.Equal(1, counts.GetValueOrDefault(m.MessageId.Trim('<', '>'))));
    }

    /// <summary>Fails the first send as if the connection broke after the data went out; then succeeds.</summary>
    private sealed class DoubtfulOnceTransport : IMailTransport
    {
        private int _calls;

        public int Calls => _calls;

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) == 1
                ? throw new MailDeliveryUncertainException("broken", new IOException("Connection reset"))
                : Task.CompletedTask;
    }
}
