using ReflectBot.Commands.Privacy;
using ReflectBot.Data;

namespace ReflectBot.Tests.Privacy;

public sealed class RetentionJobTests
{
    [Theory]
    [InlineData("2026-03-31T23:59:59+00:00", 30, "2026-03-01")]
    [InlineData("2026-04-01T00:00:00+00:00", 30, "2026-03-02")]
    [InlineData("2026-04-01T01:00:00+02:00", 1, "2026-03-30")]
    public void Cutoff_is_today_in_utc_minus_the_retention_days(string now, int days, string expected)
        => Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            RetentionJob.CutoffFor(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void Settings_field_says_the_days_and_that_text_is_in_clear_without_a_key()
    {
        var field = PrivacyCommand.SettingsField(new StorageOptions { RetentionDays = 90 });

        Assert.Equal(PrivacyTexts.SettingsHeading, field.Name);
        Assert.Contains("removed after 90 days", field.Value, StringComparison.Ordinal);
        Assert.Contains(PrivacyTexts.NotEncrypted, field.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_field_with_a_key_and_no_retention_says_encrypted_and_kept_until_deleted()
    {
        var field = PrivacyCommand.SettingsField(new StorageOptions { EncryptionKey = "a-key", RetentionDays = 0 });

        Assert.Contains(PrivacyTexts.KeptUntilDeleted, field.Value, StringComparison.Ordinal);
        Assert.Contains(PrivacyTexts.Encrypted, field.Value, StringComparison.Ordinal);
    }
}
