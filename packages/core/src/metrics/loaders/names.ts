/**
 * The file names that say which tool wrote a file. Kept apart from the loaders so that telling formats apart
 * does not load (and, under Node's type stripping, compile) every loader.
 */

/** Hugging Face's Trainer: its state (with the log history) and `save_metrics` summaries. */
export const TRAINER_STATE = 'trainer_state.json';
const TRAINER_SUMMARY = /^(?:all|train|eval|test|predict)_results\.json$/;

export function isHuggingFaceFile(name: string): boolean {
  return name === TRAINER_STATE || TRAINER_SUMMARY.test(name);
}

/** TensorBoard event files: `events.out.tfevents.<time>.<host>[.<pid>.<n>][.v2]`. */
export function isEventFile(name: string): boolean {
  return name.startsWith('events.out.tfevents.');
}

/** The separator of a Keras CSVLogger file (`epoch` then the separator starts it), or undefined. */
export function kerasLogSeparator(text: string): string | undefined {
  return /^\uFEFF?epoch([,;\t])/.exec(text)?.[1];
}

/** A W&B run's `files/` folder. */
export const WANDB_SUMMARY = 'wandb-summary.json';
export const WANDB_CONFIG = 'config.yaml';
