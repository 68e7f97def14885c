import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { denseEssay, proseOf, realisticEssay } from '../../../scripts/essay/prose';
import { readEssay } from '../../../src/lib/story/import';

const prose = proseOf(readFileSync('public/essays/default.md', 'utf8'));
const size = (s: string) => Buffer.byteLength(s, 'utf8');

describe('proseOf', () => {
  it('keeps headings and paragraphs, without front matter, blocks or links', () => {
    expect(prose).not.toMatch(/^---$|```|\]\(|^# /m);
    expect(prose).toMatch(/^## /m);
    expect(prose).toContain('Tauride Palace');
  });
});

describe('realisticEssay', () => {
  it('is as long as asked, to within a paragraph, and the same each time', () => {
    const text = realisticEssay(prose, 300_000);
    expect(size(text)).toBeLessThanOrEqual(300_000);
    expect(size(text)).toBeGreaterThan(300_000 - 2_000);
    expect(realisticEssay(prose, 300_000)).toBe(text);
  });
  it('reads as an essay of many sections and passages', () => {
    const essay = readEssay(realisticEssay(prose, 100_000), 'long.md');
    expect(essay.title).toBe('A long essay');
    expect(essay.passages.length).toBeGreaterThan(300);
    expect(new Set(essay.passages.map((p) => p.section)).size).toBeGreaterThan(10);
  });
});

describe('denseEssay', () => {
  it('names a place every few words, within the size asked', () => {
    const text = denseEssay(50_000);
    expect(size(text)).toBeLessThanOrEqual(50_000);
    expect(size(text)).toBeGreaterThan(49_000);
    expect(text.match(/Petrograd/g)!.length).toBeGreaterThan(100);
  });
});
