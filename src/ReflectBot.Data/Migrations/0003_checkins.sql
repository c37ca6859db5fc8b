-- Daily check-ins by DM and a server's prompt of the day. Per-person tables hang off
-- users(user_id) ON DELETE CASCADE and per-server tables off guilds(guild_id) ON DELETE CASCADE,
-- directly, so forgetting a person or a server stays one DELETE. Local dates are the person's or
-- server's own calendar day as 'yyyy-MM-dd'; local clock times are 'HH:MM'; zones are IANA ids;
-- instants are ISO-8601 UTC text as everywhere else.

-- One row per person who opted in to daily check-ins. next_due_at is the next instant the scheduler
-- owes them a DM: it exists while check-ins are running or paused (a pause carries the first due
-- time on the day they resume) and is empty once they stopped or could not be reached, so a
-- scheduler that only reads next_due_at can never write to someone who left. The claim moves
-- next_due_at forward only from the value it read, which keeps two schedulers from sending twice.
-- dm_channel_id saves asking Discord for the DM channel every day. After failures_before_stop
-- closed DMs in a row the row turns 'unreachable' and unreachable_notice_pending asks the bot to
-- tell the person once, the next time they use a command.
CREATE TABLE checkin_subscriptions (
    user_id                    TEXT    NOT NULL PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    local_time                 TEXT    NOT NULL CHECK (local_time GLOB '[0-2][0-9]:[0-5][0-9]' AND local_time < '24:00'),
    time_zone                  TEXT    NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
    status                     TEXT    NOT NULL CHECK (status IN ('active', 'paused', 'stopped', 'unreachable')),
    next_due_at                TEXT,
    paused_until               TEXT    CHECK (paused_until = date(paused_until)),
    dm_channel_id              TEXT,
    consecutive_failures       INTEGER NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
    unreachable_notice_pending INTEGER NOT NULL DEFAULT 0 CHECK (unreachable_notice_pending IN (0, 1)),
    weekly_summary             INTEGER NOT NULL DEFAULT 1 CHECK (weekly_summary IN (0, 1)),
    next_summary_at            TEXT,
    created_at                 TEXT    NOT NULL,
    updated_at                 TEXT    NOT NULL,
    -- Running or paused rows always know when they are next due; stopped and unreachable ones never do.
    CHECK ((status IN ('active', 'paused')) = (next_due_at IS NOT NULL)),
    -- Only a pause has a day to resume on.
    CHECK (paused_until IS NULL OR status = 'paused')
) STRICT;

-- The scheduler's two questions: who is due for a check-in, and who for a weekly summary. A pause
-- that has run out is due like an active row, so both statuses are in the daily index; the query
-- repeats the same condition so SQLite can use it.
CREATE INDEX checkin_subscriptions_due ON checkin_subscriptions (next_due_at)
    WHERE status IN ('active', 'paused');
CREATE INDEX checkin_subscriptions_summary_due ON checkin_subscriptions (next_summary_at)
    WHERE status = 'active' AND weekly_summary = 1;

-- Every DM the scheduler decided to send, written before the send. A row left 'pending' is a send
-- that may not have reached Discord; it is retried with the same nonce so Discord drops a
-- duplicate. The nonce fits Discord's 25-character limit. The unique triple allows at most one
-- daily check-in and one summary per person per local date, however often the scheduler wakes.
CREATE TABLE checkin_deliveries (
    id         INTEGER NOT NULL PRIMARY KEY,
    user_id    TEXT    NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('daily', 'summary')),
    local_date TEXT    NOT NULL CHECK (local_date = date(local_date)),
    prompt_id  TEXT,
    due_at     TEXT    NOT NULL,
    nonce      TEXT    NOT NULL UNIQUE CHECK (length(nonce) BETWEEN 1 AND 25),
    state      TEXT    NOT NULL CHECK (state IN ('pending', 'sent', 'skipped', 'failed')),
    channel_id TEXT,
    message_id TEXT,
    attempts   INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    failure    TEXT,
    created_at TEXT    NOT NULL,
    sent_at    TEXT,
    UNIQUE (user_id, kind, local_date),
    -- Only a daily check-in asks a prompt.
    CHECK (prompt_id IS NULL OR kind = 'daily'),
    -- A sent DM is always traceable to its message.
    CHECK (state <> 'sent' OR (channel_id IS NOT NULL AND message_id IS NOT NULL AND sent_at IS NOT NULL))
) STRICT;

-- The resend loop reads pending rows, oldest due first; other states are history and stay out of the index.
CREATE INDEX checkin_deliveries_pending ON checkin_deliveries (due_at) WHERE state = 'pending';

