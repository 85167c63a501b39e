/** The readers' caps: no row, field or gzip grows memory or work without bound, and each failure names the line. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../src/data/index.ts';
import { MAX_FIELD_BYTES, MAX_RECORD_BYTES } from '../src/data/records.ts';
import { MAX_INFLATION, MIN_INFLATED_BYTES } from '../src/data/source.ts';
import { check, dataFile, validate } from './data-helpers.ts';

const MiB = 1024 * 1024;

describe('a row, a field and a gzip have a cap', () => {
  it('fails on a row past the cap inside a small gzip, naming the line (a 2 GB row took 5.4 GB, then misread the next cell)', async () => {
    const huge = 'x'.repeat(MAX_RECORD_BYTES + MiB);
    const gz = gzipSync(`id,name\n1,a\n2,${huge}\n3,c\n`);
    expect(gz.length).toBeLessThan(MiB);
    const path = dataFile('data.csv.gz', gz);
    const run = validate(path, "columns:\n  id: {type: integer}\n");
    await expect(run).rejects.toThrow(DataFileError);
    await expect(validate(path)).rejects.toThrow(/^data\.csv\.gz:3: a row longer than 32 MiB starts here, more than a row may hold\. A quote that is never closed/);
  });

  it('fails on a quote never closed before the cap, in a plain file read by two threads', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i},name ${i}`).join('\n');
    const path = dataFile('data.csv', `id,name\n${rows}\n1,"never closed\n${'y,'.repeat(MAX_RECORD_BYTES / 2 + MiB)}\n`);
    await expect(validate(path, 'columns: {}', { threads: 2, forceSplit: true })).rejects.toThrow(/^data\.csv:20002: a row longer than 32 MiB starts here/);
  });

  it('fails on one field past its cap in a row within the row cap, naming the field', async () => {
    const path = dataFile('data.csv', `id,text,n\n1,a,1\n2,"${'z'.repeat(MAX_FIELD_BYTES + 10)}",2\n`);
    await expect(validate(path)).rejects.toThrow(/^data\.csv:3: field 2 holds 17 MiB, more than the 16 MiB a field may hold/);
  });

  it('fails on a JSON line past the row cap', async () => {
    const path = dataFile('data.jsonl', `{"id": 1}\n{"id": 2, "text": "${'w'.repeat(MAX_RECORD_BYTES + 10)}"}\n`);
    await expect(validate(path)).rejects.toThrow(/^data\.jsonl:2: a row longer than 32 MiB starts here/);
  });

  it('reads a long row below the caps, and the cells after it, as written (plain and gzip)', async () => {
    const long = 'q'.repeat(5 * MiB);
    const text = `id,text,n\n1,a,10\n2,"${long}",20\n3,c,30\n`;
    for (const path of [dataFile('data.csv', text), dataFile('data.csv.gz', gzipSync(text))]) {
      const result = await validate(path, 'columns:\n  n: {type: integer, min: 10, max: 30}\n  text: {length: {max: 10}}\n');
      expect(check(result, 'between', 'n')).toMatchObject({ success: true, elementCount: 3 });
      expect(check(result, 'length', 'text')).toMatchObject({ success: false, unexpectedCount: 1 });
    }
  });

  it('stops a gzip bomb once it inflates past the cap, naming the ratio', async () => {
    // Valid short rows, so that only the inflation cap can stop it: ~300 MiB from well under 1 MiB.
    const row = `1,${'0'.repeat(1000)}\n`;
    const rows = Math.ceil((MIN_INFLATED_BYTES + 40 * MiB) / row.length);
    const gz = gzipSync(Buffer.concat([Buffer.from('id,v\n'), Buffer.from(row.repeat(rows))]), { level: 9 });
    expect(gz.length * MAX_INFLATION).toBeLessThan(MIN_INFLATED_BYTES);
    const path = dataFile('bomb.csv.gz', gz);
    await expect(validate(path)).rejects.toThrow(/^bomb\.csv\.gz: inflates to more than 250 times its compressed size \(\d+ bytes\) past 256 MiB, as a gzip bomb does\. If it is real data, decompress it yourself/);
  });
});
