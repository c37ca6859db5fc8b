using ReflectBot.FaultTests.Support;
using ReflectBot.Workloads.Checkins;
using ReflectBot.Workloads.Processes;

namespace ReflectBot.FaultTests;

/// <summary>The short version of kill -9 during a fan-out: the bench kills the bot 20 times.</summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class KillRestartTests
{
    [Fact]
    public async Task Killed_with_sigkill_three_times_during_a_fan_out_the_bot_still_sends_everyone_exactly_one_dm_and_the_database_is_whole()
    {
        var folder = Directory.CreateTempSubdirectory("reflectbot-kill-").FullName;
        try
        {
            var report = await KillRestart.RunAsync(new KillRestartOptions
            {
                People = 400,
                Kills = 3,
                WorkDirectory = folder,
                PromptsPath = Path.Combine(RepositoryRoot.Find(), "prompts"),
            }, TimeProvider.System, CancellationToken.None);

            Assert.True(report.DmsAtKills > 0, "The kills came while the fan-out was under way.");
            Assert.True(report.DmsAtKills < report.People, "The last kill came before the fan-out had finished.");
            Assert.Equal((400, 400, 0), (report.Users, report.Messages, report.Duplicates));
            Assert.Equal("ok", report.IntegrityCheck);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
