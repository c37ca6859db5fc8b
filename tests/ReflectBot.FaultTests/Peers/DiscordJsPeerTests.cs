using ReflectBot.FaultTests.Support;
using ReflectBot.Workloads.Peers;

namespace ReflectBot.FaultTests.Peers;

[Collection(TimingSensitiveCollection.Name)]
public sealed class DiscordJsPeerTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5180/api/v10/", "http://127.0.0.1:5180/api")]
    [InlineData("http://127.0.0.1:5180/api/v10", "http://127.0.0.1:5180/api")]
    [InlineData("http://127.0.0.1:5180/api/", "http://127.0.0.1:5180/api")]
    public void ApiRoot_VersionedOrNot_GivesTheRootDiscordJsAppendsTheVersionTo(string apiBase, string expected)
        => Assert.Equal(expected, DiscordJsPeer.ApiRoot(new Uri(apiBase)));

    [Fact]
    public void Environment_LocalDiscord_NamesTheApiRootTokenQuizAndDatabase()
    {
        var environment = DiscordJsPeer.Environment(new Uri("http://127.0.0.1:5180/api/v10/"), "local-bot-token", "quiz.json", "peer.db");

        Assert.Equal("http://127.0.0.1:5180/api", environment["DISCORD_API"]);
        Assert.Equal("local-bot-token", environment["DISCORD_TOKEN"]);
        Assert.Equal("quiz.json", environment["PEER_QUIZ"]);
        Assert.Equal("peer.db", environment["PEER_DB"]);
    }

    [Fact]
    public async Task EnsureInstalledAsync_PackagesAlreadyInstalled_RunsNothing()
    {
        var root = Path.Combine(Path.GetTempPath(), $"peer-root-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(DiscordJsPeer.DirectoryUnder(root), "node_modules"));
        try
        {
            // No package.json here: were npm run, it would fail and throw.
            await DiscordJsPeer.EnsureInstalledAsync(root, CancellationToken.None);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task EnsureInstalledAsync_NpmFails_SaysWhatFailedAndWhere()
    {
        var root = Path.Combine(Path.GetTempPath(), $"peer-root-{Guid.NewGuid():N}");
        Directory.CreateDirectory(DiscordJsPeer.DirectoryUnder(root));
        try
        {
            // An empty folder has no package-lock.json, so npm ci refuses (or node is missing): either way a clear error.
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DiscordJsPeer.EnsureInstalledAsync(root, CancellationToken.None));

            Assert.Contains("peer", error.Message, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
