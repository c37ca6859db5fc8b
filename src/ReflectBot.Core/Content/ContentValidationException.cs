namespace ReflectBot.Core.Content;

/// <summary>Thrown when the content files have errors; the message lists every one, one per line.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentError> errors)
    : Exception(Describe(errors))
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<ContentError> errors) =>
        $"The content in prompts/ has {errors.Count} error(s):{Environment.NewLine}" +
        string.Join(Environment.NewLine, errors);
}
