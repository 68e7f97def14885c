import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { readFileSync } from 'node:fs';
import QuestionResults from '../../src/components/QuestionResults.svelte';
import { Questions } from '../../src/app/questions.svelte';
import { Atlas } from '../../src/lib/atlas.svelte';
import { parseEssay } from '../../src/lib/story/parse';
import { julianInstant } from '../../src/lib/time/instant';
import { MAPS } from '../../src/lib/map/maps';
import type { AnswerMessage, AnswerValue } from '../../src/lib/questions/types';
import { diskFetch } from './app/disk-fetch';

const essay = parseEssay(readFileSync('tests/fixtures/questions-three.md', 'utf8'));

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

let serial = 0;
const msg = (questionId: string, value: AnswerValue, answerId = `answer-${++serial}-x`) => ({
  answerId,
  questionId,
  value,
});
const minutes = (julian: string) =>
  (julianInstant(julian) - MAPS.petrograd.timeline.start) / 60_000;

async function setup(id: string, answers: AnswerMessage[], revealed = false) {
  const atlas = new Atlas(diskFetch, () => essay);
  await atlas.ensureMap('petrograd');
  const questions = new Questions(
    atlas,
    () => 'default',
    () => undefined,
  );
  const question = questions.all.find((q) => q.id === id)!;
  let reveals = 0;
  const files: { name: string; text: string }[] = [];
  const view = render(QuestionResults, {
    question,
    questions,
    answers,
    revealed,
    onreveal: () => reveals++,
    download: (name: string, text: string) => files.push({ name, text }),
  });
  cleanups.push(() => view.unmount());
  const region = screen.getByRole('region', { name: `Answers: ${question.prompt}` });
  return { atlas, questions, view, region, files, reveals: () => reveals };
}

describe('QuestionResults', () => {
  it('shows only how many answered until Reveal', async () => {
    const answers = [
      msg('chair', { kind: 'choose', option: 1 }),
      msg('chair', { kind: 'choose', option: 0 }),
    ];
    const { region, reveals } = await setup('chair', answers);
    expect(within(region).getByRole('status').textContent).toBe('2 answers so far.');
    expect(region.textContent).not.toContain('Trotsky');
    expect(within(region).queryByRole('list')).toBeNull();
    await fireEvent.click(within(region).getByRole('button', { name: 'Reveal' }));
    expect(reveals()).toBe(1);
  });

  it('shows the choices as bars with counts and shares, an answer resent counted once', async () => {
    const answers = [
      msg('chair', { kind: 'choose', option: 1 }, 'same-answer-1'),
      msg('chair', { kind: 'choose', option: 1 }, 'same-answer-1'),
      msg('chair', { kind: 'choose', option: 1 }),
      msg('chair', { kind: 'choose', option: 0 }),
      msg('find-smolny', { kind: 'place', lng: 30.39, lat: 59.95 }),
    ];
    const { region } = await setup('chair', answers, true);
    const rows = within(region)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual(['Lenin 1 (33 %)', 'Trotsky (the answer) 2 (67 %)']);
    expect(within(region).getByRole('status').textContent).toBe('3 answers so far.');
  });

  it('scores the taps once revealed, and not before', async () => {
    const answers = [
      msg('find-smolny', { kind: 'place', lng: 30.3958, lat: 59.9455 }),
      msg('find-smolny', { kind: 'place', lng: 30.3164, lat: 59.9401 }),
    ];
    const { region, view } = await setup('find-smolny', answers);
    flushSync();
    expect(region.textContent).not.toContain('right');
    await view.rerender({ revealed: true });
    expect(region.textContent?.replace(/\s+/g, ' ')).toContain('1 right, 0 partly right, 1 off');
  });

  it('marks the moments on a strip of the timeline, with the moment itself', async () => {
    const answers = [
      msg('arrest', { kind: 'when', t: minutes('1917-10-26T02:00') }),
      msg('arrest', { kind: 'when', t: minutes('1917-10-25T21:45') }),
    ];
    const { region } = await setup('arrest', answers, true);
    expect(region.textContent).toContain(
      '1 of 2 answers within the tolerance of 26 Oct / 8 Nov 1917, 02:10.',
    );
    const strip = within(region).getByRole('img');
    expect(strip.getAttribute('aria-label')).toContain('2 answers marked on the timeline');
    expect(strip.querySelectorAll('line.mark')).toHaveLength(2);
  });

  it('downloads every answer of the class as CSV', async () => {
    const answers = [
      msg('chair', { kind: 'choose', option: 1 }),
      msg('find-smolny', { kind: 'place', lng: 30.39, lat: 59.95 }),
    ];
    const { region, files } = await setup('chair', answers);
    await fireEvent.click(within(region).getByRole('button', { name: 'Download results (CSV)' }));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('atlas-1917-results.csv');
    const lines = files[0]!.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('question,prompt,answer_id,kind,lng,lat,option,minutes');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('find-smolny,Where did the committee sit?');
  });
});
