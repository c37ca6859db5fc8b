namespace ReflectBot.Core.Content;

/// <summary>
/// One problem in the content files. <see cref="File"/> is relative to the prompts folder's parent
/// (prompts/pages/about.yaml); line and column are 1-based, or 0 when the problem is a whole file or folder.
/// </summary>
public sealed record ContentError(string File, int Line, int Column, string Reason)
{
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}:{Column}: {Reason}" : $"{File}: {Reason}";
}
