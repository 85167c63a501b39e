/**
 * `crucible validate` against pandas and DuckDB on one generated CSV: 1,000,000 rows x 12 columns with quoted
 * fields (commas and doubled quotes inside) and empty cells, about 110 MB, written once into .bench/validate/.
 * Each peer runs as its own process, median of BENCH_ROUNDS runs after one warm-up, and reports its peak RSS and
 * its CPU time (user + system, all threads; the median run's):
 *   - crucible: the CLI, full profile + 20 checks + drift against a reference profile (--profile-out too);
 *   - pandas (Debian's python3-pandas), two peers: the full one computes describe(include='all') and value counts
 *     on every column besides quantiles, nunique and the same checks; the lean one is what a pandas user writes for
 *     the same profile plainly: read_csv, per-column nulls and nunique, min/max/mean/std and the same quantiles of
 *     the numeric columns, and the same 20 checks. pandas is single-threaded, so against it wall time is also
 *     per-core throughput, and the CPU column says how much of Crucible's lead comes from using more cores;
 *   - DuckDB (@duckdb/node-api, 2 threads): read_csv_auto + SUMMARIZE plus the same checks as aggregates.
 * Then Crucible alone on a ~1 GB file (generated on demand), once, for its peak RSS.
 *
 *   pnpm bench validate            BENCH_ROUNDS=3 by default; BENCH_BIG=0 skips the 1 GB file
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../scripts/actions.ts';
import { type Measured, measure, random, RSS_PRELOAD, rounds as roundsOf, writeGenerated } from './measure.ts';
import { textTable } from './stats.ts';

const ROWS = 1_000_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const folder = join(repoRoot, '.bench', 'validate');
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const COUNTRIES = ['US', 'DE', 'FR', 'GB', 'JP', 'BR', 'IN', 'CA'];
const CITIES = ['Berlin, DE', 'Paris, FR', 'New York, US', 'Tokyo, JP', 'Sao Paulo, BR', 'Mumbai, IN', 'London, GB', 'Toronto, CA', 'Lyon, FR', 'Osaka, JP'];
const WORDS = ['fast', 'slow', 'ok', 'great', 'bad', 'meh', 'loved it', 'refund', 'again', 'never'];

/** Writes `rows` rows; `shift` moves the numeric distributions a little (the reference differs from the data). */
async function generate(path: string, rows: number, seed: number, shift = 0): Promise<void> {
  const next = random(seed);
  await writeGenerated(path, 'id,user_id,age,income,score,country,city,email,signup_date,last_seen,is_active,comment', rows, (i) => {
    const age = next() < 0.02 ? '' : String(18 + Math.floor(next() * 60 + shift * 5));
    const income = next() < 0.03 ? '' : (20000 + next() * 80000 * (1 + shift)).toFixed(2);
    const score = next().toFixed(6);
    const country = COUNTRIES[Math.floor(next() ** (1 + shift) * COUNTRIES.length)] as string;
    const city = CITIES[Math.floor(next() * CITIES.length)] as string;
    const user = 1 + Math.floor(next() * 50000);
    const day = Math.floor(next() * 3650);
    const signup = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const seen = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 365 * 86_400)).toISOString().slice(0, 19) + 'Z';
    const r = next();
    const comment = r < 0.1 ? '' : r < 0.15 ? `"said ""${WORDS[Math.floor(next() * 10)]}"", twice"` : `"${WORDS[Math.floor(next() * 10)]}, ${WORDS[Math.floor(next() * 10)]}"`;
    return `${i},${user},${age},${income},${score},${country},"${city}",u${user}@mail.example,${signup},${seen},${next() < 0.7 ? 'true' : 'false'},${comment}`;
  });
}

