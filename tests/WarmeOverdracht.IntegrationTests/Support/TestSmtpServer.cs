using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace WarmeOverdracht.IntegrationTests.Support;

/// <summary>A real SMTP server (the SmtpServer package) on 127.0.0.1 that keeps what it receives in memory.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private readonly Task _running;

    private TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new MemoryMessageStore(_messages));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Messages => _messages.ToArray();

    /// <summary>Starts a server on the port and returns once it accepts connections.</summary>
    public static async Task<TestSmtpServer> StartAsync(int port)
    {
        var server = new TestSmtpServer(port);
        await Eventually.TrueAsync(() => Task.FromResult(IsListening(port)), $"SMTP server on port {port}");
        return server;
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on right now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public IReadOnlyList<MimeMessage> WithMessageId(string messageId) =>
        Messages.Where(m => m.MessageId == messageId.Trim('<', '>')).ToList();

    public Task<MimeMessage> WaitForMessageAsync(string messageId) =>
        Eventually.GetAsync(
            () => Task.FromResult(WithMessageId(messageId) is [var first, ..] ? first : null), $"mail {messageId}");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // The server ends its run by throwing on the cancelled token.
        }

        foreach (var message in _messages)
        {
            message.Dispose();
        }

        _stop.Dispose();
    }

    private static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private sealed class MemoryMessageStore(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context,
            IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
