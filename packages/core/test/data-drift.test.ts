import { describe, expect, it } from 'vitest';
import { chiSquareSurvival, hellingerDistance, jensenShannonDistance, ksPValue, normalCdf, populationStabilityIndex } from '../src/data/index.ts';
import { dataFile, validate } from './data-helpers.ts';

/**
 * Reference values computed independently with scipy 1.10 / numpy 1.24 (Debian's python3-scipy), by the formulas
 * Evidently uses:
 *   ref = [((i*37) % 101)/10 for i in range(200)], cur = [((i*53) % 97)/10 + 0.5 for i in range(300)]
 *   stats.ks_2samp(ref, cur)                 D 0.05, p 0.91495 (exact) / 0.91026 (method='asymp')
 *   stats.wasserstein_distance(ref, cur) / np.std(ref)                     0.092401914689208
 *   30 bins over both (np.histogram_bin_edges), zeros -> 0.0001:
 *     distance.jensenshannon 0.12135397819093725, PSI 0.248517538840288
 *   Sturges bins: Hellinger 0.05980252305901905
 *   categories ref {a:50, b:30, c:20}, cur {a:40, b:35, c:25}: stats.chisquare p 0.12981217685543797
 *   ref {a:50, b:30, c:20, d:0}, cur {a:40, b:30, c:25, d:5}: JS 0.1455211735871431, PSI 0.34358047680839876,
 *     Hellinger 0.1708203932499369
 *   proportions 60/100 vs 45/100: z 2.1239769762143657, p 0.03367206885634588
 *   stats.chi2.sf(7.5, 3) 0.0575584519726364, stats.chi2.sf(120, 10) 5.060046065842555e-21
 *   stats.kstwo.sf(0.05, 1000) 0.013012074781090332, stats.kstwo.sf(0.1, 200) 0.03411035080315383
 *   stats.norm.cdf(-3.2) 0.0006871379379158471
 */

const REF = Array.from({ length: 200 }, (_, i) => ((i * 37) % 101) / 10);
const CUR = Array.from({ length: 300 }, (_, i) => ((i * 53) % 97) / 10 + 0.5);

const csv = (values: (number | string)[], column = 'x') => `${column}\n${values.join('\n')}\n`;

async function drift(reference: string, current: string, schema: string) {
  const result = await validate(current, schema, { reference: dataFile('reference.csv', reference) });
  return result.evidence;
}

describe('distributions', () => {
  it.each([
    [chiSquareSurvival(7.5, 3), 0.0575584519726364, 1e-12],
    [chiSquareSurvival(120, 10), 5.060046065842555e-21, 1e-30],
    [normalCdf(-3.2), 0.0006871379379158471, 1e-12],
    [normalCdf(1), 0.8413447460685429, 1e-12],
    // Kolmogorov's limit with Stephens' correction against scipy's exact kstwo: within 1% (relative).
    [ksPValue(0.05, 1e12, 1000), 0.013012074781090332, 0.013012074781090332 * 0.01],
    [ksPValue(0.1, 1e12, 200), 0.03411035080315383, 0.03411035080315383 * 0.02],
  ])('%f is %f', (actual, expected, tolerance) => {
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance);
  });

  it('distances on category shares match scipy', () => {
    const ref = [0.5, 0.3, 0.2, 0.0001];
    const cur = [0.4, 0.3, 0.25, 0.05];
    expect(jensenShannonDistance(ref, cur)).toBeCloseTo(0.1455211735871431, 12);
    expect(populationStabilityIndex(ref, cur)).toBeCloseTo(0.34358047680839876, 12);
    expect(hellingerDistance([0.5, 0.3, 0.2, 0], [0.4, 0.3, 0.25, 0.05])).toBeCloseTo(0.1708203932499369, 12);
  });
});

