-- The roots of all stored data. Every per-user table references users(user_id) and every
-- per-server table references guilds(guild_id), both ON DELETE CASCADE, so forgetting a
-- person or a server is a single DELETE. Ids are Discord snowflakes as decimal text;
-- times are ISO-8601 UTC text written by the application.

CREATE TABLE users (
    user_id    TEXT NOT NULL PRIMARY KEY,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE guilds (
    guild_id  TEXT NOT NULL PRIMARY KEY,
    joined_at TEXT NOT NULL
) STRICT;
