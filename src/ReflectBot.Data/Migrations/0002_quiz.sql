-- The quiz: one quiz in progress per person, the results they finished, and where they chose
-- to share one. All three hang off users(user_id) ON DELETE CASCADE, so deleting a person's
-- data removes every answer, result and share with the same single DELETE.

-- At most one quiz in progress per person: starting again replaces it. `version` goes up by one
-- on every change and the buttons carry it, so a stale or double click matches no row and is
-- refused instead of being counted. item_ids keeps the order the items are asked in; answers
-- holds the answers given so far, in that order. The origin is where the quiz was taken, so a
-- share goes back there.
CREATE TABLE quiz_sessions (
    user_id           TEXT    NOT NULL PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    mode              TEXT    NOT NULL CHECK (mode IN ('short', 'full')),
    item_ids          TEXT    NOT NULL CHECK (json_valid(item_ids) AND json_type(item_ids) = 'array'),
    answers           TEXT    NOT NULL CHECK (json_valid(answers) AND json_type(answers) = 'array'),
    version           INTEGER NOT NULL,
    origin_channel_id TEXT    NOT NULL,
    origin_guild_id   TEXT,
    started_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    CHECK (json_array_length(answers) <= json_array_length(item_ids))
) STRICT;

-- A finished quiz. The items and answers are kept beside the scores so a result can be
-- recomputed if the scoring changes, and handed back when a person asks for their data.
CREATE TABLE quiz_results (
    id           INTEGER NOT NULL PRIMARY KEY,
    user_id      TEXT    NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    mode         TEXT    NOT NULL CHECK (mode IN ('short', 'full')),
    anxiety      REAL    NOT NULL CHECK (anxiety BETWEEN 1 AND 7),
    avoidance    REAL    NOT NULL CHECK (avoidance BETWEEN 1 AND 7),
    pattern      TEXT    NOT NULL,
    near_pattern TEXT,
    item_ids     TEXT    NOT NULL CHECK (json_valid(item_ids) AND json_type(item_ids) = 'array'),
    answers      TEXT    NOT NULL CHECK (json_valid(answers) AND json_type(answers) = 'array'),
    taken_at     TEXT    NOT NULL,
    -- Only a quiz answered to the end becomes a result.
    CHECK (json_array_length(answers) = json_array_length(item_ids))
) STRICT;

-- History and the picture's earlier points read one person's results by time.
CREATE INDEX quiz_results_by_user_and_time ON quiz_results (user_id, taken_at);

-- A result posted to a channel at the person's request. The unique pair keeps it to one post
-- per channel; the share is the person's data too, so it goes when they or the result go.
CREATE TABLE quiz_shares (
    id         INTEGER NOT NULL PRIMARY KEY,
    user_id    TEXT    NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    result_id  INTEGER NOT NULL REFERENCES quiz_results (id) ON DELETE CASCADE,
    channel_id TEXT    NOT NULL,
    message_id TEXT    NOT NULL,
    shared_at  TEXT    NOT NULL,
    UNIQUE (result_id, channel_id)
) STRICT;

-- Deleting a result looks up its shares by result_id; the unique constraint's index serves that.
-- Deleting a person looks up their shares by user_id.
CREATE INDEX quiz_shares_by_user ON quiz_shares (user_id);
