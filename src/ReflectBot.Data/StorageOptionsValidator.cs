using Microsoft.Extensions.Options;
using ReflectBot.Data.Protection;

namespace ReflectBot.Data;

/// <summary>Rejects settings that would only fail later, at the first query.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const int MaxRetentionDays = 36500;

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            failures.Add($"{StorageOptions.SectionName}:{nameof(StorageOptions.DatabasePath)} must name a file.");
        }

        if (options.BusyTimeout < TimeSpan.Zero || options.BusyTimeout.TotalMilliseconds > int.MaxValue)
        {
            failures.Add($"{StorageOptions.SectionName}:{nameof(StorageOptions.BusyTimeout)} must be between zero and about 24 days.");
        }

        if (!EncryptionKey.TryDecode(options.EncryptionKey, out _))
        {
            failures.Add(EncryptionKey.Advice);
        }

        if (options.RetentionDays is < 0 or > MaxRetentionDays)
        {
            failures.Add($"{StorageOptions.SectionName}:{nameof(StorageOptions.RetentionDays)} must be between 0 (keep forever) and {MaxRetentionDays}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
