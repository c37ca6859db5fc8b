-- A server's rules for sharing explainer cards. mod_role_id names a role whose members may share cards
-- besides those with Manage Messages; empty when the server set none. mature_allowed lets the server
-- keep mature cards out entirely, even from its age-restricted channels; it starts allowed, as those
-- channels are already limited to adults by Discord. The row hangs off guilds so forgetting a server stays one DELETE.
CREATE TABLE guild_card_settings (
    guild_id       TEXT    NOT NULL PRIMARY KEY REFERENCES guilds (guild_id) ON DELETE CASCADE,
    mod_role_id    TEXT,
    mature_allowed INTEGER NOT NULL DEFAULT 1 CHECK (mature_allowed IN (0, 1)),
    updated_at     TEXT    NOT NULL
) STRICT;
