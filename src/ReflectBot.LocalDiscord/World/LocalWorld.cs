namespace ReflectBot.LocalDiscord.World;

/// <summary>
/// The seeded world: one guild, its channels, roles and people. Ids are stable across runs and
/// shaped like real snowflakes, so tests can name them and clients can read their timestamps.
/// </summary>
public sealed class LocalWorld
{
    private static readonly DateTimeOffset SeededAt = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly ulong DefaultApplicationId = Seed(0);

    internal LocalWorld(ulong applicationId)
    {
        ApplicationId = applicationId;
        Guild = new WorldGuild { Id = Seed(2), Name = "Reflection Circle", OwnerId = Seed(20) };
        EveryoneRole = new WorldRole
        {
            Id = Guild.Id,
            Name = "@everyone",
            Permissions = Permissions.ViewChannel | Permissions.SendMessages | Permissions.EmbedLinks
                | Permissions.AttachFiles | Permissions.ReadMessageHistory | Permissions.AddReactions
                | Permissions.UseExternalEmojis | Permissions.UseApplicationCommands
                | Permissions.CreatePublicThreads | Permissions.SendMessagesInThreads | Permissions.CreateInstantInvite,
        };
        ModeratorRole = new WorldRole
        {
            Id = Seed(3),
            Name = "Moderator",
            Permissions = Permissions.ManageGuild | Permissions.ManageMessages,
            Position = 2,
            Mentionable = true,
        };
        BotRole = new WorldRole
        {
            Id = Seed(4),
            Name = "ReflectBot",
            Permissions = Permissions.ManageThreads,
            Position = 1,
        };
        BotUser = new WorldUser
        {
            Id = Seed(1),
            Username = "reflectbot",
            GlobalName = "ReflectBot",
            IsBot = true,
            DmChannelId = 0,
            RoleIds = [BotRole.Id],
        };
        Owner = new WorldUser { Id = Seed(20), Username = "circle_owner", GlobalName = "Circle Owner", DmChannelId = Seed(30) };
        Moderator = new WorldUser
        {
            Id = Seed(21),
            Username = "mira_mod",
            GlobalName = "Mira",
            DmChannelId = Seed(31),
            RoleIds = [ModeratorRole.Id],
        };
        Member = new WorldUser { Id = Seed(22), Username = "ada", GlobalName = "Ada", DmChannelId = Seed(32) };
        MemberWithClosedDms = new WorldUser
        {
            Id = Seed(23),
            Username = "noor",
            GlobalName = "Noor",
            DmChannelId = Seed(33),
            AcceptsDms = false,
        };
        General = new WorldChannel { Id = Seed(10), Name = "general", Position = 0, Topic = "Say hello" };
        AfterDark = new WorldChannel { Id = Seed(11), Name = "after-dark", Position = 1, Nsfw = true };
        Announcements = new WorldChannel
        {
            Id = Seed(12),
            Name = "announcements",
            Position = 2,
            Overwrites = [new WorldOverwrite(BotUser.Id, 1, 0, Permissions.SendMessages)],
        };
    }

    public ulong ApplicationId { get; }
    public WorldUser BotUser { get; }
    public WorldGuild Guild { get; }
    public WorldRole EveryoneRole { get; }
    public WorldRole ModeratorRole { get; }
    public WorldRole BotRole { get; }
    public WorldChannel General { get; }

    /// <summary>Age-restricted (nsfw) text channel.</summary>
    public WorldChannel AfterDark { get; }

    /// <summary>The bot lacks SEND_MESSAGES here.</summary>
    public WorldChannel Announcements { get; }

    /// <summary>Owns the guild; not a moderator and not used by default.</summary>
    public WorldUser Owner { get; }

    /// <summary>Holds MANAGE_GUILD and MANAGE_MESSAGES through the Moderator role.</summary>
    public WorldUser Moderator { get; }

    public WorldUser Member { get; }

    /// <summary>Does not accept DMs from the bot: sending there fails with 50007.</summary>
    public WorldUser MemberWithClosedDms { get; }

    public IReadOnlyList<WorldChannel> Channels => [General, AfterDark, Announcements];
    public IReadOnlyList<WorldUser> Users => [BotUser, Owner, Moderator, Member, MemberWithClosedDms];
    public IReadOnlyList<WorldRole> Roles => [EveryoneRole, ModeratorRole, BotRole];

    public WorldUser? FindUser(ulong id) => Users.FirstOrDefault(u => u.Id == id);
    public WorldRole? FindRole(ulong id) => Roles.FirstOrDefault(r => r.Id == id);
    public WorldChannel? FindChannel(ulong id) => Channels.FirstOrDefault(c => c.Id == id);
    public WorldUser? FindDmRecipient(ulong dmChannelId) => Users.FirstOrDefault(u => !u.IsBot && u.DmChannelId == dmChannelId);

    private static ulong Seed(int index) => Snowflake.Compose(SeededAt.AddMinutes(index), index);
}
