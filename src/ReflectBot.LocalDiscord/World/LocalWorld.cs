namespace ReflectBot.LocalDiscord.World;

/// <summary>
/// The seeded world: one guild, its channels, roles and people. Ids are stable across runs and
/// shaped like real snowflakes, so tests can name them and clients can read their timestamps.
/// </summary>
public sealed class LocalWorld
{
    private static readonly DateTimeOffset SeededAt = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly ulong DefaultApplicationId = Seed(0);

    private readonly GeneratedMembers _generated;
    private readonly Dictionary<ulong, WorldUser> _usersById;
    private readonly Dictionary<ulong, WorldUser> _usersByDmChannel;
    private readonly Dictionary<ulong, WorldRole> _rolesById;
    private readonly Dictionary<ulong, WorldChannel> _channelsById;

    internal LocalWorld(ulong applicationId, int generatedMembers = 0)
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
        Rules = new WorldChannel
        {
            Id = Seed(13),
            Name = "rules",
            Position = 3,
            Overwrites =
            [
                new WorldOverwrite(EveryoneRole.Id, 0, 0, Permissions.SendMessages),
                new WorldOverwrite(BotUser.Id, 1, Permissions.SendMessages, 0),
            ],
        };
        Channels = [General, AfterDark, Announcements, Rules];
        Users = [BotUser, Owner, Moderator, Member, MemberWithClosedDms];
        Roles = [EveryoneRole, ModeratorRole, BotRole];
        _generated = new GeneratedMembers(generatedMembers);
        _usersById = Users.ToDictionary(u => u.Id);
        _usersByDmChannel = Users.Where(u => !u.IsBot).ToDictionary(u => u.DmChannelId);
        _rolesById = Roles.ToDictionary(r => r.Id);
        _channelsById = Channels.ToDictionary(c => c.Id);
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

    /// <summary>Read-only for everyone (moderators included), but the bot may post.</summary>
    public WorldChannel Rules { get; }

    /// <summary>Owns the guild; not a moderator and not used by default.</summary>
    public WorldUser Owner { get; }

    /// <summary>Holds MANAGE_GUILD and MANAGE_MESSAGES through the Moderator role.</summary>
    public WorldUser Moderator { get; }

    public WorldUser Member { get; }

    /// <summary>Does not accept DMs from the bot: sending there fails with 50007.</summary>
    public WorldUser MemberWithClosedDms { get; }

    public IReadOnlyList<WorldChannel> Channels { get; }

    /// <summary>The seeded users only; the crowd is in <see cref="GeneratedMembers"/>.</summary>
    public IReadOnlyList<WorldUser> Users { get; }

    public IReadOnlyList<WorldRole> Roles { get; }

    /// <summary>
    /// <see cref="LocalDiscordOptions.GeneratedMembers"/> plain members named member00000, member00001, …, with
    /// stable ids and their own DM channels, accepting DMs. Built on first use; never listed in READY or GUILD_CREATE.
    /// </summary>
    public IReadOnlyList<WorldUser> GeneratedMembers => _generated;

    /// <summary>Everyone in the guild, the crowd included.</summary>
    public int MemberCount => Users.Count + _generated.Count;

    public WorldUser? FindUser(ulong id) => _usersById.GetValueOrDefault(id) ?? _generated.FindUser(id);
    public WorldRole? FindRole(ulong id) => _rolesById.GetValueOrDefault(id);
    public WorldChannel? FindChannel(ulong id) => _channelsById.GetValueOrDefault(id);
    public WorldUser? FindDmRecipient(ulong dmChannelId) =>
        _usersByDmChannel.GetValueOrDefault(dmChannelId) ?? _generated.FindDmRecipient(dmChannelId);

    private static ulong Seed(int index) => Snowflake.Compose(SeededAt.AddMinutes(index), index);
}
