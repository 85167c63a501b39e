export const id = 587;
export const ids = [587];
export const modules = {

/***/ 32587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bundledWorkerScripts: () => (/* reexport */ bundledWorkerScripts),
  monitorStep: () => (/* binding */ monitorStep),
  verdictLine: () => (/* binding */ verdictLine)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../packages/core/src/index.ts + 36 modules
var src = __webpack_require__(70925);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ../../packages/core/src/data/checks-state.ts
var checks_state = __webpack_require__(68782);
;// CONCATENATED MODULE: ../../packages/core/src/data/date-format.ts
/**
 * `format:` of a column: a strftime pattern as Python's strptime reads it (what Great Expectations'
 * expect_column_values_to_match_strftime_format uses). Supported directives: %Y %y %m %d %H %I %M %S %f %p %b %B
 * %a %A %j %z %Z %%; any other character matches itself. Numeric fields take one or two digits as strptime does
 * (%Y four, %f one to six, %j one to three), and the date must exist (no 31 April, no 29 February 2023).
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DIRECTIVES = {
    Y: { pattern: '(\\d{4})', field: 'year' },
    y: { pattern: '(\\d{2})', field: 'year2' },
    m: { pattern: '(1[0-2]|0?[1-9])', field: 'month' },
    d: { pattern: '(3[01]|[12]\\d|0?[1-9])', field: 'day' },
    H: { pattern: '(?:2[0-3]|[01]?\\d)' },
    I: { pattern: '(?:1[0-2]|0?[1-9])' },
    M: { pattern: '(?:[0-5]?\\d)' },
    S: { pattern: '(?:6[01]|[0-5]?\\d)' },
    f: { pattern: '(?:\\d{1,6})' },
    p: { pattern: '(?:[AaPp][Mm])' },
    b: { pattern: `(${MONTHS.map((m) => m.slice(0, 3)).join('|')})`, field: 'monthName' },
    B: { pattern: `(${MONTHS.join('|')})`, field: 'monthName' },
    a: { pattern: `(?:${DAYS.map((d) => d.slice(0, 3)).join('|')})` },
    A: { pattern: `(?:${DAYS.join('|')})` },
    j: { pattern: '(?:36[0-6]|3[0-5]\\d|[12]\\d\\d|0?[1-9]\\d|0{0,2}[1-9])' },
    z: { pattern: '(?:Z|[+-]\\d{2}:?\\d{2}(?::?\\d{2})?)' },
    Z: { pattern: '(?:[A-Za-z]{1,5})?' },
    '%': { pattern: '%' },
};
/** Throws an Error naming the directive when the pattern uses one that is not supported. */
function compileDateFormat(format) {
    let source = '';
    const fields = [];
    for (let i = 0; i < format.length; i++) {
        const char = format[i];
        if (char !== '%') {
            source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
            continue;
        }
        const code = format[++i];
        const directive = code === undefined ? undefined : DIRECTIVES[code];
        if (directive === undefined)
            throw new Error(`unsupported directive %${code ?? ''} (supported: ${Object.keys(DIRECTIVES).map((d) => `%${d}`).join(' ')})`);
        source += directive.pattern;
        if (directive.field !== undefined)
            fields.push(directive.field);
    }
    const pattern = new RegExp(`^${source}$`, 'i');
    return (text) => {
        const match = pattern.exec(text);
        if (match === null)
            return false;
        let year = 2000;
        let month = 1;
        let day = 1;
        fields.forEach((field, i) => {
            const value = match[i + 1];
            if (field === 'year')
                year = Number(value);
            else if (field === 'year2')
                year = Number(value) + (Number(value) < 69 ? 2000 : 1900);
            else if (field === 'month')
                month = Number(value);
            else if (field === 'monthName')
                month = MONTHS.findIndex((name) => name.startsWith(value.toLowerCase().slice(0, 3))) + 1;
            else
                day = Number(value);
        });
        if (!fields.includes('day'))
            return true;
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        const limit = month === 2 ? (leap || !fields.some((f) => f === 'year' || f === 'year2') ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
        return day <= limit;
    };
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/re2js@2.10.0/node_modules/re2js/build/index.js
var build = __webpack_require__(58330);
;// CONCATENATED MODULE: ../../packages/core/src/data/pattern.ts
/**
 * `regex:` of a column, run so that no pattern can take more than linear time on a value.
 *
 * JavaScript's engine backtracks: `^(a+)+$` takes seconds on a few dozen characters, and a schema comes from the
 * repository, so a pull request can bring one. Patterns are sorted before any value is read:
 *   - patterns the built-in engine provably runs in linear time keep it (it is about 3x faster): anchored at the
 *     start, a sequence of single characters, classes and escapes, with no groups or alternation, where every
 *     part of variable length is either last or followed by a required part it cannot match, so its end is fixed;
 *   - every other pattern runs on RE2 (re2js, the JavaScript port of Google's RE2), which matches in linear time;
 *   - what RE2 cannot run (backreferences, lookahead and lookbehind) is refused with the reason, because only a
 *     backtracking engine can run those.
 *
 * Both engines search (a match anywhere in the value) as JavaScript's `test` does; anchor with `^` and `$` to
 * match the whole value. Differences of RE2 worth knowing: `\s` is ASCII whitespace only, and `.` stops only at
 * `\n`.
 */

/** A `regex:` that cannot be used; the message says why and what to write instead. */
class PatternError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PatternError';
    }
}
function compilePattern(source) {
    let builtIn;
    try {
        builtIn = new RegExp(source, 'u');
    }
    catch (error) {
        throw new PatternError(`is not a valid regular expression (${error.message.replace(/^Invalid regular expression: /, '')})`);
    }
    if (isLinear(source))
        return { engine: 'built-in', test: (text) => builtIn.test(text) };
    if (needsBacktracking(source)) {
        throw new PatternError('uses a backreference or a lookaround, which only a backtracking engine runs, and such patterns can take exponential time on a value; write it without them');
    }
    let re2;
    try {
        re2 = build/* RE2JS */.L3.compile(build/* RE2JS */.L3.translateRegExp(source));
    }
    catch (error) {
        throw new PatternError(`cannot run on the linear-time engine (${error.message}); write it without that construct`);
    }
    return { engine: 're2', test: (text) => re2.test(text) };
}
/** Backreferences (`\1`, `\k<name>`) and lookarounds (`(?=`, `(?!`, `(?<=`, `(?<!`) outside character classes. */
function needsBacktracking(source) {
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            const next = source[i + 1] ?? '';
            if (!inClass && (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')))
                return true;
            i++;
        }
        else if (inClass) {
            if (c === ']')
                inClass = false;
        }
        else if (c === '[')
            inClass = true;
        else if (c === '(' && /^\(\?(<?[=!])/.test(source.slice(i, i + 4)))
            return true;
    }
    return false;
}
function emptySet() {
    return { ascii: new Uint32Array(4), other: false };
}
function addRange(set, from, to) {
    for (let c = from; c <= Math.min(to, 127); c++)
        set.ascii[c >> 5] = set.ascii[c >> 5] | (1 << (c & 31));
    if (to > 127)
        set.other = true;
}
function union(into, from) {
    for (let i = 0; i < 4; i++)
        into.ascii[i] = into.ascii[i] | from.ascii[i];
    into.other ||= from.other;
}
function complement(set) {
    return { ascii: set.ascii.map((word) => ~word >>> 0), other: true };
}
function disjoint(a, b) {
    if (a.other && b.other)
        return false;
    for (let i = 0; i < 4; i++)
        if ((a.ascii[i] & b.ascii[i]) !== 0)
            return false;
    return true;
}
function classEscape(letter) {
    const set = emptySet();
    switch (letter.toLowerCase()) {
        case 'd':
            addRange(set, 48, 57);
            break;
        case 'w':
            addRange(set, 48, 57);
            addRange(set, 65, 90);
            addRange(set, 97, 122);
            addRange(set, 95, 95);
            break;
        case 's':
            addRange(set, 9, 13);
            addRange(set, 32, 32);
            set.other = true; // Unicode spaces
            break;
        default:
            return undefined;
    }
    return letter === letter.toUpperCase() ? complement(set) : set;
}
const CONTROL_ESCAPES = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };
/**
 * One escape at `source[i] === '\\'`: the set it matches and where it ends, or undefined for escapes that are not
 * one character (backreferences, \b, \p{..} is taken as "any character": conservative).
 */
function escapeAt(source, i) {
    const letter = source[i + 1];
    if (letter === undefined)
        return undefined;
    const shorthand = classEscape(letter);
    if (shorthand !== undefined)
        return { set: shorthand, next: i + 2 };
    const set = emptySet();
    if (letter in CONTROL_ESCAPES) {
        addRange(set, CONTROL_ESCAPES[letter], CONTROL_ESCAPES[letter]);
        return { set, next: i + 2 };
    }
    if (letter === 'p' || letter === 'P') {
        const close = source.indexOf('}', i);
        if (source[i + 2] !== '{' || close === -1)
            return undefined;
        return { set: complement(emptySet()), next: close + 1 };
    }
    if (letter === 'x' || letter === 'u' || letter === 'c') {
        // A code point written in hex (or a control letter): take it as "anything" rather than decode every form.
        const match = /^(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\}|c[A-Za-z])/.exec(source.slice(i + 1));
        if (match === null)
            return undefined;
        return { set: complement(emptySet()), next: i + 1 + match[0].length };
    }
    if (/[0-9bBk]/.test(letter))
        return undefined; // backreferences and word boundaries
    const code = letter.codePointAt(0);
    addRange(set, code, code);
    return { set, next: i + 1 + (code > 0xffff ? 2 : 1) };
}
/** `[...]` at `source[i] === '['`. */
function classAt(source, i) {
    let j = i + 1;
    const negated = source[j] === '^';
    if (negated)
        j++;
    const set = emptySet();
    let first = true;
    while (j < source.length && (source[j] !== ']' || first)) {
        first = false;
        let from;
        if (source[j] === '\\') {
            const escaped = escapeAt(source, j);
            if (escaped === undefined)
                return undefined;
            j = escaped.next;
            // A single character escape can start a range; a class escape cannot.
            const single = singleCode(escaped.set);
            if (single === undefined || source[j] !== '-' || source[j + 1] === ']') {
                union(set, escaped.set);
                continue;
            }
            from = single;
        }
        else if (source[j] === '[') {
            return undefined; // nested classes (v flag syntax): not analysed
        }
        else {
            from = source.codePointAt(j);
            j += from > 0xffff ? 2 : 1;
        }
        if (source[j] === '-' && source[j + 1] !== ']' && j + 1 < source.length) {
            j++;
            let to;
            if (source[j] === '\\') {
                const escaped = escapeAt(source, j);
                const single = escaped === undefined ? undefined : singleCode(escaped.set);
                if (escaped === undefined || single === undefined)
                    return undefined;
                to = single;
                j = escaped.next;
            }
            else {
                to = source.codePointAt(j);
                j += to > 0xffff ? 2 : 1;
            }
            addRange(set, from, to);
        }
        else
            addRange(set, from, from);
    }
    if (source[j] !== ']')
        return undefined;
    return { set: negated ? complement(set) : set, next: j + 1 };
}
function singleCode(set) {
    if (set.other)
        return undefined;
    let found;
    for (let c = 0; c < 128; c++) {
        if ((set.ascii[c >> 5] & (1 << (c & 31))) !== 0) {
            if (found !== undefined)
                return undefined;
            found = c;
        }
    }
    return found;
}
/** A quantifier at `source[i]`: bounds and where it ends (a lazy `?` after it changes nothing here). */
function quantifierAt(source, i) {
    const c = source[i];
    let result;
    if (c === '*')
        result = { min: 0, max: Infinity, next: i + 1 };
    else if (c === '+')
        result = { min: 1, max: Infinity, next: i + 1 };
    else if (c === '?')
        result = { min: 0, max: 1, next: i + 1 };
    else {
        const braces = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i)) : null;
        if (braces === null)
            return { min: 1, max: 1, next: i };
        const min = Number(braces[1]);
        const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
        result = { min, max, next: i + braces[0].length };
    }
    if (source[result.next] === '?')
        result.next++;
    return result;
}
/** True when the pattern is in the class the built-in engine matches in linear time (see the top of the file). */
function isLinear(source) {
    if (!source.startsWith('^'))
        return false;
    const atoms = [];
    let i = 1;
    while (i < source.length) {
        const c = source[i];
        if (c === '$' && i === source.length - 1)
            break;
        let parsed;
        if (c === '\\')
            parsed = escapeAt(source, i);
        else if (c === '[')
            parsed = classAt(source, i);
        else if (c === '.')
            parsed = { set: complement(emptySet()), next: i + 1 };
        else if ('()|^$*+?{}'.includes(c))
            return false;
        else {
            const code = source.codePointAt(i);
            const set = emptySet();
            addRange(set, code, code);
            parsed = { set, next: i + (code > 0xffff ? 2 : 1) };
        }
        if (parsed === undefined)
            return false;
        const quantifier = quantifierAt(source, parsed.next);
        atoms.push({ set: parsed.set, min: quantifier.min, max: quantifier.max });
        i = quantifier.next;
    }
    for (let a = 0; a < atoms.length; a++) {
        const atom = atoms[a];
        if (atom.min === atom.max)
            continue;
        const next = atoms[a + 1];
        if (next === undefined)
            continue; // last: it runs to its longest, then at most shrinks once per character
        if (next.min === 0 || !disjoint(atom.set, next.set))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ../../packages/core/src/data/sketch/hash.ts
/**
 * 64-bit keys for values, as two 32-bit halves written to `hashed`: bytes of text (FNV-1a and a second
 * multiplicative hash, both finished with MurmurHash3's fmix32), and numbers (a two-round Feistel mix of the IEEE 754
 * bits, which is a bijection: two numbers share a key only when they are the same number, so numeric uniqueness is
 * exact). Results go to a shared object, not a new array, because this runs once per cell.
 */
const hashed = { h1: 0, h2: 0, chars: 0 };
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h | 0;
}
/**
 * Also counts the text's characters (`hashed.chars`: UTF-8 bytes that are not continuation bytes) in the same
 * pass, off the hash's chain of multiplies, so a text cell's bytes are read once.
 */
function hashBytes(bytes, start, end) {
    let a = 0x811c9dc5 | 0;
    let b = 0x27d4eb2f ^ (end - start);
    let continuations = 0;
    for (let i = start; i < end; i++) {
        const c = bytes[i];
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
        continuations += (c & 0xc0) === 0x80 ? 1 : 0;
    }
    hashed.h1 = fmix32(a ^ (end - start));
    hashed.h2 = fmix32(b);
    hashed.chars = end - start - continuations;
}
const hash_float = new Float64Array(1);
const words = new Int32Array(hash_float.buffer);
function hashNumber(value) {
    hash_float[0] = value === 0 ? 0 : value; // -0 and 0 are one value
    let lo = words[0];
    let hi = words[1];
    lo ^= fmix32(hi ^ 0x9e3779b9);
    hi ^= fmix32(lo ^ 0x7f4a7c15);
    hashed.h1 = fmix32(lo);
    hashed.h2 = fmix32(hi);
}
/** fmix32 backwards: each of its steps is a bijection (xor-shifts, products with odd constants). */
function unfmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x7ed1b41d); // the inverse of 0xc2b2ae35 modulo 2^32
    h ^= (h >>> 13) ^ (h >>> 26);
    h = Math.imul(h, 0xa5cb9243); // the inverse of 0x85ebca6b
    h ^= h >>> 16;
    return h | 0;
}
/** The number whose hashNumber is (h1, h2): a numeric key names its value, so no value need be kept beside it. */
function unhashNumber(h1, h2) {
    const lo = unfmix32(h1);
    const hi = unfmix32(h2) ^ fmix32(lo ^ 0x7f4a7c15);
    words[0] = lo ^ fmix32(hi ^ 0x9e3779b9);
    words[1] = hi;
    return hash_float[0];
}
const encoder = new TextEncoder();
function hashText(text) {
    const bytes = encoder.encode(text);
    hashBytes(bytes, 0, bytes.length);
}

;// CONCATENATED MODULE: ../../packages/core/src/data/sketch/sort.ts
/**
 * Sorting and selection for the sketches' hot paths, in the order `Float64Array.prototype.sort` gives (ascending,
 * -0 before 0, NaN last), so that a sketch holds exactly what it would with the built-in sort.
 *
 * The built-in sort of a Float64Array costs about 70 ns an item at the sizes the sketches sort (a few hundred, many
 * thousand times a pass: every KLL compaction, every frequent-values purge). A radix sort on the bits takes a
 * third of that: each double becomes a 64-bit key that orders as unsigned integers, and the bytes that are the same
 * in every key (the sign and exponent of values of one magnitude) cost no pass.
 */
const SMALL = 48;
let keys = new Int32Array(2048);
let spare = new Int32Array(2048);
const counts = new Int32Array(8 * 256);
/** Sorts `values[0, n)` in place. */
function sortNumbers(values, n = values.length) {
    if (n < SMALL) {
        insertionSort(values, n);
        return;
    }
    if (keys.length < n * 2) {
        keys = new Int32Array(n * 2);
        spare = new Int32Array(n * 2);
    }
    const bits = new Int32Array(values.buffer, values.byteOffset, n * 2);
    counts.fill(0);
    // Little-endian words: [low, high]. Negative numbers have every bit flipped, the others only the sign bit, so
    // the keys order as unsigned integers; NaN of either sign gets the largest key.
    for (let i = 0; i < n; i++) {
        let low = bits[i * 2];
        let high = bits[i * 2 + 1];
        if ((high & 0x7ff00000) === 0x7ff00000 && ((high & 0xfffff) !== 0 || low !== 0)) {
            high = -1;
            low = -1;
        }
        else if (high < 0) {
            high = ~high;
            low = ~low;
        }
        else
            high |= 0x80000000;
        keys[i * 2] = low;
        keys[i * 2 + 1] = high;
        count(counts, low & 255);
        count(counts, 256 + ((low >>> 8) & 255));
        count(counts, 512 + ((low >>> 16) & 255));
        count(counts, 768 + (low >>> 24));
        count(counts, 1024 + (high & 255));
        count(counts, 1280 + ((high >>> 8) & 255));
        count(counts, 1536 + ((high >>> 16) & 255));
        count(counts, 1792 + (high >>> 24));
    }
    let from = keys;
    let to = spare;
    for (let pass = 0; pass < 8; pass++) {
        const base = pass * 256;
        const word = pass >> 2;
        const shift = (pass & 3) * 8;
        // A byte that is the same in every key orders nothing.
        if (counts[base + ((from[word] >>> shift) & 255)] === n)
            continue;
        let sum = 0;
        for (let b = base; b < base + 256; b++) {
            const inBucket = counts[b];
            counts[b] = sum;
            sum += inBucket;
        }
        for (let i = 0; i < n; i++) {
            const bucket = base + ((from[i * 2 + word] >>> shift) & 255);
            const at = counts[bucket];
            counts[bucket] = at + 1;
            to[at * 2] = from[i * 2];
            to[at * 2 + 1] = from[i * 2 + 1];
        }
        const swap = from;
        from = to;
        to = swap;
    }
    for (let i = 0; i < n; i++) {
        let low = from[i * 2];
        let high = from[i * 2 + 1];
        if (high < 0)
            high &= 0x7fffffff;
        else {
            high = ~high;
            low = ~low;
        }
        bits[i * 2] = low;
        bits[i * 2 + 1] = high;
    }
    // Every NaN came out as one key (all ones); the built-in sort leaves NaN as it was, which is a NaN all the same.
}
function count(counts, at) {
    counts[at] = counts[at] + 1;
}
function insertionSort(values, n) {
    for (let i = 1; i < n; i++) {
        const value = values[i];
        if (value !== value)
            continue;
        let j = i - 1;
        while (j >= 0 && (values[j] > value || values[j] !== values[j] || (value === 0 && values[j] === 0 && Object.is(value, -0) && !Object.is(values[j], -0)))) {
            values[j + 1] = values[j];
            j--;
        }
        values[j + 1] = value;
    }
}
/**
 * The value at index `k` of `values[0, n)` once sorted (Hoare's selection; the array is reordered). For counts:
 * positive numbers, no NaN.
 */
function selectNth(values, n, k) {
    let low = 0;
    let high = n - 1;
    while (high > low) {
        if (high - low < SMALL) {
            insertionSort(values.subarray(low, high + 1), high - low + 1);
            return values[k];
        }
        const a = values[low];
        const b = values[(low + high) >> 1];
        const c = values[high];
        const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
        let i = low;
        let j = high;
        for (;;) {
            while (values[i] < pivot)
                i++;
            while (values[j] > pivot)
                j--;
            if (i >= j)
                break;
            const swap = values[i];
            values[i] = values[j];
            values[j] = swap;
            i++;
            j--;
        }
        // [low, j] <= pivot <= [j + 1, high]
        if (k <= j)
            high = j;
        else
            low = j + 1;
    }
    return values[k];
}

;// CONCATENATED MODULE: ../../packages/core/src/data/sketch/frequent.ts
/**
 * Frequent values (Misra-Gries, with DataSketches' purge by the median count): at most `capacity` counters; when
 * they are full, the median count is subtracted from all and the ones at zero or below are dropped, and `offset`
 * adds up what was subtracted. A tracked count is then a lower bound and count + offset an upper bound on the true
 * one; while offset is 0 the table is the exact distribution. Summaries merge by adding counts, then purging.
 *
 * Keys are the 64-bit hashes of sketch/hash.ts. Text values are kept as bytes in an arena and decoded only when
 * the summary is saved, so counting a text column allocates no string per cell.
 */


