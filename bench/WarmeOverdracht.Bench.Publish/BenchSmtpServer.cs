using System.Buffers;
using System.Net;
using System.Net.Sockets;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace WarmeOverdracht.Bench.Publish;

/// <summary>An SMTP server on 127.0.0.1 that counts the messages and bytes it accepts.</summary>
internal sealed class BenchSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly CountingStore _store = new();

    public BenchSmtpServer()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public int Messages => _store.Messages;

    public long Bytes => _store.Bytes;

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

        _stop.Dispose();
    }

    private sealed class CountingStore : MessageStore
    {
        private int _messages;
        private long _bytes;

        public int Messages => Volatile.Read(ref _messages);

        public long Bytes => Interlocked.Read(ref _bytes);

        public override Task<SmtpResponse> SaveAsync(
            ISessionContext context,
            IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _messages);
            Interlocked.Add(ref _bytes, buffer.Length);
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
