import type { CrucibleConfig, EnvironmentPolicy } from '../config.ts';
import type { EvidenceKind } from '../evidence/common.ts';
import type { FoundEvidence } from '../evidence/read.ts';

/** One rule of an environment's policy in crucible.yml that is not met yet, in words. */
export type PromotionNeed = {
  rule: 'evidence' | 'validation' | 'comparison' | 'run' | 'approvals' | 'protected-environment' | 'refs' | 'stage';
  detail: string;
};

/** What promotion to one environment still needs. */
export type EnvironmentNeeds = {
  environment: string;
  /** Rules the evidence at hand does not meet. */
  unmet: PromotionNeed[];
  /**
   * Rules that only the promotion itself can judge (policy/gate.ts): who approved, how the GitHub environment is
   * protected, the ref promoted from, the stage the version holds first.
   */
  checkedWhenPromoting: PromotionNeed[];
};

type Policy = EnvironmentPolicy;

/** A run that did not finish on its own with exit code 0, in words; undefined for a clean run. */
function runFailure(evidence: Extract<FoundEvidence, { kind: 'run' }>): string | undefined {
  const run = evidence.document;
  if (run.timedOut) return 'was stopped by its time budget';
  if (run.exitCode === 0) return undefined;
  if (run.exitCode === null) return run.signal === null ? 'did not report an exit code' : `was killed by ${run.signal}`;
  return `exited with code ${run.exitCode}`;
}

/**
 * Failures of the required evidence kinds that the evidence itself shows: a failed data validation, a failing
 * comparison, a failed run (the gate refuses each of them the same way).
 */
function failures(required: ReadonlySet<EvidenceKind>, evidence: readonly FoundEvidence[]): PromotionNeed[] {
  const needs: PromotionNeed[] = [];
  if (required.has('validation')) {
    const failing = evidence.filter((found) => found.kind === 'validation' && !found.document.success).length;
    if (failing > 0) needs.push({ rule: 'validation', detail: failing === 1 ? 'the data validation fails' : `${failing} data validations fail` });
  }
  if (required.has('comparison')) {
    const failing = evidence.filter((found) => found.kind === 'comparison' && found.document.verdict !== 'pass').length;
    if (failing > 0) needs.push({ rule: 'comparison', detail: failing === 1 ? 'the metric comparison fails' : `${failing} metric comparisons fail` });
  }
  if (required.has('run')) {
    const runs = evidence.filter((found): found is Extract<FoundEvidence, { kind: 'run' }> => found.kind === 'run');
    const reasons = runs.map(runFailure).filter((reason): reason is string => reason !== undefined);
    if (reasons.length === 1) needs.push({ rule: 'run', detail: `the training run ${reasons[0]}` });
    else if (reasons.length > 1) needs.push({ rule: 'run', detail: `${reasons.length} of ${runs.length} training runs failed (${[...new Set(reasons)].join('; ')})` });
  }
  return needs;
}

function needsOf(environment: string, policy: Policy, evidence: readonly FoundEvidence[]): EnvironmentNeeds {
  const present = new Set<EvidenceKind>(evidence.map((found) => found.kind));
  const required = new Set(policy.require.evidence);
  const missing = [...required].filter((kind) => !present.has(kind));
  return {
    environment,
    unmet: [...missing.map((kind): PromotionNeed => ({ rule: 'evidence', detail: `no ${kind} evidence` })), ...failures(required, evidence)],
    checkedWhenPromoting: atPromotion(policy),
  };
}

/** The rules of a policy that only the promotion can judge, in words, in the order the gate judges them. */
function atPromotion(policy: Policy): PromotionNeed[] {
  const approvals = policy.require.approvals;
  const reviewers = policy.require.reviewers;
  const needs: PromotionNeed[] = [];
  if (approvals > 0) {
    const among = reviewers === undefined ? '' : ` among ${reviewers.map((reviewer) => reviewer.replace(/^@/, '')).join(', ')}`;
    needs.push({ rule: 'approvals', detail: `${approvals} approval${approvals === 1 ? '' : 's'} from someone other than the actor who promotes${among}` });
  }
  if (policy.require['protected-environment']) needs.push({ rule: 'protected-environment', detail: 'required reviewers on the GitHub environment' });
  if (policy.refs !== undefined) needs.push({ rule: 'refs', detail: `promoted from ${policy.refs.join(', ')}` });
  const stage = policy['require-stage'];
  if (stage !== undefined) needs.push({ rule: 'stage', detail: `the version holds ${stage} first` });
  return needs;
}

/**
 * For each environment of crucible.yml, in file order, the rules not met by the evidence at hand (required kinds
 * missing, a failing comparison, a run that failed or hit its time budget) and the rules that are only checked
 * when promoting. Plain data: the report renders it, the gate decides for itself.
 */
export function promotionNeeds(environments: CrucibleConfig['environments'], evidence: readonly FoundEvidence[]): EnvironmentNeeds[] {
  return Object.entries(environments).map(([environment, policy]) => needsOf(environment, policy, evidence));
}