const decoder = new TextDecoder();
class FrequentItems {
    capacity;
    textual;
    /**
     * Compare text with the text kept for its hash, not the hash alone: then while `offset` is 0 and nothing
     * `collided`, every distinct text has its own hash, which makes an exact count by hash exact for the text too.
     */
    verify;
    /** Two different texts had the same hash (verify only). */
    collided = false;
    n = 0;
    offset = 0;
    mask;
    keys1;
    keys2;
    counts;
    numbers;
    textStart;
    textLength;
    arena = new Uint8Array(4096);
    arenaUsed = 0;
    active = 0;
    // A second set of the arrays above: a purge moves the survivors from one to the other without allocating, since
    // it runs every few hundred new values of a column with many.
    spareKeys1;
    spareKeys2;
    spareCounts;
    spareNumbers;
    spareTextStart;
    spareTextLength;
    spareArena = new Uint8Array(4096);
    liveCounts;
    constructor(textual, capacity = 1024, verify = false) {
        this.textual = textual;
        this.verify = verify;
        this.capacity = capacity;
        const size = 1 << Math.ceil(Math.log2(capacity * 2));
        this.mask = size - 1;
        this.keys1 = new Int32Array(size);
        this.keys2 = new Int32Array(size);
        this.counts = new Float64Array(size);
        this.numbers = new Float64Array(textual ? 0 : size);
        this.textStart = new Int32Array(textual ? size : 0);
        this.textLength = new Int32Array(textual ? size : 0);
        this.spareKeys1 = new Int32Array(size);
        this.spareKeys2 = new Int32Array(size);
        this.spareCounts = new Float64Array(size);
        this.spareNumbers = new Float64Array(textual ? 0 : size);
        this.spareTextStart = new Int32Array(textual ? size : 0);
        this.spareTextLength = new Int32Array(textual ? size : 0);
        this.liveCounts = new Float64Array(size);
    }
    get size() {
        return this.active;
    }
    /** The slot holding (h1, h2), or the empty slot where it belongs. */
    slot(h1, h2) {
        const mask = this.mask;
        let i = (h1 ^ (h2 >>> 7)) & mask;
        for (;;) {
            if (this.counts[i] === 0)
                return i;
            if (this.keys1[i] === h1 && this.keys2[i] === h2)
                return i;
            i = (i + 1) & mask;
        }
    }
    /** Counts text given as bytes; `h1`/`h2` are its hash (hashBytes). */
    addBytes(h1, h2, bytes, start, end, weight = 1) {
        this.n += weight;
        const i = this.slot(h1, h2);
        const count = this.counts[i];
        if (count > 0) {
            this.counts[i] = count + weight;
            if (this.verify && !this.collided && !this.holds(i, bytes, start, end))
                this.collided = true;
            return;
        }
        const length = end - start;
        if (this.arenaUsed + length > this.arena.length) {
            const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + length));
            bigger.set(this.arena.subarray(0, this.arenaUsed));
            this.arena = bigger;
        }
        const arena = this.arena;
        const at = this.arenaUsed - start;
        for (let j = start; j < end; j++)
            arena[at + j] = bytes[j];
        this.textStart[i] = this.arenaUsed;
        this.textLength[i] = length;
        this.arenaUsed += length;
        this.keys1[i] = h1;
        this.keys2[i] = h2;
        this.counts[i] = weight;
        if (++this.active > this.capacity)
            this.purge();
    }
    holds(i, bytes, start, end) {
        const length = end - start;
        if (this.textLength[i] !== length)
            return false;
        const arena = this.arena;
        const at = this.textStart[i] - start;
        for (let j = start; j < end; j++)
            if (arena[at + j] !== bytes[j])
                return false;
        return true;
    }
    /** The text kept for a hash (textual only), if it is tracked. */
    textOf(h1, h2) {
        const i = this.slot(h1, h2);
        return this.counts[i] > 0 ? this.value(i) : undefined;
    }
    /** Counts a number; `h1`/`h2` are its hash (hashNumber). */
    addNumber(h1, h2, value, weight = 1) {
        this.n += weight;
        const i = this.slot(h1, h2);
        const count = this.counts[i];
        if (count > 0) {
            this.counts[i] = count + weight;
            return;
        }
        this.keys1[i] = h1;
        this.keys2[i] = h2;
        this.numbers[i] = value;
        this.counts[i] = weight;
        if (++this.active > this.capacity)
            this.purge();
    }
    value(i) {
        if (!this.textual)
            return this.numbers[i];
        const start = this.textStart[i];
        return decoder.decode(this.arena.subarray(start, start + this.textLength[i]));
    }
    purge() {
        const counts = this.counts;
        let live = 0;
        for (let i = 0; i <= this.mask; i++)
            if (counts[i] > 0)
                this.liveCounts[live++] = counts[i];
        const median = selectNth(this.liveCounts, live, live >> 1);
        this.offset += median;
        const keys1 = this.keys1;
        const keys2 = this.keys2;
        const numbers = this.numbers;
        const textStart = this.textStart;
        const textLength = this.textLength;
        const arena = this.arena;
        this.keys1 = this.spareKeys1;
        this.keys2 = this.spareKeys2;
        this.counts = this.spareCounts;
        this.numbers = this.spareNumbers;
        this.textStart = this.spareTextStart;
        this.textLength = this.spareTextLength;
        this.arena = this.spareArena;
        this.spareKeys1 = keys1;
        this.spareKeys2 = keys2;
        this.spareCounts = counts;
        this.spareNumbers = numbers;
        this.spareTextStart = textStart;
        this.spareTextLength = textLength;
        this.spareArena = arena;
        this.counts.fill(0);
        this.arenaUsed = 0;
        this.active = 0;
        const n = this.n;
        for (let i = 0; i <= this.mask; i++) {
            const count = counts[i] - median;
            if (counts[i] <= 0 || count <= 0)
                continue;
            if (this.textual) {
                const start = textStart[i];
                this.addBytes(keys1[i], keys2[i], arena, start, start + textLength[i], count);
            }
            else
                this.addNumber(keys1[i], keys2[i], numbers[i], count);
        }
        this.n = n;
    }
    /** Tracked values, most frequent first (ties in value order). */
    items() {
        const out = [];
        for (let i = 0; i <= this.mask; i++)
            if (this.counts[i] > 0)
                out.push([this.value(i), this.counts[i]]);
        return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    }
    /** The tracked count of a value (0 when not tracked). */
    countOf(value) {
        if (typeof value === 'number')
            hashNumber(value);
        else
            hashText(value);
        const i = this.slot(hashed.h1, hashed.h2);
        return this.counts[i];
    }
    add(value, weight) {
        if (typeof value === 'number') {
            hashNumber(value);
            this.addNumber(hashed.h1, hashed.h2, value, weight);
        }
        else {
            const bytes = new TextEncoder().encode(value);
            hashText(value);
            this.addBytes(hashed.h1, hashed.h2, bytes, 0, bytes.length, weight);
        }
    }
    merge(other) {
        this.collided ||= other.collided;
        const n = this.n + other.n;
        for (const [value, count] of other.items())
            this.add(value, count);
        this.offset += other.offset;
        this.n = n;
    }
    /** `limit` keeps the saved summary small: the most frequent values, and only those above the error bound. */
    save(limit = this.capacity) {
        const items = this.items().filter(([, count]) => this.offset === 0 || count > this.offset);
        // Values left out may be as frequent as the first one left out: that becomes the error bound.
        const offset = items.length > limit ? Math.max(this.offset, items[limit][1]) : this.offset;
        return { capacity: this.capacity, offset, n: this.n, items: items.slice(0, limit) };
    }
    static load(state, textual) {
        const sketch = new FrequentItems(textual, state.capacity);
        for (const [value, count] of state.items)
            sketch.add(textual ? String(value) : Number(value), count);
        sketch.n = state.n;
        sketch.offset = state.offset;
        return sketch;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/data/sketch/hll.ts
/**
 * HyperLogLog distinct counter with 2^12 registers (lg_k 12, as whylogs), about 1.6% relative standard error,
 * estimated with Ertl's improved raw estimator ("New cardinality estimation algorithms for HyperLogLog sketches",
 * 2017), which needs no bias tables and is unbiased from 0 to billions. Registers merge by maximum. Written by hand:
 * 60 lines, and it hashes the bytes the CSV reader already has, where a library would want strings.
 */
const HLL_LG_K = 12;
const M = 1 << HLL_LG_K;
const Q = 32 - HLL_LG_K;
class HyperLogLog {
    registers;
    constructor(registers) {
        this.registers = registers ?? new Uint8Array(M);
    }
    /** Adds a 32-bit hash (already well mixed). */
    add(hash) {
        const index = hash >>> Q;
        const rank = Math.min(Math.clz32(hash << HLL_LG_K) + 1, Q + 1);
        if (rank > this.registers[index])
            this.registers[index] = rank;
    }
    merge(other) {
        const mine = this.registers;
        const theirs = other.registers;
        for (let i = 0; i < M; i++)
            if (theirs[i] > mine[i])
                mine[i] = theirs[i];
    }
    estimate() {
        const histogram = new Array(Q + 2).fill(0);
        for (const register of this.registers)
            histogram[register] = histogram[register] + 1;
        let z = M * tau(1 - histogram[Q + 1] / M);
        for (let k = Q; k >= 1; k--)
            z = 0.5 * (z + histogram[k]);
        z += M * sigma(histogram[0] / M);
        return Math.round((M * M) / (2 * Math.LN2) / z);
    }
}
function sigma(x) {
    if (x === 1)
        return Number.POSITIVE_INFINITY;
    let y = 1;
    let z = x;
    for (;;) {
        x *= x;
        const previous = z;
        z += x * y;
        y += y;
        if (z === previous)
            return z;
    }
}
function tau(x) {
    if (x === 0 || x === 1)
        return 0;
    let y = 1;
    let z = 1 - x;
    for (;;) {
        x = Math.sqrt(x);
        const previous = z;
        y *= 0.5;
        z -= (1 - x) ** 2 * y;
        if (z === previous)
            return z / 3;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ../../packages/core/src/data/sketch/key-counter.ts
/**
 * Exact counts per distinct key (uniqueness of a column or a compound key, exact distinct counts) in memory that
 * does not grow with the data. A key is a value's 64-bit hash (sketch/hash.ts) as two 32-bit halves.
 *
 * Each thread counts into a table of 16-byte slots (the two halves, a count, the first line) at most 60% full, kept
 * in the order of the keys' top bits (linear probing with each run of slots sorted by home slot). When the table
 * reaches its memory budget it is written to a temporary file as it stands, already sorted, and emptied: a run.
 * At the end the counts of every thread's table and runs are added up one group of key pages at a time, each group
 * small enough for a few megabytes: distinct keys, rows whose key occurs more than once, and where those rows are.
 *
 * A numeric key is the number itself (hashNumber is a bijection), so its counts are exact. Two texts can share a
 * hash; the caller confirms text keys seen more than once against the text itself (data/key-confirm.ts).
 */

const STRIDE = 4;
/** Keys are ordered by their top PAGE_BITS bits in every table and run; the final count reads them a page range at a time. */
const PAGE_BITS = 10;
const PAGES = 1 << PAGE_BITS;
const PAGE_SHIFT = 32 - PAGE_BITS;
const MAX_LOAD = 0.6;
/** Rows whose key the table had already seen, kept for examples (line, h1, h2 each). */
const MAX_REPEATS = 20;
/** Entries counted at once at the end: 1 MB of entries and a 2 MB table. */
const GROUP_ENTRIES = 1 << 16;
const SLOT_BYTES = STRIDE * 4;
/** The smallest table: one slot per page, so that the table's order is the pages' order. */
const MIN_KEY_BITS = PAGE_BITS;
class SpillError extends Error {
    constructor(path, cause) {
        super(`cannot write the temporary file ${path} of an exact uniqueness count (${cause.message})`);
        this.name = 'SpillError';
    }
}
function bitsFor(keys) {
    return Math.max(MIN_KEY_BITS, Math.ceil(Math.log2((keys + 1) / MAX_LOAD)));
}
function tailOf(bits) {
    return ((1 << bits) >>> 3) + 64;
}
class KeyCounter {
    /** Keys in the table (not in runs). */
    size = 0;
    runs = [];
    /** line, h1, h2 of the first rows whose key the table already held. */
    repeats = [];
    /** Parts of the file counted by other threads, merged in: their counters and how far their lines are shifted. */
    others = [];
    bits;
    shift;
    slots;
    /** Slots in the table: 2^bits and the tail that probing may run into. */
    end;
    limit;
    maxBits;
    path;
    fd = -1;
    written = 0;
    constructor(options) {
        this.maxBits = Math.max(MIN_KEY_BITS, options.maxBits);
        this.path = options.spillPath ?? null;
        this.bits = Math.min(this.maxBits, bitsFor(options.expected ?? 0));
        this.shift = 32 - this.bits;
        this.end = (1 << this.bits) + tailOf(this.bits);
        this.limit = Math.floor((1 << this.bits) * MAX_LOAD);
        this.slots = new Int32Array(this.end * STRIDE);
    }
    /** Counts one row's key. */
    add(h1, h2, line) {
        const slots = this.slots;
        const shift = this.shift;
        const home = h1 >>> shift;
        const end = this.end;
        let i = home;
        for (; i < end; i++) {
            const at = i * STRIDE;
            const count = slots[at + 2];
            if (count === 0)
                break;
            const k1 = slots[at];
            if (k1 === h1 && slots[at + 1] === h2) {
                slots[at + 2] = count + 1;
                if (this.repeats.length < MAX_REPEATS * 3)
                    this.repeats.push(line, h1, h2);
                return;
            }
            // The run is sorted by home slot: past the keys that belong here, this one is not in the table.
            if (k1 >>> shift > home)
                break;
        }
        if (this.size >= this.limit || !this.place(slots, i, end, h1, h2, 1, line)) {
            this.makeRoom();
            this.add(h1, h2, line);
            return;
        }
        this.size++;
    }
    /** Puts an entry at slot i, moving the rest of the run up by one; false when the run would pass the table's end. */
    place(slots, i, end, h1, h2, count, line) {
        let empty = i;
        while (empty < end && slots[empty * STRIDE + 2] !== 0)
            empty++;
        if (empty === end)
            return false;
        if (empty > i)
            slots.copyWithin((i + 1) * STRIDE, i * STRIDE, empty * STRIDE);
        const at = i * STRIDE;
        slots[at] = h1;
        slots[at + 1] = h2;
        slots[at + 2] = count;
        slots[at + 3] = line;
        return true;
    }
    makeRoom() {
        if ((this.bits < this.maxBits || this.path === null) && this.grow())
            return;
        if (this.path !== null)
            this.spill();
        // No file to spill to and the keys crowd the table's end: a larger tail.
        else
            this.resize(this.bits, this.end + tailOf(this.bits));
    }
    grow() {
        return this.resize(this.bits + 1, (1 << (this.bits + 1)) + tailOf(this.bits + 1));
    }
    /** Re-sorts the entries into a table of 2^bits slots; false (and no change) when they do not fit. */
    resize(bits, end) {
        const slots = new Int32Array(end * STRIDE);
        const shift = 32 - bits;
        const old = this.slots;
        for (let j = 0; j < old.length; j += STRIDE) {
            if (old[j + 2] === 0)
                continue;
            const h1 = old[j];
            const home = h1 >>> shift;
            let i = home;
            while (i < end && slots[i * STRIDE + 2] !== 0 && slots[i * STRIDE] >>> shift <= home)
                i++;
            if (!this.place(slots, i, end, h1, old[j + 1], old[j + 2], old[j + 3]))
                return false;
        }
        this.slots = slots;
        this.bits = bits;
        this.shift = shift;
        this.end = end;
        this.limit = Math.floor((1 << bits) * MAX_LOAD);
        return true;
    }
    /** Writes the table, in order, as one run of the spill file and empties it. */
    spill() {
        const slots = this.slots;
        let w = 0;
        for (let r = 0; r < slots.length; r += STRIDE) {
            if (slots[r + 2] === 0)
                continue;
            if (r !== w) {
                slots[w] = slots[r];
                slots[w + 1] = slots[r + 1];
                slots[w + 2] = slots[r + 2];
                slots[w + 3] = slots[r + 3];
            }
            w += STRIDE;
        }
        const entries = w / STRIDE;
        const pages = new Int32Array(PAGES + 1);
        for (let e = 0; e < entries; e++) {
            const q = (slots[e * STRIDE] >>> PAGE_SHIFT) + 1;
            pages[q] = pages[q] + 1;
        }
        for (let q = 1; q <= PAGES; q++)
            pages[q] = pages[q] + pages[q - 1];
        const path = this.path;
        try {
            if (this.fd === -1)
                this.fd = (0,external_node_fs_.openSync)(path, 'w');
            const bytes = new Uint8Array(slots.buffer, slots.byteOffset, w * 4);
            for (let done = 0; done < bytes.length;)
                done += (0,external_node_fs_.writeSync)(this.fd, bytes, done, bytes.length - done, this.written + done);
        }
        catch (error) {
            throw new SpillError(path, error);
        }
        this.runs.push({ offset: this.written, pages });
        this.written += w * 4;
        slots.fill(0);
        this.size = 0;
    }
    /**
     * The pass is over. `toFile`: a table that has spilled before goes to the file too, so that it need not travel to
     * the thread that adds up the counts (which then holds only its own table in memory).
     */
    finishPass(toFile) {
        if (toFile && this.runs.length > 0 && this.size > 0)
            this.spill();
        if (this.fd !== -1)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = -1;
    }
    /** Takes in the counter of the part of the file that follows (its lines shifted by `lineOffset`). */
    merge(other, lineOffset) {
        this.others.push({ counter: other, lineOffset });
        for (const part of other.others.splice(0))
            this.others.push({ counter: part.counter, lineOffset: part.lineOffset + lineOffset });
    }
    /** This counter and the ones merged into it. */
    parts() {
        return [{ counter: this, lineOffset: 0 }, ...this.others];
    }
    /** The table's entries, sorted by page (h1, h2, count, line per slot; count 0 is an empty slot). */
    table() {
        return this.slots;
    }
    save() {
        return { bits: this.bits, size: this.size, slots: this.size > 0 ? this.slots : null, path: this.path, runs: this.runs, repeats: this.repeats };
    }
    /** The spill file (runs are read back from it). */
    get file() {
        return this.path;
    }
    static load(state) {
        const counter = new KeyCounter({ maxBits: state.bits, spillPath: state.path });
        counter.bits = state.bits;
        counter.shift = 32 - state.bits;
        counter.size = state.size;
        if (state.slots !== null) {
            counter.slots = state.slots;
            counter.end = state.slots.length / STRIDE;
        }
        counter.limit = Math.floor((1 << state.bits) * MAX_LOAD);
        counter.runs.push(...state.runs);
        counter.repeats.push(...state.repeats);
        return counter;
    }
}
/** The first `limit` lines offered, in line order. */
class FirstLines {
    lines = [];
    limit;
    constructor(limit = MAX_REPEATS) {
        this.limit = limit;
    }
    offer(line, h1, h2) {
        const lines = this.lines;
        if (lines.length >= this.limit && line >= lines[lines.length - 1].line)
            return;
        let at = lines.length;
        while (at > 0 && lines[at - 1].line > line)
            at--;
        lines.splice(at, 0, { line, h1, h2 });
        if (lines.length > this.limit)
            lines.pop();
    }
}
/**
 * Adds up a counter's parts (every thread's table and runs), one group of pages at a time. `next` counts the next
 * group and hands each key seen more than once to `onRepeated`; it returns false when all are counted.
 */
class KeyCountPass {
    distinct = 0;
    /** Rows whose key occurs more than once (exact for numeric keys; text keys are confirmed by the caller). */
    duplicateRows = 0;
    /** The first lines, in file order, of rows whose key occurs more than once. */
    firstLines = new FirstLines();
    parts;
    groups = [];
    group = 0;
    entries;
    table;
    /** `groupEntries`: entries counted at once, at most (a page with more is a group alone). */
    constructor(counter, groupEntries = GROUP_ENTRIES) {
        this.parts = counter.parts().map((part) => ({ ...part, cursor: 0, fd: -1 }));
        const perPage = new Float64Array(PAGES);
        for (const { counter: part } of this.parts) {
            const slots = part.table();
            if (part.size > 0) {
                for (let j = 0; j < slots.length; j += STRIDE) {
                    if (slots[j + 2] === 0)
                        continue;
                    const q = slots[j] >>> PAGE_SHIFT;
                    perPage[q] = perPage[q] + 1;
                }
            }
            for (const run of part.runs)
                for (let q = 0; q < PAGES; q++)
                    perPage[q] = perPage[q] + run.pages[q + 1] - run.pages[q];
        }
        let largest = 0;
        let inGroup = 0;
        for (let q = 0; q < PAGES; q++) {
            const count = perPage[q];
            if (inGroup > 0 && inGroup + count > groupEntries) {
                this.groups.push(q);
                largest = Math.max(largest, inGroup);
                inGroup = 0;
            }
            inGroup += count;
        }
        this.groups.push(PAGES);
        largest = Math.max(largest, inGroup);
        this.entries = new Int32Array(Math.max(1, largest) * STRIDE);
        this.table = new CountTable(largest);
        for (const { counter: part, lineOffset } of this.parts) {
            for (let j = 0; j < part.repeats.length; j += 3)
                this.firstLines.offer(part.repeats[j] + lineOffset, part.repeats[j + 1], part.repeats[j + 2]);
        }
    }
    next(onRepeated) {
        if (this.group >= this.groups.length) {
            this.close();
            return false;
        }
        const from = this.group === 0 ? 0 : this.groups[this.group - 1];
        const to = this.groups[this.group++];
        const entries = this.entries;
        let n = 0;
        for (const part of this.parts) {
            const { counter, lineOffset } = part;
            const slots = counter.table();
            if (counter.size > 0) {
                let j = part.cursor;
                for (; j < slots.length; j += STRIDE) {
                    if (slots[j + 2] === 0)
                        continue;
                    if (slots[j] >>> PAGE_SHIFT >= to)
                        break;
                    const at = n * STRIDE;
                    entries[at] = slots[j];
                    entries[at + 1] = slots[j + 1];
                    entries[at + 2] = slots[j + 2];
                    entries[at + 3] = slots[j + 3] + lineOffset;
                    n++;
                }
                part.cursor = j;
            }
            for (const run of counter.runs) {
                const first = run.pages[from];
                const count = run.pages[to] - first;
                if (count === 0)
                    continue;
                if (part.fd === -1)
                    part.fd = (0,external_node_fs_.openSync)(counter.file, 'r');
                const bytes = new Uint8Array(entries.buffer, n * SLOT_BYTES, count * SLOT_BYTES);
                for (let done = 0; done < bytes.length;) {
                    const read = (0,external_node_fs_.readSync)(part.fd, bytes, done, bytes.length - done, run.offset + first * SLOT_BYTES + done);
                    if (read === 0)
                        throw new Error(`${counter.file}: the key file ended early`);
                    done += read;
                }
                if (lineOffset !== 0)
                    for (let e = n; e < n + count; e++)
                        entries[e * STRIDE + 3] = entries[e * STRIDE + 3] + lineOffset;
                n += count;
            }
        }
        const table = this.table;
        table.clear();
        for (let e = 0; e < n; e++) {
            const at = e * STRIDE;
            table.add(entries[at], entries[at + 1], entries[at + 2]);
        }
        this.distinct += table.size;
        const repeated = table.repeated();
        if (repeated > 0) {
            this.duplicateRows += repeated;
            table.forEachRepeated((h1, h2, count) => onRepeated?.(h1, h2, count));
            // The first row of a repeated key in each table or run (the later ones in a table are among its repeats).
            for (let e = 0; e < n; e++) {
                const at = e * STRIDE;
                const line = entries[at + 3];
                if (table.count(entries[at], entries[at + 1]) >= 2)
                    this.firstLines.offer(line, entries[at], entries[at + 1]);
            }
        }
        return true;
    }
    /** Counts everything; for keys that are exact (numeric). */
    run() {
        while (this.next())
            ;
        return this;
    }
    close() {
        for (const part of this.parts) {
            if (part.fd !== -1)
                (0,external_node_fs_.closeSync)(part.fd);
            part.fd = -1;
        }
    }
}
/**
 * Counts per key for one group of pages: open addressing on h2 (h1's top bits are the pages, nearly all alike here),
 * h1, h2 and the count side by side so that a probe touches one cache line. A count past 2^31 - 1 goes on in `large`.
 */
class CountTable {
    size = 0;
    /** The counts added up. */
    rows = 0;
    mask;
    slots;
    large = new Map();
    constructor(keys) {
        const capacity = 2 ** Math.max(4, Math.ceil(Math.log2((keys + 1) / MAX_LOAD)));
        this.mask = capacity - 1;
        this.slots = new Int32Array(capacity * 4);
    }
    clear() {
        if (this.size > 0)
            this.slots.fill(0);
        this.size = 0;
        this.rows = 0;
        this.large.clear();
    }
    add(h1, h2, count) {
        this.rows += count;
        const slots = this.slots;
        const mask = this.mask;
        let i = (h2 ^ (h1 << 13)) & mask;
        for (;;) {
            const at = i * 4;
            const c = slots[at + 2];
            if (c === 0) {
                slots[at] = h1;
                slots[at + 1] = h2;
                slots[at + 2] = count;
                this.size++;
                return;
            }
            if (slots[at] === h1 && slots[at + 1] === h2) {
                const sum = c + count;
                if (sum <= 0x7fffffff)
                    slots[at + 2] = sum;
                else
                    this.large.set(i, (this.large.get(i) ?? c) + count);
                return;
            }
            i = (i + 1) & mask;
        }
    }
    count(h1, h2) {
        const slots = this.slots;
        const mask = this.mask;
        let i = (h2 ^ (h1 << 13)) & mask;
        for (;;) {
            const at = i * 4;
            const c = slots[at + 2];
            if (c === 0)
                return 0;
            if (slots[at] === h1 && slots[at + 1] === h2)
                return this.large.get(i) ?? c;
            i = (i + 1) & mask;
        }
    }
    /** Rows of keys counted more than once (none, without looking, when there are as many keys as rows). */
    repeated() {
        if (this.rows === this.size)
            return 0;
        const slots = this.slots;
        let repeated = 0;
        for (let at = 0; at < slots.length; at += 4) {
            const c = slots[at + 2];
            if (c > 1)
                repeated += this.large.get(at / 4) ?? c;
        }
        return repeated;
    }
    forEachRepeated(visit) {
        const slots = this.slots;
        for (let at = 0; at < slots.length; at += 4) {
            const c = slots[at + 2];
            if (c > 1)
                visit(slots[at], slots[at + 1], this.large.get(at / 4) ?? c);
        }
    }
}
/** A small set of keys held whole in memory (the values of `in:` and `not-in:`). */
class KeySet {
    mask;
    keys;
    used;
    constructor(capacity) {
        const size = 2 ** Math.max(4, Math.ceil(Math.log2((capacity + 1) / MAX_LOAD)));
        this.mask = size - 1;
        this.keys = new Int32Array(size * 2);
        this.used = new Uint8Array(size);
    }
    add(h1, h2) {
        let i = (h1 ^ (h2 >>> 11)) & this.mask;
        while (this.used[i] === 1) {
            if (this.keys[i * 2] === h1 && this.keys[i * 2 + 1] === h2)
                return;
            i = (i + 1) & this.mask;
        }
        this.used[i] = 1;
        this.keys[i * 2] = h1;
        this.keys[i * 2 + 1] = h2;
    }
    has(h1, h2) {
        let i = (h1 ^ (h2 >>> 11)) & this.mask;
        while (this.used[i] === 1) {
            if (this.keys[i * 2] === h1 && this.keys[i * 2 + 1] === h2)
                return true;
            i = (i + 1) & this.mask;
        }
        return false;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/data/sketch/kll.ts
/**
 * KLL quantile sketch (Karnin, Lang, Liberty 2016). Level h holds items of weight 2^h; a full level is compacted:
 * every other item of it in sorted order (random offset) moves up a level. Capacities shrink by 2/3 per level below
 * the top one (k at the top, at least 8 below, as DataSketches), so the state is about 3k numbers and the
 * normalised rank error about 1.3% for k = 200 (99% of the time below ~2%), independent of n.
 *
 * As in DataSketches, level 0 is an unsorted buffer and every level above it is kept sorted, so the only sort is of
 * level 0 (512 items at a time, natively) and compactions above it are linear merges. A larger level 0 only makes
 * the sketch more accurate. Two sketches merge by merging levels and compacting, so partial sketches from workers
 * combine into one with the same error bound.
 *
 * Past 2^17 items, the sketch samples its input as the KLL paper's final algorithm does (its lowest compactors
 * become a sampler): an item enters with probability 2^-s, carrying weight 2^s, where s grows by one each time n
 * doubles. The sampling adds a rank error of standard deviation at most about 0.2% (sqrt(n·2^s)/2 items), below
 * the compactors' own, and takes the sorting off most items: at a million items two in three are never sorted.
 *
 * Written by hand: the npm KLL ports are unmaintained or pull in the whole DataSketches runtime, and this is ~200
 * lines. The random offsets come from a seeded xorshift, so a profile is reproducible run to run.
 */

const C = 2 / 3;
const LEVEL0 = 512;
/** n at which sampling starts (s = 1); s grows by one each time n doubles again. */
const SAMPLE_FROM = 1 << 17;
class KllSketch {
    k;
    n = 0;
    min = Number.POSITIVE_INFINITY;
    max = Number.NEGATIVE_INFINITY;
    /** The sampler's level: the buffer's items weigh 2^sampleLevel, and an item enters with probability 2^-sampleLevel. */
    sampleLevel = 0;
    nextSampleAt = SAMPLE_FROM;
    /** Unsorted items of weight 2^sampleLevel. */
    buffer;
    buffered = 0;
    /** Levels 1.. (each sorted); index 0 unused. */
    levels = [new Float64Array(0)];
    capacities = [LEVEL0];
    seed;
    sorted;
    constructor(k = 200, seed = 0x9e3779b9) {
        this.k = k;
        this.seed = seed | 0 || 1;
        this.buffer = new Float64Array(Math.max(LEVEL0, k));
        this.capacities = [this.buffer.length];
    }
    nextRandomBits() {
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x;
        return x;
    }
    random() {
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x;
        return x & 1;
    }
    grow() {
        this.levels.push(new Float64Array(0));
        const count = this.levels.length;
        this.capacities = Array.from({ length: count }, (_, h) => (h === 0 ? this.buffer.length : Math.max(8, Math.ceil(C ** (count - 1 - h) * this.k))));
    }
    /** Adds one finite number. */
    update(value) {
        const n = ++this.n;
        if (value < this.min)
            this.min = value;
        if (value > this.max)
            this.max = value;
        if (n >= this.nextSampleAt)
            this.raiseSampler();
        if (this.sampleLevel > 0) {
            let x = this.seed;
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            this.seed = x;
            // Keep the item with probability 2^-sampleLevel.
            if ((x & ((1 << this.sampleLevel) - 1)) !== 0)
                return;
        }
        this.buffer[this.buffered++] = value;
        if (this.buffered === this.buffer.length)
            this.compress();
    }
    /** Moves the buffer's items to their level, then samples at half the rate. */
    raiseSampler() {
        this.flushBuffer();
        this.sampleLevel++;
        this.nextSampleAt *= 2;
    }
    /** Sorts the buffer into the level its items belong to (sampleLevel). */
    flushBuffer() {
        if (this.buffered === 0)
            return;
        const run = this.buffer.slice(0, this.buffered);
        sortNumbers(run);
        this.buffered = 0;
        if (this.sampleLevel === 0) {
            // Level 0 has no sorted array of its own: halve the run upward as a compaction would, keeping the odd one.
            const { up, stay } = this.halve(run);
            this.addToLevel(1, up);
            this.buffer.set(stay);
            this.buffered = stay.length;
            if (stay.length > 0) {
                // One leftover of weight 1 cannot move up; it goes to level 1 with probability 1/2, as sampling would.
                this.buffered = 0;
                if (this.random() === 1)
                    this.addToLevel(1, stay);
            }
        }
        else
            this.addToLevel(this.sampleLevel, run);
        this.sorted = undefined;
    }
    /** Every other item of a sorted run (random offset), the odd one out staying behind. */
    halve(sorted) {
        const keep = sorted.length % 2;
        const pairs = sorted.length - keep;
        const up = new Float64Array(pairs >> 1);
        let j = 0;
        for (let i = this.random(); i < pairs; i += 2)
            up[j++] = sorted[i];
        return { up, stay: keep === 1 ? sorted.slice(pairs) : new Float64Array(0) };
    }
    compress() {
        this.sorted = undefined;
        if (this.buffered >= this.capacities[0])
            this.compressBuffer();
        for (let h = 1; h < this.levels.length; h++) {
            const level = this.levels[h];
            if (level.length < this.capacities[h])
                continue;
            const { up, stay } = this.halve(level);
            this.levels[h] = stay;
            this.addToLevel(h + 1, up);
        }
    }
    /** Merges a sorted run into a level. */
    addToLevel(h, run) {
        while (this.levels.length <= h)
            this.grow();
        this.levels[h] = mergeSorted(this.levels[h], run);
    }
    merge(other) {
        if (other.n === 0)
            return;
        const theirs = KllSketch.load(other.save());
        theirs.flushBuffer();
        this.flushBuffer();
        for (let h = 1; h < theirs.levels.length; h++)
            this.addToLevel(h, theirs.levels[h]);
        this.n += other.n;
        this.min = Math.min(this.min, other.min);
        this.max = Math.max(this.max, other.max);
        while (this.n >= this.nextSampleAt) {
            this.sampleLevel++;
            this.nextSampleAt *= 2;
        }
        for (let pass = 0; pass < 64; pass++) {
            const before = this.levels.map((level) => level.length).join();
            this.compress();
            if (this.levels.map((level) => level.length).join() === before)
                break;
        }
    }
    compressBuffer() {
        const run = this.buffer.subarray(0, this.buffered);
        sortNumbers(run);
        const { up, stay } = this.halve(run);
        this.buffer.set(stay);
        this.buffered = stay.length;
        this.addToLevel(this.sampleLevel + 1, up);
    }
    /** Retained items in order with their cumulative weights (built once, until the next update). */
    view() {
        if (this.sorted !== undefined && this.sortedAt === this.n)
            return this.sorted;
        const items = [];
        for (let i = 0; i < this.buffered; i++)
            items.push({ value: this.buffer[i], weight: 2 ** this.sampleLevel });
        for (let h = 1; h < this.levels.length; h++)
            for (const value of this.levels[h])
                items.push({ value, weight: 2 ** h });
        items.sort((a, b) => a.value - b.value);
        const values = new Float64Array(items.length);
        const cumulative = new Float64Array(items.length);
        let total = 0;
        items.forEach((item, i) => {
            total += item.weight;
            values[i] = item.value;
            cumulative[i] = total;
        });
        this.sorted = { values, cumulative };
        this.sortedAt = this.n;
        return this.sorted;
    }
    sortedAt = -1;
    /** The estimated value below which a share `q` of the items lie (0 gives the minimum, 1 the maximum). */
    quantile(q) {
        if (this.n === 0)
            return Number.NaN;
        if (q <= 0)
            return this.min;
        if (q >= 1)
            return this.max;
        const { values, cumulative } = this.view();
        const total = cumulative[cumulative.length - 1];
        const target = q * total;
        let low = 0;
        let high = values.length - 1;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (cumulative[middle] < target)
                low = middle + 1;
            else
                high = middle;
        }
        return values[low];
    }
    /** The estimated share of items <= x (`inclusive`) or < x. */
    cdf(x, inclusive = true) {
        if (this.n === 0)
            return Number.NaN;
        if (x < this.min)
            return 0;
        if (x > this.max || (inclusive && x === this.max))
            return 1;
        const { values, cumulative } = this.view();
        const total = cumulative[cumulative.length - 1];
        let low = 0;
        let high = values.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            const v = values[middle];
            if (inclusive ? v <= x : v < x)
                low = middle + 1;
            else
                high = middle;
        }
        return low === 0 ? 0 : cumulative[low - 1] / total;
    }
    /** Retained items and their shares of the total, in value order: the step function drift statistics integrate. */
    weightedItems() {
        const { values, cumulative } = this.view();
        const weights = new Float64Array(values.length);
        const total = cumulative.length === 0 ? 1 : cumulative[cumulative.length - 1];
        for (let i = 0; i < values.length; i++)
            weights[i] = (cumulative[i] - (i === 0 ? 0 : cumulative[i - 1])) / total;
        return { values, weights };
    }
    /** Retained items (the sketch's size). */
    get retained() {
        return this.buffered + this.levels.reduce((sum, level) => sum + level.length, 0);
    }
    /** Levels from 0 up, each item of level h weighing 2^h (level 0 holds the buffer when it is not sampling). */
    save() {
        const levels = this.levels.map((level) => level.slice());
        levels[0] = new Float64Array(0);
        if (this.buffered > 0) {
            const buffer = this.buffer.slice(0, this.buffered);
            sortNumbers(buffer);
            levels[this.sampleLevel] = mergeSorted(levels[this.sampleLevel] ?? new Float64Array(0), buffer);
        }
        return { k: this.k, n: this.n, min: this.min, max: this.max, seed: this.seed, levels };
    }
    static load(state) {
        const sketch = new KllSketch(state.k, state.seed);
        const [first, ...rest] = state.levels;
        rest.forEach((level, i) => {
            const sorted = Float64Array.from(level);
            sortNumbers(sorted);
            sketch.addToLevel(i + 1, sorted);
        });
        while (state.n >= sketch.nextSampleAt) {
            sketch.sampleLevel++;
            sketch.nextSampleAt *= 2;
        }
        if (first !== undefined && first.length > 0) {
            // Weight-1 items: a sampling sketch takes them at its level, as sampling would.
            if (sketch.sampleLevel === 0) {
                for (const value of first) {
                    sketch.buffer[sketch.buffered++] = value;
                    if (sketch.buffered === sketch.buffer.length)
                        sketch.compressBuffer();
                }
            }
            else {
                for (const value of first)
                    if ((sketch.nextRandomBits() & ((1 << sketch.sampleLevel) - 1)) === 0)
                        sketch.addToLevel(sketch.sampleLevel, Float64Array.of(value));
            }
        }
        sketch.n = state.n;
        sketch.min = state.n === 0 ? Number.POSITIVE_INFINITY : state.min;
        sketch.max = state.n === 0 ? Number.NEGATIVE_INFINITY : state.max;
        return sketch;
    }
}
function mergeSorted(a, b) {
    if (a.length === 0)
        return b.slice();
    if (b.length === 0)
        return a;
    const out = new Float64Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < a.length && j < b.length)
        out[o++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < a.length)
        out[o++] = a[i++];
    while (j < b.length)
        out[o++] = b[j++];
    return out;
}

;// CONCATENATED MODULE: ../../packages/core/src/data/values.ts
/**
 * How a cell's text becomes a typed value (README.md, "Type parsing rules"). Each parser works on the bytes of the
 * cell, so that a million numeric cells never become a million strings, and returns NaN when the text is not of
 * the type (a real "NaN" is recognised separately by `isNanToken`).
 */
const COLUMN_TYPES = ['integer', 'number', 'string', 'boolean', 'date', 'datetime'];
/** Types whose values are held as numbers: integers, numbers, dates (days since 1970-01-01), datetimes (epoch ms). */
function values_isNumericType(type) {
    return type === 'integer' || type === 'number' || type === 'date' || type === 'datetime';
}
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
/** Set by parseNumberBytes: whether the text had a fraction or an exponent (so "1.0" is not an integer literal). */
const lastNumber = { fraction: false };
const SPACE = 32;
const TAB = 9;
function latin1(bytes, start, end) {
    let text = '';
    for (let i = start; i < end; i++)
        text += String.fromCharCode(bytes[i]);
    return text;
}
/**
 * A decimal number: optional sign, digits with an optional fraction, an optional exponent (`-1.5e3`, `.5`, `1.`).
 * Spaces and tabs around it are ignored. No thousands separators, no hex, no `Infinity` (see isNanToken / infinity).
 * Up to 15 significant digits and |exponent| <= 22 take the exact fast path (one correctly rounded multiply or
 * divide); longer ones are converted by the engine's own `Number()`, also correctly rounded.
 */
function parseNumberBytes(bytes, start, end) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    let i = start;
    let negative = false;
    const c = bytes[i];
    if (c === 45) {
        negative = true;
        i++;
    }
    else if (c === 43)
        i++;
    let mantissa = 0;
    let significant = 0;
    let digits = 0;
    let exponent = 0;
    let fraction = false;
    for (; i < end; i++) {
        const d = bytes[i] - 48;
        if (d < 0 || d > 9)
            break;
        digits++;
        if (significant > 0 || d !== 0) {
            if (significant < 19)
                mantissa = mantissa * 10 + d;
            else
                exponent++;
            significant++;
        }
    }
    if (i < end && bytes[i] === 46) {
        fraction = true;
        i++;
        for (; i < end; i++) {
            const d = bytes[i] - 48;
            if (d < 0 || d > 9)
                break;
            digits++;
            if (significant > 0 || d !== 0) {
                if (significant < 19) {
                    mantissa = mantissa * 10 + d;
                    exponent--;
                }
                significant++;
            }
            else
                exponent--;
        }
    }
    if (digits === 0)
        return Number.NaN;
    if (i < end && (bytes[i] === 101 || bytes[i] === 69)) {
        fraction = true;
        i++;
        let expNegative = false;
        if (bytes[i] === 45) {
            expNegative = true;
            i++;
        }
        else if (bytes[i] === 43)
            i++;
        let written = 0;
        let expDigits = 0;
        for (; i < end; i++) {
            const d = bytes[i] - 48;
            if (d < 0 || d > 9)
                break;
            if (written < 100000)
                written = written * 10 + d;
            expDigits++;
        }
        if (expDigits === 0)
            return Number.NaN;
        exponent += expNegative ? -written : written;
    }
    if (i !== end)
        return Number.NaN;
    lastNumber.fraction = fraction;
    if (significant <= 15 && exponent >= -22 && exponent <= 22) {
        const value = exponent < 0 ? mantissa / POW10[-exponent] : exponent === 0 ? mantissa : mantissa * POW10[exponent];
        return negative ? -value : value;
    }
    // The syntax is already known to be a plain decimal, so Number() sees nothing it would read differently.
    return Number(latin1(bytes, start, end));
}
/** An integer literal: optional sign and digits only (`-12`, `+7`), spaces around ignored. */
function parseIntegerBytes(bytes, start, end) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    let i = start;
    let negative = false;
    const c = bytes[i];
    if (c === 45) {
        negative = true;
        i++;
    }
    else if (c === 43)
        i++;
    if (i >= end)
        return Number.NaN;
    let value = 0;
    const first = i;
    for (; i < end; i++) {
        const d = bytes[i] - 48;
        if (d < 0 || d > 9)
            return Number.NaN;
        value = value * 10 + d;
    }
    if (end - first > 15)
        value = Number(latin1(bytes, first, end));
    return negative ? -value : value;
}
/** NaN spelled as data: `nan`, `NaN`, `NAN` (any letter case), optionally signed. */
function isNanToken(bytes, start, end) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    if (bytes[start] === 45 || bytes[start] === 43)
        start++;
    return end - start === 3 && (bytes[start] | 32) === 110 && (bytes[start + 1] | 32) === 97 && (bytes[start + 2] | 32) === 110;
}
/** +1 or -1 for `inf`, `infinity` (any letter case, optional sign), 0 otherwise. */
function infinitySign(bytes, start, end) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    let sign = 1;
    if (bytes[start] === 45) {
        sign = -1;
        start++;
    }
    else if (bytes[start] === 43)
        start++;
    const word = latin1(bytes, start, end).toLowerCase();
    return word === 'inf' || word === 'infinity' ? sign : 0;
}
/** `true`/`false` in any letter case, and `1`/`0`: 1 for true, 0 for false, NaN otherwise. */
function parseBooleanBytes(bytes, start, end) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    const length = end - start;
    if (length === 1) {
        if (bytes[start] === 49)
            return 1;
        if (bytes[start] === 48)
            return 0;
        return Number.NaN;
    }
    const lower = (i) => bytes[start + i] | 32;
    if (length === 4 && lower(0) === 116 && lower(1) === 114 && lower(2) === 117 && lower(3) === 101)
        return 1;
    if (length === 5 && lower(0) === 102 && lower(1) === 97 && lower(2) === 108 && lower(3) === 115 && lower(4) === 101)
        return 0;
    return Number.NaN;
}
/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function digitsAt(bytes, at, count) {
    let value = 0;
    for (let i = 0; i < count; i++) {
        const d = bytes[at + i] - 48;
        if (d < 0 || d > 9)
            return -1;
        value = value * 10 + d;
    }
    return value;
}
/** An ISO 8601 calendar date `YYYY-MM-DD` that exists (no 2023-02-29) -> days since 1970-01-01. */
function parseDateBytes(bytes, start, end) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    if (end - start !== 10)
        return Number.NaN;
    return dateAt(bytes, start);
}
function dateAt(bytes, at) {
    if (bytes[at + 4] !== 45 || bytes[at + 7] !== 45)
        return Number.NaN;
    const year = digitsAt(bytes, at, 4);
    const month = digitsAt(bytes, at + 5, 2);
    const day = digitsAt(bytes, at + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return Number.NaN;
    return daysFromCivil(year, month, day);
}
/**
 * An ISO 8601 date and time -> milliseconds since 1970-01-01T00:00:00Z: `YYYY-MM-DD`, then optionally `T` or a
 * space, `HH:MM`, optionally `:SS` and a fraction of any length, then optionally `Z` or an offset `+HH:MM` / `+HHMM`
 * / `+HH`. Without an offset the time is taken as UTC. A date alone is midnight.
 */
function parseDatetimeBytes(bytes, start, end) {
    while (start < end && (bytes[start] === SPACE || bytes[start] === TAB))
        start++;
    while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB))
        end--;
    if (end - start < 10)
        return Number.NaN;
    const days = dateAt(bytes, start);
    if (Number.isNaN(days))
        return days;
    let i = start + 10;
    if (i === end)
        return days * 86_400_000;
    if (bytes[i] !== 84 && bytes[i] !== 116 && bytes[i] !== SPACE)
        return Number.NaN;
    i++;
    const hour = digitsAt(bytes, i, 2);
    if (bytes[i + 2] !== 58)
        return Number.NaN;
    const minute = digitsAt(bytes, i + 3, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || i + 5 > end)
        return Number.NaN;
    i += 5;
    let second = 0;
    let millis = 0;
    if (i < end && bytes[i] === 58) {
        second = digitsAt(bytes, i + 1, 2);
        if (second < 0 || second > 60 || i + 3 > end)
            return Number.NaN;
        i += 3;
        if (i < end && (bytes[i] === 46 || bytes[i] === 44)) {
            i++;
            let scale = 100;
            const first = i;
            for (; i < end; i++) {
                const d = bytes[i] - 48;
                if (d < 0 || d > 9)
                    break;
                millis += d * scale;
                scale /= 10;
            }
            if (i === first)
                return Number.NaN;
        }
    }
    let offsetMinutes = 0;
    if (i < end) {
        const c = bytes[i];
        if ((c === 90 || c === 122) && i + 1 === end)
            i++;
        else if (c === 43 || c === 45) {
            const oh = digitsAt(bytes, i + 1, 2);
            let om = 0;
            let next = i + 3;
            if (next < end) {
                if (bytes[next] === 58)
                    next++;
                om = digitsAt(bytes, next, 2);
                next += 2;
            }
            if (oh < 0 || oh > 23 || om < 0 || om > 59 || next !== end)
                return Number.NaN;
            offsetMinutes = (c === 45 ? -1 : 1) * (oh * 60 + om);
            i = end;
        }
        else
            return Number.NaN;
    }
    if (i !== end)
        return Number.NaN;
    return days * 86_400_000 + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
}
const values_encoder = new TextEncoder();
/** The same rules for a value that arrived as JavaScript text (JSON Lines, Parquet, YAML bounds). */
function parseTypedText(type, text) {
    const bytes = values_encoder.encode(text);
    return parseTypedBytes(type, bytes, 0, bytes.length);
}
function parseTypedBytes(type, bytes, start, end) {
    switch (type) {
        case 'integer':
            return parseIntegerBytes(bytes, start, end);
        case 'number': {
            const value = parseNumberBytes(bytes, start, end);
            if (!Number.isNaN(value))
                return value;
            const infinity = infinitySign(bytes, start, end);
            return infinity === 0 ? Number.NaN : infinity * Number.POSITIVE_INFINITY;
        }
        case 'boolean':
            return parseBooleanBytes(bytes, start, end);
        case 'date':
            return parseDateBytes(bytes, start, end);
        case 'datetime':
            return parseDatetimeBytes(bytes, start, end);
        default:
            return Number.NaN;
    }
}
/** A numeric value of a column back in the form a person wrote it: dates as YYYY-MM-DD, datetimes as ISO 8601. */
function values_formatTypedValue(type, value) {
    if (!Number.isFinite(value))
        return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
    if (type === 'date')
        return new Date(Math.round(value) * 86_400_000).toISOString().slice(0, 10);
    if (type === 'datetime')
        return new Date(value).toISOString();
    if (type === 'boolean')
        return value === 1 ? 'true' : 'false';
    return value;
}
/** Counts characters (code points) of UTF-8 bytes: every byte that is not a continuation byte starts one. */
function utf8Length(bytes, start, end) {
    let count = 0;
    for (let i = start; i < end; i++)
        if ((bytes[i] & 0xc0) !== 0x80)
            count++;
    return count;
}

