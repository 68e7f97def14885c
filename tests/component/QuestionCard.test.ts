import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { readFileSync } from 'node:fs';
import QuestionCard from '../../src/components/QuestionCard.svelte';
import { Questions } from '../../src/app/questions.svelte';
import { Atlas } from '../../src/lib/atlas.svelte';
import { parseEssay } from '../../src/lib/story/parse';
import { julianInstant } from '../../src/lib/time/instant';
import type { AnswerMessage } from '../../src/lib/questions/types';
import { diskFetch } from './app/disk-fetch';

const essay = parseEssay(readFileSync('tests/fixtures/questions-three.md', 'utf8'));

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function setup(id: string) {
  const atlas = new Atlas(diskFetch, () => essay);
  const items = new Map<string, string>();
  const questions = new Questions(
    atlas,
    () => 'default',
    () => ({
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => void items.set(k, v),
      removeItem: (k) => void items.delete(k),
    }),
  );
  const sent: AnswerMessage[] = [];
  questions.onanswer = (m) => sent.push(m);
  const question = questions.all.find((q) => q.id === id)!;
  const view = render(QuestionCard, { question, questions });
  cleanups.push(() => view.unmount());
  const form = screen.getByRole('group', { name: new RegExp(question.prompt) });
  return { atlas, questions, sent, form };
}

describe('QuestionCard', () => {
  it('asks a choice as a radio group with a legend, and tells whether it was right', async () => {
    const { form, sent } = setup('chair');
    const radios = within(form).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent?.trim())).toEqual([
      'Lenin',
      'Trotsky',
    ]);
    // Answering with nothing chosen says what to do and sends nothing.
    await fireEvent.click(within(form).getByRole('button', { name: 'Answer' }));
    expect(within(form).getByRole('status').textContent).toContain('Choose one of the answers');
    expect(sent).toEqual([]);
    await fireEvent.click(radios[0]!);
    await fireEvent.click(within(form).getByRole('button', { name: 'Answer' }));
    const status = within(form).getByRole('status');
    expect(status.textContent).toContain('Not right. Not quite: the answer is Trotsky.');
    expect(status.textContent).toContain('You chose Lenin.');
    expect(status.classList.contains('wrong')).toBe(true);
    // Answering again is allowed.
    await fireEvent.click(radios[1]!);
    await fireEvent.click(within(form).getByRole('button', { name: 'Answer' }));
    expect(status.textContent).toContain('Right. Right: Trotsky.');
    expect(sent.map((m) => m.value)).toEqual([
      { kind: 'choose', option: 0 },
      { kind: 'choose', option: 1 },
    ]);
  });

  it('reads the moment set on the timeline, in both calendars, and answers with it', async () => {
    const { form, atlas, sent } = setup('arrest');
    expect(form.textContent).toContain('Set the timeline, then Answer.');
    atlas.setTime(julianInstant('1917-10-26T02:00'));
    flushSync();
    expect(form.textContent).toContain('Moment set: 26 Oct / 8 Nov 1917, 02:00');
    await fireEvent.click(within(form).getByRole('button', { name: 'Answer' }));
    const status = within(form).getByRole('status');
    expect(status.textContent).toContain(
      'Right. 10 minutes early; it was 26 Oct / 8 Nov 1917, 02:10.',
    );
    expect(status.textContent).toContain('You answered 26 Oct / 8 Nov 1917, 02:00');
    expect(sent[0]?.value.kind).toBe('when');
    // The timeline now shows the right moment.
    expect(atlas.time).toBe(julianInstant('1917-10-26T02:10'));
  });

  it('offers the question’s own map when another is shown', async () => {
    const { form, atlas } = setup('arrest');
    atlas.showMap('brest-litovsk');
    flushSync();
    expect(within(form).queryByRole('button', { name: 'Answer' })).toBeNull();
    expect(form.textContent).toContain('asked on the Petrograd 1917 map');
    // Named apart from the header's map buttons, which are named by the map's title.
    await fireEvent.click(within(form).getByRole('button', { name: 'Show that map' }));
    expect(atlas.mapId).toBe('petrograd');
  });

  it('answers a place on the map: waits for the tap, may be cancelled, then shows the verdict', async () => {
    const { form, questions, atlas } = setup('find-smolny');
    await atlas.ensureMap('petrograd');
    await fireEvent.click(within(form).getByRole('button', { name: 'Answer on the map' }));
    expect(questions.picking?.id).toBe('find-smolny');
    expect(form.textContent).toContain('Waiting for your tap on the map');
    await fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(questions.picking).toBeNull();
    await fireEvent.click(within(form).getByRole('button', { name: 'Answer on the map' }));
    questions.pick(30.36, 59.95);
    flushSync();
    const status = within(form).getByRole('status');
    expect(status.textContent).toMatch(/^Not right\. \d\.\d km from Smolny Institute\./);
    expect(status.textContent).toContain('Your tap is marked on the map');
    expect(within(form).getByRole('button', { name: 'Answer again on the map' })).toBeTruthy();
  });
});