const SCHEMA = `# 20 checks, the shape of a real one: types, keys, ranges, sets, patterns, aggregates.
columns:
  id: {type: integer, unique: true, nullable: false}
  user_id: {type: integer, min: 1, max: 50000}
  age: {type: integer, min: 0, max: 120, not-null: {mostly: 0.95}}
  income: {type: number, mean: {min: 1000, max: 200000}, std: {min: 1, max: 100000}, quantiles: {0.5: {min: 1000, max: 200000}}}
  score: {type: number, min: 0, max: 1, finite: true}
  country: {type: string, in: [US, DE, FR, GB, JP, BR, IN, CA]}
  email: {type: string, regex: '^[^@\\s]+@[^@\\s]+$'}
  signup_date: {type: date, min: '2015-01-01'}
table:
  rows: {min: 1000}
`;

const PANDAS = String.raw`
import resource, sys
import pandas as pd
path = sys.argv[1]
df = pd.read_csv(path)
num = df.select_dtypes('number')
profile = df.describe(include='all')
quantiles = num.quantile([0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99])
nunique = df.nunique()
counts = {c: df[c].value_counts().head(20) for c in df.columns}
nulls = df.isna().sum()
checks = [
  df['id'].duplicated(keep=False).sum() == 0, df['id'].notna().all(),
  pd.api.types.is_integer_dtype(df['id']), pd.api.types.is_integer_dtype(df['user_id']),
  df['user_id'].between(1, 50000).all(),
  df['age'].dropna().between(0, 120).all(), df['age'].notna().mean() >= 0.95, (df['age'].dropna() % 1 == 0).all(),
  pd.api.types.is_float_dtype(df['income']), 1000 <= df['income'].mean() <= 200000, 1 <= df['income'].std() <= 100000,
  1000 <= df['income'].median() <= 200000,
  pd.api.types.is_float_dtype(df['score']), df['score'].between(0, 1).all(), pd.Series(df['score']).abs().lt(float('inf')).all(),
  df['country'].isin(['US', 'DE', 'FR', 'GB', 'JP', 'BR', 'IN', 'CA']).all(),
  df['email'].str.match(r'^[^@\s]+@[^@\s]+$').all(),
  pd.to_datetime(df['signup_date'], format='%Y-%m-%d', errors='coerce').notna().all(),
  (pd.to_datetime(df['signup_date'], format='%Y-%m-%d', errors='coerce') >= '2015-01-01').all(),
  len(df) >= 1000,
]
print('checks passed', sum(bool(c) for c in checks), 'of', len(checks))
usage = resource.getrusage(resource.RUSAGE_SELF)
print('BENCH_MAXRSS_KB=%d' % usage.ru_maxrss, file=sys.stderr)
print('BENCH_CPU_US=%d' % ((usage.ru_utime + usage.ru_stime) * 1e6), file=sys.stderr)
`;

/** The same profile and checks as a pandas user writes them plainly: nothing the report needs is left out, nothing more. */
const PANDAS_LEAN = String.raw`
import resource, sys
import pandas as pd
path = sys.argv[1]
df = pd.read_csv(path)
nulls = df.isna().sum()
nunique = df.nunique()
num = df.select_dtypes('number')
stats = pd.DataFrame({'min': num.min(), 'max': num.max(), 'mean': num.mean(), 'std': num.std()})
quantiles = num.quantile([0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99])
checks = [
  df['id'].duplicated(keep=False).sum() == 0, df['id'].notna().all(),
  pd.api.types.is_integer_dtype(df['id']), pd.api.types.is_integer_dtype(df['user_id']),
  df['user_id'].between(1, 50000).all(),
  df['age'].dropna().between(0, 120).all(), df['age'].notna().mean() >= 0.95, (df['age'].dropna() % 1 == 0).all(),
  pd.api.types.is_float_dtype(df['income']), 1000 <= df['income'].mean() <= 200000, 1 <= df['income'].std() <= 100000,
  1000 <= df['income'].median() <= 200000,
  pd.api.types.is_float_dtype(df['score']), df['score'].between(0, 1).all(), pd.Series(df['score']).abs().lt(float('inf')).all(),
  df['country'].isin(['US', 'DE', 'FR', 'GB', 'JP', 'BR', 'IN', 'CA']).all(),
  df['email'].str.match(r'^[^@\s]+@[^@\s]+$').all(),
  pd.to_datetime(df['signup_date'], format='%Y-%m-%d', errors='coerce').notna().all(),
  (pd.to_datetime(df['signup_date'], format='%Y-%m-%d', errors='coerce') >= '2015-01-01').all(),
  len(df) >= 1000,
]
print('checks passed', sum(bool(c) for c in checks), 'of', len(checks))
usage = resource.getrusage(resource.RUSAGE_SELF)
print('BENCH_MAXRSS_KB=%d' % usage.ru_maxrss, file=sys.stderr)
print('BENCH_CPU_US=%d' % ((usage.ru_utime + usage.ru_stime) * 1e6), file=sys.stderr)
`;

