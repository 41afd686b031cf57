using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;

namespace WarmeOverdracht.Infrastructure.Mail;

/// <summary>
/// Writes each message as <c>{message id}.eml</c> into the pickup folder. A file appears whole or not
/// at all (written to a temporary name, then moved), and a message that is already there is not
/// written again, so a retry never makes a second file.
/// </summary>
public sealed class PickupFolderMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    private readonly string _directory = options.Value.PickupDirectory;

    /// <summary>The full path of the file a message is written to.</summary>
    public string PathFor(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);

        return Path.Combine(_directory, SafeFileName(message.MessageId) + ".eml");
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var target = PathFor(message);
        if (File.Exists(target))
        {
            return;
        }

        Directory.CreateDirectory(_directory);
        var temporary = Path.Combine(_directory, "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            await message.WriteToAsync(temporary, cancellationToken);
            MoveUnlessPresent(temporary, target);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void MoveUnlessPresent(string temporary, string target)
    {
        try
        {
            File.Move(temporary, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another writer delivered the same message first; its file is the one that counts.
        }
    }

    private static string SafeFileName(string? messageId)
    {
        if (string.IsNullOrWhiteSpace(messageId))
        {
            throw new ArgumentException("A message needs a Message-Id to be written to the pickup folder.");
        }

        var builder = new StringBuilder(messageId.Length);
        foreach (var c in messageId.Trim('<', '>'))
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@' ? c : '_');
        }

        return builder.ToString();
    }
}
