using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using WarmeOverdracht.Infrastructure.Mail;
using WarmeOverdracht.Infrastructure.Publishing;
using WarmeOverdracht.IntegrationTests.Support;

namespace WarmeOverdracht.IntegrationTests.Mail;

[Trait("Category", "Integration")]
public sealed class OutboxSenderTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>, IAsyncLifetime
{
    private const string RecipientAddress = "ib@eendracht.example";

    public Task InitializeAsync() => database.ClearOutboxAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_queued_schedule_mail_is_delivered_over_SMTP_with_its_workbook_and_non_ASCII_file_name()
    {
        await using var smtp = await TestSmtpServer.StartAsync(TestSmtpServer.FreePort());
        await using var host = await MailTestHost.StartAsync(database, MailTestHost.SmtpSettings(smtp.Port));
        var composed = host.Services.GetRequiredService<ScheduleMailComposer>().Compose(TestMails.PrimarySchedule());
        var message = composed.ToOutboxMessage("schedule:1:school:3", RecipientAddress, "Intern begeleider");

        Assert.True(await host.EnqueueAsync(message));
        var received = await smtp.WaitForMessageAsync(message.MessageId);

        Assert.Equal(composed.Subject, received.Subject);
        Assert.Equal(RecipientAddress, received.To.Mailboxes.Single().Address);
        Assert.Equal("secretariaat@kp-amstelland.example", received.From.Mailboxes.Single().Address);
        var attachments = received.Attachments.OfType<MimePart>().ToList();
        Assert.Equal(
            ["Rooster warme overdracht 2026-2027 - Basisschool De Eendracht – Één (versie 1).xlsx",
                "Rooster warme overdracht 2026-2027 - Basisschool De Eendracht – Één (versie 1).ics"],
            attachments.Select(a => a.FileName));
        Assert.Equal("Sem Jansen; Lotte Bakker", ReadWorkbook(attachments[0]).Cell(3, 8).GetString());
        var calendarEvent = Assert.Single(ReadCalendar(attachments[1]).Events);
        Assert.Equal(TestMails.PrimarySchedule().Calls[0].Key!.Uid, calendarEvent.Uid);
        Assert.Contains("Bereikbaar op: 06-12345678", calendarEvent.Description, StringComparison.Ordinal);
        await Eventually.TrueAsync(
            async () => (await host.FindAsync(message.DeduplicationKey))?.SentAt is not null, "SentAt");
        AssertRecipientNotLogged(host);
    }

    [Fact]
    public async Task Queuing_the_same_deduplication_key_twice_stores_one_message_and_sends_one_mail()
    {
        await using var smtp = await TestSmtpServer.StartAsync(TestSmtpServer.FreePort());
        await using var host = await MailTestHost.StartAsync(database, MailTestHost.SmtpSettings(smtp.Port));
        var first = TestMails.Simple();
        var second = TestMails.Simple();
        second.DeduplicationKey = first.DeduplicationKey;

        Assert.True(await host.EnqueueAsync(first));
        Assert.False(await host.EnqueueAsync(second));
        await SendMarkerAndWaitAsync(host, smtp);

        Assert.Single(smtp.WithMessageId(first.MessageId));
        Assert.Empty(smtp.WithMessageId(second.MessageId));
        Assert.Equal(first.MessageId, (await host.FindAsync(first.DeduplicationKey))?.MessageId);
    }

    [Fact]
    public async Task More_mail_than_fits_in_one_batch_is_all_delivered_in_queue_order()
    {
        var messages = Enumerable.Range(0, 25).Select(_ => TestMails.Simple()).ToList();
        await using (var context = database.CreateContext())
        {
            var outbox = new MailOutbox(context, new OutboxSignal(), TimeProvider.System);
            foreach (var message in messages)
            {
                await outbox.EnqueueAsync(message, default);
            }
        }

        await using var smtp = await TestSmtpServer.StartAsync(TestSmtpServer.FreePort());
        await using var host = await MailTestHost.StartAsync(database, MailTestHost.SmtpSettings(smtp.Port));

        await smtp.WaitForMessageAsync(messages[^1].MessageId);
        Assert.Equal(
            messages.Select(m => m.MessageId.Trim('<', '>')),
            smtp.Messages.Select(m => m.MessageId));
    }

