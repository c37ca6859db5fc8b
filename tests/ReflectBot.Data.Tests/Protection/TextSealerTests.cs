using Microsoft.Extensions.Options;
using ReflectBot.Data.Protection;
using ReflectBot.Data.Tests.Privacy;

namespace ReflectBot.Data.Tests.Protection;

public sealed class TextSealerTests
{
    [Fact]
    public void Without_a_key_text_is_stored_as_it_is()
    {
        var sealer = TempDatabase.SealerWith(null);

        Assert.False(sealer.IsEnabled);
        Assert.Equal("plain words", sealer.Seal("plain words", "checkin_entries.text:1"));
    }

    [Fact]
    public void Sealed_text_opens_only_for_the_purpose_it_was_sealed_for()
    {
        var sealer = TempDatabase.SealerWith(PrivacyTestData.NewKey());

        var sealedText = sealer.Seal("plain words", "checkin_entries.text:1");

        Assert.StartsWith(TextSealer.Prefix, sealedText, StringComparison.Ordinal);
        Assert.NotEqual(sealedText, sealer.Seal("plain words", "checkin_entries.text:1"));
        Assert.Equal("plain words", sealer.Open(sealedText, "checkin_entries.text:1"));
        Assert.Throws<SealedDataException>(() => sealer.Open(sealedText, "checkin_entries.text:2"));
        Assert.Throws<SealedDataException>(() => sealer.Open(sealedText, "safety_plans.reasons:1"));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("c2hvcnQ=")]
    public void A_key_that_is_not_32_bytes_of_base64_is_refused_without_repeating_it(string key)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { EncryptionKey = key });

        Assert.True(result.Failed);
        Assert.Contains("openssl rand -base64 32", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(key, result.FailureMessage, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new TextSealer(Options.Create(new StorageOptions { EncryptionKey = key })));
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(36500, false)]
    [InlineData(36501, true)]
    public void Retention_days_must_be_between_zero_and_a_hundred_years(int days, bool fails)
    {
        var result = new StorageOptionsValidator().Validate(
            null, new StorageOptions { RetentionDays = days, EncryptionKey = PrivacyTestData.NewKey() });

        Assert.Equal(fails, result.Failed);
    }
}