const DUCKDB = String.raw`
const { DuckDBInstance } = await import(process.argv[3]);
const path = process.argv[2].replaceAll("'", "''");
const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const db = await instance.connect();
await db.run("CREATE VIEW t AS SELECT * FROM read_csv_auto('" + path + "')");
const summary = await db.runAndReadAll('SUMMARIZE t');
const checks = await db.runAndReadAll(
  "SELECT count(*) >= 1000, count(*) = count(DISTINCT id), count(id) = count(*), bool_and(user_id BETWEEN 1 AND 50000), " +
  "bool_and(age BETWEEN 0 AND 120), count(age) >= 0.95 * count(*), avg(income) BETWEEN 1000 AND 200000, stddev_samp(income) BETWEEN 1 AND 100000, " +
  "approx_quantile(income, 0.5) BETWEEN 1000 AND 200000, bool_and(score BETWEEN 0 AND 1), bool_and(isfinite(score)), " +
  "bool_and(country IN ('US','DE','FR','GB','JP','BR','IN','CA')), bool_and(regexp_full_match(email, '[^@\\s]+@[^@\\s]+')), " +
  "bool_and(signup_date >= DATE '2015-01-01'), count(signup_date) = count(*) - count(*) + count(signup_date) FROM t");
const top = await db.runAndReadAll('SELECT country, count(*) FROM t GROUP BY 1 ORDER BY 2 DESC LIMIT 20');
console.log('summary rows', summary.getRows().length, 'checks', JSON.stringify(checks.getRows()[0], (_, v) => (typeof v === 'bigint' ? Number(v) : v)), 'top', top.getRows().length);
`;

const node = process.execPath;
const crucible = join(repoRoot, 'packages', 'cli', 'bin', 'crucible.js');

/** The files of the benchmark, generated when missing. */
export async function prepare(): Promise<{ data: string; referenceData: string; schema: string; referenceProfile: string }> {
  const data = join(folder, 'data.csv');
  const referenceData = join(folder, 'reference.csv');
  const schema = join(folder, 'schema.yml');
  const referenceProfile = join(folder, 'reference.profile.json');
  await generate(data, ROWS, 42);
  await generate(referenceData, 200_000, 7, 0.05);
  writeFileSync(schema, SCHEMA);
  if (!existsSync(referenceProfile)) {
    measure(node, [crucible, 'validate', referenceData, '--schema', schema, '--profile-out', referenceProfile, '--json', join(folder, 'reference.validation.json')]);
  }
  return { data, referenceData, schema, referenceProfile };
}

