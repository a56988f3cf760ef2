import { describe, expect, it } from 'vitest';
import { draftFromLesson, EMPTY_DRAFT, parseDraft } from './authoring';

describe('lesson drafts', () => {
  it('the starter draft is a valid lesson once it has an id and title', () => {
    const result = parseDraft('c', { ...EMPTY_DRAFT, lessonId: 'l1', title: 'Hello' });
    expect('input' in result && result.input).toMatchObject({
      courseId: 'c',
      lessonId: 'l1',
      lesson: { title: 'Hello', passMark: 70, simulation: { kind: 'projectile', seed: 1 } },
      answers: { q1: { kind: 'single', correct: 1 } },
    });
    // Answers are split off: the lesson's questions carry none.
    expect(JSON.stringify('input' in result && result.input.lesson)).not.toContain('correct');
  });

  it.each([
    [{ quizJson: '[{' }, 'The quiz is not valid JSON.'],
    [{ quizJson: '{}' }, 'The quiz must be a JSON list of questions.'],
    [{ simulationJson: 'nope' }, 'Simulation settings are not valid JSON.'],
    [{ title: '' }, 'title: is required'],
    [{ simulationJson: '{"kind":"rocket","params":{}}' }, 'simulation.kind'],
  ])('explains %j', (patch, message) => {
    const result = parseDraft('c', { ...EMPTY_DRAFT, lessonId: 'l1', title: 'T', ...patch });
    expect('error' in result && result.error).toContain(message);
  });

  it('round-trips a stored lesson and its answer key', () => {
    const draft = draftFromLesson(
      'l2',
      {
        title: 'Swing',
        order: 1,
        markdown: 'x',
        passMark: 80,
        simulation: null,
        quiz: [{ id: 'n', kind: 'numeric', prompt: 'g?', unit: 'm/s²' }],
      },
      { n: { kind: 'numeric', value: 9.81, tolerance: 0.1 } },
    );
    const result = parseDraft('c', draft);
    expect('input' in result && result.input).toEqual({
      courseId: 'c',
      lessonId: 'l2',
      lesson: {
        title: 'Swing',
        markdown: 'x',
        passMark: 80,
        simulation: null,
        quiz: [{ id: 'n', kind: 'numeric', prompt: 'g?', unit: 'm/s²' }],
      },
      answers: { n: { kind: 'numeric', value: 9.81, tolerance: 0.1 } },
    });
  });
});