describe('drift through the engine (reference <= 1000 rows keeps its values: exact)', () => {
  it.each([
    ['auto (KS, small reference)', '', 'ks', 0.91026, 0.01],
    ['wasserstein', 'wasserstein', 'wasserstein', 0.092401914689208, 1e-9],
    ['jensen-shannon', 'jensen-shannon', 'jensen-shannon', 0.12135397819093725, 1e-9],
    ['psi', 'psi', 'psi', 0.248517538840288, 1e-9],
    ['hellinger', 'hellinger', 'hellinger', 0.05980252305901905, 1e-9],
  ])('%s', async (_, method, statistic, expected, tolerance) => {
    const evidence = await drift(csv(REF), csv(CUR), `columns: {x: {type: number}}\n${method === '' ? '' : `drift: {method: ${method}}`}\n`);
    const [result] = evidence.drift;
    expect(result?.statistic).toBe(statistic);
    expect(Math.abs((result?.value as number) - expected)).toBeLessThanOrEqual(tolerance);
    if (statistic === 'ks') expect(result?.score).toBeCloseTo(0.05, 12);
  });

  it('chi-square for categories, the Z-test for two', async () => {
    const categories = (counts: Record<string, number>) => Object.entries(counts).flatMap(([value, count]) => Array<string>(count).fill(value));
    const chi = await drift(csv(categories({ a: 50, b: 30, c: 20 })), csv(categories({ a: 40, b: 35, c: 25 })), 'columns: {x: {type: string}}');
    expect(chi.drift[0]).toMatchObject({ statistic: 'chi-square', threshold: 0.05, drifted: false });
    expect(chi.drift[0]?.value).toBeCloseTo(0.12981217685543797, 10);
    const z = await drift(csv(categories({ yes: 60, no: 40 })), csv(categories({ yes: 45, no: 55 })), 'columns: {x: {type: string}}');
    expect(z.drift[0]).toMatchObject({ statistic: 'z', drifted: true });
    expect(z.drift[0]?.value).toBeCloseTo(0.03367206885634588, 8);
    expect(Math.abs(z.drift[0]?.score as number)).toBeCloseTo(2.1239769762143657, 10);
  });

  it('a large reference uses Wasserstein / std and Jensen-Shannon, and the dataset drifts at a share of 0.5', async () => {
    const reference = `x,c\n${Array.from({ length: 5000 }, (_, i) => `${(i % 100) / 10},${['a', 'b'][i % 2]}`).join('\n')}\n`;
    const shifted = `x,c\n${Array.from({ length: 5000 }, (_, i) => `${(i % 100) / 10 + 2},${['a', 'b'][i % 2]}`).join('\n')}\n`;
    const evidence = await drift(reference, shifted, 'columns: {x: {type: number}, c: {type: string}}');
    const byColumn = Object.fromEntries(evidence.drift.map((d) => [d.column, d]));
    expect(byColumn.x).toMatchObject({ statistic: 'wasserstein', threshold: 0.1, drifted: true });
    // Shifting by 2 with a std of 2.8723 (population): W1 = 2, so 0.6963; the sketches keep it within 2%.
    expect(Math.abs((byColumn.x?.value as number) - 2 / Math.sqrt(8.25))).toBeLessThan(0.02 * 0.6963);
    expect(byColumn.c).toMatchObject({ statistic: 'jensen-shannon', drifted: false, value: 0 });
    expect(evidence.driftSummary).toMatchObject({ columns: 2, drifted: 1, share: 0.5, datasetDrift: true });
    expect(evidence.success).toBe(false);
  });

  it('takes a saved profile as the reference, and thresholds from the schema', async () => {
    const reference = await validate(csv(REF), 'columns: {x: {type: number}}');
    const profilePath = dataFile('reference.profile.json', JSON.stringify(reference.profile));
    const result = await validate(csv(CUR), 'columns: {x: {type: number}}\ndrift: {method: wasserstein, threshold: 0.05}\n', { reference: profilePath });
    expect(result.evidence.reference).toMatchObject({ kind: 'profile', rows: 200 });
    expect(result.evidence.drift[0]).toMatchObject({ statistic: 'wasserstein', threshold: 0.05, drifted: true });
    expect(result.evidence.drift[0]?.value).toBeCloseTo(0.092401914689208, 9);
  });

  it('turns drift off for a column', async () => {
    const evidence = await drift(csv(REF), csv(CUR), 'columns: {x: {type: number, drift: false}}');
    expect(evidence.drift).toEqual([]);
    expect(evidence.driftSummary).toMatchObject({ columns: 0, datasetDrift: false });
  });
});
