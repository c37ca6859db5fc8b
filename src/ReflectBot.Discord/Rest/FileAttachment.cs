namespace ReflectBot.Discord.Rest;

/// <summary>A file to upload with a message; it becomes the multipart part files[n].</summary>
public sealed record FileAttachment(string FileName, ReadOnlyMemory<byte> Content, string ContentType);
