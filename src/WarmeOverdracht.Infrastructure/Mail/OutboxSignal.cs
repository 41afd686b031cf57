using System.Threading.Channels;

namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>
/// Wakes the <see cref="OutboxSender"/> at once when mail is queued, instead of at its next poll.
/// Any number of pokes before the sender wakes count as one.
/// </summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks the sender to look for due mail now.</summary>
    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Completes when <see cref="Notify"/> was called; throws when the token is cancelled first.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken) =>
        await _channel.Reader.ReadAsync(cancellationToken);
}
