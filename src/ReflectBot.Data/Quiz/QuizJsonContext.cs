using System.Text.Json.Serialization;

namespace ReflectBot.Data.Quiz;

// Source-generated, so item ids and answers are written the same way without reflection.
[JsonSerializable(typeof(int[]))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class QuizJsonContext : JsonSerializerContext;