;// CONCATENATED MODULE: ../../packages/core/src/data/column.ts
/**
 * One column's profile and per-value checks, fed cell by cell in one pass: from the CSV reader as byte ranges of a
 * block of rows (no string per cell unless a check needs the text), or from JSON Lines and Parquet as JavaScript
 * values. Every piece of state merges with the same column's state from another part of the file, so workers can
 * each take a byte range.
 */









const NUMERIC = 0;
const TEXT = 1;
const BOOLEAN = 2;
const P_INTEGER = 0;
const P_NUMBER = 1;
const P_DATE = 2;
const P_DATETIME = 3;
/** A column whose type was not declared and sniffed as numeric: every decimal is accepted, integer-ness recorded. */
const P_SNIFFED = 4;
const column_encoder = new TextEncoder();
/**
 * Results of the regex per recent text value (direct-mapped by hash): repeated values are tested once. 2^16 slots
 * (576 KiB, only in a column with a regex) keep about 70% of the values of a column with 50,000 distinct ones.
 */
const REGEX_CACHE = 1 << 16;
function keySet(values, type) {
    const set = new KeySet(values.length);
    for (const value of values) {
        if (type === 'string')
            hashText(String(value));
        else if (type === 'boolean')
            hashNumber(value === true || value === 'true' ? 1 : value === false || value === 'false' ? 0 : Number(value));
        else if (typeof value === 'number')
            hashNumber(value);
        else {
            const parsed = typeof value === 'string' && (type === 'date' || type === 'datetime') ? parseDatePlain(type, value) : Number(value);
            hashNumber(parsed);
        }
        set.add(hashed.h1, hashed.h2);
    }
    return set;
}
function parseDatePlain(type, text) {
    const bytes = column_encoder.encode(text);
    return type === 'date' ? parseDateBytes(bytes, 0, bytes.length) : parseDatetimeBytes(bytes, 0, bytes.length);
}
function newOrder(strict) {
    return { strict, tally: new checks_state/* Tally */.F(), first: Number.NaN, firstLine: 0, last: Number.NaN, lastLine: 0, seen: false };
}
class ColumnAccumulator {
    plan;
    kind;
    parser;
    rows = 0;
    nulls = 0;
    invalid = 0;
    // numeric
    n = 0;
    mean = 0;
    m2 = 0;
    sum = 0;
    min = Number.POSITIVE_INFINITY;
    max = Number.NEGATIVE_INFINITY;
    nan = 0;
    positiveInfinity = 0;
    negativeInfinity = 0;
    fraction = false;
    kll;
    // boolean
    trues = 0;
    // text
    minLength = Number.POSITIVE_INFINITY;
    maxLength = 0;
    sumLength = 0;
    hll = new HyperLogLog();
    frequent;
    keys;
    /** Set once all parts of the file are counted (data/key-confirm.ts). */
    keyCount = null;
    /** In a confirming pass (data/key-confirm.ts), text goes only here. */
    confirmer = null;
    /** The first 1000 finite values: a small reference keeps its exact values for KS and chi-square. */
    sample = [];
    // checks
    typeTally = new checks_state/* Tally */.F();
    nullTally = new checks_state/* Tally */.F();
    betweenTally = new checks_state/* Tally */.F();
    inTally = new checks_state/* Tally */.F();
    notInTally = new checks_state/* Tally */.F();
    regexTally = new checks_state/* Tally */.F();
    formatTally = new checks_state/* Tally */.F();
    lengthTally = new checks_state/* Tally */.F();
    finiteTally = new checks_state/* Tally */.F();
    increasing;
    decreasing;
    referencePoints;
    referenceBelow;
    referenceAt;
    low;
    high;
    inSet;
    notInSet;
    regex;
    formatTest;
    minLen;
    maxLen;
    textChecks;
    nullTokens;
    /** h1, h2 of the value in each slot of the regex cache, and 1 + its result (0: an empty slot). */
    regexCacheKeys;
    regexCacheResult;
    scratch = Buffer.alloc(256);
    /** `keys` bounds the exact key counter's memory and says where it spills (and how many keys to expect). */
    constructor(plan, keys = { maxBits: 30 }) {
        this.plan = plan;
        const type = plan.type;
        this.kind = type === 'string' ? TEXT : type === 'boolean' ? BOOLEAN : NUMERIC;
        this.parser = !plan.declared && (type === 'integer' || type === 'number') ? P_SNIFFED : type === 'integer' ? P_INTEGER : type === 'number' ? P_NUMBER : type === 'date' ? P_DATE : P_DATETIME;
        this.kll = this.kind === NUMERIC ? new KllSketch(plan.kllK) : null;
        // A text column counted exactly has its few values compared as text, so that it needs no confirming pass.
        this.frequent = this.kind === BOOLEAN ? null : new FrequentItems(this.kind === TEXT, plan.frequentCapacity, this.kind === TEXT && plan.exactKeys);
        this.keys = plan.exactKeys ? new KeyCounter(keys) : null;
        this.low = plan.between?.min ?? Number.NEGATIVE_INFINITY;
        this.high = plan.between?.max ?? Number.POSITIVE_INFINITY;
        this.inSet = plan.in === undefined ? null : keySet(plan.in, type);
        this.notInSet = plan.notIn === undefined ? null : keySet(plan.notIn, type);
        this.regex = plan.regex === undefined ? null : compilePattern(plan.regex);
        this.formatTest = plan.format === undefined ? null : compileDateFormat(plan.format);
        this.minLen = plan.length?.min ?? 0;
        this.maxLen = plan.length?.max ?? Number.POSITIVE_INFINITY;
        this.textChecks = this.regex !== null || this.formatTest !== null || plan.length !== undefined;
        this.nullTokens = plan.nullValues.filter((token) => token !== '').map((token) => column_encoder.encode(token));
        this.increasing = plan.increasing === undefined ? null : newOrder(plan.increasing.strict);
        this.decreasing = plan.decreasing === undefined ? null : newOrder(plan.decreasing.strict);
        this.referencePoints = plan.referencePoints === undefined ? null : Float64Array.from(plan.referencePoints);
        this.referenceBelow = this.referencePoints === null ? null : new Float64Array(this.referencePoints.length + 1);
        this.referenceAt = this.referencePoints === null ? null : new Float64Array(this.referencePoints.length);
        this.regexCacheKeys = new Int32Array(this.regex === null ? 0 : REGEX_CACHE * 2);
        this.regexCacheResult = new Uint8Array(this.regex === null ? 0 : REGEX_CACHE);
    }
    isNullToken(bytes, start, end) {
        const length = end - start;
        for (const token of this.nullTokens) {
            if (token.length !== length)
                continue;
            let same = true;
            for (let i = 0; i < length; i++) {
                if (token[i] !== bytes[start + i]) {
                    same = false;
                    break;
                }
            }
            if (same)
                return true;
        }
        return false;
    }
    /**
     * Consumes this column's cells of a CSV block. Numbers and text each have their own loop: one loop shared by every
     * column mixes their types' code, and the compiler then inlines less of each.
     */
    consumeBlock(block, column) {
        if (this.kind === NUMERIC)
            this.consumeNumbers(block, column);
        else if (this.kind === TEXT)
            this.consumeTexts(block, column);
        else
            this.consumeCells(block, column);
    }
    consumeNumbers(block, column) {
        const { starts, ends, escaped, lines, rows, width } = block;
        const checkNullTokens = this.nullTokens.length > 0;
        const parser = this.parser;
        let bytes = block.bytes;
        for (let r = 0, i = column; r < rows; r++, i += width) {
            let start = starts[i];
            let end = ends[i];
            const line = lines[r];
            if (escaped[i] === 1) {
                end = this.unescape(block.bytes, start, end);
                start = 0;
                bytes = this.scratch;
            }
            else
                bytes = block.bytes;
            if (start === end || (checkNullTokens && this.isNullToken(bytes, start, end))) {
                this.addNull(line);
                continue;
            }
            let value;
            if (parser === P_INTEGER)
                value = parseIntegerBytes(bytes, start, end);
            else if (parser === P_DATE)
                value = parseDateBytes(bytes, start, end);
            else if (parser === P_DATETIME)
                value = parseDatetimeBytes(bytes, start, end);
            else {
                value = parseNumberBytes(bytes, start, end);
                if (value === value && lastNumber.fraction)
                    this.fraction = true;
            }
            // Not a plain number of the type (NaN, infinity or invalid): the general path reads it again.
            if (value !== value)
                this.addCell(bytes, start, end, line);
            else
                this.addNumber(value, line, bytes, start, end);
        }
    }
    consumeTexts(block, column) {
        const { starts, ends, escaped, lines, rows, width } = block;
        const checkNullTokens = this.nullTokens.length > 0;
        let bytes = block.bytes;
        for (let r = 0, i = column; r < rows; r++, i += width) {
            let start = starts[i];
            let end = ends[i];
            const line = lines[r];
            if (escaped[i] === 1) {
                end = this.unescape(block.bytes, start, end);
                start = 0;
                bytes = this.scratch;
            }
            else
                bytes = block.bytes;
            if (start === end || (checkNullTokens && this.isNullToken(bytes, start, end))) {
                this.addNull(line);
                continue;
            }
            this.addText(bytes, start, end, line);
        }
    }
    consumeCells(block, column) {
        const { starts, ends, escaped, lines, rows, width } = block;
        const checkNullTokens = this.nullTokens.length > 0;
        let bytes = block.bytes;
        for (let r = 0, i = column; r < rows; r++, i += width) {
            let start = starts[i];
            let end = ends[i];
            const line = lines[r];
            if (escaped[i] === 1) {
                end = this.unescape(block.bytes, start, end);
                start = 0;
                bytes = this.scratch;
            }
            else
                bytes = block.bytes;
            if (start === end || (checkNullTokens && this.isNullToken(bytes, start, end))) {
                this.addNull(line);
                continue;
            }
            this.addCell(bytes, start, end, line);
        }
    }
    /** Copies a quoted cell's content with each doubled quote made single into the scratch buffer; returns its length. */
    unescape(bytes, start, end) {
        if (this.scratch.length < end - start)
            this.scratch = Buffer.alloc((end - start) * 2);
        let out = 0;
        for (let i = start; i < end; i++) {
            const c = bytes[i];
            this.scratch[out++] = c;
            if (c === 34 && bytes[i + 1] === 34)
                i++;
        }
        return out;
    }
    addNull(line) {
        this.rows++;
        this.nulls++;
        if (this.plan.notNull !== undefined)
            this.nullTally.noteValue(line, null);
    }
    /** One non-empty cell as bytes (CSV, or text from JSON/Parquet encoded to bytes). */
    addCell(bytes, start, end, line) {
        const kind = this.kind;
        if (kind === NUMERIC) {
            let value;
            switch (this.parser) {
                case P_INTEGER:
                    value = parseIntegerBytes(bytes, start, end);
                    break;
                case P_DATE:
                    value = parseDateBytes(bytes, start, end);
                    break;
                case P_DATETIME:
                    value = parseDatetimeBytes(bytes, start, end);
                    break;
                default:
                    value = parseNumberBytes(bytes, start, end);
                    if (value === value && lastNumber.fraction)
                        this.fraction = true;
            }
            if (value !== value) {
                if (this.parser === P_NUMBER || this.parser === P_SNIFFED) {
                    if (isNanToken(bytes, start, end)) {
                        this.addNumber(Number.NaN, line, bytes, start, end);
                        return;
                    }
                    const sign = infinitySign(bytes, start, end);
                    if (sign !== 0) {
                        this.addNumber(sign * Number.POSITIVE_INFINITY, line, bytes, start, end);
                        return;
                    }
                }
                this.addInvalid(line, bytes, start, end);
                return;
            }
            this.addNumber(value, line, bytes, start, end);
        }
        else if (kind === TEXT) {
            this.addText(bytes, start, end, line);
        }
        else {
            const value = parseBooleanBytes(bytes, start, end);
            if (value !== value)
                this.addInvalid(line, bytes, start, end);
            else
                this.addBoolean(value, line, bytes, start, end);
        }
    }
    addInvalid(line, bytes, start, end) {
        this.rows++;
        this.invalid++;
        this.typeTally.note(line, () => bytes.toString('utf8', start, end));
    }
    addNumber(value, line, bytes, start, end) {
        this.rows++;
        if (value !== value) {
            this.nan++;
            if (this.plan.finite)
                this.finiteTally.noteValue(line, 'NaN');
            if (this.textChecks && bytes !== null)
                this.checkText(bytes, start, end, line);
            return;
        }
        if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY) {
            if (value > 0)
                this.positiveInfinity++;
            else
                this.negativeInfinity++;
            if (this.plan.finite)
                this.finiteTally.noteValue(line, value > 0 ? 'Infinity' : '-Infinity');
        }
        else {
            const n = ++this.n;
            const delta = value - this.mean;
            this.mean += delta / n;
            this.m2 += delta * (value - this.mean);
            this.sum += value;
            if (value < this.min)
                this.min = value;
            if (value > this.max)
                this.max = value;
            this.kll.update(value);
            if (this.sample.length < 1000)
                this.sample.push(value);
            if (this.referencePoints !== null)
                this.countAtReference(value);
        }
        hashNumber(value);
        const h1 = hashed.h1;
        const h2 = hashed.h2;
        this.hll.add(h1);
        const frequent = this.frequent;
        if (frequent !== null) {
            frequent.addNumber(h1, h2, value);
            // Frequent values of a continuous column say nothing; stop paying for them once it has many.
            if (frequent.offset > 0)
                this.frequent = null;
        }
        if (value < this.low || value > this.high)
            this.betweenTally.noteValue(line, values_formatTypedValue(this.plan.type, value));
        if (this.inSet !== null && !this.inSet.has(h1, h2))
            this.inTally.noteValue(line, values_formatTypedValue(this.plan.type, value));
        if (this.notInSet !== null && this.notInSet.has(h1, h2))
            this.notInTally.noteValue(line, values_formatTypedValue(this.plan.type, value));
        if (this.keys !== null)
            this.keys.add(h1, h2, line);
        if (this.increasing !== null)
            this.order(this.increasing, value, line, 1);
        if (this.decreasing !== null)
            this.order(this.decreasing, value, line, -1);
        if (this.textChecks && bytes !== null)
            this.checkText(bytes, start, end, line);
    }
    countAtReference(value) {
        const points = this.referencePoints;
        let low = 0;
        let high = points.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (points[middle] < value)
                low = middle + 1;
            else
                high = middle;
        }
        if (low < points.length && points[low] === value) {
            const at = this.referenceAt;
            at[low] = at[low] + 1;
        }
        else {
            const below = this.referenceBelow;
            below[low] = below[low] + 1;
        }
    }
    order(state, value, line, direction) {
        if (state.seen) {
            const step = (value - state.last) * direction;
            if (step < 0 || (state.strict && step === 0))
                state.tally.noteValue(line, values_formatTypedValue(this.plan.type, value));
        }
        else {
            state.seen = true;
            state.first = value;
            state.firstLine = line;
        }
        state.last = value;
        state.lastLine = line;
    }
    addBoolean(value, line, bytes, start, end) {
        this.rows++;
        this.n++;
        this.trues += value;
        hashNumber(value);
        const h1 = hashed.h1;
        const h2 = hashed.h2;
        this.hll.add(h1);
        if (this.inSet !== null && !this.inSet.has(h1, h2))
            this.inTally.noteValue(line, value === 1);
        if (this.notInSet !== null && this.notInSet.has(h1, h2))
            this.notInTally.noteValue(line, value === 1);
        if (this.keys !== null)
            this.keys.add(h1, h2, line);
        if (this.textChecks && bytes !== null)
            this.checkText(bytes, start, end, line);
    }
    addText(bytes, start, end, line) {
        this.rows++;
        this.n++;
        hashBytes(bytes, start, end);
        if (this.confirmer !== null) {
            this.confirmer.offer(hashed.h1, hashed.h2, bytes, start, end, line);
            return;
        }
        const h1 = hashed.h1;
        const h2 = hashed.h2;
        const length = hashed.chars;
        this.hll.add(h1);
        this.frequent.addBytes(h1, h2, bytes, start, end);
        if (length < this.minLength)
            this.minLength = length;
        if (length > this.maxLength)
            this.maxLength = length;
        this.sumLength += length;
        if (this.inSet !== null && !this.inSet.has(h1, h2))
            this.inTally.note(line, () => bytes.toString('utf8', start, end));
        if (this.notInSet !== null && this.notInSet.has(h1, h2))
            this.notInTally.note(line, () => bytes.toString('utf8', start, end));
        if (this.keys !== null)
            this.keys.add(h1, h2, line);
        if (this.textChecks)
            this.checkText(bytes, start, end, line, h1, h2, length);
    }
    /** regex, format and length look at the text as written, whatever the column's type. */
    checkText(bytes, start, end, line, h1, h2, length) {
        const regex = this.regex;
        if (regex !== null) {
            let ok;
            if (h1 !== undefined && h2 !== undefined) {
                // Repeated values (most categorical columns) are tested once.
                const slot = h1 & (REGEX_CACHE - 1);
                const keys = this.regexCacheKeys;
                const cached = this.regexCacheResult[slot];
                if (cached !== 0 && keys[slot * 2] === h1 && keys[slot * 2 + 1] === h2)
                    ok = cached === 2;
                else {
                    ok = regex.test(bytes.toString('utf8', start, end));
                    keys[slot * 2] = h1;
                    keys[slot * 2 + 1] = h2;
                    this.regexCacheResult[slot] = ok ? 2 : 1;
                }
            }
            else
                ok = regex.test(bytes.toString('utf8', start, end));
            if (!ok)
                this.regexTally.note(line, () => bytes.toString('utf8', start, end));
        }
        if (this.formatTest !== null && !this.formatTest(bytes.toString('utf8', start, end)))
            this.formatTally.note(line, () => bytes.toString('utf8', start, end));
        if (this.plan.length !== undefined) {
            const chars = length ?? utf8Length(bytes, start, end);
            if (chars < this.minLen || chars > this.maxLen)
                this.lengthTally.note(line, () => bytes.toString('utf8', start, end));
        }
    }
    /** A value from JSON Lines or Parquet: JavaScript values, typed by the source where it has types. */
    addValue(value, line) {
        if (value === null || value === undefined) {
            this.addNull(line);
            return;
        }
        if (typeof value === 'number' || typeof value === 'bigint') {
            const number = Number(value);
            if (this.kind === NUMERIC && this.parser !== P_DATE && this.parser !== P_DATETIME) {
                if (this.parser === P_INTEGER && Number.isFinite(number) && !Number.isInteger(number)) {
                    this.addInvalidValue(line, number);
                    return;
                }
                if (!Number.isInteger(number))
                    this.fraction = true;
                this.addNumber(number, line, this.textChecks ? this.encode(String(value)) : null, 0, this.encodedLength);
                return;
            }
            if (this.kind === NUMERIC) {
                this.addInvalidValue(line, number);
                return;
            }
        }
        if (typeof value === 'boolean') {
            if (this.kind === BOOLEAN) {
                this.addBoolean(value ? 1 : 0, line, this.textChecks ? this.encode(String(value)) : null, 0, this.encodedLength);
                return;
            }
            if (this.kind === NUMERIC) {
                this.addInvalidValue(line, value);
                return;
            }
        }
        if (value instanceof Date && this.kind === NUMERIC && (this.parser === P_DATE || this.parser === P_DATETIME)) {
            const ms = value.getTime();
            this.addNumber(this.parser === P_DATE ? Math.floor(ms / 86_400_000) : ms, line, null, 0, 0);
            return;
        }
        const text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
        const bytes = this.encode(text);
        if (bytes.length === 0 || (this.nullTokens.length > 0 && this.isNullToken(bytes, 0, this.encodedLength))) {
            this.addNull(line);
            return;
        }
        this.addCell(bytes, 0, this.encodedLength, line);
    }
    encodedLength = 0;
    encode(text) {
        if (this.scratch.length < text.length * 3)
            this.scratch = Buffer.alloc(text.length * 3 + 16);
        this.encodedLength = this.scratch.write(text, 0, 'utf8');
        return this.encodedLength === 0 ? Buffer.alloc(0) : this.scratch;
    }
    addInvalidValue(line, value) {
        this.rows++;
        this.invalid++;
        this.typeTally.noteValue(line, value);
    }
    /** Adds the same column's state from a later part of the file; its lines are shifted by `lineOffset`. */
    merge(other, lineOffset) {
        this.rows += other.rows;
        this.nulls += other.nulls;
        this.invalid += other.invalid;
        if (other.n > 0) {
            // Chan et al.'s parallel update of mean and sum of squared deviations.
            const n = this.n + other.n;
            const delta = other.mean - this.mean;
            this.mean += (delta * other.n) / n;
            this.m2 += other.m2 + (delta * delta * this.n * other.n) / n;
            this.n = n;
        }
        this.sum += other.sum;
        this.min = Math.min(this.min, other.min);
        this.max = Math.max(this.max, other.max);
        this.nan += other.nan;
        this.positiveInfinity += other.positiveInfinity;
        this.negativeInfinity += other.negativeInfinity;
        this.fraction ||= other.fraction;
        this.trues += other.trues;
        this.minLength = Math.min(this.minLength, other.minLength);
        this.maxLength = Math.max(this.maxLength, other.maxLength);
        this.sumLength += other.sumLength;
        if (this.kll !== null && other.kll !== null)
            this.kll.merge(other.kll);
        this.hll.merge(other.hll);
        if (this.frequent !== null && other.frequent !== null) {
            this.frequent.merge(other.frequent);
            if (!this.frequent.textual && this.frequent.offset > 0)
                this.frequent = null;
        }
        else
            this.frequent = null;
        for (const value of other.sample) {
            if (this.sample.length >= 1000)
                break;
            this.sample.push(value);
        }
        if (this.keys !== null && other.keys !== null)
            this.keys.merge(other.keys, lineOffset);
        for (const [mine, theirs] of this.tallyPairs(other))
            mine.merge(theirs, lineOffset);
        for (const [mine, theirs, direction] of [
            [this.increasing, other.increasing, 1],
            [this.decreasing, other.decreasing, -1],
        ]) {
            if (mine === null || theirs === null || !theirs.seen)
                continue;
            if (mine.seen) {
                const step = (theirs.first - mine.last) * direction;
                if (step < 0 || (mine.strict && step === 0))
                    mine.tally.noteValue(theirs.firstLine + lineOffset, values_formatTypedValue(this.plan.type, theirs.first));
            }
            else {
                mine.seen = true;
                mine.first = theirs.first;
                mine.firstLine = theirs.firstLine + lineOffset;
            }
            mine.tally.merge(theirs.tally, lineOffset);
            mine.last = theirs.last;
            mine.lastLine = theirs.lastLine + lineOffset;
        }
        if (this.referenceBelow !== null && other.referenceBelow !== null && this.referenceAt !== null && other.referenceAt !== null) {
            for (let i = 0; i < this.referenceBelow.length; i++)
                this.referenceBelow[i] = this.referenceBelow[i] + other.referenceBelow[i];
            for (let i = 0; i < this.referenceAt.length; i++)
                this.referenceAt[i] = this.referenceAt[i] + other.referenceAt[i];
        }
    }
    tallies() {
        return {
            type: this.typeTally,
            null: this.nullTally,
            between: this.betweenTally,
            in: this.inTally,
            notIn: this.notInTally,
            regex: this.regexTally,
            format: this.formatTally,
            length: this.lengthTally,
            finite: this.finiteTally,
        };
    }
    tallyPairs(other) {
        const mine = this.tallies();
        const theirs = other.tallies();
        return Object.keys(mine).map((key) => [mine[key], theirs[key]]);
    }
    save() {
        const orders = {};
        if (this.increasing !== null)
            orders.increasing = { ...this.increasing, tally: this.increasing.tally.save() };
        if (this.decreasing !== null)
            orders.decreasing = { ...this.decreasing, tally: this.decreasing.tally.save() };
        return {
            rows: this.rows,
            nulls: this.nulls,
            invalid: this.invalid,
            n: this.n,
            mean: this.mean,
            m2: this.m2,
            sum: this.sum,
            min: this.min,
            max: this.max,
            nan: this.nan,
            positiveInfinity: this.positiveInfinity,
            negativeInfinity: this.negativeInfinity,
            fraction: this.fraction,
            trues: this.trues,
            minLength: this.minLength,
            maxLength: this.maxLength,
            sumLength: this.sumLength,
            kll: this.kll?.save() ?? null,
            hll: this.hll.registers,
            frequent: this.frequent?.save() ?? null,
            frequentCollided: this.frequent?.collided ?? false,
            keys: this.keys?.save() ?? null,
            tallies: Object.fromEntries(Object.entries(this.tallies()).map(([key, tally]) => [key, tally.save()])),
            orders,
            referenceBelow: this.referenceBelow,
            referenceAt: this.referenceAt,
            sample: this.sample,
        };
    }
    static load(plan, state) {
        const column = new ColumnAccumulator(plan);
        Object.assign(column, {
            rows: state.rows,
            nulls: state.nulls,
            invalid: state.invalid,
            n: state.n,
            mean: state.mean,
            m2: state.m2,
            sum: state.sum,
            min: state.min,
            max: state.max,
            nan: state.nan,
            positiveInfinity: state.positiveInfinity,
            negativeInfinity: state.negativeInfinity,
            fraction: state.fraction,
            trues: state.trues,
            minLength: state.minLength,
            maxLength: state.maxLength,
            sumLength: state.sumLength,
            sample: state.sample,
            referenceBelow: state.referenceBelow,
            referenceAt: state.referenceAt,
        });
        column.kll = state.kll === null ? null : KllSketch.load(state.kll);
        column.hll = new HyperLogLog(state.hll);
        column.frequent = state.frequent === null ? null : FrequentItems.load(state.frequent, column.kind === TEXT);
        if (column.frequent !== null)
            column.frequent.collided = state.frequentCollided;
        column.keys = state.keys === null ? null : KeyCounter.load(state.keys);
        const tallies = column.tallies();
        for (const [key, saved] of Object.entries(state.tallies))
            tallies[key].merge(saved, 0);
        for (const key of ['increasing', 'decreasing']) {
            const saved = state.orders[key];
            if (saved !== undefined)
                column[key] = { ...saved, tally: checks_state/* Tally */.F.load(saved.tally) };
        }
        return column;
    }
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(46038);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(29179);
// EXTERNAL MODULE: ../../packages/core/src/yaml-file.ts
var yaml_file = __webpack_require__(61706);
;// CONCATENATED MODULE: ../../packages/core/src/data/schema.ts






/**
 * The data schema file (README.md, "Schema file"): columns with their type and checks, table checks, drift
 * settings. Unknown keys are errors, so a typo cannot silently turn a check off.
 */
const DRIFT_METHODS = ['auto', 'ks', 'chi-square', 'z', 'wasserstein', 'jensen-shannon', 'psi', 'hellinger'];
const bound = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]);
const range = schemas/* object */.Ikc({ min: bound.optional(), max: bound.optional() })
    .strict()
    .refine((value) => value.min !== undefined || value.max !== undefined, 'give min, max or both');
const numberRange = schemas/* object */.Ikc({ min: schemas/* number */.aig().optional(), max: schemas/* number */.aig().optional() })
    .strict()
    .refine((value) => value.min !== undefined || value.max !== undefined, 'give min, max or both');
const countRange = schemas/* object */.Ikc({ min: schemas/* number */.aig().int().nonnegative().optional(), max: schemas/* number */.aig().int().nonnegative().optional() })
    .strict()
    .refine((value) => value.min !== undefined || value.max !== undefined, 'give min, max or both');
const share = schemas/* number */.aig().gt(0, 'must be a share above 0 (0.95 means 95%)').max(1, 'must be a share up to 1 (0.95 means 95%)');
const scalar = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]);
const order = schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* literal */.euz('strictly')]);
const driftSetting = schemas/* union */.KCZ([
    schemas/* literal */.euz(false),
    schemas/* object */.Ikc({ method: schemas/* enum */.k5n(DRIFT_METHODS).optional(), threshold: schemas/* number */.aig().positive().optional() }).strict(),
]);
const ColumnSchemaSchema = schemas/* object */.Ikc({
    type: schemas/* enum */.k5n(COLUMN_TYPES, { message: `must be one of ${COLUMN_TYPES.join(', ')}` }).optional(),
    nullable: schemas/* boolean */.zMY().optional(),
    'not-null': schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* object */.Ikc({ mostly: share }).strict()]).optional(),
    mostly: share.optional(),
    min: bound.optional(),
    max: bound.optional(),
    in: schemas/* array */.YOg(scalar).min(1).max(100_000).optional(),
    'not-in': schemas/* array */.YOg(scalar).min(1).max(100_000).optional(),
    regex: schemas/* string */.YjP()
        .superRefine((source, ctx) => {
        try {
            compilePattern(source);
        }
        catch (error) {
            ctx.addIssue({ code: 'custom', message: error.message });
        }
    })
        .optional(),
    format: schemas/* string */.YjP()
        .superRefine((format, ctx) => {
        try {
            compileDateFormat(format);
        }
        catch (error) {
            ctx.addIssue({ code: 'custom', message: error.message });
        }
    })
        .optional(),
    length: schemas/* union */.KCZ([schemas/* number */.aig().int().nonnegative(), countRange]).optional(),
    unique: schemas/* boolean */.zMY().optional(),
    distinct: countRange.optional(),
    'column-min': range.optional(),
    'column-max': range.optional(),
    mean: numberRange.optional(),
    median: range.optional(),
    std: numberRange.optional(),
    sum: numberRange.optional(),
    quantiles: schemas/* record */.g1P(schemas/* string */.YjP().refine((key) => /^(0(\.\d+)?|1(\.0+)?)$/.test(key), 'a quantile must be a number from 0 to 1, like 0.5'), range)
        .optional(),
    finite: schemas/* boolean */.zMY().optional(),
    increasing: order.optional(),
    decreasing: order.optional(),
    drift: driftSetting.optional(),
})
    .strict();
