using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ReflectBot.Data.Protection;

/// <summary>
/// Encrypts personal text at rest with AES-GCM when <see cref="StorageOptions.EncryptionKey"/> is set. The purpose
/// (table, column and owner) is bound in as associated data, so a sealed value copied to another column or person fails
/// to open. It is not bound to its row: one person's value moved between their own rows of one column still opens.
/// </summary>
public sealed class TextSealer
{
    /// <summary>What every sealed value starts with; anything else is stored in clear.</summary>
    public const string Prefix = "sealed:v1:";

    /// <summary>
    /// Marks clear text that would otherwise look sealed (someone typed the prefix with no key set), so it still reads
    /// back as typed instead of failing to open.
    /// </summary>
    public const string ClearPrefix = "clear:v1:";

    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[]? _key;

    public TextSealer(IOptions<StorageOptions> options)
    {
        if (!EncryptionKey.TryDecode(options.Value.EncryptionKey, out _key))
        {
            throw new InvalidOperationException(EncryptionKey.Advice);
        }
    }

    /// <summary>Whether a key is set, so new text is sealed.</summary>
    public bool IsEnabled => _key is not null;

    /// <summary>Whether a stored value is sealed rather than clear text.</summary>
    public static bool IsSealed(string? stored) => stored is not null && stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Seals the text for one purpose; without a key returns it unchanged.</summary>
    public string Seal(string plaintext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        if (_key is null)
        {
            return LooksMarked(plaintext) ? ClearPrefix + plaintext : plaintext;
        }

        var clear = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[NonceSize + TagSize + clear.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        var tag = sealedBytes.AsSpan(NonceSize, TagSize);
        var cipher = sealedBytes.AsSpan(NonceSize + TagSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, clear, cipher, tag, Encoding.UTF8.GetBytes(purpose));
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>Opens a sealed value for the purpose it was sealed for; a clear value comes back unchanged.</summary>
    /// <exception cref="SealedDataException">The value is sealed and there is no key, the wrong key, or it belongs elsewhere.</exception>
    public string Open(string stored, string purpose)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        if (stored.StartsWith(ClearPrefix, StringComparison.Ordinal))
        {
            return stored[ClearPrefix.Length..];
        }

        if (!IsSealed(stored))
        {
            return stored;
        }

        if (_key is null)
        {
            throw new SealedDataException(
                $"Stored text is encrypted but {EncryptionKey.Setting} is not set. Configure the key the data was written with.");
        }

        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(stored[Prefix.Length..]);
        }
        catch (FormatException exception)
        {
            throw new SealedDataException("Stored encrypted text is damaged: it is not valid base64.", exception);
        }

        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new SealedDataException("Stored encrypted text is damaged: it is too short.");
        }

        var clear = new byte[sealedBytes.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(
                sealedBytes.AsSpan(0, NonceSize),
                sealedBytes.AsSpan(NonceSize + TagSize),
                sealedBytes.AsSpan(NonceSize, TagSize),
                clear,
                Encoding.UTF8.GetBytes(purpose));
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new SealedDataException(
                $"Stored encrypted text could not be opened: {EncryptionKey.Setting} is not the key it was written with, " +
                "or the value was moved from another column or person, or altered.",
                exception);
        }

        return Encoding.UTF8.GetString(clear);
    }

    private static bool LooksMarked(string text)
        => IsSealed(text) || text.StartsWith(ClearPrefix, StringComparison.Ordinal);

    /// <summary>Opens a value that may be null.</summary>
    public string? OpenOptional(string? stored, string purpose) => stored is null ? null : Open(stored, purpose);

    /// <summary>Seals a value that may be null.</summary>
    public string? SealOptional(string? plaintext, string purpose) => plaintext is null ? null : Seal(plaintext, purpose);
}
