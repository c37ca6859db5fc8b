namespace ReflectBot.Data.Protection;

/// <summary>Reads <see cref="StorageOptions.EncryptionKey"/>: base64 of exactly 32 random bytes.</summary>
internal static class EncryptionKey
{
    public const int Length = 32;

    public const string Setting = $"{StorageOptions.SectionName}:{nameof(StorageOptions.EncryptionKey)}";

    // Names the setting and how to make a key; never repeats the configured value.
    public const string Advice =
        Setting + " must be base64 of exactly 32 random bytes. Make one with `openssl rand -base64 32` and keep it safe: " +
        "without it, sealed text cannot be read again.";

    /// <summary>The key's bytes, or null when no key is set; false when a key is set but is not 32 bytes of base64.</summary>
    public static bool TryDecode(string? configured, out byte[]? key)
    {
        key = null;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return true;
        }

        var buffer = new byte[Length + 3];
        if (!Convert.TryFromBase64String(configured.Trim(), buffer, out var written) || written != Length)
        {
            return false;
        }

        key = buffer[..Length];
        return true;
    }
}
