using System.Text.Json.Nodes;
using ReflectBot.LocalDiscord.Control;
using ReflectBot.Workloads.Discord;

namespace ReflectBot.Workloads.Faults;

/// <summary>How many spoiled frames to send, in batches of at most how many items and bytes, from which seed.</summary>
public sealed record GatewayFuzzOptions(int Items, int BatchSize = 250, int BatchBytes = 8_000_000, int Seed = 11);

/// <summary>What was sent, by kind, and the valid interaction afterwards.</summary>
public sealed record GatewayFuzzReport(int Sent, IReadOnlyDictionary<FrameMutation, int> ByKind, InteractionState? AnswerAfterwards, TimeSpan Took);

/// <summary>
/// Sends spoiled gateway frames built from real ones (an INTERACTION_CREATE the local Discord built, a GUILD_CREATE-like
/// dispatch, a GUILD_DELETE, heartbeat ACK and Hello frames), then one valid /quiz start. Invalid Session and Reconnect
/// are left out: each makes the client start a new session, which the socket-drop scenario covers.
/// </summary>
public static class GatewayFuzz
{
    public static async Task<GatewayFuzzReport> RunAsync(LocalDiscordRun discord, GatewayFuzzOptions options, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var seeds = await SeedFramesAsync(discord, cancellationToken);
        var mutator = new GatewayFrameMutator(options.Seed);
        var byKind = Enum.GetValues<FrameMutation>().ToDictionary(k => k, _ => 0);
        var sent = 0;
        while (sent < options.Items)
        {
            // Megabyte strings add up: a batch stays well under the control API's 30 MB request limit.
            var batch = new List<RawGatewayItem>();
            var bytes = 0L;
            while (batch.Count < options.BatchSize && sent + batch.Count < options.Items && bytes < options.BatchBytes)
            {
                var (kind, item) = mutator.Next(seeds);
                byKind[kind]++;
                batch.Add(item);
                bytes += (item.Frame?.Length ?? 0) + (item.FrameBase64?.Length ?? 0) + (item.Raw?.Length ?? 0);
            }

            sent += await SendWhenConnectedAsync(discord, batch, cancellationToken);
        }

        // A valid interaction afterwards must still be answered in time. It comes from someone else: the spoiled
        // payloads were the member's, and the bot rightly slows down one person who sends thousands of commands.
        var world = discord.Server.World;
        var valid = await InjectAsync(discord, world.Moderator.Id, world.General.Id, cancellationToken);
        InteractionState? answer;
        try
        {
            answer = await discord.Control.WaitForInitialResponseAsync(valid.Id, TimeSpan.FromSeconds(30), cancellationToken);
        }
        catch (TimeoutException)
        {
            answer = null;
        }

        return new GatewayFuzzReport(sent, byKind, answer, timeProvider.GetElapsedTime(started));
    }

    /// <summary>A batch goes to the bot's current socket; after a frame made it reconnect, the next waits for it to be back.</summary>
    private static async Task<int> SendWhenConnectedAsync(LocalDiscordRun discord, IReadOnlyList<RawGatewayItem> batch, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await discord.Control.SendRawBatchAsync(batch, cancellationToken);
            }
            catch (LocalDiscordControlException) when (attempt < 100)
            {
                // Waiting for "one more connect" raced a bot that was already back before the count was read.
                await discord.Control.WaitForGatewayAsync("live", 1, TimeSpan.FromSeconds(30), cancellationToken);
            }
        }
    }

    private static async Task<IReadOnlyList<SeedFrame>> SeedFramesAsync(LocalDiscordRun discord, CancellationToken cancellationToken)
    {
        var world = discord.Server.World;
        var sample = await InjectAsync(discord, world.Member.Id, world.General.Id, cancellationToken);
        var interaction = await discord.Control.WaitForInitialResponseAsync(sample.Id, TimeSpan.FromSeconds(30), cancellationToken);
        var guild = new JsonObject
        {
            ["id"] = world.Guild.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["name"] = "Reflection Circle",
            ["unavailable"] = false,
            ["channels"] = new JsonArray(new JsonObject { ["id"] = "1", ["type"] = 0, ["name"] = "general" }),
            ["roles"] = new JsonArray(new JsonObject { ["id"] = "2", ["permissions"] = "1024" }),
        };
        return
        [
            new SeedFrame(0, "INTERACTION_CREATE", interaction.Payload),
            new SeedFrame(0, "GUILD_CREATE", guild),
            new SeedFrame(0, "GUILD_DELETE", new JsonObject { ["id"] = "1", ["unavailable"] = true }),
            new SeedFrame(11, null, null),
            new SeedFrame(10, null, new JsonObject { ["heartbeat_interval"] = 41250 }),
        ];
    }

    private static Task<InjectedInteraction> InjectAsync(LocalDiscordRun discord, ulong userId, ulong channelId, CancellationToken cancellationToken) =>
        discord.Control.InjectInteractionAsync(new InjectInteractionRequest
        {
            Type = 2,
            UserId = userId,
            ChannelId = channelId,
            Data = new JsonObject { ["name"] = "quiz", ["type"] = 1, ["options"] = new JsonArray(new JsonObject { ["name"] = "start", ["type"] = 1 }) },
        }, cancellationToken);
}
