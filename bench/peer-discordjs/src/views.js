'use strict';

// What the peer shows: one statement with seven answer buttons, Back and Stop; and the result.
// The layout mirrors ReflectBot's QuizItemView and QuizResultView (without the result picture).
const BRAND_COLOR = 0x5b8def;
const BUTTON_SECONDARY = 2;
const BUTTON_DANGER = 4;
const FIRST_ROW_ANSWERS = 4;

const button = (style, customId, label, disabled = false) => ({ type: 2, style, custom_id: customId, label, disabled });
const row = (components) => ({ type: 1, components });

const ids = {
  answer: (userId, version, value) => `quiz:a:${userId}:${version}:${value}`,
  back: (userId, version) => `quiz:b:${userId}:${version}`,
  stop: (userId, version) => `quiz:s:${userId}:${version}`,
  retake: (userId) => `quiz:retake:${userId}:short`,
};

function itemView(quiz, userId, session, note = '') {
  const item = quiz.items[session.answers.length];
  const answers = quiz.labels.map((label, i) => button(BUTTON_SECONDARY, ids.answer(userId, session.version, i + 1), label));
  return {
    content: note,
    embeds: [{
      title: `Attachment quiz · ${session.answers.length + 1} of ${quiz.items.length}`,
      description: `**${item.text}**\n\nHow much do you agree?`,
      color: BRAND_COLOR,
      footer: { text: 'Think of close relationships in general. Only you see this; stop whenever you like.' },
    }],
    components: [
      row(answers.slice(0, FIRST_ROW_ANSWERS)),
      row(answers.slice(FIRST_ROW_ANSWERS)),
      row([
        button(BUTTON_SECONDARY, ids.back(userId, session.version), 'Back', session.answers.length === 0),
        button(BUTTON_DANGER, ids.stop(userId, session.version), 'Stop'),
      ]),
    ],
  };
}

function resultView(quiz, userId, scores, pattern) {
  const explainer = quiz.patterns[pattern];
  return {
    content: '',
    embeds: [{
      title: `Your answers lean toward: ${explainer.title}`,
      description: explainer.text,
      color: BRAND_COLOR,
      fields: [{ name: 'Your scores', value: `Anxiety **${scores.anxiety.toFixed(1)}** of 7 · Avoidance **${scores.avoidance.toFixed(1)}** of 7` }],
      footer: { text: 'A reflection tool, not a diagnosis.' },
    }],
    components: [row([button(BUTTON_SECONDARY, ids.retake(userId), 'Retake')])],
  };
}

const texts = {
  notYours: 'This quiz belongs to someone else, so your click was not counted. Run /quiz start to take your own.',
  ended: 'This quiz has already ended or was stopped, so that button does nothing now.',
  stale: 'That button was from an earlier step, so it was not counted. Here is where you are now.',
  stopped: 'Quiz stopped and your answers so far were removed.',
  resumed: 'Welcome back: you are picking up where you left off.',
};

module.exports = { itemView, resultView, texts };
