-- Grounding sessions: one row each time someone starts a /ground exercise. The ratings are the
-- person's own 0-10 sense of how intense things felt before and after; either may be skipped.
-- A session is 'running' until its steps end ('finished') or the person stops it ('stopped');
-- the after rating is only taken once it has finished. Rows hang off users ON DELETE CASCADE.
CREATE TABLE grounding_sessions (
    id            INTEGER NOT NULL PRIMARY KEY,
    user_id       TEXT    NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    exercise_id   TEXT    NOT NULL CHECK (length(exercise_id) BETWEEN 1 AND 64),
    before_rating INTEGER CHECK (before_rating BETWEEN 0 AND 10),
    after_rating  INTEGER CHECK (after_rating BETWEEN 0 AND 10),
    state         TEXT    NOT NULL CHECK (state IN ('running', 'finished', 'stopped')),
    started_at    TEXT    NOT NULL,
    ended_at      TEXT,
    -- A running session has not ended; a finished or stopped one has.
    CHECK ((state = 'running') = (ended_at IS NULL))
) STRICT;

-- /ground history reads one person's sessions.
CREATE INDEX grounding_sessions_user ON grounding_sessions (user_id, exercise_id);
