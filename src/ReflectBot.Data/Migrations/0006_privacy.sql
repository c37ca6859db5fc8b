-- Privacy: personal text may now be sealed (encrypted) at rest, a person may keep a safety plan, and a
-- server may name its own crisis resources.
--
-- A sealed value is 'sealed:v1:' followed by base64, which the JSON and length CHECKs on quiz answers and
-- reflection text would refuse. SQLite cannot change a CHECK in place, so those tables are rebuilt: each
-- *_v2 table is created and filled with every row and id, then the old tables are dropped children first
-- (foreign keys stay on inside this transaction, so dropping a parent first would cascade into its
-- children), and the new ones take the old names; RENAME rewrites the references to them. The rules on
-- clear values are unchanged; the quiz's length rules for sealed answers are kept by the application.

CREATE TABLE quiz_sessions_v2 (
    user_id           TEXT    NOT NULL PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    mode              TEXT    NOT NULL CHECK (mode IN ('short', 'full')),
    item_ids          TEXT    NOT NULL CHECK (json_valid(item_ids) AND json_type(item_ids) = 'array'),
    answers           TEXT    NOT NULL,
    version           INTEGER NOT NULL,
    origin_channel_id TEXT    NOT NULL,
    origin_guild_id   TEXT,
    started_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    -- Sealed answers, or a JSON array no longer than the items. CASE keeps the JSON functions off sealed text.
    CHECK (CASE
        WHEN answers GLOB 'sealed:v1:*' THEN 1
        WHEN json_valid(answers) THEN json_type(answers) = 'array' AND json_array_length(answers) <= json_array_length(item_ids)
        ELSE 0
    END)
) STRICT;

CREATE TABLE quiz_results_v2 (
    id           INTEGER NOT NULL PRIMARY KEY,
    user_id      TEXT    NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    mode         TEXT    NOT NULL CHECK (mode IN ('short', 'full')),
    anxiety      REAL    NOT NULL CHECK (anxiety BETWEEN 1 AND 7),
    avoidance    REAL    NOT NULL CHECK (avoidance BETWEEN 1 AND 7),
    pattern      TEXT    NOT NULL,
    near_pattern TEXT,
    item_ids     TEXT    NOT NULL CHECK (json_valid(item_ids) AND json_type(item_ids) = 'array'),
    answers      TEXT    NOT NULL,
    taken_at     TEXT    NOT NULL,
    -- Sealed answers, or a JSON array with one answer per item: only a quiz answered to the end becomes a result.
    CHECK (CASE
        WHEN answers GLOB 'sealed:v1:*' THEN 1
        WHEN json_valid(answers) THEN json_type(answers) = 'array' AND json_array_length(answers) = json_array_length(item_ids)
        ELSE 0
    END)
) STRICT;

CREATE TABLE quiz_shares_v2 (
    id         INTEGER NOT NULL PRIMARY KEY,
    user_id    TEXT    NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    result_id  INTEGER NOT NULL REFERENCES quiz_results_v2 (id) ON DELETE CASCADE,
    channel_id TEXT    NOT NULL,
    message_id TEXT    NOT NULL,
    shared_at  TEXT    NOT NULL,
    UNIQUE (result_id, channel_id)
) STRICT;

-- Reflection text is at most 4000 characters in clear; sealed, it is longer, so only clear text is measured.
-- Clear text that happens to start like a sealed value is stored behind 'clear:v1:' and measured by the application.
CREATE TABLE checkin_entries_v2 (
    id          INTEGER NOT NULL PRIMARY KEY,
    user_id     TEXT    NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    delivery_id INTEGER REFERENCES checkin_deliveries (id) ON DELETE SET NULL,
    local_date  TEXT    NOT NULL CHECK (local_date = date(local_date)),
    kind        TEXT    NOT NULL CHECK (kind IN ('mood', 'reflection', 'skip')),
    mood        INTEGER CHECK (mood BETWEEN 1 AND 5),
    text        TEXT    CHECK (text GLOB 'sealed:v1:*' OR text GLOB 'clear:v1:*' OR length(text) BETWEEN 1 AND 4000),
    prompt_id   TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    CHECK ((kind = 'mood') = (mood IS NOT NULL)),
    CHECK ((kind = 'reflection') = (text IS NOT NULL))
) STRICT;

INSERT INTO quiz_sessions_v2 SELECT user_id, mode, item_ids, answers, version, origin_channel_id, origin_guild_id, started_at, updated_at FROM quiz_sessions;
INSERT INTO quiz_results_v2 SELECT id, user_id, mode, anxiety, avoidance, pattern, near_pattern, item_ids, answers, taken_at FROM quiz_results;
INSERT INTO quiz_shares_v2 SELECT id, user_id, result_id, channel_id, message_id, shared_at FROM quiz_shares;
INSERT INTO checkin_entries_v2 SELECT id, user_id, delivery_id, local_date, kind, mood, text, prompt_id, created_at, updated_at FROM checkin_entries;

DROP TABLE quiz_shares;
DROP TABLE quiz_results;
DROP TABLE quiz_sessions;
DROP TABLE checkin_entries;

ALTER TABLE quiz_sessions_v2 RENAME TO quiz_sessions;
ALTER TABLE quiz_results_v2 RENAME TO quiz_results;
ALTER TABLE quiz_shares_v2 RENAME TO quiz_shares;
ALTER TABLE checkin_entries_v2 RENAME TO checkin_entries;

CREATE INDEX quiz_results_by_user_and_time ON quiz_results (user_id, taken_at);
CREATE INDEX quiz_shares_by_user ON quiz_shares (user_id);
CREATE UNIQUE INDEX checkin_entries_one_mood_a_day ON checkin_entries (user_id, local_date) WHERE kind = 'mood';
CREATE UNIQUE INDEX checkin_entries_one_skip_a_day ON checkin_entries (user_id, local_date) WHERE kind = 'skip';
CREATE INDEX checkin_entries_by_user_and_date ON checkin_entries (user_id, local_date);
CREATE INDEX checkin_entries_by_delivery ON checkin_entries (delivery_id) WHERE delivery_id IS NOT NULL;

-- A person's own safety plan: the signs that things are getting hard, what calms them, who they can reach
-- and their reasons to keep going. Every field is optional but a plan has at least one. The text is sealed
-- when a key is set, so its length (at most 1000 characters in clear) is checked by the application.
CREATE TABLE safety_plans (
    user_id       TEXT NOT NULL PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    warning_signs TEXT,
    calming       TEXT,
    contacts      TEXT,
    reasons       TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (coalesce(warning_signs, calming, contacts, reasons) IS NOT NULL)
) STRICT;

-- Crisis resources a server's moderators chose to show (local lines, a moderator channel). The row exists
-- only while the server set some; it hangs off guilds so forgetting a server removes it.
CREATE TABLE guild_safety_settings (
    guild_id         TEXT NOT NULL PRIMARY KEY REFERENCES guilds (guild_id) ON DELETE CASCADE,
    crisis_resources TEXT NOT NULL CHECK (length(crisis_resources) BETWEEN 1 AND 1500),
    updated_at       TEXT NOT NULL
) STRICT;

-- Settings of the store itself. 'key_check' holds a value sealed with the encryption key, so a start with a
-- different key, or with none after text was sealed, is refused instead of mixing keys or writing in clear.
CREATE TABLE storage_settings (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
