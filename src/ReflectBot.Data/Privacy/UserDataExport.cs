using System.Globalization;
using System.Text.Json;

namespace ReflectBot.Data.Privacy;

/// <summary>Everything stored about one person, sealed text opened, as table name → rows of column name → value.</summary>
public sealed record UserDataExport(
    DateTimeOffset ExportedAt,
    ulong UserId,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Tables)
{
    /// <summary>The version of the JSON layout written by <see cref="ToJson"/>.</summary>
    public const int FormatVersion = 1;

    /// <summary>The name in the JSON's "format" field.</summary>
    public const string FormatName = "reflectbot-user-data";

    /// <summary>The export as indented UTF-8 JSON, laid out as docs/data-export.md describes.</summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", FormatName);
            writer.WriteNumber("version", FormatVersion);
            writer.WriteString("exported_at", DbValues.Time(ExportedAt));
            writer.WriteString("user_id", UserId.ToString(CultureInfo.InvariantCulture));
            writer.WriteStartObject("tables");
            foreach (var (table, rows) in Tables.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                writer.WriteStartArray(table);
                foreach (var row in rows)
                {
                    WriteRow(writer, row);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteRow(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> row)
    {
        writer.WriteStartObject();
        foreach (var (column, value) in row)
        {
            switch (value)
            {
                case null:
                    writer.WriteNull(column);
                    break;
                case string text:
                    writer.WriteString(column, text);
                    break;
                case long number:
                    writer.WriteNumber(column, number);
                    break;
                case double number:
                    writer.WriteNumber(column, number);
                    break;
                default:
                    throw new InvalidOperationException($"Column {column} holds a {value.GetType().Name}; exports hold text, integers and reals only.");
            }
        }

        writer.WriteEndObject();
    }
}
