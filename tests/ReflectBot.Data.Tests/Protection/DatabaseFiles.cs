using System.Text;

namespace ReflectBot.Data.Tests.Protection;

/// <summary>Reads a database's files as bytes, to prove what is and is not written to disk.</summary>
internal static class DatabaseFiles
{
    /// <summary>Whether the UTF-8 text appears anywhere in the database file or its write-ahead log.</summary>
    public static bool Contain(string databasePath, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return new[] { databasePath, databasePath + "-wal" }
            .Where(File.Exists)
            .Any(path => ReadShared(path).AsSpan().IndexOf(needle) >= 0);
    }

    // The pool may still hold the file open, so read it shared.
    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
