using System.Globalization;
using System.Text.Json.Nodes;
using ReflectBot.Core.Quiz;
using ReflectBot.LocalDiscord.Control;

namespace ReflectBot.Workloads.Quiz;

/// <summary>
/// One simulated person taking the quiz: /quiz start, then a click on one of the seven agreement buttons of whatever
/// the bot shows, until the result; then again. Buttons are found by their labels, so any bot that answers the quiz
/// the way ReflectBot does can be driven.
/// </summary>
internal sealed class QuizPerson(ulong userId, ulong channelId, Random random)
{
    private static readonly HashSet<string> AgreementLabels = [.. AgreementScale.Labels];

    private ulong _messageId;
    private JsonNode? _shown;

    public ulong UserId => userId;

    /// <summary>The next thing this person does: a click while a statement is shown, otherwise the command.</summary>
    public InjectInteractionRequest NextInteraction()
    {
        var answers = AgreementButtons(_shown).ToList();
        if (answers.Count == 0 || _messageId == 0)
        {
            return new InjectInteractionRequest
            {
                Type = 2,
                UserId = userId,
                ChannelId = channelId,
                Data = new JsonObject
                {
                    ["name"] = "quiz",
                    ["type"] = 1,
                    ["options"] = new JsonArray(new JsonObject { ["name"] = "start", ["type"] = 1 }),
                },
            };
        }

        return new InjectInteractionRequest
        {
            Type = 3,
            UserId = userId,
            ChannelId = channelId,
            MessageId = _messageId,
            Data = new JsonObject { ["custom_id"] = answers[random.Next(answers.Count)], ["component_type"] = 2 },
        };
    }

    /// <summary>Takes in what the bot answered; true when it showed a result (no agreement buttons after a click).</summary>
    public bool Observe(InjectInteractionRequest sent, InteractionState answer)
    {
        var response = answer.InitialResponse;
        if (sent.Type == 2 && answer.OriginalMessage?["id"]?.GetValue<string>() is { } id)
        {
            _messageId = ulong.Parse(id, CultureInfo.InvariantCulture);
        }

        if (response is { Type: 4 or 7 })
        {
            _shown = response.Data;
        }
        else
        {
            // Deferred or refused: start over with the command next time.
            _shown = null;
        }

        return sent.Type == 3 && !AgreementButtons(_shown).Any();
    }

    /// <summary>Forgets the message, so the next step is the command again.</summary>
    public void Reset()
    {
        _shown = null;
        _messageId = 0;
    }

    private static IEnumerable<string> AgreementButtons(JsonNode? shown) =>
        (shown?["components"]?.AsArray() ?? [])
            .SelectMany(row => row?["components"]?.AsArray() ?? [])
            .Where(button => button?["label"]?.GetValue<string>() is { } label && AgreementLabels.Contains(label)
                && button["disabled"]?.GetValue<bool>() != true)
            .Select(button => button!["custom_id"]!.GetValue<string>());
}
