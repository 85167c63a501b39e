export { EVIDENCE_KINDS, type EvidenceKind, type GitInfo, GitInfoSchema } from './common.ts';
export { type BaselineInfo, BaselineInfoSchema, type ComparisonEvidence, ComparisonEvidenceSchema } from './comparison.ts';
export { readEvidenceFile, findEvidence, type FoundEvidence, EvidenceError, MAX_EVIDENCE_BYTES } from './read.ts';
export { type RunEvidence, RunEvidenceSchema } from './run.ts';
