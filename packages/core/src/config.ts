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

const EnvironmentPolicySchema = z
  .object({
    require: z
      .object({
        'protected-environment': z.boolean().default(true),
        approvals: z.number().int().nonnegative().default(1),
        evidence: z.array(z.enum(['validation', 'profile', 'comparison', 'run'])).default(['validation', 'comparison', 'run']),
      })
      .strict()
      .prefault({}),
  })
  .strict();

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
  environments: z.output<typeof CrucibleConfigSchema>['environments'];
};

export const DEFAULT_CONFIG: CrucibleConfig = {
  file: null,
  metrics: { rules: [], tolerance: ZERO_TOLERANCE, confidence: 0.95 },
  environments: {},
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
