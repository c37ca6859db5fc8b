'use strict';

// SQLite storage: one in-progress session per user, saved after every answer, and finished results.
const Database = require('better-sqlite3');

function openStore(path) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS sessions (
      user_id TEXT PRIMARY KEY,
      answers TEXT NOT NULL,
      position INTEGER NOT NULL,
      version INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS results (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      user_id TEXT NOT NULL,
      anxiety REAL NOT NULL,
      avoidance REAL NOT NULL,
      pattern TEXT NOT NULL,
      answers TEXT NOT NULL
    );`);

  const get = db.prepare('SELECT answers, position, version FROM sessions WHERE user_id = ?');
  const start = db.prepare(`INSERT INTO sessions (user_id, answers, position, version) VALUES (?, '[]', 0, 1)
    ON CONFLICT (user_id) DO UPDATE SET answers = '[]', position = 0, version = sessions.version + 1
    RETURNING version`);
  // Only the click drawn for the stored version may move the quiz on, so a double click changes nothing.
  const save = db.prepare('UPDATE sessions SET answers = ?, position = ?, version = version + 1 WHERE user_id = ? AND version = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE user_id = ? AND version = ?');
  const addResult = db.prepare('INSERT INTO results (user_id, anxiety, avoidance, pattern, answers) VALUES (?, ?, ?, ?, ?)');
  const complete = db.transaction((userId, version, scores, pattern, answers) => {
    if (remove.run(userId, version).changes === 0) return false;
    addResult.run(userId, scores.anxiety, scores.avoidance, pattern, JSON.stringify(answers));
    return true;
  });

  return {
    get(userId) {
      const row = get.get(userId);
      return row ? { answers: JSON.parse(row.answers), position: row.position, version: row.version } : null;
    },
    start: (userId) => start.get(userId).version,
    save: (userId, version, answers) => save.run(JSON.stringify(answers), answers.length, userId, version).changes === 1,
    stop: (userId, version) => remove.run(userId, version).changes === 1,
    complete,
    close: () => db.close(),
  };
}

module.exports = { openStore };