const DataSchemaSchema = schemas/* object */.Ikc({
    format: schemas/* enum */.k5n(['csv', 'tsv', 'jsonl', 'parquet']).optional(),
    delimiter: schemas/* string */.YjP().length(1, 'must be one character (use "\\t" for a tab)').optional(),
    // How CSV/TSV files other programs write differ from RFC 4180 (README.md, "Dialect"); strict by default.
    comment: schemas/* string */.YjP()
        .length(1, 'must be one character, like "#"')
        .refine((c) => c !== '"' && c !== '\n' && c !== '\r', 'cannot be a quote or a line break')
        .optional(),
    'skip-rows': schemas/* number */.aig().int().nonnegative().max(1000).optional(),
    'short-rows': schemas/* enum */.k5n(['fail', 'missing'], { message: 'must be fail (a row with fewer fields than the header fails row-width) or missing (its last fields are missing values)' }).optional(),
    'null-values': schemas/* array */.YOg(schemas/* string */.YjP()).max(100).optional(),
    columns: schemas/* record */.g1P(schemas/* string */.YjP(), ColumnSchemaSchema.nullable().transform((column) => column ?? {})).default({}),
    table: schemas/* object */.Ikc({
        rows: countRange.optional(),
        columns: schemas/* enum */.k5n(['exact', 'subset', 'ordered']).optional(),
        unique: schemas/* array */.YOg(schemas/* array */.YOg(schemas/* string */.YjP()).min(1)).optional(),
    })
        .strict()
        .optional(),
    drift: schemas/* object */.Ikc({
        method: schemas/* enum */.k5n(DRIFT_METHODS).optional(),
        threshold: schemas/* number */.aig().positive().optional(),
        share: share.optional(),
        columns: schemas/* record */.g1P(schemas/* string */.YjP(), driftSetting).optional(),
    })
        .strict()
        .optional(),
    limits: schemas/* object */.Ikc({ 'max-distinct': schemas/* number */.aig().int().positive().optional() }).strict().optional(),
})
    .strict()
    .superRefine((schema, ctx) => {
    if (schema.comment !== undefined && schema.comment === (schema.delimiter ?? (schema.format === 'tsv' ? '\t' : ','))) {
        ctx.addIssue({ code: 'custom', path: ['comment'], message: 'cannot be the delimiter' });
    }
    for (const [name, column] of Object.entries(schema.columns)) {
        const type = column.type ?? 'string';
        const at = (key) => ['columns', name, key];
        for (const key of ['min', 'max']) {
            const value = column[key];
            if (value === undefined)
                continue;
            if (!Number.isFinite(boundValue(type, value))) {
                ctx.addIssue({ code: 'custom', path: at(key), message: `${JSON.stringify(value)} is not a ${column.type ?? 'number'} bound${column.type === undefined ? '; set the column type' : ''}` });
            }
        }
        for (const key of ['column-min', 'column-max', 'median']) {
            for (const side of ['min', 'max']) {
                const value = column[key]?.[side];
                if (value !== undefined && !Number.isFinite(boundValue(type, value))) {
                    ctx.addIssue({ code: 'custom', path: [...at(key), side], message: `${JSON.stringify(value)} is not a ${type} bound` });
                }
            }
        }
        for (const [q, limits] of Object.entries(column.quantiles ?? {})) {
            for (const side of ['min', 'max']) {
                const value = limits[side];
                if (value !== undefined && !Number.isFinite(boundValue(type, value))) {
                    ctx.addIssue({ code: 'custom', path: [...at('quantiles'), q, side], message: `${JSON.stringify(value)} is not a ${type} bound` });
                }
            }
        }
        const numericOnly = ['min', 'max', 'column-min', 'column-max', 'mean', 'median', 'std', 'sum', 'quantiles', 'finite', 'increasing', 'decreasing'];
        if (column.type === 'string' || column.type === 'boolean') {
            for (const key of numericOnly) {
                if (column[key] !== undefined)
                    ctx.addIssue({ code: 'custom', path: at(key), message: `needs a numeric, date or datetime column, but the type is ${column.type}` });
            }
        }
        if (column.nullable === false && column['not-null'] !== undefined) {
            ctx.addIssue({ code: 'custom', path: at('not-null'), message: 'give either nullable: false or not-null, not both' });
        }
    }
});
/** A bound from YAML as the column's type holds values: dates and datetimes as text, the rest as numbers. */
function boundValue(type, value) {
    if (typeof value === 'number')
        return type === 'date' || type === 'datetime' ? Number.NaN : value;
    if (type === 'date' || type === 'datetime')
        return parseTypedText(type, value);
    return Number.NaN;
}
/** Parses schema text; errors name the file, the line and the YAML path. */
function parseDataSchema(text, file) {
    return (0,yaml_file/* parseYamlFile */.BU)(text, file, DataSchemaSchema);
}
function loadDataSchema(path, label = path, options = {}) {
    let text;
    try {
        text = (0,yaml_file/* readYamlText */.j1)(path, label, options.workspace);
    }
    catch (error) {
        const code = (error.cause)?.code;
        if (code === undefined)
            throw error;
        throw new errors/* ConfigError */.xL(`${label}: cannot read the schema file (${code === 'ENOENT' ? 'no such file' : code}). Pass an existing YAML file with --schema.`);
    }
    return parseDataSchema(text, label);
}
/** The empty schema: profile and drift only, every column's type sniffed from the data. */
const schema_EMPTY_SCHEMA = { columns: {} };

;// CONCATENATED MODULE: ../../packages/core/src/data/plan.ts
/**
 * From a schema, the data's header and a sample of its rows to the plan of the pass: each column's type (declared,
 * or sniffed from the sample) and the per-value checks it runs.
 */


/**
 * Exact uniqueness counts every distinct value in bounded memory, spilling to temporary files (README.md, "Memory"),
 * so by default there is no limit; a schema's limits.max-distinct sets one.
 */
const DEFAULT_MAX_DISTINCT = Number.POSITIVE_INFINITY;
const KLL_K = 200;
const FREQUENT_CAPACITY = 1024;
/**
 * The type a column's sample fits, narrowest first: boolean (true/false words), integer, number (decimals, NaN,
 * Infinity), date, datetime, else string. Missing values are ignored; a column with none but missing is string.
 */
function sniffType(values, nullValues) {
    const present = values.filter((value) => value !== null && value !== undefined && !(typeof value === 'string' && (value === '' || nullValues.includes(value))));
    if (present.length === 0)
        return 'string';
    if (present.every((value) => typeof value === 'boolean' || (typeof value === 'string' && /^\s*(true|false)\s*$/i.test(value))))
        return 'boolean';
    const fits = (type) => present.every((value) => {
        if (typeof value === 'number' || typeof value === 'bigint')
            return type === 'number' || (type === 'integer' && Number.isInteger(Number(value)));
        if (typeof value !== 'string')
            return false;
        return !Number.isNaN(parseTypedText(type, value)) || (type === 'number' && /^\s*[+-]?(nan|inf|infinity)\s*$/i.test(value));
    });
    for (const type of ['integer', 'number'])
        if (fits(type))
            return type;
    if (present.every((value) => typeof value === 'string')) {
        for (const type of ['date', 'datetime'])
            if (fits(type))
                return type;
    }
    return 'string';
}
function plan_buildPlan(input) {
    const { names, sample, schema } = input;
    const nullValues = schema['null-values'] ?? [''];
    const maxDistinct = schema.limits?.['max-distinct'] ?? DEFAULT_MAX_DISTINCT;
    const columns = names.map((name, c) => {
        const spec = schema.columns[name] ?? {};
        const sourceType = input.sourceTypes?.[c];
        const type = spec.type ?? sourceType ?? sniffType(sample.map((row) => row[c]), nullValues);
        const mostly = spec.mostly ?? 1;
        const notNull = spec.nullable === false
            ? { mostly }
            : spec['not-null'] === true
                ? { mostly }
                : typeof spec['not-null'] === 'object'
                    ? { mostly: spec['not-null'].mostly }
                    : undefined;
        const bound = (value) => (value === undefined ? undefined : boundValue(type, value));
        const between = spec.min !== undefined || spec.max !== undefined ? { min: bound(spec.min), max: bound(spec.max) } : undefined;
        const length = typeof spec.length === 'number' ? { min: spec.length, max: spec.length } : spec.length;
        const order = (value) => (value === undefined || value === false ? undefined : { strict: value === 'strictly' });
        const points = input.referencePoints?.get(name);
        return {
            name,
            type,
            declared: spec.type !== undefined || sourceType !== undefined,
            nullValues,
            mostly,
            ...(notNull === undefined ? {} : { notNull }),
            ...(between === undefined ? {} : { between: { ...(between.min === undefined ? {} : { min: between.min }), ...(between.max === undefined ? {} : { max: between.max }) } }),
            ...(spec.in === undefined ? {} : { in: spec.in }),
            ...(spec['not-in'] === undefined ? {} : { notIn: spec['not-in'] }),
            ...(spec.regex === undefined ? {} : { regex: spec.regex }),
            ...(spec.format === undefined ? {} : { format: spec.format }),
            ...(length === undefined ? {} : { length }),
            exactKeys: spec.unique === true || spec.distinct !== undefined,
            finite: spec.finite === true,
            ...(order(spec.increasing) === undefined ? {} : { increasing: order(spec.increasing) }),
            ...(order(spec.decreasing) === undefined ? {} : { decreasing: order(spec.decreasing) }),
            ...(points === undefined ? {} : { referencePoints: points }),
            maxDistinct,
            kllK: KLL_K,
            frequentCapacity: FREQUENT_CAPACITY,
        };
    });
    const compoundKeys = (schema.table?.unique ?? []).filter((key) => key.every((name) => names.includes(name))).map((key) => key.map((name) => names.indexOf(name)));
    return { columns, compoundKeys, maxDistinct };
}

;// CONCATENATED MODULE: ../../packages/core/src/data/profile.ts
/**
 * The profile of a pass (`crucible/profile@1`): per column exact counts and moments plus the sketches, encoded
 * small (KLL levels as little-endian float64, HyperLogLog registers deflated, both base64). A profile loads back
 * into accumulators, so profiles merge (`mergeProfiles`) and serve as the drift reference without the data.
 */






const PROFILE_QUANTILES = [0, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1];
const HISTOGRAM_BINS = 20;
/** Frequent values kept in a saved profile when the column has more distinct values than that. */
const SAVED_FREQUENT = 100;
const nullable = (value) => (Number.isFinite(value) ? value : null);
function encodeFloats(values) {
    return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}
function decodeFloats(text) {
    const bytes = Buffer.from(text, 'base64');
    const copy = new Uint8Array(bytes.length - (bytes.length % 8));
    copy.set(bytes.subarray(0, copy.length));
    return new Float64Array(copy.buffer);
}
/** The type a column turned out to have: a sniffed numeric column without fractions is integer. */
function profile_profiledType(column) {
    const { type, declared } = column.plan;
    if (!declared && (type === 'integer' || type === 'number'))
        return column.fraction ? 'number' : 'integer';
    return type;
}
/** Distinct values: exact where the pass kept every value, else the HyperLogLog estimate. */
function profile_distinctOf(column) {
    if (column.keyCount !== null && !column.keyCount.overflowed)
        return { value: column.keyCount.distinct, exact: true };
    if (column.frequent !== null && column.frequent.offset === 0)
        return { value: column.frequent.size, exact: true };
    if (column.plan.type === 'boolean')
        return { value: (column.trues > 0 ? 1 : 0) + (column.n - column.trues > 0 ? 1 : 0), exact: true };
    return { value: column.hll.estimate(), exact: false };
}
function histogram(column) {
    const kll = column.kll;
    if (kll === null || column.n === 0)
        return { edges: [], counts: [] };
    const { min, max, n } = column;
    if (min === max)
        return { edges: [min, max], counts: [n] };
    const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) => (i === HISTOGRAM_BINS ? max : min + ((max - min) * i) / HISTOGRAM_BINS));
    const exact = column.n <= column.sample.length ? [...column.sample].sort((a, b) => a - b) : undefined;
    const below = (x, inclusive) => {
        if (exact === undefined)
            return kll.cdf(x, inclusive) * n;
        let count = 0;
        for (const value of exact)
            if (inclusive ? value <= x : value < x)
                count++;
        return count;
    };
    const counts = edges.slice(0, -1).map((edge, i) => Math.round(below(edges[i + 1], i === HISTOGRAM_BINS - 1) - below(edge, false)));
    return { edges, counts };
}
function profileColumn(column) {
    const type = profile_profiledType(column);
    const distinct = profile_distinctOf(column);
    const out = {
        name: column.plan.name,
        type,
        declared: column.plan.declared,
        count: column.rows,
        nulls: column.nulls,
        invalid: column.invalid,
        distinct: distinct.value,
        sketches: { hll: (0,external_node_zlib_.deflateRawSync)(column.hll.registers).toString('base64') },
    };
    if (column.kll !== null) {
        const kll = column.kll;
        out.numeric = {
            count: column.n,
            min: column.n > 0 ? column.min : null,
            max: column.n > 0 ? column.max : null,
            mean: column.n > 0 ? column.mean : null,
            std: column.n > 1 ? Math.sqrt(column.m2 / (column.n - 1)) : column.n === 1 ? 0 : null,
            m2: column.m2,
            sum: column.sum,
            nan: column.nan,
            positiveInfinity: column.positiveInfinity,
            negativeInfinity: column.negativeInfinity,
            integer: type === 'integer',
            quantiles: Object.fromEntries(PROFILE_QUANTILES.map((q) => [String(q), column.n > 0 ? nullable(quantileOf(column, q)) : null])),
            histogram: histogram(column),
        };
        const state = kll.save();
        out.sketches.kll = { k: state.k, n: state.n, min: nullable(state.min), max: nullable(state.max), seed: state.seed, levels: state.levels.map(encodeFloats) };
        if (column.n <= 1000 && column.sample.length === column.n)
            out.sample = column.sample;
    }
    if (column.plan.type === 'boolean')
        out.boolean = { trues: column.trues, falses: column.n - column.trues };
    if (column.plan.type === 'string') {
        out.text = {
            minLength: column.n > 0 ? column.minLength : null,
            maxLength: column.n > 0 ? column.maxLength : null,
            meanLength: column.n > 0 ? column.sumLength / column.n : null,
            lengthSum: column.sumLength,
        };
    }
    if (column.frequent !== null) {
        const exact = column.frequent.offset === 0;
        const saved = column.frequent.save(exact ? FREQUENT_CAPACITY : SAVED_FREQUENT);
        out.frequent = { exact: saved.offset === 0, offset: saved.offset, n: saved.n, items: saved.items };
    }
    else if (column.plan.type === 'boolean') {
        const items = [];
        if (column.trues > 0)
            items.push(['true', column.trues]);
        if (column.n - column.trues > 0)
            items.push(['false', column.n - column.trues]);
        out.frequent = { exact: true, offset: 0, n: column.n, items };
    }
    return out;
}
/** A quantile of a column: exact from the kept values when there are few, else the KLL estimate. */
function quantileOf(column, q) {
    if (column.n > 0 && column.n <= column.sample.length) {
        // Linear interpolation between order statistics (numpy's default, Great Expectations' "linear").
        const sorted = [...column.sample].sort((a, b) => a - b);
        const position = q * (sorted.length - 1);
        const low = Math.floor(position);
        const high = Math.ceil(position);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }
    return column.kll.quantile(q);
}
/** A profile column back as an accumulator (no checks): for merging profiles and as a drift reference. */
function profile_accumulatorFromProfile(profile) {
    const plan = {
        name: profile.name,
        type: profile.type,
        declared: true,
        nullValues: [''],
        mostly: 1,
        exactKeys: false,
        finite: false,
        maxDistinct: 0,
        kllK: profile.sketches.kll?.k ?? KLL_K,
        frequentCapacity: FREQUENT_CAPACITY,
    };
    const column = new ColumnAccumulator(plan);
    column.rows = profile.count;
    column.nulls = profile.nulls;
    column.invalid = profile.invalid;
    column.hll = new HyperLogLog(new Uint8Array((0,external_node_zlib_.inflateRawSync)(Buffer.from(profile.sketches.hll, 'base64'))));
    const numeric = profile.numeric;
    if (numeric !== undefined) {
        column.n = numeric.count;
        column.mean = numeric.mean ?? 0;
        column.m2 = numeric.m2;
        column.sum = numeric.sum;
        column.min = numeric.min ?? Number.POSITIVE_INFINITY;
        column.max = numeric.max ?? Number.NEGATIVE_INFINITY;
        column.nan = numeric.nan;
        column.positiveInfinity = numeric.positiveInfinity;
        column.negativeInfinity = numeric.negativeInfinity;
        column.fraction = !numeric.integer;
        column.sample = profile.sample ?? [];
        const kll = profile.sketches.kll;
        if (kll !== undefined) {
            column.kll = KllSketch.load({
                k: kll.k,
                n: kll.n,
                min: kll.min ?? Number.POSITIVE_INFINITY,
                max: kll.max ?? Number.NEGATIVE_INFINITY,
                seed: kll.seed,
                levels: kll.levels.map(decodeFloats),
            });
        }
    }
    if (profile.boolean !== undefined) {
        column.n = profile.boolean.trues + profile.boolean.falses;
        column.trues = profile.boolean.trues;
    }
    if (profile.text !== undefined) {
        column.n = profile.count - profile.nulls - profile.invalid;
        column.minLength = profile.text.minLength ?? Number.POSITIVE_INFINITY;
        column.maxLength = profile.text.maxLength ?? 0;
        column.sumLength = profile.text.lengthSum;
    }
    if (profile.frequent !== undefined && profile.type !== 'boolean') {
        column.frequent = FrequentItems.load({ capacity: FREQUENT_CAPACITY, offset: profile.frequent.offset, n: profile.frequent.n, items: profile.frequent.items }, profile.type === 'string');
    }
    else
        column.frequent = null;
    return column;
}
function profile_profileEvidence(table, context) {
    return {
        schema: 'crucible/profile@1',
        ...(context.createdAt === undefined ? {} : { createdAt: context.createdAt }),
        git: context.git,
        data: context.data,
        rows: table.rows,
        columns: table.columns.map(profileColumn),
        ...(context.timings === undefined ? {} : { timings: context.timings }),
    };
}
/**
 * Two profiles of parts of one data set as the profile of the whole: counts, sums, moments, minima and maxima
 * exactly; quantiles, distinct counts and frequent values within their sketches' error. Columns are matched by name.
 */
