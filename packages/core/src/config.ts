import { existsSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { parseTolerance, type Tolerance, ZERO_TOLERANCE } from './metrics/tolerance.ts';
import { parseYamlDocument, readYamlText } from './yaml-file.ts';

/**
 * crucible.yml: metric rules, and the gate policy per environment. One file for the actions and the CLI.
 * Unknown keys are errors (a typo must not silently disable a rule).
 */

const toleranceText = z.union([z.number().nonnegative(), z.string()]).superRefine((value, ctx) => {
  try {
    parseTolerance(value, 'tolerance');
  } catch {
    ctx.addIssue({ code: 'custom', message: `must be a number or a percentage like "2%", got ${JSON.stringify(value)}` });
  }
});

const MetricRuleSchema = z
  .object({
    name: z.string().min(1, 'must name a metric or a glob such as "eval/*"'),
    direction: z.enum(['higher', 'lower', 'none']).optional(),
    tolerance: toleranceText.optional(),
    required: z.boolean().optional(),
    ignore: z.boolean().optional(),
  })
  .strict();

/** A GitHub login (`octocat`) or a team (`org/team-slug`), with or without a leading "@". */
const ReviewerSchema = z
  .string()
  .regex(/^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/, 'must be a GitHub login like "octocat" or a team like "acme/ml-leads"');

/** A ref glob in Crucible's dialect (glob.ts); a leading "!" is literal, so a pattern never means "everything but". */
const RefPatternSchema = z.string().min(1, 'must be a branch, a tag or a ref glob such as "main", "v*" or "refs/heads/release/*"').max(256);

const EnvironmentPolicySchema = z
  .object({
    require: z
      .object({
        'protected-environment': z.boolean().default(true),
        approvals: z.number().int().nonnegative().default(1),
        /** Whose approvals count: logins and `org/team` slugs; absent, anyone but the actor and triggering actor. */
        reviewers: z.array(ReviewerSchema).min(1, 'must name at least one login or team; leave it out to count anyone').optional(),
        evidence: z.array(z.enum(['validation', 'profile', 'comparison', 'run'])).default(['validation', 'comparison', 'run']),
      })
      .strict()
      .prefault({}),
    /** Refs that may promote here: "main" and "v*" match branch and tag names, "refs/..." the full ref; absent, any ref. */
    refs: z.array(RefPatternSchema).min(1, 'must name at least one ref; leave it out to allow any ref').optional(),
    /** Whether a re-run (run attempt above 1) may promote: approvals carry no attempt, so by default it may not. */
    'allow-rerun': z.boolean().default(false),
    /** The stage the version must hold before it may take this one (production requires staging first). */
    'require-stage': z.string().min(1).max(256).optional(),
  })
  .strict();

/**
 * One environment's gate policy as crucible.yml gives it. Keys added after the first release are optional in the
 * type (parseConfig fills `allow-rerun`), so policies built in code before they existed stay valid.
 */
export type EnvironmentPolicy = {
  require: {
    'protected-environment': boolean;
    approvals: number;
    reviewers?: string[] | undefined;
    evidence: Array<'validation' | 'profile' | 'comparison' | 'run'>;
  };
  refs?: string[] | undefined;
  'allow-rerun'?: boolean | undefined;
  'require-stage'?: string | undefined;
};

const DRIFT_STATISTICS = ['auto', 'ks', 'chi-square', 'z', 'wasserstein', 'jensen-shannon', 'psi', 'hellinger'] as const;

/** A metric that must hold in production: its name (as the expected metrics file names it), with its own tolerance. */
const MonitorMetricSchema = z.union([
  z.string().min(1).max(512),
  z.object({ name: z.string().min(1).max(512), tolerance: toleranceText.optional() }).strict(),
]);

/** `monitor:` in crucible.yml: how `crucible monitor` and actions/monitor judge production data. */
const MonitorSchema = z
  .object({
    /** Columns that are not drift-checked (ids, timestamps, free text). */
    skip: z.array(z.string().min(1).max(10_000)).default([]),
    /** Per-column drift statistic and threshold, or `false` to skip the column. */
    columns: z
      .record(
        z.string(),
        z.union([
          z.literal(false),
          z.object({ statistic: z.enum(DRIFT_STATISTICS).optional(), threshold: z.number().positive().optional() }).strict(),
        ]),
      )
      .default({}),
    /** Dataset drift when at least this share of the tested columns drifted (Evidently's default, 0.5). */
    'drift-share': z.number().gt(0).max(1).default(0.5),
    /** `column`: alert when any monitored column drifts; `dataset`: only on dataset drift. */
    'alert-on': z.enum(['column', 'dataset']).default('column'),
    /** Fewer labelled-or-not rows than this is not judged (and so not healthy). */
    'min-rows': z.number().int().positive().default(100),
    /** Expected metrics that must have a live counterpart and hold; others are judged when they can be. */
    metrics: z.array(MonitorMetricSchema).default([]),
    /** How far a live metric may fall short of the expected one (absolute, or "2%" of it); default metrics.tolerance. */
    tolerance: toleranceText.optional(),
    /** The confidence of the bound on a live metric (sampling noise); default metrics.confidence. */
    confidence: z.number().gt(0.5).lt(1).optional(),
    /** What the model predicts; inferred from the expected metrics and the target column when absent. */
    task: z.enum(['classification', 'regression']).optional(),
    /** The positive class of a binary classifier (default: 1, true, yes or positive when the labels hold it). */
    'positive-label': z.union([z.string().min(1).max(1000), z.number(), z.boolean()]).optional(),
  })
  .strict();

export type MonitorPolicy = {
  skip: string[];
  columns: Record<string, false | { statistic?: (typeof DRIFT_STATISTICS)[number] | undefined; threshold?: number | undefined }>;
  driftShare: number;
  alertOn: 'column' | 'dataset';
  minRows: number;
  metrics: { name: string; tolerance?: Tolerance | undefined; line?: number | undefined }[];
  tolerance?: Tolerance | undefined;
  confidence?: number | undefined;
  task?: 'classification' | 'regression' | undefined;
  positiveLabel?: string | undefined;
  /** The `monitor:` section's line, for messages. */
  line?: number | undefined;
};

export const DEFAULT_MONITOR: MonitorPolicy = { skip: [], columns: {}, driftShare: 0.5, alertOn: 'column', minRows: 100, metrics: [] };

export const CrucibleConfigSchema = z
  .object({
    metrics: z
      .object({
        rules: z.array(MetricRuleSchema).default([]),
        tolerance: toleranceText.default(0),
        confidence: z.number().gt(0.5).lt(1).default(0.95),
      })
      .strict()
      .prefault({}),
    environments: z.record(z.string(), EnvironmentPolicySchema).default({}),
    monitor: MonitorSchema.prefault({}),
  })
  .strict();

export type MetricRule = {
  name: string;
  direction?: 'higher' | 'lower' | 'none';
  tolerance?: Tolerance;
  required: boolean;
  ignore: boolean;
  /** The rule's line in the config file, for annotations. */
  line?: number;
};

export type CrucibleConfig = {
  /** The file it came from, or null when defaults were used. */
  file: string | null;
  metrics: { rules: MetricRule[]; tolerance: Tolerance; confidence: number };
  environments: Record<string, EnvironmentPolicy>;
  /** Optional in the type so that configs built in code before `monitor:` existed stay valid. */
  monitor?: MonitorPolicy | undefined;
};

export const DEFAULT_CONFIG: CrucibleConfig = {
  file: null,
  metrics: { rules: [], tolerance: ZERO_TOLERANCE, confidence: 0.95 },
  environments: {},
  monitor: DEFAULT_MONITOR,
};

export function parseConfig(text: string, file: string): CrucibleConfig {
  const { data: raw, lineOf } = parseYamlDocument(text, file, CrucibleConfigSchema);
  return {
    file,
    metrics: {
      rules: raw.metrics.rules.map((rule, i) => ({
        name: rule.name,
        direction: rule.direction,
        tolerance: rule.tolerance === undefined ? undefined : parseTolerance(rule.tolerance, `${file}: metrics.rules[${i}].tolerance`),
        required: rule.required ?? false,
        ignore: rule.ignore ?? false,
        line: lineOf(['metrics', 'rules', i]),
      })),
      tolerance: parseTolerance(raw.metrics.tolerance, `${file}: metrics.tolerance`),
      confidence: raw.metrics.confidence,
    },
    environments: raw.environments,
    monitor: {
      skip: raw.monitor.skip,
      columns: raw.monitor.columns,
      driftShare: raw.monitor['drift-share'],
      alertOn: raw.monitor['alert-on'],
      minRows: raw.monitor['min-rows'],
      metrics: raw.monitor.metrics.map((metric, i) => {
        const name = typeof metric === 'string' ? metric : metric.name;
        const tolerance = typeof metric === 'string' || metric.tolerance === undefined ? undefined : parseTolerance(metric.tolerance, `${file}: monitor.metrics[${i}].tolerance`);
        return { name, tolerance, line: lineOf(['monitor', 'metrics', i]) };
      }),
      tolerance: raw.monitor.tolerance === undefined ? undefined : parseTolerance(raw.monitor.tolerance, `${file}: monitor.tolerance`),
      confidence: raw.monitor.confidence,
      task: raw.monitor.task,
      positiveLabel: raw.monitor['positive-label'] === undefined ? undefined : String(raw.monitor['positive-label']),
      line: lineOf(['monitor']),
    },
  };
}

/**
 * Reads crucible.yml. A path the user named must exist; the default one may be absent, and then the defaults
 * apply (no rules, tolerance 0, confidence 0.95, no environments).
 */
export function loadConfig(path: string, options: { explicit: boolean; workspace?: string | undefined }): CrucibleConfig {
  if (!existsSync(path)) {
    if (!options.explicit) return DEFAULT_CONFIG;
    throw new ConfigError(`Config file ${path} does not exist. Create it, or leave the config input empty to use the defaults.`);
  }
  return parseConfig(readYamlText(path, path, options.workspace), path);
}
