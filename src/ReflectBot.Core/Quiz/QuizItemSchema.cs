using ReflectBot.Core.Content;
using ReflectBot.Core.Content.Schema;

namespace ReflectBot.Core.Quiz;

/// <summary>prompts/quiz/items/*.yaml: one statement each; the folder as a whole must form a balanced instrument.</summary>
public sealed class QuizItemSchema : ContentKind<QuizItem>
{
    private static readonly string[] Dimensions = ["anxiety", "avoidance"];
    private static readonly string[] Keyings = ["direct", "reverse"];

    public override string Folder => "quiz/items";

    protected override QuizItem Read(MappingReader root, string id)
    {
        var text = root.RequiredText("text", QuizContentLimits.ItemText, singleLine: true) ?? "";
        var dimension = root.RequiredChoice("dimension", Dimensions);
        var keying = root.RequiredChoice("keying", Keyings);
        var inShortMode = root.RequiredBoolean("short") ?? false;
        var order = root.RequiredInteger("order", 1, QuizContentLimits.MaxOrder) ?? 0;

        return new QuizItem
        {
            Id = id,
            Text = text,
            Dimension = dimension == "avoidance" ? AttachmentDimension.Avoidance : AttachmentDimension.Anxiety,
            Keying = keying == "reverse" ? ItemKeying.Reverse : ItemKeying.Direct,
            InShortMode = inShortMode,
            Order = order,
        };
    }

    protected override void CheckTogether(ContentSet<QuizItem> set)
    {
        foreach (var repeated in set.Items.GroupBy(item => item.Order).Where(group => group.Count() > 1))
        {
            var first = repeated.First();
            foreach (var item in repeated.Skip(1))
            {
                set.ReportAt(item, "order", $"order {item.Order} is already used by {first.Id}.yaml; each item needs its own place");
            }
        }

        foreach (var dimension in Enum.GetValues<AttachmentDimension>())
        {
            var name = dimension.ToString().ToLowerInvariant();
            var all = set.Items.Where(item => item.Dimension == dimension).ToList();
            var reverse = all.Count(item => item.Keying == ItemKeying.Reverse);
            if (all.Count < QuizContentLimits.MinItemsPerDimension)
            {
                set.Report($"the full quiz has {all.Count} {name} item(s); it needs at least {QuizContentLimits.MinItemsPerDimension}");
            }

            if (reverse < QuizContentLimits.MinReversePerDimension)
            {
                set.Report($"the full quiz has {reverse} reverse-keyed {name} item(s); it needs at least {QuizContentLimits.MinReversePerDimension}");
            }

            var inShort = all.Where(item => item.InShortMode).ToList();
            var shortReverse = inShort.Count(item => item.Keying == ItemKeying.Reverse);
            if (inShort.Count != QuizContentLimits.ShortItemsPerDimension)
            {
                set.Report($"the short quiz has {inShort.Count} {name} item(s) marked 'short: true'; it needs exactly {QuizContentLimits.ShortItemsPerDimension}");
            }

            if (shortReverse < QuizContentLimits.ShortMinReversePerDimension)
            {
                set.Report($"the short quiz has {shortReverse} reverse-keyed {name} item(s); it needs at least {QuizContentLimits.ShortMinReversePerDimension}");
            }
        }

        // The two dimensions must also be equal in length, or one would weigh on the picture more than the other.
        var anxietyCount = set.Items.Count(item => item.Dimension == AttachmentDimension.Anxiety);
        var avoidanceCount = set.Items.Count - anxietyCount;
        if (anxietyCount != avoidanceCount)
        {
            set.Report($"the full quiz has {anxietyCount} anxiety and {avoidanceCount} avoidance items; both dimensions need the same number");
        }
    }
}