function mergeProfiles(first, second) {
    const names = [...first.columns.map((c) => c.name), ...second.columns.map((c) => c.name).filter((name) => !first.columns.some((c) => c.name === name))];
    const columns = names.map((name) => {
        const a = first.columns.find((c) => c.name === name);
        const b = second.columns.find((c) => c.name === name);
        if (a === undefined)
            return b;
        if (b === undefined)
            return a;
        const merged = profile_accumulatorFromProfile(a);
        merged.merge(profile_accumulatorFromProfile(b), 0);
        // The kept values are only complete when both sides kept all of theirs.
        if (a.sample === undefined || b.sample === undefined)
            merged.sample = [];
        const out = profileColumn(merged);
        if (a.sample === undefined || b.sample === undefined)
            delete out.sample;
        out.declared = a.declared && b.declared;
        return out;
    });
    return {
        schema: 'crucible/profile@1',
        git: first.git,
        data: { ...first.data, file: `${first.data.file} + ${second.data.file}`, bytes: first.data.bytes + second.data.bytes, sha256: '' },
        rows: first.rows + second.rows,
        columns,
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/data/checks.ts
/**
 * Check results from a finished pass, in Great Expectations' terms: element count, missing count and percent,
 * unexpected count and percent (of the non-missing values, as GE's default), up to 20 examples with their lines,
 * the observed value, and success judged against `mostly` (the share of values that must pass, default 1).
 * Every check of the schema is evaluated; none stops the others.
 */



const percent = (part, whole) => (whole === 0 ? null : (100 * part) / whole);
function describeRange(range) {
    if (range.min !== undefined && range.max !== undefined)
        return `between ${range.min} and ${range.max}`;
    return range.min !== undefined ? `at least ${range.min}` : `at most ${range.max}`;
}
function inRange(value, range, type) {
    const low = range.min === undefined ? Number.NEGATIVE_INFINITY : typeof range.min === 'number' && type !== 'date' && type !== 'datetime' ? range.min : boundValue(type, range.min);
    const high = range.max === undefined ? Number.POSITIVE_INFINITY : typeof range.max === 'number' && type !== 'date' && type !== 'datetime' ? range.max : boundValue(type, range.max);
    return value >= low && value <= high;
}
/** Lines in file order, each once (merging parts may name a line twice). */
function tidy(examples) {
    const seen = new Set();
    return examples
        .filter((example) => {
        if (seen.has(example.line))
            return false;
        seen.add(example.line);
        return true;
    })
        .sort((a, b) => a.line - b.line)
        .slice(0, 20)
        .map((example) => (typeof example.value === 'string' && example.value.length > MAX_EXAMPLE_CHARS ? { ...example, value: `${example.value.slice(0, MAX_EXAMPLE_CHARS)}... (${example.value.length} characters)` } : example));
}
/**
 * The most characters of a cell kept as an example in the evidence (and so in the report): a cell may be
 * anything, a whole file's worth of text; a glimpse says which value it was.
 */
const MAX_EXAMPLE_CHARS = 200;
function columnChecks(name, spec, column) {
    const results = [];
    const type = column.plan.type;
    const mostly = spec.mostly ?? 1;
    const elementCount = column.rows;
    const missingCount = column.nulls;
    const present = elementCount - missingCount;
    const evaluated = present - column.invalid;
    const common = { column: name, elementCount, missingCount, missingPercent: percent(missingCount, elementCount) };
    const judge = (unexpected, whole, share = mostly) => whole === 0 || 1 - unexpected / whole >= share - 1e-12;
    const valueCheck = (kind, unexpected, examples, expected, extra = {}, whole = evaluated) => {
        results.push({
            type: kind,
            ...common,
            success: judge(unexpected, whole),
            unexpectedCount: unexpected,
            unexpectedPercent: percent(unexpected, whole),
            examples: tidy(examples),
            expected,
            ...(mostly < 1 ? { mostly } : {}),
            ...extra,
        });
    };
    const show = (value) => values_formatTypedValue(type, value);
    if (spec.type !== undefined)
        valueCheck('type', column.invalid, column.typeTally.examples, `${spec.type} values (README.md, "Type parsing rules")`, { observed: column.invalid === 0 ? spec.type : `${column.invalid} value(s) are not ${spec.type}` }, present);
    if (column.plan.notNull !== undefined) {
        const share = column.plan.notNull.mostly;
        results.push({
            type: 'not-null',
            ...common,
            success: judge(missingCount, elementCount, share),
            unexpectedCount: missingCount,
            unexpectedPercent: percent(missingCount, elementCount),
            examples: tidy(column.nullTally.examples),
            observed: missingCount,
            expected: 'no missing values',
            ...(share < 1 ? { mostly: share } : {}),
        });
    }
    if (spec.min !== undefined || spec.max !== undefined) {
        valueCheck('between', column.betweenTally.unexpected, column.betweenTally.examples, `every value ${describeRange(spec)}`, {
            observed: column.n > 0 ? { min: show(column.min), max: show(column.max) } : null,
        });
    }
    if (spec.in !== undefined)
        valueCheck('in', column.inTally.unexpected, column.inTally.examples, `one of ${JSON.stringify(spec.in).slice(0, 500)}`);
    if (spec['not-in'] !== undefined)
        valueCheck('not-in', column.notInTally.unexpected, column.notInTally.examples, `none of ${JSON.stringify(spec['not-in']).slice(0, 500)}`);
    if (spec.regex !== undefined)
        valueCheck('regex', column.regexTally.unexpected, column.regexTally.examples, `matches /${spec.regex}/`, {}, present);
    if (spec.format !== undefined)
        valueCheck('format', column.formatTally.unexpected, column.formatTally.examples, `dates written as ${spec.format}`, {}, present);
    if (spec.length !== undefined) {
        const range = typeof spec.length === 'number' ? { min: spec.length, max: spec.length } : spec.length;
        valueCheck('length', column.lengthTally.unexpected, column.lengthTally.examples, `length ${describeRange(range)} characters`, {
            observed: column.plan.type === 'string' && column.n > 0 ? { min: column.minLength, max: column.maxLength } : undefined,
        }, present);
    }
    if (spec.unique === true) {
        const keys = column.keyCount;
        if (keys === null || keys.overflowed) {
            results.push({
                type: 'unique',
                ...common,
                success: false,
                expected: 'every value once',
                reason: `could not check exactly: more than ${column.plan.maxDistinct.toLocaleString('en-US')} distinct values, the schema's limits.max-distinct. Raise it or leave it out to count them all.`,
                observed: { distinctEstimate: column.hll.estimate() },
                approximate: true,
            });
        }
        else {
            valueCheck('unique', keys.duplicateRows, keys.examples, 'every value once (every row of a repeated value counts)', { observed: { distinct: keys.distinct, duplicatedRows: keys.duplicateRows } });
        }
    }
    if (spec.distinct !== undefined) {
        const distinct = profile_distinctOf(column);
        const overflowed = column.keyCount?.overflowed === true;
        results.push({
            type: 'distinct',
            ...common,
            success: inRange(distinct.value, spec.distinct, 'integer'),
            observed: distinct.value,
            expected: `${describeRange(spec.distinct)} distinct values`,
            ...(distinct.exact ? {} : { approximate: true, reason: overflowed ? `more than ${column.plan.maxDistinct} distinct values: a HyperLogLog estimate (about 1.6% error)` : 'a HyperLogLog estimate (about 1.6% error)' }),
        });
    }
    const aggregate = (kind, range, value, extra = {}) => {
        if (range === undefined)
            return;
        const defined = value !== undefined && Number.isFinite(value);
        results.push({
            type: kind,
            ...common,
            success: defined && inRange(value, range, kind === 'mean' || kind === 'std' || kind === 'sum' ? 'number' : type),
            observed: defined ? (kind === 'mean' || kind === 'std' || kind === 'sum' ? value : show(value)) : null,
            expected: `${kind} ${describeRange(range)}`,
            ...(defined ? {} : { reason: 'no finite values to compute it from' }),
            ...extra,
        });
    };
    if (values_isNumericType(type) && column.kll !== null) {
        const approximate = column.n > column.sample.length ? { approximate: true } : {};
        aggregate('column-min', spec['column-min'], column.n > 0 ? column.min : undefined);
        aggregate('column-max', spec['column-max'], column.n > 0 ? column.max : undefined);
        aggregate('mean', spec.mean, column.n > 0 ? column.mean : undefined);
        aggregate('std', spec.std, column.n > 1 ? Math.sqrt(column.m2 / (column.n - 1)) : undefined);
        aggregate('sum', spec.sum, column.n > 0 ? column.sum : undefined);
        aggregate('median', spec.median, column.n > 0 ? quantileOf(column, 0.5) : undefined, approximate);
        for (const [q, range] of Object.entries(spec.quantiles ?? {})) {
            aggregate('quantile', range, column.n > 0 ? quantileOf(column, Number(q)) : undefined, { ...approximate, quantile: Number(q) });
        }
        if (spec.finite === true) {
            valueCheck('finite', column.nan + column.positiveInfinity + column.negativeInfinity, column.finiteTally.examples, 'no NaN or Infinity', {
                observed: { nan: column.nan, infinity: column.positiveInfinity + column.negativeInfinity },
            });
        }
        for (const key of ['increasing', 'decreasing']) {
            const state = column[key];
            if (state !== null)
                valueCheck(key, state.tally.unexpected, state.tally.examples, `each value ${state.strict ? 'strictly ' : ''}${key === 'increasing' ? 'above' : 'below'} the one before`);
        }
    }
    return results;
}
function checks_evaluateChecks(context) {
    const { schema, table, names } = context;
    const results = [];
    const problems = table.problems;
    const problemCheck = (type, tally, expected) => {
        if (tally.unexpected === 0)
            return;
        results.push({ type, success: false, elementCount: table.rows, unexpectedCount: tally.unexpected, unexpectedPercent: percent(tally.unexpected, table.rows), examples: tidy(tally.examples), expected });
    };
    problemCheck('row-width', problems.rowWidth, 'every row has as many fields as the header');
    problemCheck('quotes', problems.quotes, 'every quoted field is closed');
    problemCheck('utf8', problems.utf8, 'text is valid UTF-8');
    problemCheck('json', problems.json, 'every line is a JSON object');
    const rows = schema.table?.rows ?? { min: 1 };
    results.push({
        type: 'rows',
        success: inRange(table.rows, rows, 'integer'),
        observed: table.rows,
        expected: `${describeRange(rows)} rows`,
        ...(schema.table?.rows === undefined && table.rows === 0 ? { reason: 'the file has a header and no data rows', line: context.headerLine ?? 1 } : {}),
    });
    const declared = Object.keys(schema.columns);
    const match = schema.table?.columns;
    if (match !== undefined) {
        const missing = declared.filter((name) => !names.includes(name));
        const extra = names.filter((name) => !declared.includes(name));
        const success = match === 'subset' ? missing.length === 0 : match === 'exact' ? missing.length === 0 && extra.length === 0 : names.length === declared.length && names.every((name, i) => name === declared[i]);
        results.push({
            type: 'columns',
            success,
            observed: names,
            expected: match === 'subset' ? `at least the columns ${declared.join(', ')}` : match === 'exact' ? `exactly the columns ${declared.join(', ')} (any order)` : `the columns ${declared.join(', ')} in this order`,
            ...(success ? {} : { reason: [missing.length > 0 ? `missing: ${missing.join(', ')}` : '', extra.length > 0 && match !== 'subset' ? `not in the schema: ${extra.join(', ')}` : '', match === 'ordered' && missing.length === 0 && extra.length === 0 ? 'same columns, another order' : ''].filter(Boolean).join('; ') }),
            ...(context.headerLine === undefined ? {} : { line: context.headerLine }),
        });
    }
    for (const key of schema.table?.unique ?? []) {
        const missing = key.filter((name) => !names.includes(name));
        if (missing.length > 0) {
            results.push({ type: 'compound-unique', columns: key, success: false, reason: `the data has no column ${missing.join(', ')}`, expected: 'each combination once' });
            continue;
        }
        const state = table.compound.find((entry) => entry.columns.join(',') === key.map((name) => names.indexOf(name)).join(','))?.count;
        if (state === undefined)
            continue;
        if (state === null || state.overflowed) {
            results.push({ type: 'compound-unique', columns: key, success: false, elementCount: table.rows, reason: `could not check exactly: more than ${table.plan.maxDistinct} distinct combinations, the schema's limits.max-distinct`, expected: 'each combination once' });
            continue;
        }
        const duplicated = state.duplicateRows;
        results.push({
            type: 'compound-unique',
            columns: key,
            success: duplicated === 0,
            elementCount: table.rows,
            unexpectedCount: duplicated,
            unexpectedPercent: percent(duplicated, table.rows),
            examples: tidy(state.examples),
            observed: { distinct: state.distinct, duplicatedRows: duplicated },
            expected: 'each combination once (every row of a repeated combination counts)',
        });
    }
    for (const [name, spec] of Object.entries(schema.columns)) {
        const index = names.indexOf(name);
        if (index === -1) {
            results.push({
                type: 'column-exists',
                column: name,
                success: false,
                observed: null,
                expected: `a column named "${name}"`,
                reason: `the data has no column "${name}" (its columns: ${names.slice(0, 30).join(', ')}${names.length > 30 ? ', ...' : ''}); fix the name in the schema or the data`,
                ...(context.headerLine === undefined ? {} : { line: context.headerLine }),
            });
            continue;
        }
        results.push(...columnChecks(name, spec, table.columns[index]));
    }
    return results;
}

// EXTERNAL MODULE: ../../packages/core/src/data/distributions.ts
var distributions = __webpack_require__(61072);
;// CONCATENATED MODULE: ../../packages/core/src/data/drift.ts
/**
 * Drift of each column against a reference profile, with Evidently's defaults: a reference of at most 1000 rows
 * uses KS (numeric) and chi-square (categorical; a Z-test for proportions when there are two values) at p < 0.05;
 * a larger one uses the Wasserstein distance over the reference's standard deviation (numeric, drift at >= 0.1) and
 * the Jensen-Shannon distance (categorical, >= 0.1), because on large samples p-values flag trivial shifts. Numeric
 * columns with at most 5 distinct values are tested as categories. PSI (>= 0.1) and Hellinger (>= 0.4, whylogs'
 * threshold) can be chosen per schema or column. The dataset drifts when the share of drifted columns is >= 0.5.
 *
 * What is exact and what is estimated (README.md, "Drift"): a reference of <= 1000 values keeps them all, and the
 * current data is counted at those values during the pass, so KS is exact; otherwise distribution functions come
 * from the KLL sketches (rank error about 1%). Category counts are exact while a column has at most 1024 distinct
 * values; beyond that the rarest are lumped into one "(other)" category.
 */



const DEFAULT_THRESHOLDS = {
    ks: 0.05,
    'chi-square': 0.05,
    z: 0.05,
    wasserstein: 0.1,
    'jensen-shannon': 0.1,
    psi: 0.1,
    hellinger: 0.4,
};
const P_VALUE_METHODS = new Set(['ks', 'chi-square', 'z']);
const DEFAULT_DRIFT_SHARE = 0.5;
const SMALL_REFERENCE = 1000;
function steps(column) {
    if (column.n > 0 && column.n <= column.sample.length) {
        const values = Float64Array.from(column.sample).sort();
        return { values, weights: new Float64Array(values.length).fill(1 / values.length) };
    }
    if (column.kll === null || column.kll.n === 0)
        return { values: new Float64Array(0), weights: new Float64Array(0) };
    return column.kll.weightedItems();
}
/** F(x) = share of values <= x (or < x). */
function cdfAt(s, x, inclusive) {
    let low = 0;
    let high = s.values.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        const v = s.values[middle];
        if (inclusive ? v <= x : v < x)
            low = middle + 1;
        else
            high = middle;
    }
    let total = 0;
    for (let i = 0; i < low; i++)
        total += s.weights[i];
    return total;
}
function cumulative(s) {
    const out = new Float64Array(s.values.length);
    let total = 0;
    for (let i = 0; i < s.values.length; i++)
        out[i] = total += s.weights[i];
    return out;
}
/** max |F_ref - F_cur| over every value of either side. */
function ksStatistic(reference, current) {
    if (current.referencePoints !== null && current.referenceBelow !== null && current.referenceAt !== null) {
        // Exact: the current values were counted at the reference's own values during the pass.
        const points = current.referencePoints;
        const ref = steps(reference);
        const refCum = cumulative(ref);
        const below = current.referenceBelow;
        const at = current.referenceAt;
        const m = current.n;
        let curLess = 0;
        let d = 0;
        let refIndex = 0;
        for (let i = 0; i < points.length; i++) {
            const x = points[i];
            curLess += below[i];
            // Left of x: F_ref is the value before x, F_cur has reached every current value < x.
            while (refIndex < ref.values.length && ref.values[refIndex] < x)
                refIndex++;
            const refBefore = refIndex === 0 ? 0 : refCum[refIndex - 1];
            d = Math.max(d, Math.abs(refBefore - curLess / m));
            curLess += at[i];
            let refAt = refIndex;
            while (refAt < ref.values.length && ref.values[refAt] === x)
                refAt++;
            const refUpTo = refAt === 0 ? 0 : refCum[refAt - 1];
            d = Math.max(d, Math.abs(refUpTo - curLess / m));
        }
        return d;
    }
    const a = steps(reference);
    const b = steps(current);
    let d = 0;
    for (const s of [a, b])
        for (const x of s.values)
            d = Math.max(d, Math.abs(cdfAt(a, x, true) - cdfAt(b, x, true)));
    return d;
}
/** ∫ |F_ref(x) - F_cur(x)| dx, over the merged steps of both. */
function wasserstein(reference, current) {
    const a = steps(reference);
    const b = steps(current);
    const points = Float64Array.from([...a.values, ...b.values]).sort();
    let ia = 0;
    let ib = 0;
    let fa = 0;
    let fb = 0;
    let total = 0;
    for (let i = 0; i < points.length - 1; i++) {
        const x = points[i];
        while (ia < a.values.length && a.values[ia] <= x)
            fa += a.weights[ia++];
        while (ib < b.values.length && b.values[ib] <= x)
            fb += b.weights[ib++];
        total += Math.abs(fa - fb) * (points[i + 1] - x);
    }
    return total;
}
/** Shares of each side in equal-width bins over both sides' range (numpy.histogram: the last bin is closed). */
function binShares(reference, current, bins) {
    const low = Math.min(reference.min, current.min);
    const high = Math.max(reference.max, current.max);
    if (!(high > low))
        return [[1], [1]];
    const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? high : low + ((high - low) * i) / bins));
    const share = (side) => {
        const s = steps(side);
        return edges.slice(0, -1).map((edge, i) => cdfAt(s, edges[i + 1], i === bins - 1) - cdfAt(s, edge, false));
    };
    return [share(reference), share(current)];
}
/** Category counts of a column (values as text), with what the summary does not list as "(other)". */
function categories(column) {
    const counts = new Map();
    if (column.plan.type === 'boolean') {
        if (column.trues > 0)
            counts.set('true', column.trues);
        if (column.n - column.trues > 0)
            counts.set('false', column.n - column.trues);
        return counts;
    }
    let listed = 0;
    const offset = column.frequent?.offset ?? 0;
    // Past 1024 distinct values only values counted above the summary's error are named; the rest is "(other)".
    for (const [value, count] of column.frequent?.items() ?? []) {
        if (count <= offset)
            continue;
        counts.set(String(value), count);
        listed += count;
    }
    const total = nonMissing(column);
    if (total - listed > 0.5)
        counts.set('(other)', total - listed);
    return counts;
}
/** Values the tests see: present, and finite for numbers (Evidently drops NaN and infinities). */
function nonMissing(column) {
    if (column.kll !== null)
        return column.n;
    return column.rows - column.nulls - column.invalid;
}
function categoricalShares(reference, current) {
    const a = categories(reference);
    const b = categories(current);
    const keys = [...new Set([...a.keys(), ...b.keys()])];
    const refCounts = keys.map((key) => a.get(key) ?? 0);
    const curCounts = keys.map((key) => b.get(key) ?? 0);
    const na = nonMissing(reference) || 1;
    const nb = nonMissing(current) || 1;
    return { keys, ref: refCounts.map((c) => c / na), cur: curCounts.map((c) => c / nb), refCounts, curCounts };
}
const sharesOf = (shares) => [shares.ref, shares.cur];
/** Evidently's zero filling before JS and PSI: a zero share becomes 0.0001, or a millionth of the smallest share. */
function fillZeroes(shares) {
    const positive = shares.filter((share) => share > 0);
    const smallest = positive.length === 0 ? 0.0001 : Math.min(...positive);
    const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
    return shares.map((share) => (share === 0 ? fill : share));
}
/** scipy.spatial.distance.jensenshannon (natural log): the square root of the JS divergence. */
function jensenShannonDistance(p, q) {
    const sp = p.reduce((a, b) => a + b, 0);
    const sq = q.reduce((a, b) => a + b, 0);
    let divergence = 0;
    p.forEach((pi, i) => {
        const a = pi / sp;
        const b = q[i] / sq;
        const m = (a + b) / 2;
        if (a > 0)
            divergence += a * Math.log(a / m);
        if (b > 0)
            divergence += b * Math.log(b / m);
    });
    return Math.sqrt(Math.max(0, divergence / 2));
}
function populationStabilityIndex(ref, cur) {
    return ref.reduce((sum, r, i) => sum + (r - cur[i]) * Math.log(r / cur[i]), 0);
}
function hellingerDistance(p, q) {
    let sum = 0;
    p.forEach((pi, i) => {
        sum += (Math.sqrt(pi) - Math.sqrt(q[i])) ** 2;
    });
    return Math.sqrt(sum) / Math.SQRT2;
}
/** Distinct values of both sides together (exact when both have exact summaries). */
function unionDistinct(reference, current) {
    const exact = (side) => side.plan.type === 'boolean' || (side.frequent !== null && side.frequent.offset === 0);
    if (exact(reference) && exact(current))
        return categories(reference).size + [...categories(current).keys()].filter((key) => !categories(reference).has(key)).length;
    const union = new HyperLogLog(new Uint8Array(reference.hll.registers));
    union.merge(current.hll);
    return union.estimate();
}
function testColumn(reference, current, options) {
    const name = current.plan.name;
    const setting = options.schema.drift?.columns?.[name] ?? options.schema.columns[name]?.drift;
    if (setting === false)
        return undefined;
    const numeric = values_isNumericType(current.plan.type) && values_isNumericType(reference.plan.type);
    const categorical = !values_isNumericType(current.plan.type) && !values_isNumericType(reference.plan.type);
    if (!numeric && !categorical) {
        return { column: name, statistic: 'jensen-shannon', value: null, threshold: 0, drifted: true, note: `the reference holds ${reference.plan.type} values and the data ${current.plan.type} values` };
    }
    const refCount = nonMissing(reference);
    const curCount = nonMissing(current);
    const distinct = unionDistinct(reference, current);
    const fewValues = numeric && distinct <= 5;
    let method;
    const chosen = setting?.method ?? options.schema.drift?.method ?? 'auto';
    if (chosen !== 'auto')
        method = chosen;
    else if (options.referenceRows <= SMALL_REFERENCE)
        method = numeric && !fewValues ? 'ks' : distinct > 2 ? 'chi-square' : 'z';
    else
        method = numeric && !fewValues ? 'wasserstein' : 'jensen-shannon';
    if (numeric && !fewValues && (method === 'chi-square' || method === 'z'))
        method = 'ks';
    const threshold = setting?.threshold ?? options.schema.drift?.threshold ?? DEFAULT_THRESHOLDS[method];
    const base = { column: name, statistic: method, threshold, kind: numeric ? 'numeric' : 'categorical', referenceCount: refCount, currentCount: curCount };
    if (refCount === 0 || curCount === 0)
        return { ...base, value: null, drifted: false, note: 'no values on one side; nothing to compare' };
    const asCategories = !numeric || fewValues;
    const decide = (value, extra = {}) => ({
        ...base,
        ...extra,
        value,
        drifted: P_VALUE_METHODS.has(method) ? value < threshold : value >= threshold,
    });
    switch (method) {
        case 'ks': {
            const d = ksStatistic(reference, current);
            return decide((0,distributions/* ksPValue */.cS)(d, refCount, curCount), { score: d });
        }
        case 'wasserstein': {
            const std = Math.sqrt(reference.m2 / Math.max(reference.n, 1));
            return decide(wasserstein(reference, current) / Math.max(std, 0.001));
        }
        case 'chi-square': {
            const { refCounts, curCounts } = categoricalShares(reference, current);
            const scale = curCount / refCount;
            let statistic = 0;
            refCounts.forEach((count, i) => {
                const expected = count * scale;
                const observed = curCounts[i];
                statistic += expected === 0 ? (observed === 0 ? 0 : Number.POSITIVE_INFINITY) : (observed - expected) ** 2 / expected;
            });
            return decide((0,distributions/* chiSquareSurvival */.YN)(statistic, refCounts.length - 1), { score: Number.isFinite(statistic) ? statistic : null });
        }
        case 'z': {
            const { keys, refCounts, curCounts } = categoricalShares(reference, current);
            if (keys.length <= 1)
                return decide(1, { score: 0 });
            const p1 = refCounts[0] / refCount;
            const p2 = curCounts[0] / curCount;
            const pooled = (p1 * refCount + p2 * curCount) / (refCount + curCount);
            const denominator = Math.sqrt(pooled * (1 - pooled) * (1 / refCount + 1 / curCount));
            if (denominator === 0)
                return decide(1, { score: 0 });
            const z = (p1 - p2) / denominator;
            return decide(2 * (1 - (0,distributions/* normalCdf */.vr)(Math.abs(z))), { score: z });
        }
        case 'jensen-shannon':
        case 'psi': {
            const [ref, cur] = asCategories ? sharesOf(categoricalShares(reference, current)) : binShares(reference, current, 30);
            const r = fillZeroes(ref);
            const c = fillZeroes(cur);
            return decide(method === 'psi' ? populationStabilityIndex(r, c) : jensenShannonDistance(r, c));
        }
        case 'hellinger': {
            const sturges = Math.ceil(Math.log2(refCount + curCount) + 1);
            const [ref, cur] = asCategories ? sharesOf(categoricalShares(reference, current)) : binShares(reference, current, sturges);
            return decide(hellingerDistance(ref, cur));
        }
    }
}
/** Tests every column present on both sides (by name). */
function drift_computeDrift(reference, current, options) {
    const columns = [];
    for (const column of current) {
        const ref = reference.get(column.plan.name);
        if (ref === undefined)
            continue;
        const result = testColumn(ref, column, options);
        if (result !== undefined)
            columns.push(result);
    }
    const tested = columns.filter((column) => column.value !== null || column.drifted);
    const drifted = tested.filter((column) => column.drifted).length;
    const share = tested.length === 0 ? 0 : drifted / tested.length;
    const threshold = options.schema.drift?.share ?? DEFAULT_DRIFT_SHARE;
    return { columns, summary: { columns: tested.length, drifted, share, threshold, datasetDrift: tested.length > 0 && share >= threshold } };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ../../packages/core/src/data/csv.ts
var csv = __webpack_require__(68435);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ../../packages/core/src/data/records.ts
var records = __webpack_require__(3717);
;// CONCATENATED MODULE: ../../packages/core/src/data/jsonl.ts
/**
 * Streaming JSON Lines reader: one JSON object per line (LF or CRLF), blank lines skipped. Columns are the keys of
 * the objects; a key an object lacks is a missing value. A line that is not a JSON object is a data problem
 * (the `json` check), never a crash.
 */


class JsonlParser {
    buf;
    len = 0;
    pos = 0;
    base = 0;
    line = 1;
    limit = Number.POSITIVE_INFINITY;
    rowsRead = 0;
    problems = (0,records/* newProblems */.Dv)();
    names;
    onRecord;
    constructor(names, onRecord, bufferSize = 1 << 20) {
        this.names = names;
        this.onRecord = onRecord;
        this.buf = Buffer.allocUnsafe(bufferSize);
    }
    get done() {
        return this.base + this.pos >= this.limit;
    }
    makeRoom() {
        if (this.pos > 0) {
            this.buf.copy(this.buf, 0, this.pos, this.len);
            this.base += this.pos;
            this.len -= this.pos;
            this.pos = 0;
        }
        if (this.len === this.buf.length) {
            if (this.buf.length >= records/* MAX_RECORD_BYTES */.xR)
                throw (0,records/* recordTooLong */.oV)(this.line);
            const bigger = Buffer.allocUnsafe(Math.min(this.buf.length * 2, records/* MAX_RECORD_BYTES */.xR));
            this.buf.copy(bigger, 0, 0, this.len);
            this.buf = bigger;
        }
    }
    push(chunk) {
        let offset = 0;
        while (offset < chunk.length) {
            this.makeRoom();
            const take = Math.min(chunk.length - offset, this.buf.length - this.len);
            this.buf.set(chunk.subarray(offset, offset + take), this.len);
            this.len += take;
            offset += take;
            if (this.len === this.buf.length)
                this.drain(false);
        }
    }
    drain(final) {
        const buf = this.buf;
        const stop = this.limit - this.base;
        const names = this.names;
        while (this.pos < this.len && this.pos < stop) {
            let end = buf.indexOf(10, this.pos);
            if (end === -1 || end >= this.len) {
                if (!final)
                    return;
                end = this.len;
            }
            const line = this.line;
            let textEnd = end;
            if (textEnd > this.pos && buf[textEnd - 1] === 13)
                textEnd--;
            const start = this.pos;
            this.pos = end + 1;
            this.line++;
            if (textEnd === start)
                continue;
            if (!(0,external_node_buffer_.isUtf8)(buf.subarray(start, textEnd)))
                this.problems.utf8.noteValue(line, buf.toString('utf8', start, textEnd).slice(0, 200));
            const text = buf.toString('utf8', start, textEnd);
            if (text.trim() === '')
                continue;
            let record;
            try {
                record = JSON.parse(text);
            }
            catch (error) {
                this.problems.json.noteValue(line, `not JSON: ${error.message}`.slice(0, 200));
                continue;
            }
            if (record === null || typeof record !== 'object' || Array.isArray(record)) {
                this.problems.json.noteValue(line, `not a JSON object: ${text.slice(0, 100)}`);
                continue;
            }
            const values = new Array(names.length);
            for (let c = 0; c < names.length; c++)
                values[c] = record[names[c]];
            this.rowsRead++;
            this.onRecord(values, line);
        }
        if (this.pos > this.len)
            this.pos = this.len;
    }
}
/** Column names from the first records: every key, in the order first seen. */
function jsonlHeader(head, complete) {
    let text = head.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const lines = text.split('\n');
    if (!complete)
        lines.pop();
    const records = [];
    for (const line of lines) {
        if (records.length >= 1000)
            break;
        if (line.trim() === '')
            continue;
        try {
            const record = JSON.parse(line);
            if (record !== null && typeof record === 'object' && !Array.isArray(record))
                records.push(record);
        }
        catch {
            // counted as a problem during the pass
        }
    }
    const names = [];
    const seen = new Set();
    for (const record of records) {
        for (const key of Object.keys(record)) {
            if (!seen.has(key)) {
                seen.add(key);
                names.push(key);
            }
        }
    }
    return { names, sample: records.map((record) => names.map((name) => record[name])) };
}

;// CONCATENATED MODULE: ../../packages/core/src/data/key-count.ts
/**
 * What the accumulators share with the exact key counting of key-confirm.ts: the count a column or compound key
 * ends with (`KeyCount`), the unambiguous text of a compound key's cells, and the `KeyConfirmer` that a confirming
 * pass offers the rows of repeated text keys to. A leaf module: it imports nothing from this folder but
 * checks-state.ts, so column.ts and table.ts use it without importing key-confirm.ts, which reads them.
 */

/**
 * Rows of repeated keys kept as examples per reading, before the ones that turn out to be collisions are dropped:
 * the first 20 repeated rows survive unless more than 20 of these are collisions, which only shortens the list.
 */
const EXAMPLE_ROWS = 2 * checks_state/* MAX_EXAMPLES */.N;
/** The text of a compound key's cells, unambiguous: each cell's length (4 bytes) and bytes. */
function tupleBytes(cells) {
    let length = 0;
    for (const cell of cells)
        length += 4 + cell.length;
    const tuple = Buffer.allocUnsafe(length);
    let at = 0;
    for (const cell of cells) {
        tuple.writeUInt32LE(cell.length, at);
        tuple.set(cell, at + 4);
        at += 4 + cell.length;
    }
    return tuple;
}
/** A compound key's text as the examples show it: its cells joined by ", ". */
function showTuple(bytes, start, end) {
    const cells = [];
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = start; at < end;) {
        const length = buffer.readUInt32LE(at);
        cells.push(buffer.toString('utf8', at + 4, at + 4 + length));
        at += 4 + length;
    }
    return cells.join(', ');
}
function showText(bytes, start, end) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', start, end);
}
/**
 * Groups the rows of some repeated text keys by their exact text: the first text of each key is kept, and a row
 * with another text under the same key (a hash collision) starts a group of its own.
 */
