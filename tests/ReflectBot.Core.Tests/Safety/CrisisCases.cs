namespace ReflectBot.Core.Tests.Safety;

/// <summary>Texts people might write, and the category the shipped lists must find in each (or that they must leave alone).</summary>
public static class CrisisCases
{
    public static TheoryData<string, string> MustMatch { get; } = new()
    {
        // Suicide.
        { "I want to die", "suicide" },
        { "honestly...i wanna die.", "suicide" },
        { "I DON\u2019T WANT TO LIVE ANYMORE", "suicide" },
        { "i dont want to be alive", "suicide" },
        { "im going to kill myself tonight", "suicide" },
        { "Kill myself. That's what I keep thinking", "suicide" },
        { "I keep thinking about ending my life", "suicide" },
        { "ugh kms", "suicide" },
        { "I\u2019ve been feeling suicidal again", "suicide" },
        { "Everyone would be better off without me", "suicide" },
        { "there's no reason to live", "suicide" },
        { "i just want to unalive myself", "suicide" },
        { "Sometimes I wish I was dead", "suicide" },
        { "I want to end it all.", "suicide" },
        { "thinking of taking my own life", "suicide" },
        { "i hope i dont wake up tomorrow", "suicide" },
        { "   I    want   to    DIE   ", "suicide" },
        { "\uFF29 \uFF57\uFF41\uFF4E\uFF54 \uFF54\uFF4F \uFF44\uFF49\uFF45", "suicide" },

        // Self-harm.
        { "I started cutting myself again", "self-harm" },
        { "I've been self-harming for a month", "self-harm" },
        { "SELF HARM", "self-harm" },
        { "i want to hurt myself", "self-harm" },
        { "the urge to cut is back", "self-harm" },
        { "I keep harming myself when he ignores me", "self-harm" },
        { "i hide my cuts with long sleeves", "self-harm" },

        // Abuse and being unsafe at home or with a partner.
        { "he hits me when he's drunk", "abuse" },
        { "My husband hits me", "abuse" },
        { "i\u2019m scared to go home", "abuse" },
        { "I don't feel safe at home", "abuse" },
        { "she choked me last night", "abuse" },
        { "He threatened to kill me.", "abuse" },
        { "he said he'll kill me if i leave", "abuse" },
        { "my dad hits me", "abuse" },
        { "Is this domestic violence?", "abuse" },
        { "i'm afraid of my boyfriend", "abuse" },

        // Sexual violence.
        { "he raped me", "sexual-violence" },
        { "I was sexually assaulted at a party", "sexual-violence" },
        { "he forced himself on me", "sexual-violence" },
        { "someone spiked my drink", "sexual-violence" },
        { "he touched me without my consent", "sexual-violence" },
        { "my ex threatened to share my nudes", "sexual-violence" },
    };

    public static TheoryData<string> MustNotMatch { get; } =
    [
        "Killing it at work this week!",
        "I'm dying to see that film",
        "my feet are killing me",
        "I could kill for a coffee",
        "the suspense is killing me",
        "dead tired after that shift",
        "I hurt my back at the gym",
        "she hit me up yesterday",
        "He hit me up about the party",
        "cut my hair short",
        "this exam will be the death of me",
        "I nearly died laughing",
        "my phone is dead again",
        "she beat me at chess again",
        "he beat me to it",
        "I'm cutting myself off from social media for a week",
        "cut myself some slack today",
        "I cut myself shaving",
        "I've been burning myself out at work",
        "quitting like that was career suicide",
        "we watched Suicide Squad",
        "that song really hits me",
        "beats me why he said that",
        "my mum is going to kill me when she sees the mess",
        "I want to end things with him",
        "I'm scared of spiders",
        "he hurt my feelings",
        "I'm done with this job",
        "the grapes were sour",
        "I'd kill to have her confidence",
        "she shot me a look",
        "I'm killing time before class",
        "I could die of embarrassment",
        "I'm drowning in work",
        "I don't want to go to work tomorrow",
        "I feel safe at home with my partner",
    ];
}