    [Fact]
    public async Task Mail_queued_while_the_SMTP_server_is_down_stays_pending_and_is_delivered_once_when_it_is_up()
    {
        var port = TestSmtpServer.FreePort();
        await using var host = await MailTestHost.StartAsync(database, MailTestHost.SmtpSettings(port));
        var message = TestMails.Simple(RecipientAddress);

        await host.EnqueueAsync(message);
        var pending = await Eventually.GetAsync(
            async () => await host.FindAsync(message.DeduplicationKey) is { Attempts: > 0 } m ? m : null, "a failure");

        Assert.Null(pending.SentAt);
        Assert.StartsWith("SocketException: ", pending.LastError, StringComparison.Ordinal);
        Assert.Equal(pending.CreatedAt + TimeSpan.FromSeconds(10), pending.NextAttemptAt, TimeSpan.FromSeconds(2));

        await using var smtp = await TestSmtpServer.StartAsync(port);
        host.Time.Advance(TimeSpan.FromSeconds(11));
        host.WakeSender();
        await smtp.WaitForMessageAsync(message.MessageId);
        await Eventually.TrueAsync(
            async () => (await host.FindAsync(message.DeduplicationKey))?.SentAt is not null, "SentAt");
        host.Time.Advance(TimeSpan.FromHours(1));
        await SendMarkerAndWaitAsync(host, smtp);

        Assert.Single(smtp.WithMessageId(message.MessageId));
        AssertRecipientNotLogged(host);
    }

    [Fact]
    public async Task A_message_is_no_longer_tried_once_it_reached_the_maximum_number_of_attempts()
    {
        await using var host = await MailTestHost.StartAsync(
            database, MailTestHost.SmtpSettings(TestSmtpServer.FreePort(), maxAttempts: 2));
        var message = TestMails.Simple();

        await host.EnqueueAsync(message);
        await WaitForAttemptsAsync(host, message.DeduplicationKey, 1);
        host.Time.Advance(TimeSpan.FromSeconds(11));
        host.WakeSender();
        await WaitForAttemptsAsync(host, message.DeduplicationKey, 2);
        host.Time.Advance(TimeSpan.FromHours(1));
        var later = TestMails.Simple();
        await host.EnqueueAsync(later);
        await WaitForAttemptsAsync(host, later.DeduplicationKey, 1);

        Assert.Equal(2, (await host.FindAsync(message.DeduplicationKey))?.Attempts);
        Assert.Contains(host.Logs.Entries, e => e.StartsWith("Error: Outbox message", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sender_stops_promptly_when_the_host_stops()
    {
        var host = await MailTestHost.StartAsync(database, MailTestHost.SmtpSettings(TestSmtpServer.FreePort()));
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        await host.DisposeAsync();

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"Stopping took {stopwatch.Elapsed}.");
    }

    /// <summary>
    /// Queues one more mail and waits for it: the sender takes mail in queue order, so once this one
    /// is in, every pass that could have sent an earlier mail again has run.
    /// </summary>
    private static async Task SendMarkerAndWaitAsync(MailTestHost host, TestSmtpServer smtp)
    {
        var marker = TestMails.Simple();
        await host.EnqueueAsync(marker);
        await smtp.WaitForMessageAsync(marker.MessageId);
    }

    private static Task WaitForAttemptsAsync(MailTestHost host, string deduplicationKey, int attempts) =>
        Eventually.TrueAsync(
            async () => (await host.FindAsync(deduplicationKey))?.Attempts == attempts, $"attempt {attempts}");

    private static IXLWorksheet ReadWorkbook(MimePart attachment)
    {
        var content = new MemoryStream();
        attachment.Content?.DecodeTo(content);
        content.Position = 0;
        return new XLWorkbook(content).Worksheet(1);
    }

    private static Ical.Net.Calendar ReadCalendar(MimePart attachment)
    {
        using var content = new MemoryStream();
        attachment.Content?.DecodeTo(content);
        return Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
    }

    private static void AssertRecipientNotLogged(MailTestHost host) =>
        Assert.DoesNotContain(host.Logs.Entries, e => e.Contains(RecipientAddress, StringComparison.Ordinal));
}
