'use strict';

// A minimal discord.js 14 bot that answers ReflectBot's quiz workload, as a peer for the benchmark.
// Env: DISCORD_TOKEN, DISCORD_API (e.g. http://127.0.0.1:PORT/api), PEER_QUIZ (quiz JSON), PEER_DB (SQLite file).
const { Client, Events, GatewayIntentBits } = require('discord.js');
const { loadQuiz } = require('./src/quiz');
const { openStore } = require('./src/store');
const { quizCommand, createHandlers } = require('./src/handlers');

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    process.stderr.write(`${name} is not set\n`);
    process.exit(2);
  }
  return value;
}

const token = requireEnv('DISCORD_TOKEN');
const api = requireEnv('DISCORD_API');
const quiz = loadQuiz(requireEnv('PEER_QUIZ'));
const store = openStore(requireEnv('PEER_DB'));
const handlers = createHandlers(quiz, store);

// discord.js's own options point it at the local Discord: REST at `api` (it appends /v10), and the
// gateway URL is whatever GET /gateway/bot answers. Without zlib-sync installed it asks for no compression.
const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api } });

client.once(Events.ClientReady, async (ready) => {
  try {
    await ready.application.commands.set([quizCommand]);
    process.stdout.write('ready\n');
  } catch (error) {
    process.stderr.write(`registering /quiz failed: ${error.stack ?? error}\n`);
    process.exit(1);
  }
});

client.on(Events.InteractionCreate, async (interaction) => {
  try {
    if (interaction.isChatInputCommand()) await handlers.onCommand(interaction);
    else if (interaction.isButton()) await handlers.onButton(interaction);
  } catch (error) {
    process.stderr.write(`interaction ${interaction.id} failed: ${error.stack ?? error}\n`);
  }
});

client.on(Events.Error, (error) => process.stderr.write(`client error: ${error.stack ?? error}\n`));
if (process.env.PEER_DEBUG) client.on(Events.Debug, (message) => process.stderr.write(`debug: ${message}\n`));

function shutdown() {
  client.destroy().finally(() => {
    store.close();
    process.exit(0);
  });
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

client.login(token).catch((error) => {
  process.stderr.write(`login failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
