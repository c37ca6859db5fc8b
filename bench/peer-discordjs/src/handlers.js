'use strict';

// The /quiz command and the quiz buttons, answered like ReflectBot answers them.
const { MessageFlags } = require('discord.js');
const { itemView, resultView, texts } = require('./views');
const { score, patternOf } = require('./quiz');

const quizCommand = {
  name: 'quiz',
  description: 'See which attachment pattern your answers lean toward, privately',
  options: [{
    type: 1,
    name: 'start',
    description: 'Start the quiz, or pick up where you left off',
    options: [{
      type: 3,
      name: 'mode',
      description: 'Only the short mode (12 statements) is offered by this peer',
      choices: [{ name: 'short (12 statements)', value: 'short' }],
    }],
  }],
};

function createHandlers(quiz, store) {
  const privately = (content) => ({ content, flags: MessageFlags.Ephemeral });

  async function onCommand(interaction) {
    if (interaction.commandName !== 'quiz' || interaction.options.getSubcommand(false) !== 'start') {
      await interaction.reply(privately('This peer only knows /quiz start.'));
      return;
    }
    await startOrResume(interaction);
  }

  async function startOrResume(interaction) {
    const userId = interaction.user.id;
    const session = store.get(userId);
    if (session) {
      await interaction.reply({ ...itemView(quiz, userId, session, texts.resumed), flags: MessageFlags.Ephemeral });
      return;
    }
    const version = store.start(userId);
    await interaction.reply({ ...itemView(quiz, userId, { answers: [], version }), flags: MessageFlags.Ephemeral });
  }

  async function onButton(interaction) {
    const [prefix, action, owner, versionText, valueText] = interaction.customId.split(':');
    if (prefix !== 'quiz') return;
    const userId = interaction.user.id;
    if (owner !== userId) {
      await interaction.reply(privately(texts.notYours));
      return;
    }
    if (action === 'retake') {
      await startOrResume(interaction);
      return;
    }

    const session = store.get(userId);
    if (!session) {
      await interaction.reply(privately(texts.ended));
      return;
    }
    const version = Number(versionText);
    if (session.version !== version) {
      await interaction.update(itemView(quiz, userId, session, texts.stale));
      return;
    }

    if (action === 's') {
      store.stop(userId, version);
      await interaction.update({ content: texts.stopped, embeds: [], components: [] });
      return;
    }

    let answers = session.answers;
    if (action === 'b') {
      answers = answers.slice(0, -1);
    } else if (action === 'a' && Number(valueText) >= 1 && Number(valueText) <= 7) {
      answers = [...answers, Number(valueText)];
    } else {
      await interaction.reply(privately(texts.ended));
      return;
    }

    if (answers.length === quiz.items.length) {
      const scores = score(quiz, answers);
      const pattern = patternOf(quiz, scores);
      if (!store.complete(userId, version, scores, pattern, answers)) {
        await interaction.reply(privately(texts.ended));
        return;
      }
      await interaction.update(resultView(quiz, userId, scores, pattern));
      return;
    }

    if (!store.save(userId, version, answers)) {
      const latest = store.get(userId);
      await interaction.update(latest ? itemView(quiz, userId, latest, texts.stale) : { content: texts.ended, embeds: [], components: [] });
      return;
    }
    await interaction.update(itemView(quiz, userId, { answers, version: version + 1 }));
  }

  return { onCommand, onButton };
}

module.exports = { quizCommand, createHandlers };