-- What people answered: a mood (1 to 5), a written reflection, or "skip today". One mood per day
-- (a new click replaces it) and one skip per day, enforced by the partial unique indexes below;
-- reflections may be many. The delivery link is only for context, so an entry outlives it.
-- 4000 characters is the longest text a Discord modal accepts.
CREATE TABLE checkin_entries (
    id          INTEGER NOT NULL PRIMARY KEY,
    user_id     TEXT    NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    delivery_id INTEGER REFERENCES checkin_deliveries (id) ON DELETE SET NULL,
    local_date  TEXT    NOT NULL CHECK (local_date = date(local_date)),
    kind        TEXT    NOT NULL CHECK (kind IN ('mood', 'reflection', 'skip')),
    mood        INTEGER CHECK (mood BETWEEN 1 AND 5),
    text        TEXT    CHECK (length(text) BETWEEN 1 AND 4000),
    prompt_id   TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    -- A mood entry has a mood and only a mood entry has one; the same for a reflection's text.
    CHECK ((kind = 'mood') = (mood IS NOT NULL)),
    CHECK ((kind = 'reflection') = (text IS NOT NULL))
) STRICT;

CREATE UNIQUE INDEX checkin_entries_one_mood_a_day ON checkin_entries (user_id, local_date) WHERE kind = 'mood';
CREATE UNIQUE INDEX checkin_entries_one_skip_a_day ON checkin_entries (user_id, local_date) WHERE kind = 'skip';
-- Journals, streaks and summaries read one person's entries by date.
CREATE INDEX checkin_entries_by_user_and_date ON checkin_entries (user_id, local_date);
-- Deleting a delivery sets its entries' link to NULL, found through this index.
CREATE INDEX checkin_entries_by_delivery ON checkin_entries (delivery_id) WHERE delivery_id IS NOT NULL;

-- The prompts a person was already asked, by cycle: a prompt is not repeated until every prompt
-- has been used once in the current cycle, then a new cycle starts.
CREATE TABLE user_prompt_history (
    user_id   TEXT    NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    prompt_id TEXT    NOT NULL,
    cycle     INTEGER NOT NULL CHECK (cycle >= 1),
    used_at   TEXT    NOT NULL,
    PRIMARY KEY (user_id, cycle, prompt_id)
) STRICT;

-- A server's prompt of the day: where and when it is posted, and whether each post opens a
-- thread for replies. The row exists only while the feature is on, so next_due_at is always set;
-- the claim moves it forward only from the value it read, as for personal check-ins.
CREATE TABLE guild_reflection_settings (
    guild_id     TEXT    NOT NULL PRIMARY KEY REFERENCES guilds (guild_id) ON DELETE CASCADE,
    channel_id   TEXT    NOT NULL,
    local_time   TEXT    NOT NULL CHECK (local_time GLOB '[0-2][0-9]:[0-5][0-9]' AND local_time < '24:00'),
    time_zone    TEXT    NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
    start_thread INTEGER NOT NULL CHECK (start_thread IN (0, 1)),
    next_due_at  TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
) STRICT;

CREATE INDEX guild_reflection_settings_due ON guild_reflection_settings (next_due_at);

-- Every prompt post the scheduler decided to make, written before the post and retried with the
-- same nonce while 'pending', like check-in deliveries. One post per server per local date.
CREATE TABLE guild_prompt_posts (
    id         INTEGER NOT NULL PRIMARY KEY,
    guild_id   TEXT    NOT NULL REFERENCES guilds (guild_id) ON DELETE CASCADE,
    local_date TEXT    NOT NULL CHECK (local_date = date(local_date)),
    -- When the post was due: a retry after downtime is measured against it, not the claim.
    due_at     TEXT    NOT NULL,
    prompt_id  TEXT    NOT NULL,
    channel_id TEXT    NOT NULL,
    nonce      TEXT    NOT NULL UNIQUE CHECK (length(nonce) BETWEEN 1 AND 25),
    state      TEXT    NOT NULL CHECK (state IN ('pending', 'sent', 'skipped', 'failed')),
    message_id TEXT,
    thread_id  TEXT,
    failure    TEXT,
    created_at TEXT    NOT NULL,
    sent_at    TEXT,
    UNIQUE (guild_id, local_date),
    -- A sent post is always traceable to its message.
    CHECK (state <> 'sent' OR (message_id IS NOT NULL AND sent_at IS NOT NULL))
) STRICT;

CREATE INDEX guild_prompt_posts_pending ON guild_prompt_posts (due_at) WHERE state = 'pending';

-- The prompts a server was already given, by cycle, as for a person.
CREATE TABLE guild_prompt_history (
    guild_id  TEXT    NOT NULL REFERENCES guilds (guild_id) ON DELETE CASCADE,
    prompt_id TEXT    NOT NULL,
    cycle     INTEGER NOT NULL CHECK (cycle >= 1),
    used_at   TEXT    NOT NULL,
    PRIMARY KEY (guild_id, cycle, prompt_id)
) STRICT;