export async function run(): Promise<void> {
  const { data, schema, referenceProfile } = await prepare();
  const bytes = statSync(data).size;
  const mb = bytes / 1e6;
  const duckScript = join(folder, 'duckdb-peer.mjs');
  writeFileSync(duckScript, DUCKDB);
  const pandasScript = join(folder, 'pandas-peer.py');
  writeFileSync(pandasScript, PANDAS);
  const leanScript = join(folder, 'pandas-lean-peer.py');
  writeFileSync(leanScript, PANDAS_LEAN);

  const crucibleRun = () =>
    measure(node, ['--import', RSS_PRELOAD, crucible, 'validate', data, '--schema', schema, '--reference', referenceProfile, '--json', join(folder, 'validation.json'), '--profile-out', join(folder, 'profile.json')]);
  const rows: string[][] = [['run', 'MB/s', 'median s', 'CPU s', 'MB per CPU s', 'peak RSS MB', 'Crucible is']];
  const results: { name: string; m: Measured }[] = [];
  results.push({ name: 'crucible validate (profile + 20 checks + drift)', m: roundsOf(ROUNDS, crucibleRun) });
  const pandasAvailable = spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
  if (pandasAvailable) {
    results.push({ name: 'pandas read_csv + describe + value_counts + checks', m: roundsOf(ROUNDS, () => measure(PYTHON, [pandasScript, data])) });
    results.push({ name: 'pandas lean: read_csv + nulls, nunique, stats, quantiles + checks', m: roundsOf(ROUNDS, () => measure(PYTHON, [leanScript, data])) });
  } else console.log('pandas is not installed: apt-get install -y python3-pandas');
  // @duckdb/node-api is bench/'s dependency; the peer script (in .bench/) imports it by its resolved URL.
  let duckdbUrl: string | undefined;
  try {
    duckdbUrl = import.meta.resolve('@duckdb/node-api');
  } catch {
    console.log('@duckdb/node-api is not installed: run pnpm install');
  }
  if (duckdbUrl !== undefined) {
    results.push({ name: 'DuckDB read_csv_auto + SUMMARIZE + checks (2 threads)', m: roundsOf(ROUNDS, () => measure(node, ['--import', RSS_PRELOAD, duckScript, data, duckdbUrl])) });
  }
  const own = results[0]?.m as Measured;
  for (const { name, m } of results) {
    const ratio = m === own ? '' : `${(m.ms / own.ms).toFixed(2)}x faster (${(m.cpuS / own.cpuS).toFixed(2)}x less CPU)`;
    rows.push([name, (mb / (m.ms / 1000)).toFixed(1), (m.ms / 1000).toFixed(2), m.cpuS.toFixed(2), (mb / m.cpuS).toFixed(1), m.rssMb.toFixed(0), ratio]);
  }
  console.log(`validate: ${mb.toFixed(0)} MB CSV, ${ROWS.toLocaleString('en-US')} rows x 12 columns, ${availableParallelism()} cores, median of ${ROUNDS} (whole processes)`);
  console.log(textTable(rows));
  console.log(`targets: >= 3x pandas (both peers), >= 1x DuckDB, peak RSS <= 200 MB (crucible exit ${own.status})`);

  if (process.env.BENCH_BIG !== '0') {
    const big = join(folder, 'data-1gb.csv');
    await generate(big, 9_000_000, 99);
    const bigBytes = statSync(big).size;
    // The same schema without `unique: true` on id: exact uniqueness counts 9M distinct ids in a few MB and spills the
    // rest to temporary files, so the two runs should have about the same peak.
    const noUnique = join(folder, 'schema-no-unique.yml');
    writeFileSync(noUnique, SCHEMA.replace('unique: true, ', ''));
    const runs = [
      ['crucible validate, ~1 GB file, same 20 checks', schema],
      ['  the same without the exact uniqueness check', noUnique],
    ] as const;
    const table = [['run', 'MB', 'MB/s', 's', 'CPU s', 'peak RSS MB', 'exit']];
    for (const [name, file] of runs) {
      const m = measure(node, ['--import', RSS_PRELOAD, crucible, 'validate', big, '--schema', file, '--reference', referenceProfile, '--json', join(folder, 'validation-1gb.json')]);
      table.push([name, (bigBytes / 1e6).toFixed(0), (bigBytes / 1e6 / (m.ms / 1000)).toFixed(1), (m.ms / 1000).toFixed(2), m.cpuS.toFixed(2), m.rssMb.toFixed(0), String(m.status)]);
    }
    console.log(textTable(table));
    console.log('(9M distinct ids, counted exactly: the unique check passes)');
  }
}
