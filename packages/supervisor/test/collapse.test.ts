import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ProgressCollapser } from '../src/collapse.ts';

function collapse(chunks: string[], interval = 0, clock?: () => number): string {
  const sink = new PassThrough();
  const out: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => out.push(chunk));
  const collapser = new ProgressCollapser(sink, interval, clock);
  for (const chunk of chunks) collapser.write(Buffer.from(chunk));
  collapser.end();
  return Buffer.concat(out).toString('utf8');
}

describe('ProgressCollapser', () => {
  it.each([
    ['plain lines pass through', ['a\nb\n'], 'a\nb\n'],
    ['a bar keeps its last state', ['\r 10%\r 50%\r100%\n'], '100%\n'],
    ['CRLF is a newline', ['a\r\nb\r\n'], 'a\nb\n'],
    ['a bar split across chunks', ['loss 1\n\r1/3', '\r2/3', '\r3/3\nnext\n'], 'loss 1\n3/3\nnext\n'],
    ['an unfinished last line is written at the end', ['a\nhalf'], 'a\nhalf\n'],
    ['an unfinished bar is written in its last state', ['\r1/9\r2/9'], '2/9\n'],
    ['a line ending in a bare CR keeps the text', ['done\r', '\n'], 'done\n'],
    ['Keras-style bar then metrics on one line', ['1/5 [=>...]\r5/5 [=====] - loss: 0.1\n'], '5/5 [=====] - loss: 0.1\n'],
    ['multi-byte text split across chunks', [Buffer.from('é\n').subarray(0, 1).toString('latin1')], '\u00c3\n'],
  ])('%s', (_name, chunks, expected) => {
    expect(collapse(chunks)).toBe(expected);
  });

  it('shows a long-running bar now and then, without repeating it at the end', () => {
    let now = 0;
    const clock = () => now;
    const chunks = ['start\n'];
    const sink = new PassThrough();
    const out: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => out.push(chunk));
    const collapser = new ProgressCollapser(sink, 1000, clock);
    collapser.write(Buffer.from(chunks[0] as string));
    for (let i = 1; i <= 30; i++) {
      now = i * 100;
      collapser.write(Buffer.from(`\r${i}/30`));
    }
    collapser.write(Buffer.from('\n'));
    collapser.end();
    const lines = Buffer.concat(out).toString('utf8').split('\n').filter(Boolean);
    expect(lines[0]).toBe('start');
    expect(lines.at(-1)).toBe('30/30');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.length).toBeLessThan(8);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('gives the same output however the input is cut into chunks', () => {
    const text = 'start\nplain line\r\n\r10%\r20%\r30%\nloss 0.5\nhalf a line, then the rest\n\rbar 1\rbar 2\ndone\r\n';
    const whole = collapse([text]);
    expect(whole).toBe('start\nplain line\n30%\nloss 0.5\nhalf a line, then the rest\nbar 2\ndone\n');
    let seed = 7;
    for (let trial = 0; trial < 200; trial++) {
      const chunks: string[] = [];
      for (let at = 0; at < text.length; ) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const size = 1 + (seed % 9);
        chunks.push(text.slice(at, at + size));
        at += size;
      }
      expect(collapse(chunks)).toBe(whole);
    }
  });

  it('breaks a line that never ends so memory stays bounded', () => {
    const text = collapse(Array.from({ length: 20 }, () => 'x'.repeat(10_000)));
    expect(text.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expect(text.replaceAll('\n', '').length).toBe(200_000);
  });
});
