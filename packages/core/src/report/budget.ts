import { Buffer } from 'node:buffer';

/**
 * Fitting a report into a size limit. A report is a list of parts joined by blank lines; some parts show a number
 * of items (rows, charts) set by a lever. When the whole is too long, the levers are turned down one at a time, the
 * least important first, each by a binary search on its count: about log2(n) renders of the parts it touches
 * rather than one render per row.
 */

/** How much a text may take: GitHub counts a comment in Unicode code points; the step summary counts bytes. */
export type Budget = { maxChars: number; maxBytes?: number };

/** Characters as GitHub counts them: code points, so an emoji written as a surrogate pair counts once. */
export function countCodePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

type Size = { chars: number; bytes: number };

function measure(text: string, budget: Budget): Size {
  return { chars: countCodePoints(text), bytes: budget.maxBytes === undefined ? 0 : Buffer.byteLength(text, 'utf8') };
}

/** A count of items a part shows; the lever's name keys `Shown`. */
export type Lever<Name extends string> = { name: Name; total: number };
export type Shown<Name extends string> = Record<Name, number>;

export type Part<Name extends string> = {
  /** The levers this part's text depends on; it is rendered again only when one of them moves. */
  levers: readonly Name[];
  /** Returns '' when the part has nothing to show, and then takes no room. */
  render: (shown: Shown<Name>) => string;
};

export type Fitted<Name extends string> = { markdown: string; shown: Shown<Name>; fits: boolean };

const SEPARATOR = '\n\n';

/** The parts' texts and sizes; the report is the non-empty texts joined by a separator. */
type Layout = { texts: string[]; sizes: Size[] };

function layoutOf(texts: string[], budget: Budget): Layout {
  return { texts, sizes: texts.map((text) => measure(text, budget)) };
}

/** The same layout with some parts' texts replaced. */
function replaced(layout: Layout, replacements: ReadonlyMap<number, string>, budget: Budget): Layout {
  const texts = [...layout.texts];
  const sizes = [...layout.sizes];
  for (const [index, text] of replacements) {
    texts[index] = text;
    sizes[index] = measure(text, budget);
  }
  return { texts, sizes };
}

/** Whether the joined text fits: the sum of the non-empty parts plus a separator between each two. */
function layoutFits(layout: Layout, budget: Budget): boolean {
  let chars = 0;
  let bytes = 0;
  let parts = 0;
  layout.texts.forEach((text, i) => {
    if (text === '') return;
    parts++;
    chars += (layout.sizes[i] as Size).chars;
    bytes += (layout.sizes[i] as Size).bytes;
  });
  const separators = Math.max(0, parts - 1) * SEPARATOR.length;
  return chars + separators <= budget.maxChars && (budget.maxBytes === undefined || bytes + separators <= budget.maxBytes);
}

const joined = (layout: Layout) => layout.texts.filter((text) => text !== '').join(SEPARATOR);

/**
 * Renders every part with every lever at its total; while the result is over the budget, turns the levers down in
 * the order given (least important first) to the largest count that fits, or to zero and on to the next lever.
 * `fits` is false when even every lever at zero is too long: the caller falls back to something smaller.
 */
export function fitParts<Name extends string>(parts: readonly Part<Name>[], levers: readonly Lever<Name>[], budget: Budget): Fitted<Name> {
  const shown = Object.fromEntries(levers.map((lever) => [lever.name, lever.total])) as Shown<Name>;
  let layout = layoutOf(parts.map((part) => part.render(shown)), budget);
  for (const lever of levers) {
    if (layoutFits(layout, budget)) break;
    const affected = parts.flatMap((part, index) => (part.levers.includes(lever.name) ? [index] : []));
    const at = (count: number) => {
      const next = { ...shown, [lever.name]: count };
      return replaced(layout, new Map(affected.map((index) => [index, (parts[index] as Part<Name>).render(next)])), budget);
    };
    // Invariant: `low` fits (or is zero), `high` does not; the count shown now (the total) does not fit.
    let low = 0;
    let best = at(0);
    let high = lever.total;
    if (layoutFits(best, budget)) {
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        const candidate = at(middle);
        if (layoutFits(candidate, budget)) [low, best] = [middle, candidate];
        else high = middle;
      }
    }
    shown[lever.name] = low;
    layout = best;
  }
  return { markdown: joined(layout), shown, fits: layoutFits(layout, budget) };
}
