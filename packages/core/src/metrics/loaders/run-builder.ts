import type { LoadedRun, MetricValue, MetricsFormat, ParamValue } from '../types.ts';
import type { LoadContext, LoadedUnit } from './context.ts';
import { excerpt } from '../../fs/safe-file.ts';
import { MetricsFileError } from './errors.ts';

/**
 * Puts the units of one run together. A format that repeats keys across its own files has merged them already
 * (inside its unit); the same metric from two units is an error naming both files, because the run would
 * otherwise report whichever happened to be read last.
 */
export class RunBuilder {
  private readonly context: LoadContext;
  private readonly formats: MetricsFormat[] = [];
  private readonly files: string[] = [];
  private metrics = new Map<string, MetricValue>();
  private readonly params = new Map<string, ParamValue>();

  constructor(context: LoadContext) {
    this.context = context;
  }

  add(unit: LoadedUnit): void {
    const context = this.context;
    // A params file (hparams.yaml beside Lightning's metrics.csv) is part of the run, not a source of metrics.
    if (unit.metrics.size > 0 && !this.formats.includes(unit.format)) this.formats.push(unit.format);
    for (const file of unit.files) this.files.push(file);
    context.ensureRoom(unit.files[0] ?? '', unit.metrics.size);
    if (this.metrics.size === 0) {
      // The usual run is one unit: its map becomes the run's, without copying 10,000 entries.
      this.metrics = unit.metrics;
    } else {
      for (const metric of unit.metrics.values()) this.addMetric(metric);
    }
    context.metricsSoFar = this.metrics.size;
    for (const param of unit.params) this.addParam(param);
  }

  private addMetric(metric: MetricValue): void {
    const earlier = this.metrics.get(metric.name);
    if (earlier !== undefined) {
      const first = this.context.display(earlier.source.file);
      const second = this.context.display(metric.source.file);
      throw new MetricsFileError(
        `Metric "${metric.name}" appears in both ${first} and ${second}; a run must report each metric once. ` +
          'Point at one of the files, or pass a format to load only one kind.',
        { file: second, key: metric.name },
      );
    }
    this.metrics.set(metric.name, metric);
  }

  private addParam(param: ParamValue): void {
    const earlier = this.params.get(param.name);
    if (earlier === undefined) {
      this.params.set(param.name, param);
    } else if (earlier.value !== param.value) {
      const first = this.context.display(earlier.source.file);
      const second = this.context.display(param.source.file);
      throw new MetricsFileError(
        `Param "${param.name}" is ${excerpt(earlier.value, 60)} in ${first} but ${excerpt(param.value, 60)} ` +
          `in ${second}; a run must record each param once. Point at one run's files.`,
        { file: second, key: param.name },
      );
    }
  }

  build(): LoadedRun {
    return {
      path: this.context.root,
      formats: this.formats,
      files: this.files,
      metrics: this.metrics,
      params: this.params,
    };
  }
}
