/** What one check has seen so far: how many values failed it and the first few of them, with their lines. */

export const MAX_EXAMPLES = 20;

export type ExampleValue = string | number | boolean | null;
export type Example = { value: ExampleValue; line: number };

export class Tally {
  unexpected = 0;
  examples: Example[] = [];

  /** Counts one unexpected value; `value` is only called for the first MAX_EXAMPLES. */
  note(line: number, value: () => ExampleValue): void {
    if (++this.unexpected <= MAX_EXAMPLES) this.examples.push({ value: value(), line });
  }

  noteValue(line: number, value: ExampleValue): void {
    if (++this.unexpected <= MAX_EXAMPLES) this.examples.push({ value, line });
  }

  /** Adds a later part of the file (its lines shifted by `lineOffset`). */
  merge(other: Tally | TallyState, lineOffset: number): void {
    this.unexpected += other.unexpected;
    for (const example of other.examples) {
      if (this.examples.length >= MAX_EXAMPLES) break;
      this.examples.push({ value: example.value, line: example.line + lineOffset });
    }
  }

  save(): TallyState {
    return { unexpected: this.unexpected, examples: this.examples };
  }

  static load(state: TallyState): Tally {
    const tally = new Tally();
    tally.unexpected = state.unexpected;
    tally.examples = state.examples.map((example) => ({ ...example }));
    return tally;
  }
}

export type TallyState = { unexpected: number; examples: Example[] };