class KeyConfirmer {
    /** Rows offered: with the counts the pass found, a check that the file did not change in between. */
    seen = 0;
    mask;
    index;
    keys;
    firstStart;
    firstLength;
    sameAsFirst;
    arena = new Uint8Array(1 << 16);
    arenaUsed = 0;
    /** Groups of rows whose text differs from their key's first text, by key index and text. */
    others = new Map();
    rows = [];
    show;
    /** `keys`: h1, h2 of each key to confirm. */
    constructor(keys, show = showText) {
        const n = keys.length / 2;
        this.keys = keys;
        this.show = show;
        const capacity = 2 ** Math.max(4, Math.ceil(Math.log2((n + 1) / 0.5)));
        this.mask = capacity - 1;
        this.index = new Int32Array(capacity).fill(-1);
        for (let k = 0; k < n; k++) {
            let i = this.home(keys[k * 2], keys[k * 2 + 1]);
            while (this.index[i] !== -1)
                i = (i + 1) & this.mask;
            this.index[i] = k;
        }
        this.firstStart = new Int32Array(n);
        this.firstLength = new Int32Array(n).fill(-1);
        this.sameAsFirst = new Float64Array(n);
    }
    home(h1, h2) {
        return (Math.imul(h1, 0x9e3779b1) ^ h2) & this.mask;
    }
    find(h1, h2) {
        for (let i = this.home(h1, h2);; i = (i + 1) & this.mask) {
            const k = this.index[i];
            if (k === -1)
                return -1;
            if (this.keys[k * 2] === h1 && this.keys[k * 2 + 1] === h2)
                return k;
        }
    }
    /** Whether rows with this key are to be offered. */
    wants(h1, h2) {
        return this.find(h1, h2) !== -1;
    }
    offer(h1, h2, bytes, start, end, line) {
        const k = this.find(h1, h2);
        if (k === -1)
            return;
        this.seen++;
        const length = end - start;
        let group = k;
        if (this.firstLength[k] === -1) {
            if (this.arenaUsed + length > this.arena.length) {
                const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + length));
                bigger.set(this.arena.subarray(0, this.arenaUsed));
                this.arena = bigger;
            }
            this.arena.set(bytes.subarray(start, end), this.arenaUsed);
            this.firstStart[k] = this.arenaUsed;
            this.firstLength[k] = length;
            this.arenaUsed += length;
            this.sameAsFirst[k] = 1;
        }
        else if (this.isFirst(k, bytes, start, end)) {
            this.sameAsFirst[k] = this.sameAsFirst[k] + 1;
        }
        else {
            group = `${k}:${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', start, end)}`;
            this.others.set(group, (this.others.get(group) ?? 0) + 1);
        }
        if (this.rows.length < EXAMPLE_ROWS)
            this.rows.push({ line, group, value: this.show(bytes, start, end) });
    }
    isFirst(k, bytes, start, end) {
        if (this.firstLength[k] !== end - start)
            return false;
        const arena = this.arena;
        const at = this.firstStart[k] - start;
        for (let j = start; j < end; j++)
            if (arena[at + j] !== bytes[j])
                return false;
        return true;
    }
    /** Rows of repeated texts, distinct texts beyond one per key, and the first repeated rows. */
    result() {
        let duplicateRows = 0;
        for (const count of this.sameAsFirst)
            if (count >= 2)
                duplicateRows += count;
        for (const count of this.others.values())
            if (count >= 2)
                duplicateRows += count;
        const countOf = (group) => (typeof group === 'number' ? this.sameAsFirst[group] : (this.others.get(group) ?? 0));
        const examples = this.rows.filter((row) => countOf(row.group) >= 2).map((row) => ({ value: row.value, line: row.line }));
        return { duplicateRows, extraDistinct: this.others.size, examples };
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/data/key-confirm.ts
/**
 * Exact key counts from every part of the file, once the pass is over (scan.ts calls `settleKeys`).
 *
 * Numeric keys are the numbers themselves (hashNumber is a bijection): their counts are exact as counted, and an
 * example's value is read back from its key. A text key is a 64-bit hash, and two texts may share one. That can
 * only make values look repeated, never hide a repeat, so a text key counted once is a unique value, and only keys
 * counted more than once are confirmed: either the column's few values were all compared as text during the pass
 * (FrequentItems with `verify`), or the file is read again for the rows holding those keys, and their text is
 * grouped exactly. Either way a collision changes neither a count nor a verdict. The second read happens when a
 * text column or compound key really has repeated values (a failing `unique`) or has more than 1024 distinct values
 * under a `distinct` check; it holds about `roundKeys` repeated keys (at most twice as many) and their texts at a
 * time, one reading each.
 */





// The confirmer lives in the leaf key-count.ts, which the accumulators import; confirming is still read from here.

/** Thrown when the file read again does not hold the rows the pass counted. */
class ChangedFileError extends Error {
    constructor() {
        super('the data file changed while it was being validated (a second reading found other rows); validate it again once it is written');
        this.name = 'ChangedFileError';
    }
}
function shownNumber(column, h1, h2) {
    const value = unhashNumber(h1, h2);
    return column.plan.type === 'boolean' ? value === 1 : values_formatTypedValue(column.plan.type, value);
}
function firstExamples(lines, value) {
    return lines.lines.map(({ line, h1, h2 }) => ({ value: value(h1, h2), line }));
}
/**
 * Counts every exact key counter of a merged table (and of the parts merged into it) and sets each column's and
 * compound key's `KeyCount`. `rescan` reads the file again, for text keys that need confirming.
 */
async function settleKeys(table, rescan, roundKeys) {
    const pending = [];
    const validUtf8 = table.problems.utf8.unexpected === 0;
    table.columns.forEach((column, c) => {
        const counter = column.keys;
        if (counter === null)
            return;
        const maxDistinct = column.plan.maxDistinct;
        const set = (count) => {
            column.keyCount = count;
        };
        if (column.plan.type !== 'string') {
            const pass = new KeyCountPass(counter).run();
            set({ distinct: pass.distinct, duplicateRows: pass.duplicateRows, examples: firstExamples(pass.firstLines, (h1, h2) => shownNumber(column, h1, h2)), overflowed: pass.distinct > maxDistinct });
            return;
        }
        const frequent = column.frequent;
        // Every distinct text was kept and compared as text (and survived merging as it was): one key per text.
        if (frequent !== null && frequent.verify && frequent.offset === 0 && !frequent.collided && validUtf8) {
            const pass = new KeyCountPass(counter).run();
            set({ distinct: pass.distinct, duplicateRows: pass.duplicateRows, examples: firstExamples(pass.firstLines, (h1, h2) => frequent.textOf(h1, h2) ?? null), overflowed: pass.distinct > maxDistinct });
            return;
        }
        pending.push({ counter, distinct: 0, maxDistinct, set, column: c, keys: [], expectedRows: 0, duplicateRows: 0, extraDistinct: 0, examples: [] });
    });
    table.compound.forEach((key, k) => {
        pending.push({
            counter: key.keys,
            distinct: 0,
            maxDistinct: table.plan.maxDistinct,
            set: (count) => {
                key.count = count;
            },
            compound: k,
            show: showTuple,
            keys: [],
            expectedRows: 0,
            duplicateRows: 0,
            extraDistinct: 0,
            examples: [],
        });
    });
    let held = 0;
    const confirm = async () => {
        const columns = new Map();
        const compound = new Map();
        const confirmers = new Map();
        for (const entry of pending) {
            if (entry.keys.length === 0)
                continue;
            const confirmer = new KeyConfirmer(Int32Array.from(entry.keys), entry.show);
            confirmers.set(entry, confirmer);
            if (entry.column !== undefined)
                columns.set(entry.column, confirmer);
            if (entry.compound !== undefined)
                compound.set(entry.compound, confirmer);
        }
        await rescan(columns, compound);
        for (const [entry, confirmer] of confirmers) {
            if (confirmer.seen !== entry.expectedRows)
                throw new ChangedFileError();
            const result = confirmer.result();
            entry.duplicateRows += result.duplicateRows;
            entry.extraDistinct += result.extraDistinct;
            entry.examples = [...entry.examples, ...result.examples].sort((a, b) => a.line - b.line).slice(0, checks_state/* MAX_EXAMPLES */.N);
            entry.keys = [];
            entry.expectedRows = 0;
        }
        held = 0;
    };
    for (const entry of pending) {
        const onRepeated = (h1, h2, count) => {
            entry.keys.push(h1, h2);
            entry.expectedRows += count;
            held++;
        };
        // One pass at a time: each holds a group's entries and counts (a few MB). Groups no larger than a round keep
        // the keys held for one reading near `roundKeys`.
        const pass = new KeyCountPass(entry.counter, Math.min(GROUP_ENTRIES, roundKeys));
        while (pass.next(onRepeated))
            if (held >= roundKeys)
                await confirm();
        entry.distinct = pass.distinct;
    }
    if (held > 0)
        await confirm();
    for (const entry of pending) {
        const distinct = entry.distinct + entry.extraDistinct;
        entry.set({ distinct, duplicateRows: entry.duplicateRows, examples: entry.examples, overflowed: distinct > entry.maxDistinct });
    }
}

// EXTERNAL MODULE: ../../packages/core/src/data/source.ts
var data_source = __webpack_require__(52590);
;// CONCATENATED MODULE: ../../packages/core/src/data/quality.ts
/**
 * A model's live quality, counted during the data pass from two columns of each row: the target (the label that
 * arrived later) and the model's prediction. Rows whose target is missing are unlabelled and count for nothing here.
 *
 * Both readings are kept, since the task is decided only at the end (monitor/quality.ts): labels as text for a
 * classifier's confusion counts, and numbers for a regressor's error sums (|e|, e², e⁴ and |e/y|, with their squares
 * where a confidence bound needs them). Everything is a count or a sum, so a worker's part of the file merges
 * exactly, and the state is small: at most MAX_LABEL_PAIRS (target, prediction) pairs, then only the overall hit
 * count stays exact and the per-class counts are marked incomplete.
 */
/** Distinct (target, prediction) label pairs counted before per-class counts give up (accuracy stays exact). */
const MAX_LABEL_PAIRS = 10_000;
/** Longest label kept as text; a longer one is cut (it is a free-text column, not a class). */
const MAX_LABEL_CHARS = 200;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** The class a cell's text names: numbers by value ("1.0" is "1"), true/false/yes/no in lower case, else the trimmed text. */
function labelOf(text) {
    const trimmed = text.trim();
    if (NUMBER.test(trimmed)) {
        const value = Number(trimmed);
        if (Number.isFinite(value))
            return String(value);
    }
    const lower = trimmed.toLowerCase();
    if (lower === 'true' || lower === 'false' || lower === 'yes' || lower === 'no')
        return lower;
    return trimmed.length > MAX_LABEL_CHARS ? trimmed.slice(0, MAX_LABEL_CHARS) : trimmed;
}
function numberOf(text) {
    const trimmed = text.trim();
    if (!NUMBER.test(trimmed)) {
        const lower = trimmed.toLowerCase();
        return lower === 'true' ? 1 : lower === 'false' ? 0 : Number.NaN;
    }
    return Number(trimmed);
}
class QualityAccumulator {
    plan;
    labelled = 0;
    unpredicted = 0;
    hits = 0;
    scores = 0;
    pairs = new Map();
    overflow = false;
    n = 0;
    sumAbs = 0;
    sumSq = 0;
    sumSq2 = 0;
    nPct = 0;
    sumPct = 0;
    sumPct2 = 0;
    nulls;
    constructor(plan) {
        this.plan = plan;
        this.nulls = new Set(plan.nullValues);
    }
    missing(text) {
        return text === null || this.nulls.has(text) || text.trim() === '';
    }
    /** One row's target and prediction as text (null: absent). */
    add(target, prediction) {
        if (this.missing(target))
            return;
        this.labelled++;
        if (this.missing(prediction)) {
            this.unpredicted++;
            return;
        }
        const t = target;
        const p = prediction;
        const y = numberOf(t);
        const yHat = numberOf(p);
        if (Number.isFinite(y) && Number.isFinite(yHat)) {
            const e = yHat - y;
            const abs = Math.abs(e);
            const sq = e * e;
            this.n++;
            this.sumAbs += abs;
            this.sumSq += sq;
            this.sumSq2 += sq * sq;
            if (y !== 0) {
                const pct = abs / Math.abs(y);
                this.nPct++;
                this.sumPct += pct;
                this.sumPct2 += pct * pct;
            }
        }
        const truth = labelOf(t);
        let predicted;
        // A probability for a 0/1 target is the class 1 at 0.5 or more, as scikit-learn's predict does.
        if (Number.isFinite(yHat) && yHat > 0 && yHat < 1 && (truth === '0' || truth === '1')) {
            predicted = yHat >= 0.5 ? '1' : '0';
            this.scores++;
        }
        else
            predicted = labelOf(p);
        if (truth === predicted)
            this.hits++;
        if (this.overflow)
            return;
        const key = `${truth}\u0000${predicted}`;
        const count = this.pairs.get(key);
        if (count !== undefined)
            this.pairs.set(key, count + 1);
        else if (this.pairs.size >= MAX_LABEL_PAIRS)
            this.overflow = true;
        else
            this.pairs.set(key, 1);
    }
    text(block, row, column) {
        if (column < 0 || column >= block.width)
            return null;
        const i = row * block.width + column;
        const text = block.bytes.toString('utf8', block.starts[i], block.ends[i]);
        return block.escaped[i] === 1 ? text.replaceAll('""', '"') : text;
    }
    consumeBlock(block) {
        const { target, prediction } = this.plan;
        for (let r = 0; r < block.rows; r++)
            this.add(this.text(block, r, target), this.text(block, r, prediction));
    }
    /** One record of JavaScript values (JSON Lines, Parquet), in the header's column order. */
    addRecord(values) {
        const text = (value) => value === null || value === undefined ? null : typeof value === 'object' ? JSON.stringify(value) : String(value);
        this.add(this.plan.target < 0 ? null : text(values[this.plan.target]), this.plan.prediction < 0 ? null : text(values[this.plan.prediction]));
    }
    merge(other) {
        this.labelled += other.labelled;
        this.unpredicted += other.unpredicted;
        this.hits += other.hits;
        this.scores += other.scores;
        this.n += other.n;
        this.sumAbs += other.sumAbs;
        this.sumSq += other.sumSq;
        this.sumSq2 += other.sumSq2;
        this.nPct += other.nPct;
        this.sumPct += other.sumPct;
        this.sumPct2 += other.sumPct2;
        this.overflow ||= other.overflow;
        if (this.overflow) {
            this.pairs.clear();
            return;
        }
        for (const [key, count] of other.pairs) {
            const mine = this.pairs.get(key);
            if (mine !== undefined)
                this.pairs.set(key, mine + count);
            else if (this.pairs.size >= MAX_LABEL_PAIRS) {
                this.overflow = true;
                this.pairs.clear();
                return;
            }
            else
                this.pairs.set(key, count);
        }
    }
    save() {
        const { labelled, unpredicted, hits, scores, overflow, n, sumAbs, sumSq, sumSq2, nPct, sumPct, sumPct2 } = this;
        return { labelled, unpredicted, hits, scores, pairs: [...this.pairs], overflow, n, sumAbs, sumSq, sumSq2, nPct, sumPct, sumPct2 };
    }
    static load(plan, state) {
        const quality = new QualityAccumulator(plan);
        Object.assign(quality, { ...state, pairs: new Map(state.pairs) });
        return quality;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/data/table.ts
/**
 * The whole table's state during one pass: every column's accumulator, compound keys, and problems with the text
 * itself. A worker thread builds one of these for its byte range; the main thread merges them in file order.
 */








/**
 * Memory for exact key counts, per thread and shared by the columns and compound keys that need them. A table that
 * reaches its share spills to a file in `dir` (named after `tag`, one per thread) and starts again.
 */
const KEY_MEMORY_BYTES = 2 << 20;
const table_encoder = new TextEncoder();
class TableAccumulator {
    plan;
    rows = 0;
    lines = 0;
    columns;
    compound;
    problems = (0,records/* newProblems */.Dv)();
    quality;
    /** A confirming pass (data/key-confirm.ts) reads only these columns. */
    only = null;
    /**
     * `expectedRows` sizes the exact key counters up front (within their memory); `spill` says where they spill. Without
     * it they grow in memory as they must (a part of the file loaded from a worker's state, tests).
     */
    constructor(plan, expectedRows = 0, spill) {
        this.plan = plan;
        const counters = plan.columns.filter((column) => column.exactKeys).length + plan.compoundKeys.length;
        const maxBits = Math.max(MIN_KEY_BITS, Math.floor(Math.log2((spill?.memory ?? KEY_MEMORY_BYTES) / SLOT_BYTES / Math.max(1, counters))));
        const keys = (name) => spill === undefined ? { maxBits: 30 } : { maxBits, spillPath: (0,external_node_path_.join)(spill.dir, `${spill.tag}-${name}.keys`), expected: expectedRows };
        this.columns = plan.columns.map((column, c) => new ColumnAccumulator(column, keys(String(c))));
        this.compound = plan.compoundKeys.map((columns, k) => ({ columns, keys: new KeyCounter(keys(`k${k}`)), count: null, confirmer: null }));
        this.quality = plan.quality === undefined ? null : new QualityAccumulator(plan.quality);
    }
    /** A table for a confirming pass: only the columns and compound keys given a confirmer read anything. */
    static confirming(plan, columns, compound) {
        const { quality: _quality, ...rest } = plan;
        const table = new TableAccumulator({ ...rest, columns: plan.columns.map((column) => ({ ...column, exactKeys: false })), compoundKeys: [] });
        table.only = [...columns.keys()];
        for (const [c, confirmer] of columns)
            table.columns[c].confirmer = confirmer;
        for (const [k, confirmer] of compound)
            table.compound.push({ columns: plan.compoundKeys[k], keys: new KeyCounter({ maxBits: MIN_KEY_BITS }), count: null, confirmer });
        return table;
    }
    /** The pass is over; `toFile`: key tables that spilled before go to their files too (see KeyCounter.finishPass). */
    finishPass(toFile) {
        for (const column of this.columns)
            column.keys?.finishPass(toFile);
        for (const key of this.compound)
            key.keys.finishPass(toFile);
    }
    consumeBlock(block) {
        this.rows += block.rows;
        this.quality?.consumeBlock(block);
        if (this.only === null)
            for (let c = 0; c < this.columns.length; c++)
                this.columns[c].consumeBlock(block, c);
        else
            for (const c of this.only)
                this.columns[c].consumeBlock(block, c);
        for (const key of this.compound) {
            const { starts, ends, lines, width, bytes } = block;
            for (let r = 0; r < block.rows; r++) {
                let h1 = 0x12345679;
                let h2 = 0x7654321;
                for (const c of key.columns) {
                    const i = r * width + c;
                    hashBytes(bytes, starts[i], ends[i]);
                    h1 = fmix32(Math.imul(h1, 31) ^ hashed.h1);
                    h2 = fmix32(Math.imul(h2, 37) ^ hashed.h2);
                }
                const line = lines[r];
                if (key.confirmer === null)
                    key.keys.add(h1, h2, line);
                else if (key.confirmer.wants(h1, h2)) {
                    const tuple = tupleBytes(key.columns.map((c) => bytes.subarray(starts[r * width + c], ends[r * width + c])));
                    key.confirmer.offer(h1, h2, tuple, 0, tuple.length, line);
                }
            }
        }
    }
    /** One record of JavaScript values (JSON Lines, Parquet), in the plan's column order. */
    addRecord(values, line) {
        this.rows++;
        this.quality?.addRecord(values);
        if (this.only === null)
            for (let c = 0; c < this.columns.length; c++)
                this.columns[c].addValue(values[c], line);
        else
            for (const c of this.only)
                this.columns[c].addValue(values[c], line);
        for (const key of this.compound) {
            let h1 = 0x12345679;
            let h2 = 0x7654321;
            const texts = key.columns.map((c) => {
                const value = values[c];
                return value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
            });
            const parts = texts.map((text) => table_encoder.encode(text));
            for (const bytes of parts) {
                hashBytes(bytes, 0, bytes.length);
                h1 = fmix32(Math.imul(h1, 31) ^ hashed.h1);
                h2 = fmix32(Math.imul(h2, 37) ^ hashed.h2);
            }
            if (key.confirmer === null)
                key.keys.add(h1, h2, line);
            else if (key.confirmer.wants(h1, h2)) {
                const tuple = tupleBytes(parts);
                key.confirmer.offer(h1, h2, tuple, 0, tuple.length, line);
            }
        }
    }
    /** Adds the state of the part of the file that follows this one. */
    merge(other) {
        const offset = this.lines;
        this.columns.forEach((column, c) => column.merge(other.columns[c], offset));
        this.compound.forEach((key, k) => {
            const theirs = other.compound[k];
            if (theirs !== undefined)
                key.keys.merge(theirs.keys, offset);
        });
        for (const name of records/* PROBLEM_KINDS */.me)
            this.problems[name].merge(other.problems[name], offset);
        if (this.quality !== null && other.quality !== null)
            this.quality.merge(other.quality);
        this.rows += other.rows;
        this.lines += other.lines;
    }
    save() {
        return {
            rows: this.rows,
            lines: this.lines,
            columns: this.columns.map((column) => column.save()),
            compound: this.compound.map((key) => ({ keys: key.keys.save() })),
            problems: Object.fromEntries(records/* PROBLEM_KINDS */.me.map((name) => [name, this.problems[name].save()])),
            ...(this.quality === null ? {} : { quality: this.quality.save() }),
        };
    }
    static load(plan, state) {
        const table = new TableAccumulator(plan);
        table.rows = state.rows;
        table.lines = state.lines;
        state.columns.forEach((saved, c) => {
            table.columns[c] = ColumnAccumulator.load(plan.columns[c], saved);
        });
        state.compound.forEach((saved, k) => {
            const key = table.compound[k];
            if (key === undefined)
                return;
            key.keys = KeyCounter.load(saved.keys);
        });
        for (const name of records/* PROBLEM_KINDS */.me)
            table.problems[name] = checks_state/* Tally */.F.load(state.problems[name]);
        if (plan.quality !== undefined && state.quality !== undefined)
            table.quality = QualityAccumulator.load(plan.quality, state.quality);
        return table;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/data/scan.ts
/**
 * One pass over a data file: its header, then every record into a TableAccumulator. An uncompressed CSV, TSV or
 * JSON Lines file of some size is cut into byte ranges, one per thread: the main thread reads the first, worker
 * threads the others, and their states merge in file order.
 *
 * Where a range starts is a guess: the first line feed after an even cut. The guess is checked, not trusted: the
 * range before it must end exactly there, at a record boundary, having read the bytes before it as CSV. When the cut
 * fell inside a quoted field that holds a line break, the range before it reads on past the cut and the guessed
 * range's result is thrown away, so the result is always the single-threaded one.
 *
 * Exact key counts (unique, distinct, compound keys) spill to files in a temporary folder when they outgrow their
 * memory; once every range is merged they are added up there, and text keys seen more than once are confirmed
 * against their text, which may read the file a second time (key-confirm.ts). The folder is removed at the end.
 */












const HEAD_BYTES = 1 << 20;
/** Below this size threads cost more to start than they save. */
const MIN_SPLIT_BYTES = 8 << 20;
async function readHead(source) {
    const parts = [];
    let size = 0;
    let complete = true;
    for await (const chunk of (0,data_source/* readChunks */.zO)(source)) {
        parts.push(chunk);
        size += chunk.length;
        if (size >= HEAD_BYTES) {
            complete = false;
            break;
        }
    }
    return { head: Buffer.concat(parts), complete };
}
/** The header and a sample of rows; throws DataFileError for a file that cannot be read at all. */
async function scan_inspectSource(source) {
    if (source.format === 'parquet') {
        const { inspectParquet } = await __webpack_require__.e(/* import() */ 491).then(__webpack_require__.bind(__webpack_require__, 38491));
        return inspectParquet(source);
    }
    const { head, complete } = await readHead(source);
    if (source.format === 'jsonl') {
        const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
        if (head.subarray(bom).toString('utf8').trim() === '')
            throw new data_source/* DataFileError */.t1(`${source.label}: the file is empty; JSON Lines needs one JSON object per line.`);
        const { names, sample } = jsonlHeader(head.subarray(bom), complete);
        if (names.length === 0)
            throw new data_source/* DataFileError */.t1(`${source.label}:1: no JSON object in the first lines; JSON Lines needs one JSON object per line, like {"id": 1, "name": "a"}.`);
        const lines = head.subarray(bom).toString('latin1').split('\n').length - (complete ? 0 : 1);
        return { names, sample, dataStart: bom, firstLine: 1, rowsPerByte: head.length > 0 ? lines / head.length : 0 };
    }
    const header = (0,data_source/* readCsvHeader */.km)(head, complete, source);
    return { names: header.names, sample: header.sample, dataStart: header.dataStart, headerLine: header.headerLine, firstLine: header.firstLine, rowsPerByte: header.rowsPerByte };
}
function newParser(source, table, names) {
    const parser = source.format === 'jsonl'
        ? new JsonlParser(names, (values, line) => table.addRecord(values, line))
        : new csv/* CsvParser */.C2(source.delimiter.charCodeAt(0), names.length, (block) => table.consumeBlock(block), source.dialect);
    table.problems = parser.problems;
    return parser;
}
/**
 * Reads the records that start in [from, limit) of an uncompressed file (reading past `limit` to finish the last
 * one). `hash` sees every byte read, in order, when the caller wants a digest of a single-range read.
 */
function readRange(task, table, hash) {
    const parser = newParser(task.source, table, task.names);
    parser.base = task.from;
    parser.line = task.firstLine;
    parser.limit = task.limit;
    const fd = (0,external_node_fs_.openSync)(task.source.path, 'r');
    let position = task.from;
    try {
        for (;;) {
            parser.makeRoom();
            const read = (0,external_node_fs_.readSync)(fd, parser.buf, parser.len, parser.buf.length - parser.len, position);
            if (hash !== undefined && read > 0)
                hash(parser.buf.subarray(parser.len, parser.len + read));
            position += read;
            parser.len += read;
            const eof = read === 0 || position >= task.source.bytes;
            parser.drain(eof);
            if (eof || parser.done)
                break;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    table.lines = parser.line - 1;
    return { parser, end: parser.base + parser.pos, readTo: position };
}
/**
 * A worker on `entry`. A TypeScript entry starts from a line of JavaScript that switches Node's compile cache on
 * first: the cache is per thread, so an entry that switches it on itself is never cached, and stripping its types
 * loads Node's TypeScript stripper into the thread, some 100 ms of each worker's start. A bundle's entry (.js)
 * starts as it is.
 */
function startWorker(entry, options) {
    if (!entry.pathname.endsWith('.ts'))
        return new external_node_worker_threads_.Worker(entry, options);
    return new external_node_worker_threads_.Worker(`require('node:module').enableCompileCache?.();import(${JSON.stringify(entry.href)});`, { ...options, eval: true });
}
/** Runs a range in a worker thread. */
function runWorker(task, script) {
    // A smaller young generation than V8's default keeps each worker's resident memory down, at no measurable cost.
    const worker = startWorker(script ?? new URL(/* asset import */ __webpack_require__(28148), __webpack_require__.b), { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const promise = new Promise((resolve, reject) => {
        worker.once('message', (message) => {
            if (message.ok)
                resolve(message.result);
            else
                reject(message.tooLongAt === undefined ? new Error(message.error) : new records/* RecordTooLongError */.m9(message.tooLongAt, message.error));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
            if (code !== 0)
                reject(new Error(`data worker exited with code ${code}`));
        });
    });
    return { promise, worker };
}
function digestWorker(path, script) {
    const worker = startWorker(script ?? new URL(/* asset import */ __webpack_require__(87705), __webpack_require__.b), { workerData: { path } });
    return new Promise((resolve, reject) => {
        worker.once('message', (digest) => resolve(digest));
        worker.once('error', reject);
    });
}
/** Hashes bytes [from, to) of a file. */
function hashSpan(path, from, to, hash) {
    if (to <= from)
        return;
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(1 << 20);
        for (let position = from; position < to;) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, 0, Math.min(buffer.length, to - position), position);
            if (read === 0)
                break;
            hash.update(buffer.subarray(0, read));
            position += read;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The first offset after a line feed at or after `offset` (the guessed start of a range), or -1. */
function nextLineStart(path, offset, size) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(1 << 16);
        let position = offset;
        while (position < size) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, position);
            if (read === 0)
                break;
            const at = buffer.subarray(0, read).indexOf(10);
            if (at !== -1)
                return position + at + 1;
            position += read;
        }
        return -1;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Reads a gzip-compressed file's records into `table`. */
async function readCompressed(source, inspected, table) {
    const parser = newParser(source, table, inspected.names);
    let skip = inspected.dataStart;
    parser.line = inspected.firstLine;
    for await (const chunk of (0,data_source/* readChunks */.zO)(source)) {
        if (skip >= chunk.length) {
            skip -= chunk.length;
            continue;
        }
        parser.push(skip > 0 ? chunk.subarray(skip) : chunk);
        skip = 0;
    }
    parser.drain(true);
    table.lines = parser.line - 1;
}
async function scan_scanSource(source, inspected, plan, options = {}) {
    const exact = plan.compoundKeys.length > 0 || plan.columns.some((column) => column.exactKeys);
    const dir = exact ? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.tempDir ?? (0,external_node_os_.tmpdir)(), 'crucible-keys-')) : undefined;
    try {
        const result = await readSource(source, inspected, plan, options, dir);
        if (exact) {
            const started = performance.now();
            const rescan = async (columns, compound) => {
                const table = TableAccumulator.confirming(plan, columns, compound);
                if (source.format === 'parquet') {
                    const { scanParquet } = await __webpack_require__.e(/* import() */ 491).then(__webpack_require__.bind(__webpack_require__, 38491));
                    await scanParquet(source, inspected.names, table, { digest: false });
                }
                else if (source.gzip)
                    await readCompressed(source, inspected, table);
                else
                    readRange({ source, names: inspected.names, plan, from: inspected.dataStart, limit: Number.POSITIVE_INFINITY, firstLine: inspected.firstLine }, table);
            };
            // Texts to confirm per reading (131,072 by default): some tens of MB, once the counting is over.
            await settleKeys(result.table, rescan, Math.max(16, Math.floor((options.keyMemory ?? KEY_MEMORY_BYTES) / 16)));
            result.readMs += performance.now() - started;
        }
        return result;
    }
    catch (error) {
        if (error instanceof SpillError)
            throw new data_source/* DataFileError */.t1(`${source.label}: ${error.message}. Free some space there, or set TMPDIR to a folder with room.`);
        if (error instanceof ChangedFileError)
            throw new data_source/* DataFileError */.t1(`${source.label}: ${error.message}.`);
        if (error instanceof records/* RecordTooLongError */.m9)
            throw new data_source/* DataFileError */.t1(`${source.label}:${error.line}: ${error.message}`);
        throw error;
    }
    finally {
        if (dir !== undefined)
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
async function readSource(source, inspected, plan, options, dir) {
    const started = performance.now();
    const names = inspected.names;
    const memory = options.keyMemory ?? KEY_MEMORY_BYTES;
    const spill = (tag) => (dir === undefined ? undefined : { dir, tag, memory });
    if (source.format === 'parquet') {
        const { scanParquet } = await __webpack_require__.e(/* import() */ 491).then(__webpack_require__.bind(__webpack_require__, 38491));
        const table = new TableAccumulator(plan, inspected.rowCount ?? 0, spill('m'));
        const sha256 = await scanParquet(source, names, table);
        table.finishPass(false);
        return { table, sha256, threads: 1, readMs: performance.now() - started };
    }
    if (source.gzip) {
        const table = new TableAccumulator(plan, 0, spill('m'));
        // The digest is of the file as stored (compressed), so it is taken from a plain read.
        // Where no worker can start (a bundle without the worker file), the digest is taken on this thread instead.
        const compressed = digestWorker(source.path, options.workerScripts?.digest).catch(() => {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            hashSpan(source.path, 0, (0,external_node_fs_.statSync)(source.path).size, hash);
            return hash.digest('hex');
        });
        await readCompressed(source, inspected, table);
        table.finishPass(false);
        return { table, sha256: await compressed, threads: 1, readMs: performance.now() - started };
    }
    const size = source.bytes;
    const wanted = Math.max(1, Math.min(options.threads ?? Math.min((0,external_node_os_.availableParallelism)(), 4), 16));
    const splittable = options.forceSplit === true || size - inspected.dataStart >= MIN_SPLIT_BYTES;
    const starts = [inspected.dataStart];
    if (wanted > 1 && splittable) {
        // The main thread starts at once and a worker some 50 ms later, but the main thread also merges at the end:
        // its share is a little larger than the others'.
        const weights = Array.from({ length: wanted }, (_, i) => (i === 0 ? 1.04 : 1));
        const total = weights.reduce((a, b) => a + b, 0);
        let cut = 0;
        for (let i = 1; i < wanted; i++) {
            cut += weights[i - 1] / total;
            const start = nextLineStart(source.path, Math.floor(inspected.dataStart + (size - inspected.dataStart) * cut), size);
            if (start > starts[starts.length - 1] && start < size)
                starts.push(start);
        }
    }
    const rowsIn = (from, to) => Math.ceil((to - from) * (inspected.rowsPerByte ?? 0) * 1.05);
    if (starts.length === 1) {
        const table = new TableAccumulator(plan, rowsIn(inspected.dataStart, size), spill('m'));
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const fd = (0,external_node_fs_.openSync)(source.path, 'r');
        const head = Buffer.alloc(inspected.dataStart);
        (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
        (0,external_node_fs_.closeSync)(fd);
        hash.update(head);
        readRange({ source, names, plan, from: inspected.dataStart, limit: Number.POSITIVE_INFINITY, firstLine: inspected.firstLine }, table, (bytes) => hash.update(bytes));
        table.finishPass(false);
        return { table, sha256: hash.digest('hex'), threads: 1, readMs: performance.now() - started };
    }
    const limits = [...starts.slice(1), Number.POSITIVE_INFINITY];
    const workers = starts.slice(1).map((from, i) => runWorker({ source, names, plan, from, limit: limits[i + 1], firstLine: 1, expectedRows: rowsIn(from, Math.min(limits[i + 1], size)), ...(dir === undefined ? {} : { spill: { dir, tag: `w${i}`, memory } }) }, options.workerScripts?.range));
    try {
        const table = new TableAccumulator(plan, rowsIn(inspected.dataStart, limits[0]), spill('m'));
        // The digest is taken on this thread: its own range as it reads it, then the rest while the workers finish.
        const hash = (0,external_node_crypto_.createHash)('sha256');
        hashSpan(source.path, 0, inspected.dataStart, hash);
        const first = readRange({ source, names, plan, from: inspected.dataStart, limit: limits[0], firstLine: inspected.firstLine }, table, (bytes) => hash.update(bytes));
        let end = first.end;
        hashSpan(source.path, first.readTo, size, hash);
        const sha256 = hash.digest('hex');
        let used = 1;
        for (let i = 1; i < starts.length; i++) {
            // A worker that could not run (say, a bundle that did not ship worker.ts) leaves its range to this thread.
            const result = await workers[i - 1].promise.catch(() => undefined);
            if (end === starts[i] && result !== undefined) {
                table.merge(TableAccumulator.load(plan, result.state));
                end = result.end;
                used++;
            }
            else if (end < starts[i]) {
                throw new Error(`range reader stopped at ${end} before ${starts[i]}`);
            }
            // Otherwise the range before read on past this start (the cut fell inside a quoted line break) or the worker
            // failed: read on, on this thread, from where the result so far ends to the next start (or the end).
            const next = i + 1 < starts.length ? starts[i + 1] : size;
            if ((end > starts[i] || result === undefined) && end < next) {
                const rest = new TableAccumulator(plan, 0, spill(`r${i}`));
                const carried = readRange({ source, names, plan, from: end, limit: i + 1 < starts.length ? next : Number.POSITIVE_INFINITY, firstLine: 1 }, rest);
                rest.finishPass(false);
                table.merge(rest);
                end = carried.end;
            }
        }
        table.finishPass(false);
        return { table, sha256, threads: used, readMs: performance.now() - started };
    }
    finally {
        for (const { worker } of workers)
            void worker.terminate();
    }
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ../../packages/core/src/data/workers.ts



/**
 * The engine's worker threads when they are bundled in `folder` (range-worker/index.js and digest-worker/index.js,
 * as the action's and the CLI's builds lay them out), so the runner's cores share the scan. Undefined when the code
 * runs from source, where the engine starts its own worker modules.
 */
function bundledWorkerScripts(folder) {
    const range = (0,external_node_path_.join)(folder, 'range-worker', 'index.js');
    const digest = (0,external_node_path_.join)(folder, 'digest-worker', 'index.js');
    return (0,external_node_fs_.existsSync)(range) && (0,external_node_fs_.existsSync)(digest) ? { range: (0,external_node_url_.pathToFileURL)(range), digest: (0,external_node_url_.pathToFileURL)(digest) } : undefined;
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(88293);
// EXTERNAL MODULE: ../../packages/core/src/fs/safe-file.ts
var safe_file = __webpack_require__(97394);
// EXTERNAL MODULE: ../../packages/core/src/evidence/read.ts
var read = __webpack_require__(45428);
// EXTERNAL MODULE: ../../packages/core/src/evidence/profile.ts
var evidence_profile = __webpack_require__(29647);
// EXTERNAL MODULE: ../../packages/core/src/issues.ts
var issues = __webpack_require__(4956);
;// CONCATENATED MODULE: ../../packages/core/src/data/dialect.ts
/**
 * What `crucible validate --infer` reads off the start of a CSV/TSV file before the header is taken: comment lines
 * (`#` first on the line, before the header or among the rows, as matplotlib's sample data and many exports write
 * them) and title lines (a line with no delimiter right before a header that has several fields). Short rows are
 * found by the full pass instead (validate.ts), since they may be anywhere in the file.
 */

/** Lines of the head looked at; a title or comment block longer than this is not guessed. */
const LINES = 200;
const MAX_TITLE_LINES = 10;
const COMMENT = '#';
function dialect_detectDialect(head, delimiter, complete) {
    const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
    const lines = text.split('\n', LINES + 1).map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
    if (!complete || lines.length > LINES)
        lines.pop(); // the last one may be cut off
    const content = lines.filter((line) => line.trim() !== '');
    if (content.length === 0)
        return {};
    const width = (line) => splitRecord(line, delimiter).length;
    // Comments: the first line that holds anything starts with #, or a # line among the rows is not as wide as the
    // header (a value like "#ff0000" in the first column is data: its row has the header's width).
    let comment = content[0]?.startsWith(COMMENT) === true;
    if (!comment) {
        const headerWidth = width(content[0]);
        comment = content.slice(1).some((line) => line.startsWith(COMMENT) && width(line) !== headerWidth);
    }
    // Title lines: from the file's start (skip-rows counts lines as written), lines with no delimiter that come right
    // before a line with several fields.
    let skipRows = 0;
    let index = 0;
    const isSkippedAnyway = (line) => line.trim() === '' || (comment && line.startsWith(COMMENT));
    while (index < lines.length && skipRows < MAX_TITLE_LINES) {
        const line = lines[index];
        if (isSkippedAnyway(line)) {
            index++;
            continue;
        }
        let next = index + 1;
        while (next < lines.length && isSkippedAnyway(lines[next]))
            next++;
        const following = lines[next];
        if (following === undefined || width(line) !== 1 || width(following) < 2)
            break;
        index = next;
        skipRows = next;
    }
    return { ...(comment ? { comment: COMMENT } : {}), ...(skipRows > 0 ? { skipRows } : {}) };
}

;// CONCATENATED MODULE: ../../packages/core/src/data/validate.ts
/**
 * The data engine's entry points: `validateData` (checks + profile + drift in one pass), `profileData` (the profile
 * alone) and `inferSchema` (a starter schema that accepts the file it came from).
 */

















/** A data input as the readers see it, with the schema's dialect (format, delimiter, comment, title and short rows). */
function sourceOf(input, schema) {
    return (0,data_source/* describeSource */.B6)(input.path, input.label ?? input.path, {
        format: input.format ?? schema.format,
        delimiter: input.delimiter ?? schema.delimiter,
        workspace: input.workspace,
        comment: schema.comment,
        skipRows: schema['skip-rows'],
        shortRows: schema['short-rows'],
    });
}
async function scan(src, schema, options, referencePoints) {
    const inspected = await scan_inspectSource(src);
    const plan = plan_buildPlan({ names: inspected.names, sample: inspected.sample, schema, ...(referencePoints === undefined ? {} : { referencePoints }), ...(inspected.sourceTypes === undefined ? {} : { sourceTypes: inspected.sourceTypes }) });
    const result = await scan_scanSource(src, inspected, plan, options);
    return { inspected, result };
}
function dataInfo(src, result, names) {
    return { file: src.label, format: src.format, gzip: src.gzip, bytes: src.bytes, sha256: result.sha256, columns: names };
}
/** The schema without its checks: types and missing-value spellings only (for profiling a reference). */
function typesOnly(schema) {
    return {
        ...(schema.format === undefined ? {} : { format: schema.format }),
        ...(schema.delimiter === undefined ? {} : { delimiter: schema.delimiter }),
        ...(schema.comment === undefined ? {} : { comment: schema.comment }),
        ...(schema['skip-rows'] === undefined ? {} : { 'skip-rows': schema['skip-rows'] }),
        ...(schema['short-rows'] === undefined ? {} : { 'short-rows': schema['short-rows'] }),
        ...(schema['null-values'] === undefined ? {} : { 'null-values': schema['null-values'] }),
        columns: Object.fromEntries(Object.entries(schema.columns).map(([name, column]) => [name, column.type === undefined ? {} : { type: column.type }])),
    };
}
async function profileData(input, options) {
    const schema = typesOnly(options.schema ?? schema_EMPTY_SCHEMA);
    const started = performance.now();
    const src = sourceOf(input, schema);
    const { inspected, result } = await scan(src, schema, options);
    return profile_profileEvidence(result.table, {
        data: dataInfo(src, result, inspected.names),
        git: options.git,
        ...(options.createdAt === undefined ? {} : { createdAt: options.createdAt }),
        timings: { totalMs: Math.round(performance.now() - started), threads: result.threads },
    });
}
const MAX_PROFILE_BYTES = 32 * 1024 * 1024;
/** A reference: a profile JSON file as it is, or a data file profiled now with the schema's types. */
async function loadReference(input, options) {
    const label = input.label ?? input.path;
    if (/\.json$/i.test(input.path)) {
        let bytes;
        try {
            bytes = (0,safe_file/* readFileSafely */.fJ)(input.path, {
                maxBytes: MAX_PROFILE_BYTES,
                label,
                workspace: input.workspace,
                tooLarge: (name, size) => new data_source/* DataFileError */.t1(`${name}: ${size} bytes is over the ${MAX_PROFILE_BYTES}-byte limit for a profile.`),
            });
        }
        catch (error) {
            if (error instanceof errors/* CrucibleError */.E0)
                throw new data_source/* DataFileError */.t1(error.message);
            const code = error.code;
            throw new data_source/* DataFileError */.t1(`${label}: cannot read the reference (${code === 'ENOENT' ? 'no such file' : String(code)}). Pass a crucible/profile@1 JSON file or a data file with --reference.`);
        }
        let document;
        try {
            document = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new data_source/* DataFileError */.t1(`${label}: not valid JSON (${(0,read/* jsonProblem */.Io)(bytes.toString('utf8'))}). Pass a crucible/profile@1 file written by --profile-out.`);
        }
        if (document?.schema === 'crucible/profile@1') {
            const parsed = evidence_profile/* ProfileEvidenceSchema */.UZ.safeParse(document);
            if (!parsed.success)
                throw new data_source/* DataFileError */.t1(`${label}: not a valid crucible/profile@1 document:\n${(0,issues/* formatIssues */.o)(parsed.error.issues)}`);
            return { profile: parsed.data, kind: 'profile', sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') };
        }
        if (input.format === undefined && !/\.(jsonl|ndjson)$/i.test(input.path)) {
            throw new data_source/* DataFileError */.t1(`${label}: a JSON file that is not a crucible/profile@1 document. Pass a profile written by --profile-out, or a data file.`);
        }
    }
    const profile = await profileData(input, options);
    return { profile, kind: 'data', sha256: profile.data.sha256 };
}
async function validateData(options) {
    const started = performance.now();
    const schema = options.schema ?? EMPTY_SCHEMA;
    const referenceLoaded = options.reference === undefined ? undefined : await loadReference(options.reference, { ...options, schema });
    const referenceMs = performance.now() - started;
    const reference = new Map();
    const referencePoints = new Map();
    if (referenceLoaded !== undefined) {
        for (const column of referenceLoaded.profile.columns) {
            reference.set(column.name, accumulatorFromProfile(column));
            if (referenceLoaded.profile.rows <= 1000 && column.sample !== undefined && column.numeric !== undefined) {
                referencePoints.set(column.name, [...new Set(column.sample)].sort((a, b) => a - b));
            }
        }
    }
    const src = sourceOf(options.data, schema);
    const scanStarted = performance.now();
    const { inspected, result } = await scan(src, schema, options, referencePoints);
    const scanMs = performance.now() - scanStarted;
    const table = result.table;
    const checks = evaluateChecks({ schema, table, names: inspected.names, headerLine: inspected.headerLine });
    const drift = referenceLoaded === undefined ? undefined : computeDrift(reference, table.columns, { referenceRows: referenceLoaded.profile.rows, schema });
    const data = dataInfo(src, result, inspected.names);
    const createdAt = options.createdAt === undefined ? {} : { createdAt: options.createdAt };
    const failed = checks.filter((check) => !check.success).length;
    const timings = { totalMs: Math.round(performance.now() - started), scanMs: Math.round(scanMs), referenceMs: Math.round(referenceMs), threads: result.threads };
    const schemaFile = options.schemaFile === undefined ? null : { file: options.schemaFile.label ?? options.schemaFile.path, sha256: createHash('sha256').update(readFileSafely(options.schemaFile.path, { maxBytes: MAX_YAML_FILE_BYTES })).digest('hex') };
    const evidence = {
        schema: 'crucible/validation@1',
        ...createdAt,
        git: options.git,
        success: failed === 0 && drift?.summary.datasetDrift !== true,
        rows: table.rows,
        checks,
        drift: drift?.columns ?? [],
        data,
        schemaFile,
        reference: referenceLoaded === undefined || options.reference === undefined
            ? null
            : { file: options.reference.label ?? options.reference.path, kind: referenceLoaded.kind, rows: referenceLoaded.profile.rows, sha256: referenceLoaded.sha256 },
        driftSummary: drift?.summary ?? null,
        statistics: { checks: checks.length, failed },
        timings,
    };
    const profile = profileEvidence(table, { data, git: options.git, ...createdAt, timings: { totalMs: timings.totalMs, threads: result.threads } });
    return { evidence, profile };
}
/** The first MiB of a file as text (decompressed), to read its dialect off. */
async function headText(src) {
    const parts = [];
    let size = 0;
    for await (const chunk of readChunks(src)) {
        parts.push(chunk);
        size += chunk.length;
        if (size >= 1 << 20)
            return { text: Buffer.concat(parts).toString('utf8'), complete: false };
    }
    return { text: Buffer.concat(parts).toString('utf8'), complete: true };
}
/** Small domains become `in:` lists. */
const MAX_INFERRED_DOMAIN = 20;
/**
 * A starter schema: each column's type, `nullable: false` where nothing is missing, the observed range of numbers
 * and dates, `in:` for text with at most 20 distinct values, `unique: true` where every value was seen once and the
 * pass could tell exactly. It accepts the file it came from, by construction; a person then tightens it.
 */
async function inferSchema(input, options) {
    // The dialect the file needs (comment and title lines from its start, short rows from the whole pass), so that the
    // schema's promise holds on files other programs wrote.
    const dialect = {};
    const plain = sourceOf(input, EMPTY_SCHEMA);
    if (plain.format === 'csv' || plain.format === 'tsv') {
        const { text, complete } = await headText(plain);
        const detected = detectDialect(text, plain.delimiter, complete);
        if (detected.comment !== undefined)
            dialect.comment = detected.comment;
        if (detected.skipRows !== undefined)
            dialect['skip-rows'] = detected.skipRows;
    }
    const src = sourceOf(input, { ...EMPTY_SCHEMA, ...dialect });
    const inspected = await inspectSource(src);
    const plan = buildPlan({ names: inspected.names, sample: inspected.sample, schema: EMPTY_SCHEMA, ...(inspected.sourceTypes === undefined ? {} : { sourceTypes: inspected.sourceTypes }) });
    const result = await scanSource(src, inspected, plan, options);
    const table = result.table;
    const columns = {};
    const notes = [];
    for (const column of table.columns) {
        const spec = {};
        const type = column.invalid > 0 ? 'string' : profiledType(column);
        spec.type = type;
        if (column.nulls === 0 && column.rows > 0)
            spec.nullable = false;
        if (column.invalid === 0 && isNumericType(type) && column.n > 0 && column.positiveInfinity === 0 && column.negativeInfinity === 0) {
            spec.min = formatTypedValue(type, column.min);
            spec.max = formatTypedValue(type, column.max);
        }
        if (column.invalid === 0 && type === 'string' && column.frequent !== null && column.frequent.offset === 0) {
            const items = column.frequent.items();
            if (items.length > 0 && items.length <= MAX_INFERRED_DOMAIN && items.length < column.n)
                spec.in = items.map(([value]) => String(value)).sort();
            if (items.length === column.n && column.n > 1)
                spec.unique = true;
        }
        else if (column.invalid === 0 && column.frequent !== null && column.frequent.offset === 0 && isNumericType(type)) {
            const items = column.frequent.items();
            if (items.length === column.n && column.n > 1)
                spec.unique = true;
        }
        else if (column.n > 1) {
            const distinct = distinctOf(column);
            if (!distinct.exact && distinct.value >= 0.98 * column.n)
                notes.push(`# ${column.plan.name}: about ${distinct.value} distinct values in ${column.n}; add "unique: true" if it is a key.`);
        }
        columns[column.plan.name] = spec;
    }
    const { shortRows, rowWidth } = table.problems;
    if (shortRows.unexpected > 0 && rowWidth.unexpected === shortRows.unexpected)
        dialect['short-rows'] = 'missing';
    else if (rowWidth.unexpected > shortRows.unexpected) {
        const line = rowWidth.examples.find((example) => Number.parseInt(String(example.value), 10) > inspected.names.length)?.line;
        notes.push(`# ${rowWidth.unexpected - shortRows.unexpected} row(s) have more fields than the header${line === undefined ? '' : ` (line ${line})`}: the file itself needs fixing; row-width fails until it is.`);
    }
    const dialectNotes = [
        ...(dialect.comment === undefined ? [] : [`# comment: lines starting with "${dialect.comment}" are skipped.`]),
        ...(dialect['skip-rows'] === undefined ? [] : [`# skip-rows: ${dialect['skip-rows']} line(s) before the header are a title, not data.`]),
        ...(dialect['short-rows'] === undefined ? [] : [`# short-rows: ${shortRows.unexpected} row(s) leave their last fields out; read as missing values (pandas does the same).`]),
    ];
    const header = [
        `# Starter schema inferred by \`crucible validate --infer\` from ${src.label} (${table.rows} rows).`,
        '# It accepts that file as it is: tighten the ranges, add checks, then validate with --schema.',
        ...dialectNotes,
        ...notes,
    ].join('\n');
    const yaml = `${header}\n${stringify({ ...dialect, columns, table: { rows: { min: 1 } } }, { lineWidth: 0 })}`;
    const profile = profileEvidence(table, { data: dataInfo(src, result, inspected.names), git: options.git, ...(options.createdAt === undefined ? {} : { createdAt: options.createdAt }) });
    return { yaml, profile };
}


// EXTERNAL MODULE: ../../packages/core/src/evidence/validation.ts
var validation = __webpack_require__(69723);
;// CONCATENATED MODULE: ../../packages/core/src/data/index.ts
/** The data engine's public surface (README.md beside this file). */


















// EXTERNAL MODULE: ../../node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var picomatch = __webpack_require__(46444);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ../../packages/core/src/glob.ts
var glob = __webpack_require__(32862);
;// CONCATENATED MODULE: ../../packages/core/src/monitor/batches.ts
/**
 * The production batches `--data` names: files, folders (every data file below them) and globs, in a stable order
 * (each argument's files sorted by path, arguments in the order given), each file once.
 */





/** More batch files than this is a mistake in the pattern (a whole disk), not a day of logs. */
const MAX_BATCHES = 10_000;
/** Data files by name: CSV, TSV, JSON Lines, Parquet, each optionally gzip-compressed. */
const DATA_FILE = /\.(csv|tsv|txt|jsonl|ndjson|parquet)(\.gz)?$/i;
function walk(folder, found) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules')
            continue;
        const path = (0,external_node_path_.join)(folder, entry.name);
        // Links are not followed: a folder of logs that links elsewhere is read only where it points inside itself.
        if (entry.isDirectory())
            walk(path, found);
        else if (entry.isFile() && DATA_FILE.test(entry.name))
            found.push(path);
        if (found.length > MAX_BATCHES)
            throw new errors/* InputError */.dz(`--data: more than ${MAX_BATCHES} data files under ${folder}; point at the batches to check.`);
    }
}
/** The folder a glob's matches are under: its segments before the first one with glob syntax. */
function globBase(pattern) {
    const parts = pattern.split('/');
    const fixed = [];
    for (const part of parts) {
        if ((0,glob/* isGlob */.y)(part))
            break;
        fixed.push(part);
    }
    const base = fixed.join('/');
    return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}
/**
 * Expands `--data` arguments relative to `cwd`. Each argument must name something: a missing file, an empty folder
 * or a glob that matches nothing is an error naming it, since a monitor that checked nothing must not say healthy.
 */
function expandBatches(args, cwd, labelBase = cwd) {
    if (args.length === 0)
        throw new errors/* InputError */.dz('--data: name at least one production batch (a file, a folder or a glob).');
    const seen = new Set();
    const batches = [];
    const add = (path) => {
        if (seen.has(path))
            return;
        seen.add(path);
        batches.push({ path, label: (0,external_node_path_.relative)(labelBase, path) || path });
    };
    for (const arg of args) {
        const normalized = arg.split(external_node_path_.sep).join('/');
        if ((0,glob/* isGlob */.y)(normalized)) {
            const base = (0,external_node_path_.resolve)(cwd, globBase(normalized));
            const matcher = picomatch_default()((0,external_node_path_.resolve)(cwd, normalized).split(external_node_path_.sep).join('/'), { dot: false, windows: false });
            const files = [];
            walk(base, files);
            const matched = files.filter((file) => matcher(file.split(external_node_path_.sep).join('/')));
            if (matched.length === 0)
                throw new errors/* InputError */.dz(`--data ${arg}: the glob matches no data file (CSV, TSV, JSON Lines or Parquet, optionally .gz). Check the pattern and that the batches were downloaded.`);
            for (const file of matched)
                add(file);
            continue;
        }
        const path = (0,external_node_path_.resolve)(cwd, arg);
        let stat;
        try {
            stat = (0,external_node_fs_.statSync)(path);
        }
        catch {
            throw new errors/* InputError */.dz(`--data ${arg}: no such file or folder.`);
        }
        if (stat.isDirectory()) {
            const files = [];
            walk(path, files);
            if (files.length === 0)
                throw new errors/* InputError */.dz(`--data ${arg}: the folder holds no data file (CSV, TSV, JSON Lines or Parquet, optionally .gz).`);
            for (const file of files)
                add(file);
        }
        else if ((0,external_node_fs_.lstatSync)(path).isFile() || stat.isFile())
            add(path);
        else
            throw new errors/* InputError */.dz(`--data ${arg}: not a file or a folder.`);
    }
    if (batches.length > MAX_BATCHES)
        throw new errors/* InputError */.dz(`--data: ${batches.length} batch files, more than the ${MAX_BATCHES} one check reads; name fewer.`);
    return batches;
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
// EXTERNAL MODULE: ../../packages/core/src/metrics/tolerance.ts
var metrics_tolerance = __webpack_require__(66479);
;// CONCATENATED MODULE: ../../packages/core/src/monitor/batch.ts
/**
 * One production batch, read once: its header checked against the model's reference, its rows into a table of
 * sketches with the reference's column types, its checks and its drift against the reference. The task and the
 * result are plain data, and the result carries only what the whole needs (the reference's columns and the
 * prediction, without exact key counts), so a batch's table is gone once it is merged.
 */









/** The type a batch reads a reference column as: the reference's, widened from integer to number. */
function batchType(type) {
    return type === 'integer' ? 'number' : type;
}
function listNames(names, max = 8) {
    const shown = names.slice(0, max).map((name) => JSON.stringify(name.length > 80 ? `${name.slice(0, 77)}...` : name));
    return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ');
}
async function scanBatch(task) {
    const { input, schema } = task;
    const label = input.label ?? input.path;
    const refColumns = new Map(task.reference.columns.map((column) => [column.name, column]));
    const src = sourceOf(input, schema);
    const inspected = await scan_inspectSource(src);
    const names = inspected.names;
    if (!names.some((name) => refColumns.has(name))) {
        throw new data_source/* DataFileError */.t1(`${label}: none of its columns (${listNames(names)}) is in the reference ${task.reference.label} (${listNames([...refColumns.keys()])}); the reference is the profile of another data set. Pass the profile of the data this model was trained on.`);
    }
    const optional = new Set(task.optional);
    const missing = [...refColumns.keys()].filter((name) => !names.includes(name) && !optional.has(name));
    if (missing.length > 0) {
        throw new data_source/* DataFileError */.t1(`${label}: lacks the column(s) ${listNames(missing)} that the model's reference ${task.reference.label} has. Send the model's columns with every batch, or list the ones that are not monitored under monitor.skip in crucible.yml.`);
    }
    if (task.prediction !== undefined && !names.includes(task.prediction)) {
        throw new data_source/* DataFileError */.t1(`${label}: has no prediction column ${JSON.stringify(task.prediction)} (--prediction); its columns are ${listNames(names)}.`);
    }
    // The schema's checks, with the reference's types where the schema declares none, so every batch reads a column
    // the same way and the batches' sketches merge.
    const columns = { ...schema.columns };
    for (const name of names) {
        const ref = refColumns.get(name);
        if (schema.columns[name]?.type === undefined && ref !== undefined)
            columns[name] = { ...schema.columns[name], type: batchType(ref.type) };
    }
    if (task.prediction !== undefined && columns[task.prediction] === undefined)
        columns[task.prediction] = { type: task.predictionType ?? 'string' };
    const referencePoints = new Map(task.reference.points);
    const plan = plan_buildPlan({ names, sample: inspected.sample, schema: { ...schema, columns }, referencePoints, ...(inspected.sourceTypes === undefined ? {} : { sourceTypes: inspected.sourceTypes }) });
    if (task.target !== undefined && task.prediction !== undefined) {
        plan.quality = { target: names.indexOf(task.target), prediction: names.indexOf(task.prediction), nullValues: schema['null-values'] ?? [''] };
    }
    const started = performance.now();
    const result = await scan_scanSource(src, inspected, plan, task.scan);
    const scanMs = performance.now() - started;
    const table = result.table;
    // Checks: the schema's own where one is given, and the reference's types on the columns it does not declare.
    const checks = task.checks ? checks_evaluateChecks({ schema, table, names, headerLine: inspected.headerLine }) : [];
    const typeOnly = { ...schema_EMPTY_SCHEMA, columns: Object.fromEntries(Object.entries(columns).filter(([name]) => schema.columns[name] === undefined && refColumns.has(name))) };
    const typeChecks = checks_evaluateChecks({ schema: typeOnly, table, names, headerLine: inspected.headerLine }).filter((check) => check.type === 'type');
    const all = [...checks, ...typeChecks];
    const failed = all.filter((check) => !check.success);
    const reference = new Map(task.reference.columns.map((column) => [column.name, profile_accumulatorFromProfile(column)]));
    const drift = drift_computeDrift(reference, table.columns, { referenceRows: task.reference.rows, schema: task.driftSchema });
    const batch = {
        source: label,
        rows: table.rows,
        driftedShare: drift.summary.share,
        drifted: drift.columns.filter((entry) => entry.drifted).map((entry) => entry.column),
        columns: drift.summary.columns,
        datasetDrift: drift.summary.datasetDrift,
        checksFailed: failed.length,
        ...(table.quality === null ? {} : { labelledRows: table.quality.labelled }),
        sha256: result.sha256,
    };
    // What the whole keeps: the reference's columns and the prediction, as sketches (exact key counts stay here).
    const kept = table.columns.map((column, c) => [column, c]).filter(([column]) => refColumns.has(column.plan.name) || column.plan.name === task.prediction);
    const state = table.save();
    const keptPlan = { ...plan, columns: kept.map(([column]) => ({ ...column.plan, exactKeys: false })), compoundKeys: [] };
    const keptState = { ...state, columns: kept.map(([, c]) => ({ ...state.columns[c], keys: null })), compound: [] };
    return { batch, failed, checksRun: all.length, plan: keptPlan, state: keptState, threads: result.threads, scanMs };
}
/** The batch's kept columns, loaded back from its result. */
function columnsOf(result) {
    return TableAccumulator.load(result.plan, result.state);
}

// EXTERNAL MODULE: ../../packages/core/src/metrics/direction.ts
var metrics_direction = __webpack_require__(19041);
// EXTERNAL MODULE: ../../packages/core/src/metrics/compare.ts
var compare = __webpack_require__(67615);
// EXTERNAL MODULE: ../../packages/core/src/metrics/stats.ts
var stats = __webpack_require__(2163);
;// CONCATENATED MODULE: ../../packages/core/src/monitor/quality.ts
/**
 * Live quality from the pass's counts (data/quality.ts), judged against the expected metrics.
 *
 * A metric is degraded only when it is worse than expected by more than its tolerance *and* beyond sampling noise:
 * the judged value is the optimistic end of a one-sided confidence bound on the observed one (the upper bound of a
 * higher-is-better metric), so a large healthy sample at the expected quality never alerts and a small one alerts
 * only on a clear fall. Proportions (accuracy, precision, recall) use Wilson's score bound; F1 is 2TP / (2TP + FP +
 * FN) and takes the same bound over that denominator (an approximation: its parts are not independent trials);
 * macro averages take the mean of their classes' bounds. MAE, MSE and MAPE are means, bounded with the normal
 * approximation from their sample spread; RMSE is the square root of MSE's bound.
 */





const CLASSIFICATION_METRICS = ['accuracy', 'precision', 'recall', 'f1'];
const REGRESSION_METRICS = ['mae', 'rmse', 'mse', 'mape'];
/** Last-token spellings of the live metrics (`val_acc` is accuracy). */
const ALIASES = {
    accuracy: 'accuracy',
    acc: 'accuracy',
    precision: 'precision',
    recall: 'recall',
    f1: 'f1',
    mae: 'mae',
    rmse: 'rmse',
    mse: 'mse',
    mape: 'mape',
};
/** The last token of a metric's name, as directions split it: `eval.accuracy` -> `accuracy`. */
function lastToken(name) {
    const tokens = name.toLowerCase().split(/[^a-z0-9]+/).filter((token) => token !== '');
    return tokens[tokens.length - 1] ?? '';
}
function liveNameOf(expectedName) {
    return ALIASES[lastToken(expectedName)];
}
function wilson(hits, n, z) {
    if (n === 0)
        return { lower: 0, upper: 1 };
    const p = hits / n;
    const z2 = z * z;
    const centre = p + z2 / (2 * n);
    const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    const scale = 1 + z2 / n;
    return { lower: Math.max(0, (centre - spread) / scale), upper: Math.min(1, (centre + spread) / scale) };
}
function proportion(name, hits, n, z, note) {
    if (n === 0)
        return undefined;
    return { name, value: hits / n, ...wilson(hits, n, z), rows: n, ...(note === undefined ? {} : { note }) };
}
function mean(name, sum, sumSquares, n, z) {
    if (n === 0)
        return undefined;
    const value = sum / n;
    const variance = n > 1 ? Math.max(0, (sumSquares - n * value * value) / (n - 1)) : Number.POSITIVE_INFINITY;
    const half = z * Math.sqrt(variance / n);
    return { name, value, lower: Math.max(0, value - half), upper: value + half, rows: n };
}
const POSITIVE = ['1', 'true', 'yes', 'positive'];
/** Per class: true positives, predicted, actual. */
function classCounts(pairs) {
    const classes = new Map();
    const of = (label) => {
        let entry = classes.get(label);
        if (entry === undefined)
            classes.set(label, (entry = { tp: 0, predicted: 0, actual: 0 }));
        return entry;
    };
    for (const [key, count] of pairs) {
        const [truth, predicted] = key.split('\u0000');
        of(truth).actual += count;
        of(predicted).predicted += count;
        if (truth === predicted)
            of(truth).tp += count;
    }
    return classes;
}
/**
 * The task: the policy's, else what the expected metrics measure, else the target's values (few distinct labels, or
 * any that are not numbers, make a classifier).
 */
function decideTask(quality, policy, expectedNames) {
    if (policy.task !== undefined)
        return policy.task;
    const live = expectedNames.map(liveNameOf).filter((name) => name !== undefined);
    const classification = live.some((name) => CLASSIFICATION_METRICS.includes(name));
    const regression = live.some((name) => REGRESSION_METRICS.includes(name));
    if (classification !== regression)
        return classification ? 'classification' : 'regression';
    if (quality.overflow)
        return 'regression';
    const truths = new Set([...quality.pairs.keys()].map((key) => key.split('\u0000')[0]));
    const numeric = [...truths].every((label) => Number.isFinite(Number(label)) && label !== '');
    if (!numeric)
        return 'classification';
    const integral = [...truths].every((label) => Number.isInteger(Number(label)));
    return integral && truths.size <= 20 ? 'classification' : 'regression';
}
function liveQuality(quality, task, policy, confidence) {
    const z = (0,stats/* normalQuantile */.Zl)(confidence);
    const rows = quality.labelled - quality.unpredicted;
    const notes = [];
    if (quality.unpredicted > 0)
        notes.push(`${quality.unpredicted} labelled row(s) have no prediction and are left out`);
    if (task === 'regression') {
        const metrics = [
            mean('mae', quality.sumAbs, quality.sumSq, quality.n, z),
            mean('mse', quality.sumSq, quality.sumSq2, quality.n, z),
            mean('mape', quality.sumPct, quality.sumPct2, quality.nPct, z),
        ].filter((metric) => metric !== undefined);
        const mse = metrics.find((metric) => metric.name === 'mse');
        if (mse !== undefined)
            metrics.splice(1, 0, { name: 'rmse', value: Math.sqrt(mse.value), lower: Math.sqrt(mse.lower), upper: Math.sqrt(mse.upper), rows: mse.rows });
        if (quality.n < rows)
            notes.push(`${rows - quality.n} labelled row(s) hold a target or prediction that is not a number`);
        return { task, metrics, rows: quality.n, notes };
    }
    if (quality.scores > 0)
        notes.push(`${quality.scores} prediction(s) are scores between 0 and 1, read as class 1 at 0.5 or more`);
    const metrics = [];
    const accuracy = proportion('accuracy', quality.hits, rows, z);
    if (accuracy !== undefined)
        metrics.push(accuracy);
    if (quality.overflow) {
        notes.push('more distinct (target, prediction) pairs than are counted one by one: only accuracy is measured');
        return { task, metrics, rows, notes };
    }
    const classes = classCounts(quality.pairs);
    const wanted = policy.positiveLabel === undefined ? undefined : labelOf(policy.positiveLabel);
    const positive = wanted ?? (classes.size <= 2 ? POSITIVE.find((label) => classes.has(label)) : undefined);
    if (wanted !== undefined && !classes.has(wanted))
        notes.push(`the positive label "${wanted}" (monitor.positive-label) never occurs in the target or the predictions`);
    if (positive !== undefined && classes.size <= 2) {
        const entry = classes.get(positive) ?? { tp: 0, predicted: 0, actual: 0 };
        const precision = proportion('precision', entry.tp, entry.predicted, z);
        const recall = proportion('recall', entry.tp, entry.actual, z);
        const f1 = proportion('f1', 2 * entry.tp, entry.predicted + entry.actual, z);
        for (const metric of [precision, recall, f1])
            if (metric !== undefined)
                metrics.push(metric);
        return { task, metrics, rows, notes, positive };
    }
    // Macro averages over every class seen in the targets or the predictions (scikit-learn's average="macro").
    const parts = { precision: [], recall: [], f1: [] };
    for (const entry of classes.values()) {
        parts.precision.push(proportion('precision', entry.tp, entry.predicted, z) ?? { name: 'precision', value: 0, lower: 0, upper: 1, rows: 0 });
        parts.recall.push(proportion('recall', entry.tp, entry.actual, z) ?? { name: 'recall', value: 0, lower: 0, upper: 1, rows: 0 });
        parts.f1.push(proportion('f1', 2 * entry.tp, entry.predicted + entry.actual, z) ?? { name: 'f1', value: 0, lower: 0, upper: 1, rows: 0 });
    }
    for (const [name, list] of Object.entries(parts)) {
        if (list.length === 0)
            continue;
        const average = (pick) => list.reduce((sum, metric) => sum + pick(metric), 0) / list.length;
        metrics.push({ name, value: average((m) => m.value), lower: average((m) => m.lower), upper: average((m) => m.upper), rows, note: `macro average over ${list.length} classes` });
    }
    return { task, metrics, rows, notes };
}
/** The monitor.metrics entry for an expected metric: its exact name, or its last token. */
function requirement(policy, name) {
    return policy.metrics.find((entry) => entry.name === name) ?? policy.metrics.find((entry) => lastToken(entry.name) === lastToken(name) && !policy.metrics.some((other) => other.name === name));
}
/** Each expected metric against its live counterpart. */
function judgeQuality(expected, live, options) {
    const results = [];
    const liveTask = live?.task;
    for (const [name, value] of expected) {
        const entry = requirement(options.policy, name);
        const required = entry !== undefined;
        const rule = (0,compare/* ruleFor */.sG)(name, options.rules);
        if (rule?.ignore === true && !required)
            continue;
        const liveName = liveNameOf(name);
        const direction = rule?.direction ?? (0,metrics_direction/* inferDirection */._)(name);
        const base = { name, expected: value, direction, ...(required ? { required } : {}) };
        const metric = live?.metrics.find((candidate) => candidate.name === liveName);
        if (liveName === undefined || live === undefined || metric === undefined) {
            const note = live === undefined
                ? 'no target and prediction columns to measure it on'
                : liveName === undefined
                    ? `no live metric matches its last name token "${lastToken(name)}" (live: ${live.metrics.map((m) => m.name).join(', ') || 'none'})`
                    : `a ${liveTask === 'classification' ? 'regression' : 'classification'} metric, and the model is judged as a ${liveTask ?? 'model'}`;
            results.push({ ...base, observed: null, status: 'not-judged', note });
            continue;
        }
        const tolerance = entry?.tolerance ?? options.policy.tolerance ?? rule?.tolerance ?? options.tolerance;
        const amount = (0,metrics_tolerance/* toleranceAmount */.Ev)(tolerance, value);
        const common = { ...base, observed: metric.value, metric: metric.name, tolerance: amount, rows: metric.rows };
        if (metric.rows < options.minRows) {
            results.push({ ...common, bound: null, status: 'not-judged', note: `${metric.rows} labelled row(s), fewer than min-rows ${options.minRows}` });
            continue;
        }
        if (direction === 'none') {
            results.push({ ...common, bound: null, status: 'not-judged', note: 'no direction: give it one in metrics.rules of crucible.yml' });
            continue;
        }
        const bound = direction === 'higher' ? metric.upper : metric.lower;
        const degraded = direction === 'higher' ? bound < value - amount : bound > value + amount;
        const tol = tolerance.kind === 'relative' ? ` (${(0,metrics_tolerance/* formatTolerance */.z9)(tolerance)})` : '';
        const note = `${direction === 'higher' ? 'upper' : 'lower'} bound ${+bound.toPrecision(4)} against ${+value.toPrecision(4)} ${direction === 'higher' ? '-' : '+'} ${+amount.toPrecision(4)}${tol}${metric.note === undefined ? '' : `; ${metric.note}`}`;
        results.push({ ...common, bound, status: degraded ? 'degraded' : 'ok', note });
    }
    return results;
}

;// CONCATENATED MODULE: ../../packages/core/src/monitor/engine.ts
/**
 * `crucible monitor`'s engine: production batches against the reference the model was trained and evaluated on.
 *
 * Each batch is read once, streaming (uncompressed files on every core, as validate reads them), into a table of
 * mergeable sketches with the reference's column types. Its drift against the reference gives the batch's point of
 * the timeline; its sketches then merge into the running whole, and the batch's own table is dropped, so memory
 * stays bounded whatever the number and size of batches. Drift over all batches, live quality from the target and
 * prediction columns, and the data checks decide: healthy, alert, or not judged (too few rows).
 */
















/** The drift settings of the schema with monitor: on top (skip, per-column statistic and threshold, the share). */
function driftSchema(schema, policy) {
    const columns = { ...(schema.drift?.columns ?? {}) };
    for (const name of policy.skip)
        columns[name] = false;
    for (const [name, setting] of Object.entries(policy.columns)) {
        columns[name] = setting === false ? false : { ...(setting.statistic === undefined ? {} : { method: setting.statistic }), ...(setting.threshold === undefined ? {} : { threshold: setting.threshold }) };
    }
    return { ...schema, drift: { ...(schema.drift ?? {}), share: policy.driftShare, columns } };
}
function describeDrift(drift) {
    const value = drift.value === null ? 'n/a' : +drift.value.toPrecision(3);
    const pValue = ['ks', 'chi-square', 'z'].includes(drift.statistic);
    return `${JSON.stringify(drift.column)} (${drift.statistic} ${pValue ? `p = ${value} < ${drift.threshold}` : `${value} >= ${drift.threshold}`})`;
}
async function monitorData(options) {
    const started = performance.now();
    const { policy } = options;
    const schema = options.schema ?? schema_EMPTY_SCHEMA;
    if (options.batches.length === 0)
        throw new data_source/* DataFileError */.t1('--data: no production batch to check.');
    if ((options.target === undefined) !== (options.prediction === undefined)) {
        throw new errors/* InputError */.dz(`${options.target === undefined ? '--prediction' : '--target'} needs ${options.target === undefined ? '--target' : '--prediction'} too: live quality compares the two columns.`);
    }
    const loaded = await loadReference(options.reference, { git: options.git, schema, ...scanOptions(options) });
    const referenceMs = performance.now() - started;
    const refLabel = options.reference.label ?? options.reference.path;
    const refColumns = new Map(loaded.profile.columns.map((column) => [column.name, column]));
    const reference = new Map();
    const referencePoints = new Map();
    for (const column of loaded.profile.columns) {
        reference.set(column.name, profile_accumulatorFromProfile(column));
        if (loaded.profile.rows <= 1000 && column.sample !== undefined && column.numeric !== undefined)
            referencePoints.set(column.name, [...new Set(column.sample)].sort((a, b) => a - b));
    }
    const drifting = driftSchema(schema, policy);
    const driftOptions = { referenceRows: loaded.profile.rows, schema: drifting };
    const notChecked = new Set([...policy.skip, ...Object.entries(policy.columns).filter(([, setting]) => setting === false).map(([name]) => name)]);
    const overall = new Map();
    let quality = null;
    const batches = [];
    const failedChecks = [];
    let checksRun = 0;
    let rows = 0;
    let scanMs = 0;
    let threads = 1;
    // One batch after another, each read once: a large plain file is split between threads (scan.ts), and only one
    // batch's table is alive at a time. Reading several batches at once in workers of their own was measured: each
    // worker carries its own copy of the engine, and two of them took the peak past 200 MB for no gain on plain files.
    const predictionType = options.prediction === undefined ? undefined : await predictionTypeOf(options, refColumns, schema);
    const batchTask = (input) => ({
        input,
        schema,
        checks: options.schema !== undefined,
        driftSchema: drifting,
        reference: { label: refLabel, rows: loaded.profile.rows, columns: loaded.profile.columns, points: [...referencePoints] },
        optional: [...notChecked, ...(options.target === undefined ? [] : [options.target])],
        target: options.target,
        prediction: options.prediction,
        predictionType,
        scan: scanOptions(options),
    });
    const take = (result, index) => {
        const { batch } = result;
        batches.push(batch);
        rows += batch.rows;
        scanMs += result.scanMs;
        threads = Math.max(threads, result.threads);
        checksRun += result.checksRun;
        for (const check of result.failed)
            if (failedChecks.length < 10_000)
                failedChecks.push({ ...check, source: batch.source });
        const table = columnsOf(result);
        for (const column of table.columns) {
            const kept = overall.get(column.plan.name);
            if (kept === undefined)
                overall.set(column.plan.name, column);
            else
                kept.merge(column, 0);
        }
        if (table.quality !== null) {
            if (quality === null)
                quality = table.quality;
            else
                quality.merge(table.quality);
        }
        options.onBatch?.(batch, index, options.batches.length);
    };
    for (const [index, input] of options.batches.entries()) {
        take(await scanBatch(batchTask(input)), index);
        // The batch's table is garbage now; a full collection keeps the heap from growing with the number of batches.
        if (index + 1 < options.batches.length)
            collect();
    }
    const referenceNames = [...overall.values()].filter((column) => refColumns.has(column.plan.name));
    const drift = drift_computeDrift(reference, referenceNames, driftOptions);
    const predictionDrift = predictionDriftOf(options, overall, reference, refColumns, driftOptions);
    // Live quality.
    let performanceResults;
    let task = null;
    let labelledRows;
    const qualityNotes = [];
    const metricsConfig = options.metrics ?? { rules: [], tolerance: metrics_tolerance/* ZERO_TOLERANCE */.nE, confidence: 0.95 };
    if (options.target !== undefined && options.prediction !== undefined) {
        const counts = quality ?? new QualityAccumulator({ target: -1, prediction: -1, nullValues: [] });
        const expectedNames = [...(options.expected?.metrics.keys() ?? [])];
        task = decideTask(counts, policy, expectedNames);
        const live = liveQuality(counts, task, policy, policy.confidence ?? metricsConfig.confidence);
        labelledRows = counts.labelled;
        qualityNotes.push(...live.notes);
        if (options.expected !== undefined) {
            performanceResults = judgeQuality(options.expected.metrics, live, { policy, rules: metricsConfig.rules, tolerance: metricsConfig.tolerance, minRows: policy.minRows });
        }
        else {
            performanceResults = live.metrics.map((metric) => ({ name: metric.name, expected: null, observed: metric.value, status: 'not-judged', rows: metric.rows, note: 'no expected value (--expected)' }));
        }
    }
    // The verdict.
    const alerts = [];
    const notJudged = [];
    if (rows < policy.minRows) {
        notJudged.push(`${rows} row(s) in ${batches.length} batch(es), fewer than monitor.min-rows (${policy.minRows}): too few to judge drift or quality; wait for more data or lower min-rows.`);
    }
    else {
        const drifted = drift.columns.filter((entry) => entry.drifted);
        if (policy.alertOn === 'column' && drifted.length > 0) {
            alerts.push(`${drifted.length} of ${drift.summary.columns} column(s) drifted: ${drifted.slice(0, 5).map(describeDrift).join(', ')}${drifted.length > 5 ? ` and ${drifted.length - 5} more` : ''}.`);
        }
        if (drift.summary.datasetDrift)
            alerts.push(`dataset drift: ${drift.summary.drifted} of ${drift.summary.columns} columns drifted (share ${+drift.summary.share.toFixed(3)} >= ${drift.summary.threshold}).`);
        if (failedChecks.length > 0) {
            const first = failedChecks[0];
            alerts.push(`${failedChecks.length} data check(s) failed, first ${first.type}${first.column === undefined ? '' : ` on ${JSON.stringify(first.column)}`} in ${first.source ?? 'a batch'}.`);
        }
        for (const result of performanceResults ?? []) {
            if (result.status === 'degraded')
                alerts.push(`${result.name} is degraded: ${+result.observed.toPrecision(4)} live against ${+result.expected.toPrecision(4)} expected (${result.note}).`);
        }
        if (performanceResults !== undefined && options.expected !== undefined && (labelledRows ?? 0) < policy.minRows) {
            notJudged.push(`${labelledRows ?? 0} labelled row(s), fewer than monitor.min-rows (${policy.minRows}): live quality not judged.`);
        }
        for (const result of performanceResults ?? []) {
            if (result.required === true && result.status === 'not-judged' && (labelledRows ?? 0) >= policy.minRows)
                notJudged.push(`${result.name} must hold (monitor.metrics) but was not judged: ${result.note}.`);
        }
        for (const entry of policy.metrics) {
            const matched = [...(options.expected?.metrics.keys() ?? [])].some((name) => name === entry.name || lastToken(name) === lastToken(entry.name));
            if (!matched)
                notJudged.push(`monitor.metrics names ${JSON.stringify(entry.name)}, but ${options.expected === undefined ? 'no expected metrics were given (--expected)' : `the expected metrics in ${options.expected.file} have no such metric`}.`);
        }
    }
    const status = alerts.length > 0 ? 'alert' : notJudged.length > 0 ? 'not-judged' : 'healthy';
    const schemaFile = options.schemaFile === undefined ? undefined : { file: options.schemaFile.label ?? options.schemaFile.path, sha256: (0,external_node_crypto_.createHash)('sha256').update((0,safe_file/* readFileSafely */.fJ)(options.schemaFile.path, { maxBytes: yaml_file/* MAX_YAML_FILE_BYTES */.q })).digest('hex') };
    return {
        schema: 'crucible/monitoring@1',
        ...(options.createdAt === undefined ? {} : { createdAt: options.createdAt }),
        git: options.git,
        healthy: status === 'healthy',
        status,
        reasons: [...alerts, ...notJudged],
        rows,
        batches,
        drift: drift.columns,
        datasetDrift: drift.summary.datasetDrift,
        driftSummary: drift.summary,
        alertOn: policy.alertOn,
        minRows: policy.minRows,
        checks: failedChecks,
        statistics: { checks: checksRun, failed: failedChecks.length },
        ...(performanceResults === undefined ? {} : { performance: performanceResults, task, labelledRows: labelledRows ?? 0 }),
        ...(qualityNotes.length === 0 ? {} : { qualityNotes }),
        predictionDrift,
        reference: { file: refLabel, kind: loaded.kind, rows: loaded.profile.rows, sha256: loaded.sha256 },
        expected: options.expected === undefined ? null : { file: options.expected.file, sha256: options.expected.sha256 },
        ...(schemaFile === undefined ? {} : { schemaFile }),
        ...(options.model === undefined ? {} : { model: options.model }),
        timings: { totalMs: Math.round(performance.now() - started), referenceMs: Math.round(referenceMs), scanMs: Math.round(scanMs), threads },
    };
}
/**
 * The prediction column's type in every batch: the reference target's (widened to number), else what the first
 * batch's values are (numbers where they all read as numbers).
 */
async function predictionTypeOf(options, refColumns, schema) {
    const target = options.target === undefined ? undefined : refColumns.get(options.target);
    if (target !== undefined)
        return batchType(target.type);
    const first = options.batches[0];
    const inspected = await scan_inspectSource(sourceOf(first, schema));
    const c = inspected.names.indexOf(options.prediction);
    const values = inspected.sample.map((row) => row[c]).filter((value) => value !== null && value !== undefined && value !== '');
    return values.length > 0 && values.every((value) => Number.isFinite(Number(value))) ? 'number' : 'string';
}
/**
 * A full garbage collection, as Jest's leak detector asks for one: V8 exposes `gc` to a new context once the flag is
 * set. Between batches it costs milliseconds and keeps peak memory flat however many batches there are.
 */
let gc;
function collect() {
    if (gc === undefined) {
        external_node_v8_default().setFlagsFromString('--expose-gc');
        gc = (0,external_node_vm_.runInNewContext)('gc');
    }
    gc();
}
function scanOptions(options) {
    const { threads, forceSplit, workerScripts, tempDir, keyMemory } = options;
    return {
        ...(threads === undefined ? {} : { threads }),
        ...(forceSplit === undefined ? {} : { forceSplit }),
        ...(workerScripts === undefined ? {} : { workerScripts }),
        ...(tempDir === undefined ? {} : { tempDir }),
        ...(keyMemory === undefined ? {} : { keyMemory }),
    };
}
/** The prediction column against the reference's target (Evidently's prediction drift); null when either is absent. */
function predictionDriftOf(options, overall, reference, refColumns, driftOptions) {
    if (options.prediction === undefined || options.target === undefined)
        return null;
    const predicted = overall.get(options.prediction);
    const target = reference.get(options.target);
    const targetType = refColumns.get(options.target)?.type;
    if (predicted === undefined || target === undefined || targetType === undefined)
        return null;
    if ((targetType === 'integer' || targetType === 'boolean') && predicted.fraction) {
        return { column: options.prediction, statistic: 'jensen-shannon', value: null, threshold: 0, drifted: false, note: 'the predictions are scores and the reference target holds classes; not compared' };
    }
    const report = drift_computeDrift(new Map([[options.prediction, target]]), [predicted], { ...driftOptions, schema: { ...driftOptions.schema, drift: { ...(driftOptions.schema.drift ?? {}), columns: {} } } });
    return report.columns[0] ?? null;
}

// EXTERNAL MODULE: ../../packages/core/src/metrics/load.ts + 2 modules
var load = __webpack_require__(64349);
;// CONCATENATED MODULE: ../../packages/core/src/monitor/expected.ts
/**
 * The quality the model is expected to keep in production: the metrics it was evaluated on, from a metrics file in
 * any format compare-metrics reads, or from Crucible evidence (a run's final metrics, or a comparison's current
 * values, averaged over its runs).
 */






async function loadExpected(path, label, workspace) {
    let bytes;
    try {
        bytes = (0,safe_file/* readFileSafely */.fJ)(path, { maxBytes: read/* MAX_EVIDENCE_BYTES */.bU, label, workspace });
    }
    catch (error) {
        const code = error?.code;
        if (code === undefined)
            throw error;
        throw new errors/* InputError */.dz(`--expected ${label}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code}); pass the metrics file or the run/comparison evidence the model was promoted on.`);
    }
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    const metrics = new Map();
    if ((0,external_node_path_.extname)(path).toLowerCase() === '.json' && /"schema"\s*:\s*"crucible\//.test(bytes.subarray(0, 4096).toString('utf8'))) {
        const found = (0,read/* parseEvidence */.vf)(bytes, path, label);
        if (found?.kind === 'run') {
            for (const [name, value] of Object.entries(found.document.metrics))
                if (value !== null && Number.isFinite(value))
                    metrics.set(name, value);
        }
        else if (found?.kind === 'comparison') {
            for (const metric of found.document.metrics)
                if (typeof metric.current === 'number' && Number.isFinite(metric.current))
                    metrics.set(metric.name, metric.current);
        }
        else {
            throw new errors/* InputError */.dz(`--expected ${label}: ${found === undefined ? 'names no evidence kind Crucible reads' : `is ${found.kind} evidence`}; pass a metrics file or crucible/run@1 or crucible/comparison@1 evidence.`);
        }
    }
    else {
        try {
            const run = await (0,load/* loadRun */.Sj)(path, { workspace });
            for (const [name, metric] of run.metrics)
                if (metric.value !== null)
                    metrics.set(name, metric.value);
        }
        catch (error) {
            if (error instanceof load/* MetricsFileError */.sW)
                throw new errors/* InputError */.dz(`--expected: ${error.message}`);
            throw error;
        }
    }
    if (metrics.size === 0)
        throw new errors/* InputError */.dz(`--expected ${label}: holds no finite metric value to compare live quality with.`);
    return { file: label, sha256, metrics };
}

;// CONCATENATED MODULE: ../../packages/core/src/monitor/index.ts
/** The monitor's public surface: production batches against the model's reference, drift and live quality. */





// EXTERNAL MODULE: ./src/outputs.ts
var outputs = __webpack_require__(17553);
;// CONCATENATED MODULE: ./src/step.ts






/** One line for the log and the step's failure message. */
function verdictLine(evidence) {
    const drifted = evidence.drift.filter((entry) => entry.drifted).length;
    const head = `${evidence.rows} rows in ${evidence.batches.length} batch(es): ${drifted} of ${evidence.drift.length} columns drifted`;
    const degraded = (evidence.performance ?? []).filter((entry) => entry.status === 'degraded').length;
    const quality = evidence.performance === undefined ? '' : `, ${degraded} of ${evidence.performance.length} metrics degraded`;
    const status = evidence.status === 'healthy' ? 'healthy' : evidence.status === 'alert' ? 'ALERT' : 'not judged';
    return `${head}${quality}: ${status}${evidence.reasons !== undefined && evidence.reasons.length > 0 ? ` (${evidence.reasons[0]})` : ''}`;
}
async function monitorStep(settings, ports) {
    const { log } = ports;
    const label = (path) => (0,external_node_path_.relative)(settings.workspace, (0,external_node_path_.resolve)(settings.cwd, path)) || path;
    if (settings.expected !== undefined && (settings.target === undefined || settings.prediction === undefined)) {
        throw new src.InputError('--expected needs --target and --prediction: live quality is measured from the target and prediction columns of the batches.');
    }
    const config = (0,src.loadConfig)((0,external_node_path_.resolve)(settings.cwd, settings.config.path), { explicit: settings.config.explicit, workspace: settings.workspace });
    const schemaPath = settings.schema === undefined ? undefined : (0,external_node_path_.resolve)(settings.cwd, settings.schema);
    const schema = schemaPath === undefined ? undefined : loadDataSchema(schemaPath, label(settings.schema), { workspace: settings.workspace });
    const batches = expandBatches(settings.data, settings.cwd, settings.workspace).map((batch) => ({ ...batch, workspace: settings.workspace, ...(settings.format === undefined ? {} : { format: settings.format }) }));
    const expected = settings.expected === undefined ? undefined : await loadExpected((0,external_node_path_.resolve)(settings.cwd, settings.expected), settings.expectedLabel ?? label(settings.expected), settings.workspace);
    const evidence = await log.group(`Checking ${batches.length} batch(es) against ${settings.referenceLabel ?? label(settings.reference)}`, () => monitorData({
        git: settings.git,
        createdAt: ports.clock.now().toISOString(),
        reference: { path: (0,external_node_path_.resolve)(settings.cwd, settings.reference), label: settings.referenceLabel ?? label(settings.reference), workspace: settings.workspace },
        batches,
        ...(schema === undefined ? {} : { schema, schemaFile: { path: schemaPath, label: label(settings.schema) } }),
        policy: config.monitor ?? src.DEFAULT_MONITOR,
        metrics: config.metrics,
        ...(settings.target === undefined ? {} : { target: settings.target }),
        ...(settings.prediction === undefined ? {} : { prediction: settings.prediction }),
        ...(expected === undefined ? {} : { expected }),
        ...(settings.model === undefined ? {} : { model: settings.model }),
        ...(settings.threads === undefined ? {} : { threads: settings.threads }),
        ...(settings.workerScripts === undefined ? {} : { workerScripts: settings.workerScripts }),
        onBatch: (batch, index, total) => log.info(`[${index + 1}/${total}] ${batch.source}: ${batch.rows} rows, ${batch.drifted?.length ?? 0} column(s) drifted (share ${+batch.driftedShare.toFixed(3)})`),
    }));
    const outcome = (0,src.emptyOutcome)({ evidence, config });
    const evidencePath = ports.evidence.write('monitoring.json', () => `${JSON.stringify(evidence, null, 2)}\n`);
    if (evidencePath !== undefined) {
        outcome.evidence.push(evidencePath);
        await ports.evidence.publish(settings.artifactName, [evidencePath]);
    }
    outcome.outputs = {
        [outputs/* Outputs */.t.status]: evidence.status ?? (evidence.healthy ? 'healthy' : 'alert'),
        [outputs/* Outputs */.t.healthy]: String(evidence.healthy),
        [outputs/* Outputs */.t.driftedColumns]: String(evidence.drift.filter((entry) => entry.drifted).length),
        [outputs/* Outputs */.t.rows]: String(evidence.rows),
        [outputs/* Outputs */.t.evidencePath]: evidencePath ?? '',
    };
    // The job summary holds 1 MiB.
    outcome.summary = (0,src.renderMonitoringMarkdown)(evidence, { ...(settings.model === undefined ? {} : { label: settings.model.name }), budget: { maxChars: 1_000_000, maxBytes: 1_000_000 } });
    const line = verdictLine(evidence);
    if (evidence.status === 'healthy')
        log.info(line);
    else
        outcome.failure = { message: line, severity: 'fail' };
    return outcome;
}


/***/ }),

/***/ 68782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ Tally),
/* harmony export */   N: () => (/* binding */ MAX_EXAMPLES)
/* harmony export */ });
/** What one check has seen so far: how many values failed it and the first few of them, with their lines. */
const MAX_EXAMPLES = 20;
class Tally {
    unexpected = 0;
    examples = [];
    /** Counts one unexpected value; `value` is only called for the first MAX_EXAMPLES. */
    note(line, value) {
        if (++this.unexpected <= MAX_EXAMPLES)
            this.examples.push({ value: value(), line });
    }
    noteValue(line, value) {
        if (++this.unexpected <= MAX_EXAMPLES)
            this.examples.push({ value, line });
    }
    /** Adds a later part of the file (its lines shifted by `lineOffset`). */
    merge(other, lineOffset) {
        this.unexpected += other.unexpected;
        for (const example of other.examples) {
            if (this.examples.length >= MAX_EXAMPLES)
                break;
            this.examples.push({ value: example.value, line: example.line + lineOffset });
        }
    }
    save() {
        return { unexpected: this.unexpected, examples: this.examples };
    }
    static load(state) {
        const tally = new Tally();
        tally.unexpected = state.unexpected;
        tally.examples = state.examples.map((example) => ({ ...example }));
        return tally;
    }
}


/***/ }),

/***/ 68435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ CsvParser),
/* harmony export */   Iw: () => (/* binding */ splitRecord)
/* harmony export */ });
/* unused harmony export BLOCK_ROWS */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3717);
/**
 * Streaming CSV/TSV reader (RFC 4180): fields split by one delimiter byte; a field that starts with a double quote
 * runs to the matching quote and may hold delimiters, line breaks and doubled quotes; rows end in LF or CRLF; a
 * UTF-8 byte order mark is skipped; blank lines are skipped (as pandas does). It works on bytes: a block of rows
 * becomes per-cell byte ranges (no string per cell), which the column accumulators read. Memory is the read buffer
 * (grown only for a single row larger than it) plus one block of offsets, whatever the file's size.
 *
 * Each row keeps the 1-based line it starts on. Problems with the text itself (a row with the wrong number of
 * fields, a quote never closed) are counted with their lines, never thrown: they become failed checks.
 */


