using System.Security.Cryptography;

namespace ReflectBot.Data;

/// <summary>Random message nonces: Discord drops a second message that carries the same one.</summary>
internal static class Nonces
{
    // Lower-case base32: 20 characters carry 100 random bits, and with the prefix the nonce stays
    // within Discord's 25-character limit.
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string New() => "rb" + RandomNumberGenerator.GetString(Alphabet, 20);
}
