namespace ReflectBot.Data.Cards;

/// <summary>A guild_card_settings row as SQLite returns it, before ids and times are parsed.</summary>
internal sealed record CardSettingsRow(string GuildId, string? ModRoleId, long MatureAllowed, string UpdatedAt)
{
    public StoredCardSettings ToStored() => new(
        DbValues.ParseId(GuildId),
        DbValues.ParseOptionalId(ModRoleId),
        MatureAllowed != 0,
        DbValues.ParseTime(UpdatedAt));
}