const QUOTE = 34;
const LF = 10;
const CR = 13;
const BLOCK_ROWS = 2048;
class CsvParser {
    delimiter;
    width;
    buf;
    /** Valid bytes in buf. */
    len = 0;
    /** Where the next record starts in buf. */
    pos = 0;
    /** Absolute offset of buf[0] in the file (or decompressed stream). */
    base = 0;
    /** Line of the next record. */
    line = 1;
    /** Records starting at or past this absolute offset are left to the next range. */
    limit = Number.POSITIVE_INFINITY;
    rowsRead = 0;
    problems = (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .newProblems */ .Dv)();
    block;
    onBlock;
    comment;
    shortRowsMissing;
    constructor(delimiter, width, onBlock, dialect = _records_js__WEBPACK_IMPORTED_MODULE_1__/* .STRICT_DIALECT */ .dS, bufferSize = 1 << 20) {
        this.delimiter = delimiter;
        this.comment = dialect.comment;
        this.shortRowsMissing = dialect.shortRowsMissing;
        this.width = width;
        this.buf = Buffer.allocUnsafe(bufferSize);
        this.onBlock = onBlock;
        const cells = BLOCK_ROWS * Math.max(width, 1);
        this.block = {
            bytes: this.buf,
            starts: new Int32Array(cells),
            ends: new Int32Array(cells),
            escaped: new Uint8Array(cells),
            lines: new Int32Array(BLOCK_ROWS),
            rows: 0,
            width,
        };
    }
    /** Free space at the end of the buffer after moving unread bytes to the front (grown when a row fills it). */
    makeRoom() {
        if (this.pos > 0) {
            this.buf.copy(this.buf, 0, this.pos, this.len);
            this.base += this.pos;
            this.len -= this.pos;
            this.pos = 0;
        }
        if (this.len === this.buf.length) {
            // The buffer is full with one record that has not ended yet.
            if (this.buf.length >= _records_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RECORD_BYTES */ .xR)
                throw (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .recordTooLong */ .oV)(this.line);
            const bigger = Buffer.allocUnsafe(Math.min(this.buf.length * 2, _records_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RECORD_BYTES */ .xR));
            this.buf.copy(bigger, 0, 0, this.len);
            this.buf = bigger;
        }
    }
    /** Appends bytes (from a decompressor). */
    push(chunk) {
        let offset = 0;
        while (offset < chunk.length) {
            this.makeRoom();
            const take = Math.min(chunk.length - offset, this.buf.length - this.len);
            this.buf.set(chunk.subarray(offset, offset + take), this.len);
            this.len += take;
            offset += take;
            if (this.len === this.buf.length)
                this.drain(false);
        }
    }
    /** True once a record boundary at or past `limit` is reached. */
    get done() {
        return this.base + this.pos >= this.limit;
    }
    /**
     * Parses every complete record in the buffer (all of them when `final`), handing over blocks of rows. A record
     * that is not complete yet stays for the next call.
     */
    drain(final) {
        const buf = this.buf;
        const len = this.len;
        const delimiter = this.delimiter;
        const width = this.width;
        const block = this.block;
        block.bytes = buf;
        const { starts, ends, escaped, lines } = block;
        let pos = this.pos;
        let line = this.line;
        const stop = this.limit - this.base;
        const comment = this.comment;
        let blockStart = pos;
        records: while (pos < len && pos < stop) {
            if (buf[pos] === comment) {
                // A comment line: skipped whole, quotes in it included.
                const end = buf.indexOf(LF, pos);
                if (end === -1 || end >= len) {
                    if (!final)
                        break;
                    pos = len;
                    break;
                }
                pos = end + 1;
                line++;
                continue;
            }
            const recordStart = pos;
            const recordLine = line;
            const base = block.rows * width;
            let field = 0;
            let quotedAny = false;
            let unterminated = false;
            for (;;) {
                let fieldStart;
                let fieldEnd;
                let fieldEscaped = 0;
                let p = pos;
                if (p < len && buf[p] === QUOTE) {
                    quotedAny = true;
                    p++;
                    fieldStart = p;
                    for (;;) {
                        if (p >= len)
                            break;
                        const c = buf[p];
                        if (c === QUOTE) {
                            if (p + 1 < len && buf[p + 1] === QUOTE) {
                                fieldEscaped = 1;
                                p += 2;
                                continue;
                            }
                            if (p + 1 >= len && !final)
                                break;
                            break;
                        }
                        if (c === LF)
                            line++;
                        p++;
                    }
                    if (p >= len || (p + 1 >= len && !final && buf[p] === QUOTE)) {
                        if (!final) {
                            // The closing quote (or what follows it) is not here yet.
                            line = recordLine;
                            pos = recordStart;
                            break records;
                        }
                        if (p >= len) {
                            unterminated = true;
                            fieldEnd = len;
                            p = len;
                        }
                        else {
                            fieldEnd = p;
                            p++;
                        }
                    }
                    else {
                        fieldEnd = p;
                        p++;
                        // Text after the closing quote (`"a"b`) is kept as written, quotes included.
                        if (p < len && buf[p] !== delimiter && buf[p] !== LF && !(buf[p] === CR && buf[p + 1] === LF)) {
                            fieldStart--;
                            while (p < len && buf[p] !== delimiter && buf[p] !== LF)
                                p++;
                            fieldEnd = p > fieldStart && buf[p - 1] === CR && buf[p] === LF ? p - 1 : p;
                            fieldEscaped = 0;
                        }
                    }
                }
                else {
                    fieldStart = p;
                    while (p < len) {
                        const c = buf[p];
                        if (c === delimiter || c === LF)
                            break;
                        p++;
                    }
                    fieldEnd = p;
                    if (p < len && buf[p] === LF && p > fieldStart && buf[p - 1] === CR)
                        fieldEnd = p - 1;
                }
                if (field < width) {
                    starts[base + field] = fieldStart;
                    ends[base + field] = fieldEnd;
                    escaped[base + field] = fieldEscaped;
                }
                field++;
                if (p >= len) {
                    if (!final) {
                        line = recordLine;
                        pos = recordStart;
                        break records;
                    }
                    if (fieldEnd > fieldStart && buf[fieldEnd - 1] === CR && !unterminated && !quotedAny)
                        ends[base + field - 1] = fieldEnd - 1;
                    pos = len;
                    break;
                }
                if (buf[p] === delimiter) {
                    pos = p + 1;
                    continue;
                }
                // A line feed (or CR LF) ends the record.
                if (buf[p] === CR)
                    p++;
                pos = p + 1;
                line++;
                break;
            }
            if (pos - recordStart > _records_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_FIELD_BYTES */ .SD)
                this.checkFieldSizes(base, Math.min(field, width), recordLine);
            if (unterminated)
                this.problems.quotes.noteValue(recordLine, 'a quoted field starts on this line and is never closed');
            if (field === 1 && !quotedAny && starts[base] === ends[base])
                continue; // blank line
            if (field !== width) {
                const text = `${field} field${field === 1 ? '' : 's'}, the header has ${width}`;
                if (field < width)
                    this.problems.shortRows.noteValue(recordLine, text);
                if (field > width || !this.shortRowsMissing)
                    this.problems.rowWidth.noteValue(recordLine, text);
                for (let f = field; f < width; f++) {
                    starts[base + f] = 0;
                    ends[base + f] = 0;
                    escaped[base + f] = 0;
                }
            }
            lines[block.rows] = recordLine;
            if (++block.rows === BLOCK_ROWS) {
                this.checkUtf8(buf, blockStart, pos);
                this.flush();
                blockStart = pos;
            }
        }
        this.checkUtf8(buf, blockStart, pos);
        this.flush();
        this.pos = pos;
        this.line = line;
    }
    checkFieldSizes(base, fields, line) {
        const { starts, ends } = this.block;
        for (let f = 0; f < fields; f++) {
            const bytes = ends[base + f] - starts[base + f];
            if (bytes > _records_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_FIELD_BYTES */ .SD)
                throw (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldTooLong */ .l0)(line, f + 1, bytes);
        }
    }
    flush() {
        if (this.block.rows === 0)
            return;
        this.rowsRead += this.block.rows;
        this.onBlock(this.block);
        this.block.rows = 0;
    }
    /** Invalid UTF-8 is a data problem: the rows holding it are named, their text decoded with U+FFFD. */
    checkUtf8(buf, start, end) {
        if (end <= start || (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(start, end)))
            return;
        const { starts, lines, rows, width } = this.block;
        for (let r = 0; r < rows; r++) {
            const rowStart = starts[r * width];
            const rowEnd = r + 1 < rows ? starts[(r + 1) * width] : end;
            if (rowEnd > rowStart && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf.subarray(Math.max(rowStart - 1, start), rowEnd))) {
                this.problems.utf8.noteValue(lines[r], buf.toString('utf8', Math.max(rowStart - 1, start), rowEnd).trimEnd().slice(0, 200));
            }
        }
    }
}
/** Splits one record of text into fields (header rows and single lines read back for examples). */
function splitRecord(text, delimiter) {
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (quoted) {
            if (char === '"') {
                if (text[i + 1] === '"') {
                    field += '"';
                    i++;
                }
                else
                    quoted = false;
            }
            else
                field += char;
        }
        else if (char === '"' && field === '')
            quoted = true;
        else if (char === delimiter) {
            fields.push(field);
            field = '';
        }
        else
            field += char;
    }
    fields.push(field.endsWith('\r') ? field.slice(0, -1) : field);
    return fields;
}


