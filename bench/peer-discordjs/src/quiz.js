'use strict';

// The quiz content and scoring. The statements, labels, cut-off and pattern texts come from the
// PEER_QUIZ file the bench writes from ReflectBot's own content, so both bots ask the same thing.
const fs = require('node:fs');

function loadQuiz(path) {
  const quiz = JSON.parse(fs.readFileSync(path, 'utf8'));
  if (!Array.isArray(quiz.items) || quiz.items.length === 0) throw new Error(`${path}: no items`);
  if (!Array.isArray(quiz.labels) || quiz.labels.length !== 7) throw new Error(`${path}: labels must hold 7 entries`);
  if (typeof quiz.cutOff !== 'number') throw new Error(`${path}: cutOff must be a number`);
  for (const id of ['secure', 'anxious', 'avoidant', 'fearful-avoidant']) {
    if (!quiz.patterns?.[id]) throw new Error(`${path}: pattern ${id} is missing`);
  }
  return quiz;
}

// Mean of each dimension's answers; a reverse-keyed item counts as 8 - answer.
function score(quiz, answers) {
  const sums = { anxiety: [0, 0], avoidance: [0, 0] };
  quiz.items.forEach((item, i) => {
    const value = item.reverse ? 8 - answers[i] : answers[i];
    sums[item.dimension][0] += value;
    sums[item.dimension][1] += 1;
  });
  return { anxiety: sums.anxiety[0] / sums.anxiety[1], avoidance: sums.avoidance[0] / sums.avoidance[1] };
}

// Strictly above the cut-off is high, as in ReflectBot's PatternClassifier.
function patternOf(quiz, scores) {
  const anxious = scores.anxiety > quiz.cutOff;
  const avoidant = scores.avoidance > quiz.cutOff;
  if (anxious && avoidant) return 'fearful-avoidant';
  if (anxious) return 'anxious';
  if (avoidant) return 'avoidant';
  return 'secure';
}

module.exports = { loadQuiz, score, patternOf };