/***/ }),

/***/ 3717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ newProblems),
/* harmony export */   SD: () => (/* binding */ MAX_FIELD_BYTES),
/* harmony export */   dS: () => (/* binding */ STRICT_DIALECT),
/* harmony export */   l0: () => (/* binding */ fieldTooLong),
/* harmony export */   m9: () => (/* binding */ RecordTooLongError),
/* harmony export */   me: () => (/* binding */ PROBLEM_KINDS),
/* harmony export */   oV: () => (/* binding */ recordTooLong),
/* harmony export */   xR: () => (/* binding */ MAX_RECORD_BYTES)
/* harmony export */ });
/* harmony import */ var _checks_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68782);
/**
 * What the readers (csv.ts, jsonl.ts) hand on and what the range reader (scan.ts) needs of them: a block of CSV
 * cells as byte ranges, the tallies of problems with the text itself, and the parser contract. A leaf module: it
 * imports nothing from this folder but checks-state.ts, so the readers and the accumulators they feed (column.ts,
 * table.ts) can both import it without importing each other.
 */

const PROBLEM_KINDS = ['rowWidth', 'quotes', 'utf8', 'json', 'shortRows'];
function newProblems() {
    return { rowWidth: new _checks_state_js__WEBPACK_IMPORTED_MODULE_0__/* .Tally */ .F(), quotes: new _checks_state_js__WEBPACK_IMPORTED_MODULE_0__/* .Tally */ .F(), utf8: new _checks_state_js__WEBPACK_IMPORTED_MODULE_0__/* .Tally */ .F(), json: new _checks_state_js__WEBPACK_IMPORTED_MODULE_0__/* .Tally */ .F(), shortRows: new _checks_state_js__WEBPACK_IMPORTED_MODULE_0__/* .Tally */ .F() };
}
const STRICT_DIALECT = { comment: -1, skipRows: 0, shortRowsMissing: false };
/**
 * The longest record (row or JSON line) and the longest CSV field the readers take. Without a cap a quote that is
 * never closed, or one 2 GB row inside a small gzip, grows the read buffer until memory runs out. A row this long is
 * not something a check can say anything useful about, so the file fails with the line, naming the limit.
 */
const MAX_RECORD_BYTES = 32 * 1024 * 1024;
const MAX_FIELD_BYTES = 16 * 1024 * 1024;
/** A record or field past the caps above; scan.ts adds the file's name. */
class RecordTooLongError extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.name = 'RecordTooLongError';
        this.line = line;
    }
}
const QUOTE_HINT = 'A quote that is never closed makes the rest of the file one field: check the quotes from this line on.';
function recordTooLong(line) {
    return new RecordTooLongError(line, `a row longer than ${MAX_RECORD_BYTES / (1024 * 1024)} MiB starts here, more than a row may hold. ${QUOTE_HINT}`);
}
function fieldTooLong(line, field, bytes) {
    return new RecordTooLongError(line, `field ${field} holds ${Math.ceil(bytes / (1024 * 1024))} MiB, more than the ${MAX_FIELD_BYTES / (1024 * 1024)} MiB a field may hold. ${QUOTE_HINT}`);
}


/***/ }),

/***/ 52590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   km: () => (/* binding */ readCsvHeader),
/* harmony export */   t1: () => (/* binding */ DataFileError),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
/* unused harmony exports DATA_FORMATS, MAX_INFLATION, MIN_INFLATED_BYTES, uniqueNames */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29179);
/* harmony import */ var _fs_safe_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97394);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68435);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3717);
/**
 * Which reader a data file needs, and its header: format from the extension (or the schema), gzip by the `.gz`
 * suffix or the gzip magic bytes, and for CSV/TSV the header row and a sample of rows to sniff column types from.
 */








const DATA_FORMATS = (/* unused pure expression or super */ null && (['csv', 'tsv', 'jsonl', 'parquet']));
/** A data file that cannot be read at all (missing, empty, not the format it claims): exit 2, naming the file. */
class DataFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz {
    constructor(message) {
        super(message);
        this.name = 'DataFileError';
    }
}
function describeSource(path, label, options) {
    let bytes;
    try {
        // Before anything opens it: a regular file only (a FIFO would hang the open, /proc/self/environ would end up
        // in the evidence), and no link out of the workspace (fs/safe-file.ts). The scan re-opens only this path.
        bytes = (0,_fs_safe_file_js__WEBPACK_IMPORTED_MODULE_4__/* .checkReadableFile */ .PR)(path, { label, workspace: options.workspace }).size;
    }
    catch (error) {
        if (error instanceof _fs_safe_file_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsafeFileError */ .h)
            throw new DataFileError(`${error.message.replace(/ Pass a regular file\.$/, '')} Pass a CSV, TSV, JSON Lines or Parquet file.`);
        throw new DataFileError(`${label}: cannot read the data file (${error.code === 'ENOENT' ? 'no such file' : error.message}).`);
    }
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path).toLowerCase();
    let gzip = name.endsWith('.gz') || name.endsWith('.gzip');
    let head = Buffer.alloc(0);
    if (bytes >= 2) {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        try {
            head = Buffer.alloc(Math.min(128, bytes));
            head = head.subarray(0, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, head.length, 0));
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        gzip ||= head[0] === 0x1f && head[1] === 0x8b;
    }
    const inner = name.replace(/\.(gz|gzip)$/, '');
    const byExtension = /\.(tsv|tab)$/.test(inner)
        ? 'tsv'
        : /\.(jsonl|ndjson|json)$/.test(inner)
            ? 'jsonl'
            : /\.(parquet|pq)$/.test(inner)
                ? 'parquet'
                : /\.(csv|txt)$/.test(inner)
                    ? 'csv'
                    : undefined;
    const format = options.format ?? byExtension ?? 'csv';
    if (!gzip && format !== 'parquet') {
        try {
            (0,_fs_safe_file_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureUtf8 */ .sj)(head, label);
        }
        catch (error) {
            throw new DataFileError(error.message);
        }
    }
    if (format === 'parquet' && gzip)
        throw new DataFileError(`${label}: a gzipped Parquet file; Parquet compresses its own pages, so pass the .parquet file itself.`);
    const delimiter = options.delimiter ?? (format === 'tsv' ? '\t' : ',');
    const dialect = {
        comment: options.comment === undefined ? _records_js__WEBPACK_IMPORTED_MODULE_6__/* .STRICT_DIALECT */ .dS.comment : options.comment.charCodeAt(0),
        skipRows: options.skipRows ?? _records_js__WEBPACK_IMPORTED_MODULE_6__/* .STRICT_DIALECT */ .dS.skipRows,
        shortRowsMissing: options.shortRows === 'missing',
    };
    return { path, label, format, gzip, bytes, delimiter, dialect };
}
/**
 * How far a gzip may inflate: past MIN_INFLATED_BYTES, no more than MAX_INFLATION times its compressed size. Real
 * CSV compresses 3-20 times, very repetitive columns some tens of times; deflate's limit is about 1,000, which is
 * what a gzip bomb uses to turn a few megabytes into tens of gigabytes of work.
 */
const MAX_INFLATION = 250;
const MIN_INFLATED_BYTES = 256 * 1024 * 1024;
/** Bytes of a file as a stream of chunks, decompressed when gzipped. */
async function* readChunks(source) {
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(source.path, { highWaterMark: 1 << 20 });
    if (!source.gzip) {
        for await (const chunk of stream)
            yield chunk;
        return;
    }
    const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)({ chunkSize: 1 << 18 });
    stream.pipe(gunzip);
    stream.on('error', (error) => gunzip.destroy(error));
    const cap = Math.max(MIN_INFLATED_BYTES, source.bytes * MAX_INFLATION);
    let inflated = 0;
    try {
        for await (const chunk of gunzip) {
            inflated += chunk.length;
            if (inflated > cap) {
                gunzip.destroy();
                stream.destroy();
                throw new DataFileError(`${source.label}: inflates to more than ${MAX_INFLATION} times its compressed size (${source.bytes} bytes) past ${MIN_INFLATED_BYTES / (1024 * 1024)} MiB, as a gzip bomb does. If it is real data, decompress it yourself and pass the plain file.`);
            }
            yield chunk;
        }
    }
    catch (error) {
        if (error instanceof DataFileError)
            throw error;
        if (error.code?.startsWith('Z_') === true) {
            throw new DataFileError(`${source.label}: not a valid gzip file (${error.message}). Pass the file uncompressed, or re-compress it with gzip.`);
        }
        throw error;
    }
}
const SAMPLE_ROWS = 1000;
/** Column names as pandas makes them usable: blanks become `column_N`, repeats get `.1`, `.2`. */
function uniqueNames(raw) {
    const seen = new Map();
    return raw.map((name, i) => {
        let result = name.trim() === '' ? `column_${i + 1}` : name;
        const count = seen.get(result) ?? 0;
        seen.set(result, count + 1);
        if (count > 0)
            result = `${result}.${count}`;
        return result;
    });
}
/**
 * Reads the header record and up to SAMPLE_ROWS rows from the start of a CSV/TSV text (the first chunks of the
 * file, decompressed). Throws DataFileError for an empty file.
 */
function readCsvHeader(head, complete, source) {
    let start = 0;
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
        start = 3;
    // Title lines (`skip-rows`), then comment lines and blank lines, come before the header.
    let headerLine = 1;
    const { skipRows, comment } = source.dialect;
    for (;;) {
        const skip = headerLine <= skipRows || head[start] === comment || head[start] === 10 || (head[start] === 13 && head[start + 1] === 10);
        if (!skip)
            break;
        const end = head.indexOf(10, start);
        if (end === -1) {
            if (!complete)
                throw new DataFileError(`${source.label}:${headerLine}: a line before the header is longer than 1 MiB; check skip-rows and comment in the schema.`);
            start = head.length;
            break;
        }
        start = end + 1;
        headerLine++;
    }
    if (head.length <= start || head.subarray(start).toString('utf8').trim() === '') {
        const skipped = headerLine > 1 && (skipRows > 0 || comment >= 0) ? ` after the ${headerLine - 1} line${headerLine === 2 ? '' : 's'} skipped before the header` : '';
        throw new DataFileError(`${source.label}: the file is empty${skipped}; a ${source.format.toUpperCase()} file needs a header row naming its columns.`);
    }
    // The header record: up to the first line feed outside quotes.
    let quoted = false;
    let end = -1;
    let lines = headerLine;
    for (let i = start; i < head.length; i++) {
        const c = head[i];
        if (c === 34)
            quoted = !quoted;
        else if (c === 10) {
            if (!quoted) {
                end = i;
                break;
            }
            lines++;
        }
    }
    if (end === -1) {
        if (!complete)
            throw new DataFileError(`${source.label}:1: the header row is longer than 1 MiB or has a quote that is never closed.`);
        end = head.length;
    }
    const text = head.toString('utf8', start, end);
    const names = uniqueNames((0,_csv_js__WEBPACK_IMPORTED_MODULE_5__/* .splitRecord */ .Iw)(text, source.delimiter));
    const sample = [];
    const dataStart = Math.min(end + 1, head.length);
    const parser = new _csv_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvParser */ .C2(source.delimiter.charCodeAt(0), names.length, (block) => {
        for (let r = 0; r < block.rows && sample.length < SAMPLE_ROWS; r++) {
            const row = [];
            for (let c = 0; c < names.length; c++) {
                const i = r * block.width + c;
                let cell = block.bytes.toString('utf8', block.starts[i], block.ends[i]);
                if (block.escaped[i] === 1)
                    cell = cell.replaceAll('""', '"');
                row.push(cell);
            }
            sample.push(row);
        }
    }, source.dialect);
    const rest = head.subarray(dataStart);
    parser.push(rest);
    parser.drain(complete);
    const consumed = parser.base + parser.pos;
    return { names, dataStart, headerLine, firstLine: lines + 1, sample, rowsPerByte: consumed > 0 ? parser.rowsRead / consumed : 0 };
}


/***/ }),

/***/ 87705:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "6e5079bb6faaa6b02986.ts";

/***/ }),

/***/ 28148:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "076e3ab6a8f728a6cde6.ts";

/***/ })

};
