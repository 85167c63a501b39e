export const id = 213;
export const ids = [213];
export const modules = {

/***/ 46213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validate: () => (/* binding */ validate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(71890);
// EXTERNAL MODULE: ../../packages/action-kit/src/index.ts + 4 modules
var src = __webpack_require__(29323);
;// CONCATENATED MODULE: ../../packages/action-kit/src/artifacts.ts



/** An artifact name pattern with `*` wildcards, as the inputs write them. */
function matchesPattern(name, pattern) {
    const source = pattern.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*');
    return new RegExp(`^${source}$`).test(name);
}
/**
 * Uploads files as an artifact of this run, through @actions/artifact (loaded only here). On GHES, where
 * @actions/artifact 6 does not work, it says so and returns undefined: evidence then moves by path.
 */
async function uploadEvidence(context, name, files, root) {
    if (context.ghes) {
        core/* notice */.lm(`Not uploading artifact "${name}": artifacts are not supported on GitHub Enterprise Server by @actions/artifact 6. Pass evidence between jobs by path.`);
        return undefined;
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(705), __webpack_require__.e(456)]).then(__webpack_require__.bind(__webpack_require__, 57456));
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, root);
    core/* info */.pq(`Uploaded artifact "${name}" (id ${id}).`);
    return id;
}
/**
 * Downloads this run's artifacts whose names match `pattern` into `<destination>/<name>/`, and returns those
 * folders by name. Empty on GHES.
 */
async function downloadRunArtifacts(context, pattern, destination) {
    const folders = new Map();
    if (context.ghes)
        return folders;
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(705), __webpack_require__.e(456)]).then(__webpack_require__.bind(__webpack_require__, 57456));
    const client = new DefaultArtifactClient();
    const { artifacts } = await client.listArtifacts({ latest: true });
    for (const artifact of artifacts.filter((candidate) => matchesPattern(candidate.name, pattern)).sort((a, b) => a.name.localeCompare(b.name))) {
        const folder = join(destination, artifact.name);
        mkdirSync(folder, { recursive: true });
        await client.downloadArtifact(artifact.id, { path: folder });
        folders.set(artifact.name, folder);
    }
    return folders;
}

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(29179);
;// CONCATENATED MODULE: ../../packages/action-kit/src/github.ts


/**
 * The GitHub client for this step, at GITHUB_API_URL (GHES works). Octokit loads only here, on the paths that
 * call the API, so a step that fails early on its inputs does not pay for it.
 */
async function githubClient(token, context) {
    if (token === undefined || token === '') {
        throw new errors/* InputError */.dz('Input "token" is empty: pass `token: ${{ github.token }}` (the default) or a token with the permissions the action README lists.');
    }
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(705), __webpack_require__.e(578)]).then(__webpack_require__.bind(__webpack_require__, 79578));
    return createGitHubClient({ token, baseUrl: context.apiUrl, log: { warning: (message) => core/* warning */.$e(message), debug: (message) => core/* debug */.Yz(message) } });
}

// EXTERNAL MODULE: ../../packages/core/src/index.ts + 28 modules
var core_src = __webpack_require__(6374);
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

;// CONCATENATED MODULE: ../../packages/core/src/data/sketch/hash.ts
/**
 * 64-bit keys for values, as two 32-bit halves written to `hashed`: bytes of text (FNV-1a and a second
 * multiplicative hash, both finished with MurmurHash3's fmix32), and numbers (a two-round Feistel mix of the IEEE 754
 * bits, which is a bijection: two numbers share a key only when they are the same number, so numeric uniqueness is
 * exact). Results go to a shared object, not a new array, because this runs once per cell.
 */
const hashed = { h1: 0, h2: 0 };
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h | 0;
}
function hashBytes(bytes, start, end) {
    let a = 0x811c9dc5 | 0;
    let b = 0x27d4eb2f ^ (end - start);
    for (let i = start; i < end; i++) {
        const c = bytes[i];
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
    hashed.h1 = fmix32(a ^ (end - start));
    hashed.h2 = fmix32(b);
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
        const median = this.liveCounts.subarray(0, live).sort()[live >> 1];
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
        const run = this.buffer.slice(0, this.buffered).sort();
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
        const run = this.buffer.subarray(0, this.buffered).sort();
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
            const buffer = this.buffer.slice(0, this.buffered).sort();
            levels[this.sampleLevel] = mergeSorted(levels[this.sampleLevel] ?? new Float64Array(0), buffer);
        }
        return { k: this.k, n: this.n, min: this.min, max: this.max, seed: this.seed, levels };
    }
    static load(state) {
        const sketch = new KllSketch(state.k, state.seed);
        const [first, ...rest] = state.levels;
        rest.forEach((level, i) => sketch.addToLevel(i + 1, Float64Array.from(level).sort()));
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
/** Results of the regex per recent value (direct-mapped by hash): repeated values are tested once. */
const REGEX_CACHE = 16384;
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
    regexCache1 = new Int32Array(REGEX_CACHE);
    regexCache2 = new Int32Array(REGEX_CACHE);
    regexCacheResult = new Uint8Array(REGEX_CACHE);
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
        this.regex = plan.regex === undefined ? null : new RegExp(plan.regex, 'u');
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
        this.regexCache1.fill(-1);
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
    /** Consumes this column's cells of a CSV block. */
    consumeBlock(block, column) {
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
        this.hll.add(h1);
        this.frequent.addBytes(h1, h2, bytes, start, end);
        const length = utf8Length(bytes, start, end);
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
                if (this.regexCache1[slot] === h1 && this.regexCache2[slot] === h2)
                    ok = this.regexCacheResult[slot] === 1;
                else {
                    ok = regex.test(bytes.toString('utf8', start, end));
                    this.regexCache1[slot] = h1;
                    this.regexCache2[slot] = h2;
                    this.regexCacheResult[slot] = ok ? 1 : 0;
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
        .refine((source) => {
        try {
            new RegExp(source, 'u');
            return true;
        }
        catch {
            return false;
        }
    }, 'is not a valid regular expression (JavaScript syntax, u flag)')
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
    return (0,yaml_file/* parseYamlFile */.B)(text, file, DataSchemaSchema);
}
function loadDataSchema(path, label = path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigError */.xL(`${label}: cannot read the schema file (${code === 'ENOENT' ? 'no such file' : String(code ?? error)}). Pass an existing YAML file with --schema.`);
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
function accumulatorFromProfile(profile) {
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
        const merged = accumulatorFromProfile(a);
        merged.merge(accumulatorFromProfile(b), 0);
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
        .slice(0, 20);
}
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
function evaluateChecks(context) {
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

;// CONCATENATED MODULE: ../../packages/core/src/data/distributions.ts
/**
 * The p-values the drift tests need, written by hand (Numerical Recipes' algorithms): the chi-square survival
 * function through the regularized upper incomplete gamma function, the normal CDF, and Kolmogorov's distribution
 * with Stephens' small-sample correction for the two-sample KS test.
 */
/** ln Γ(x), Lanczos (g = 7, n = 9). */
function logGamma(x) {
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
        -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const shifted = x - 1;
    let sum = c[0];
    for (let i = 1; i < 9; i++)
        sum += c[i] / (shifted + i);
    const t = shifted + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}
/** Q(a, x) = Γ(a, x) / Γ(a): series below a + 1, continued fraction above. */
function regularizedGammaQ(a, x) {
    if (x <= 0)
        return 1;
    if (!Number.isFinite(x))
        return 0;
    const front = -x + a * Math.log(x) - logGamma(a);
    if (x < a + 1) {
        let term = 1 / a;
        let sum = term;
        for (let n = 1; n < 10_000; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * 1e-15)
                break;
        }
        return Math.max(0, 1 - sum * Math.exp(front));
    }
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 10_000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const step = d * c;
        h *= step;
        if (Math.abs(step - 1) < 1e-15)
            break;
    }
    return Math.exp(front) * h;
}
/** P(X >= statistic) for chi-square with `dof` degrees of freedom. */
function chiSquareSurvival(statistic, dof) {
    if (dof <= 0)
        return 1;
    return regularizedGammaQ(dof / 2, statistic / 2);
}
/** erfc(x) by its continued fraction / series pair through the incomplete gamma function (accurate to ~1e-15). */
function erfc(x) {
    if (x < 0)
        return 2 - erfc(-x);
    if (x === 0)
        return 1;
    return regularizedGammaQ(0.5, x * x);
}
function normalCdf(z) {
    return 0.5 * erfc(-z / Math.SQRT2);
}
/** Kolmogorov's Q_KS(λ) = 2 Σ (-1)^(j-1) exp(-2 j² λ²). */
function kolmogorovSurvival(lambda) {
    if (lambda < 0.2)
        return 1;
    let sum = 0;
    let previous = 0;
    for (let j = 1; j <= 200; j++) {
        const term = (j % 2 === 1 ? 2 : -2) * Math.exp(-2 * j * j * lambda * lambda);
        sum += term;
        if (Math.abs(term) <= 1e-12 * Math.abs(previous) || Math.abs(term) < 1e-300)
            break;
        previous = term;
    }
    return Math.min(1, Math.max(0, sum));
}
/**
 * The two-sided p-value of the two-sample KS statistic `d` for samples of n and m values: Kolmogorov's limit at the
 * effective size n·m/(n+m) with Stephens' correction λ = (√e + 0.12 + 0.11/√e)·d, within about 1% of scipy's
 * ks_2samp (asymptotic mode) for effective sizes from 100 up.
 */
function ksPValue(d, n, m) {
    const effective = (n * m) / (n + m);
    const root = Math.sqrt(effective);
    return kolmogorovSurvival((root + 0.12 + 0.11 / root) * d);
}

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
            return decide(ksPValue(d, refCount, curCount), { score: d });
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
            return decide(chiSquareSurvival(statistic, refCounts.length - 1), { score: Number.isFinite(statistic) ? statistic : null });
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
            return decide(2 * (1 - normalCdf(Math.abs(z))), { score: z });
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
function computeDrift(reference, current, options) {
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
    problems = (0,csv/* newProblems */.Dv)();
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
            const bigger = Buffer.allocUnsafe(this.buf.length * 2);
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
    problems = (0,csv/* newProblems */.Dv)();
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
    }
    /** A table for a confirming pass: only the columns and compound keys given a confirmer read anything. */
    static confirming(plan, columns, compound) {
        const table = new TableAccumulator({ ...plan, columns: plan.columns.map((column) => ({ ...column, exactKeys: false })), compoundKeys: [] });
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
        for (const name of csv/* PROBLEM_KINDS */.me)
            this.problems[name].merge(other.problems[name], offset);
        this.rows += other.rows;
        this.lines += other.lines;
    }
    save() {
        return {
            rows: this.rows,
            lines: this.lines,
            columns: this.columns.map((column) => column.save()),
            compound: this.compound.map((key) => ({ keys: key.keys.save() })),
            problems: Object.fromEntries(csv/* PROBLEM_KINDS */.me.map((name) => [name, this.problems[name].save()])),
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
        for (const name of csv/* PROBLEM_KINDS */.me)
            table.problems[name] = checks_state/* Tally */.F.load(state.problems[name]);
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
    return { names: header.names, sample: header.sample, dataStart: header.dataStart, firstLine: header.firstLine, rowsPerByte: header.rowsPerByte };
}
function newParser(source, table, names) {
    const parser = source.format === 'jsonl'
        ? new JsonlParser(names, (values, line) => table.addRecord(values, line))
        : new csv/* CsvParser */.C2(source.delimiter.charCodeAt(0), names.length, (block) => table.consumeBlock(block));
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
/** Runs a range in a worker thread. */
function runWorker(task, script) {
    // A smaller young generation than V8's default keeps each worker's resident memory down, at no measurable cost.
    const worker = new external_node_worker_threads_.Worker(script ?? new URL(/* asset import */ __webpack_require__(28148), __webpack_require__.b), { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const promise = new Promise((resolve, reject) => {
        worker.once('message', (message) => {
            if (message.ok)
                resolve(message.result);
            else
                reject(new Error(message.error));
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
    const worker = new external_node_worker_threads_.Worker(script ?? new URL(/* asset import */ __webpack_require__(87705), __webpack_require__.b), { workerData: { path } });
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

// EXTERNAL MODULE: ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(88293);
// EXTERNAL MODULE: ../../packages/core/src/evidence/profile.ts
var evidence_profile = __webpack_require__(29647);
// EXTERNAL MODULE: ../../packages/core/src/issues.ts
var issues = __webpack_require__(4956);
;// CONCATENATED MODULE: ../../packages/core/src/data/validate.ts
/**
 * The data engine's entry points: `validateData` (checks + profile + drift in one pass), `profileData` (the profile
 * alone) and `inferSchema` (a starter schema that accepts the file it came from).
 */













function source(input, schema) {
    return (0,data_source/* describeSource */.B6)(input.path, input.label ?? input.path, { format: input.format ?? schema.format, delimiter: input.delimiter ?? schema.delimiter });
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
        ...(schema['null-values'] === undefined ? {} : { 'null-values': schema['null-values'] }),
        columns: Object.fromEntries(Object.entries(schema.columns).map(([name, column]) => [name, column.type === undefined ? {} : { type: column.type }])),
    };
}
async function profileData(input, options) {
    const schema = typesOnly(options.schema ?? schema_EMPTY_SCHEMA);
    const started = performance.now();
    const src = source(input, schema);
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
        let size;
        try {
            size = (0,external_node_fs_.statSync)(input.path).size;
        }
        catch {
            throw new data_source/* DataFileError */.t1(`${label}: cannot read the reference (no such file). Pass a crucible/profile@1 JSON file or a data file with --reference.`);
        }
        if (size > MAX_PROFILE_BYTES)
            throw new data_source/* DataFileError */.t1(`${label}: ${size} bytes is over the ${MAX_PROFILE_BYTES}-byte limit for a profile.`);
        const bytes = (0,external_node_fs_.readFileSync)(input.path);
        let document;
        try {
            document = JSON.parse(bytes.toString('utf8'));
        }
        catch (error) {
            throw new data_source/* DataFileError */.t1(`${label}: not valid JSON (${error.message}). Pass a crucible/profile@1 file written by --profile-out.`);
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
    const schema = options.schema ?? schema_EMPTY_SCHEMA;
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
    const src = source(options.data, schema);
    const scanStarted = performance.now();
    const { inspected, result } = await scan(src, schema, options, referencePoints);
    const scanMs = performance.now() - scanStarted;
    const table = result.table;
    const checks = evaluateChecks({ schema, table, names: inspected.names, headerLine: src.format === 'csv' || src.format === 'tsv' ? 1 : undefined });
    const drift = referenceLoaded === undefined ? undefined : computeDrift(reference, table.columns, { referenceRows: referenceLoaded.profile.rows, schema });
    const data = dataInfo(src, result, inspected.names);
    const createdAt = options.createdAt === undefined ? {} : { createdAt: options.createdAt };
    const failed = checks.filter((check) => !check.success).length;
    const timings = { totalMs: Math.round(performance.now() - started), scanMs: Math.round(scanMs), referenceMs: Math.round(referenceMs), threads: result.threads };
    const schemaFile = options.schemaFile === undefined ? null : { file: options.schemaFile.label ?? options.schemaFile.path, sha256: (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(options.schemaFile.path)).digest('hex') };
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
    const profile = profile_profileEvidence(table, { data, git: options.git, ...createdAt, timings: { totalMs: timings.totalMs, threads: result.threads } });
    return { evidence, profile };
}
/** Small domains become `in:` lists. */
const MAX_INFERRED_DOMAIN = 20;
/**
 * A starter schema: each column's type, `nullable: false` where nothing is missing, the observed range of numbers
 * and dates, `in:` for text with at most 20 distinct values, `unique: true` where every value was seen once and the
 * pass could tell exactly. It accepts the file it came from, by construction; a person then tightens it.
 */
async function inferSchema(input, options) {
    const src = source(input, EMPTY_SCHEMA);
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
    const header = [
        `# Starter schema inferred by \`crucible validate --infer\` from ${src.label} (${table.rows} rows).`,
        '# It accepts that file as it is: tighten the ranges, add checks, then validate with --schema.',
        ...notes,
    ].join('\n');
    const yaml = `${header}\n${stringify({ columns, table: { rows: { min: 1 } } }, { lineWidth: 0 })}`;
    const profile = profileEvidence(table, { data: dataInfo(src, result, inspected.names), git: options.git, ...(options.createdAt === undefined ? {} : { createdAt: options.createdAt }) });
    return { yaml, profile };
}


// EXTERNAL MODULE: ../../packages/core/src/evidence/validation.ts
var validation = __webpack_require__(69723);
;// CONCATENATED MODULE: ../../packages/core/src/data/index.ts
/** The data engine's public surface (README.md beside this file). */

















;// CONCATENATED MODULE: ./src/outputs.ts
/** The action's outputs, named as in action.yml; validate.ts sets them all, in one place. */
const Outputs = {
    passed: 'passed',
    failedChecks: 'failed-checks',
    driftedColumns: 'drifted-columns',
    rows: 'rows',
    evidencePath: 'evidence-path',
    profilePath: 'profile-path',
};

;// CONCATENATED MODULE: ./src/validate.ts










/**
 * The engine's worker threads, bundled beside the action (see "crucible.workers" in package.json), so that the
 * runner's cores share the scan; without them the engine reads on the main thread.
 */
function bundledWorkers() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const range = (0,external_node_path_.join)(here, 'range-worker', 'index.js');
    const digest = (0,external_node_path_.join)(here, 'digest-worker', 'index.js');
    return (0,external_node_fs_.existsSync)(range) && (0,external_node_fs_.existsSync)(digest) ? { workerScripts: { range: (0,external_node_url_.pathToFileURL)(range), digest: (0,external_node_url_.pathToFileURL)(digest) } } : {};
}
/** At most this many annotations a step: GitHub shows only the first ones anyway. */
const MAX_ANNOTATIONS = 50;
/**
 * The reference profile from the base branch: the profile in the `artifact-name` artifact of the latest
 * successful push run of this workflow at the merge-base (or the nearest ancestor), the same lookup as
 * compare-metrics. Undefined when there is none.
 */
async function baselineProfile(config, context) {
    const client = await githubClient(config.token, context);
    const { findBaselineEvidence, firstParentOf, mergeBaseOf } = await Promise.all(/* import() */[__webpack_require__.e(705), __webpack_require__.e(578)]).then(__webpack_require__.bind(__webpack_require__, 79578));
    const repository = { owner: context.owner, repo: context.repo };
    const pull = (0,src/* pullRequestOf */._n)(context);
    let baseBranch;
    let mergeBase;
    if (pull !== undefined) {
        baseBranch = pull.baseRef;
        mergeBase = await mergeBaseOf(client, repository, pull.baseSha, pull.headSha);
    }
    else if (context.eventName === 'push' && context.ref.startsWith('refs/heads/')) {
        baseBranch = context.ref.slice('refs/heads/'.length);
        mergeBase = await firstParentOf(client, repository, context.sha);
    }
    else {
        baseBranch = (await client.rest.repos.get(repository)).data.default_branch;
        mergeBase = await mergeBaseOf(client, repository, baseBranch, context.sha);
    }
    if (mergeBase === undefined || context.workflowFile === '')
        return undefined;
    const extract = (files, label) => {
        for (const [path, content] of files) {
            if (!path.endsWith('.json') || !content.subarray(0, 4096).toString('utf8').includes('crucible/profile@1'))
                continue;
            const parsed = evidence_profile/* ProfileEvidenceSchema */.UZ.safeParse(JSON.parse(content.toString('utf8')));
            if (!parsed.success)
                throw new Error(`${label}/${path} is not a valid crucible/profile@1 document.`);
            return parsed.data;
        }
        return undefined;
    };
    const search = await findBaselineEvidence(client, { ...repository, workflow: context.workflowFile, baseBranch, mergeBase, artifactName: config.artifactName, maxDepth: 20, historyRuns: 1 }, { warning: (message) => core/* warning */.$e(message) }, extract);
    if (search.found === undefined) {
        const expired = search.expired.length > 0 ? ` ${search.expired.length} run(s) had it, but the artifact expired (retention).` : '';
        core/* warning */.$e(`No reference profile: no "${config.artifactName}" artifact from a successful push run of ${context.workflowFile} on ${baseBranch} at ${mergeBase.slice(0, 7)} or its ancestors.${expired} Drift is not checked.`, {
            title: 'validate-data: no baseline profile',
        });
        return undefined;
    }
    const folder = (0,external_node_path_.join)(context.runnerTemp, 'crucible', 'baseline-profile');
    (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
    const path = (0,external_node_path_.join)(folder, 'profile.json');
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(search.found.evidence));
    core/* info */.pq(`Reference profile: run ${search.found.runId} at ${search.found.sha.slice(0, 7)}.`);
    return { path, sha: search.found.sha };
}
/** Error annotations at the first offending rows of each failed check, on the data file. */
function annotate(evidence, dataLabel, schemaLabel) {
    let budget = MAX_ANNOTATIONS;
    for (const check of evidence.checks) {
        if (check.success || budget <= 0)
            continue;
        const where = check.column === undefined ? check.type : `${check.column}: ${check.type}`;
        const detail = check.reason ?? (check.unexpectedCount === undefined ? '' : `${check.unexpectedCount} unexpected value(s)`);
        const examples = check.examples ?? [];
        if (examples.length === 0) {
            core/* error */.z3(`${where} failed${detail === '' ? '' : `: ${detail}`}.`, { title: 'Data check failed', file: check.line === undefined ? schemaLabel : dataLabel, ...(check.line === undefined ? {} : { startLine: check.line }) });
            budget -= 1;
            continue;
        }
        for (const example of examples.slice(0, 3)) {
            core/* error */.z3(`${where}: unexpected ${JSON.stringify(example.value)}${detail === '' ? '' : ` (${detail} in all)`}.`, { title: 'Data check failed', file: dataLabel, startLine: example.line });
            if (--budget <= 0)
                break;
        }
    }
}
async function validate(config, context) {
    const cwd = (0,external_node_path_.resolve)(context.workspace, config.workingDirectory);
    const label = (path) => (0,external_node_path_.relative)(context.workspace, (0,external_node_path_.resolve)(cwd, path)) || path;
    const schemaPath = (0,external_node_path_.resolve)(cwd, config.schema);
    const schema = loadDataSchema(schemaPath, label(config.schema));
    const data = {
        path: (0,external_node_path_.resolve)(cwd, config.data),
        label: label(config.data),
        ...(config.format === 'auto' ? {} : { format: config.format }),
        ...(config.delimiter === undefined ? {} : { delimiter: config.delimiter }),
    };
    let reference;
    if (config.reference === 'baseline') {
        const found = await core/* group */.Os('Finding the reference profile on the base branch', () => baselineProfile(config, context));
        if (found !== undefined)
            reference = { path: found.path, label: `base-branch profile at ${found.sha.slice(0, 7)}` };
    }
    else if (config.reference !== undefined) {
        reference = { path: (0,external_node_path_.resolve)(cwd, config.reference), label: label(config.reference) };
    }
    if (config.driftMethod !== 'auto' || config.driftThreshold !== undefined) {
        schema.drift = { ...schema.drift, ...(config.driftMethod === 'auto' ? {} : { method: config.driftMethod }), ...(config.driftThreshold === undefined ? {} : { threshold: config.driftThreshold }) };
    }
    const { evidence, profile } = await core/* group */.Os(`Checking ${data.label}`, () => validateData({
        data,
        schema,
        schemaFile: { path: schemaPath, label: label(config.schema) },
        ...(reference === undefined ? {} : { reference }),
        git: (0,core_src/* gitInfo */.VT)({ sha: context.sha, ref: context.ref }, cwd),
        createdAt: new Date().toISOString(),
        ...bundledWorkers(),
    }));
    const folder = (0,external_node_path_.join)(context.runnerTemp, 'crucible', 'validation');
    (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
    const evidencePath = (0,external_node_path_.join)(folder, 'validation.json');
    const profilePath = (0,external_node_path_.join)(folder, 'profile.json');
    (0,external_node_fs_.writeFileSync)(evidencePath, `${JSON.stringify(evidence, null, 2)}\n`);
    (0,external_node_fs_.writeFileSync)(profilePath, `${JSON.stringify(profile)}\n`);
    await uploadEvidence(context, config.artifactName, [evidencePath, profilePath], folder);
    const failed = evidence.checks.filter((check) => !check.success).length;
    const drifted = evidence.drift.filter((entry) => entry.drifted).length;
    core/* setOutput */.uH(Outputs.passed, String(evidence.success));
    core/* setOutput */.uH(Outputs.failedChecks, String(failed));
    core/* setOutput */.uH(Outputs.driftedColumns, String(drifted));
    core/* setOutput */.uH(Outputs.rows, String(evidence.rows));
    core/* setOutput */.uH(Outputs.evidencePath, evidencePath);
    core/* setOutput */.uH(Outputs.profilePath, profilePath);
    annotate(evidence, data.label ?? config.data, label(config.schema));
    await core/* summary */.z.addHeading('Data checks', 2).addRaw((0,core_src/* renderValidationMarkdown */.ZJ)(evidence), true).write();
    const line = `${data.label}: ${evidence.rows} rows, ${evidence.checks.length - failed} of ${evidence.checks.length} checks passed, ${drifted} of ${evidence.drift.length} columns drifted.`;
    const fail = (config.failOn === 'error' && failed > 0) || (config.failOn === 'drift' && (failed > 0 || drifted > 0));
    if (fail)
        core/* setFailed */.C1(line);
    else
        core/* info */.pq(line);
    if (!evidence.success && config.failOn === 'never')
        core/* warning */.$e(line, { title: 'validate-data: checks failed' });
    if (reference === undefined && config.reference === 'baseline')
        core/* info */.pq('No reference profile: drift was not checked.');
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
/* harmony export */   Dv: () => (/* binding */ newProblems),
/* harmony export */   Iw: () => (/* binding */ splitRecord),
/* harmony export */   me: () => (/* binding */ PROBLEM_KINDS)
/* harmony export */ });
/* unused harmony export BLOCK_ROWS */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _checks_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68782);
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
const PROBLEM_KINDS = ['rowWidth', 'quotes', 'utf8', 'json'];
function newProblems() {
    return { rowWidth: new _checks_state_js__WEBPACK_IMPORTED_MODULE_1__/* .Tally */ .F(), quotes: new _checks_state_js__WEBPACK_IMPORTED_MODULE_1__/* .Tally */ .F(), utf8: new _checks_state_js__WEBPACK_IMPORTED_MODULE_1__/* .Tally */ .F(), json: new _checks_state_js__WEBPACK_IMPORTED_MODULE_1__/* .Tally */ .F() };
}
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
    problems = newProblems();
    block;
    onBlock;
    constructor(delimiter, width, onBlock, bufferSize = 1 << 20) {
        this.delimiter = delimiter;
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
            const bigger = Buffer.allocUnsafe(this.buf.length * 2);
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
        let blockStart = pos;
        records: while (pos < len && pos < stop) {
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
            if (unterminated)
                this.problems.quotes.noteValue(recordLine, 'a quoted field starts on this line and is never closed');
            if (field === 1 && !quotedAny && starts[base] === ends[base])
                continue; // blank line
            if (field !== width) {
                this.problems.rowWidth.noteValue(recordLine, `${field} field${field === 1 ? '' : 's'}, the header has ${width}`);
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

/***/ 52590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   km: () => (/* binding */ readCsvHeader),
/* harmony export */   t1: () => (/* binding */ DataFileError),
/* harmony export */   zO: () => (/* binding */ readChunks)
/* harmony export */ });
/* unused harmony exports DATA_FORMATS, uniqueNames */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29179);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68435);
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
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (!stat.isFile())
            throw new DataFileError(`${label}: not a file. Pass a CSV, TSV, JSON Lines or Parquet file.`);
        bytes = stat.size;
    }
    catch (error) {
        if (error instanceof DataFileError)
            throw error;
        throw new DataFileError(`${label}: cannot read the data file (${error.code === 'ENOENT' ? 'no such file' : error.message}).`);
    }
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path).toLowerCase();
    let gzip = name.endsWith('.gz') || name.endsWith('.gzip');
    if (!gzip && bytes >= 2) {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
        const magic = Buffer.alloc(2);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, magic, 0, 2, 0);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        gzip = magic[0] === 0x1f && magic[1] === 0x8b;
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
    if (format === 'parquet' && gzip)
        throw new DataFileError(`${label}: a gzipped Parquet file; Parquet compresses its own pages, so pass the .parquet file itself.`);
    const delimiter = options.delimiter ?? (format === 'tsv' ? '\t' : ',');
    return { path, label, format, gzip, bytes, delimiter };
}
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
    try {
        for await (const chunk of gunzip)
            yield chunk;
    }
    catch (error) {
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
    if (head.length <= start || head.subarray(start).toString('utf8').trim() === '') {
        throw new DataFileError(`${source.label}: the file is empty; a ${source.format.toUpperCase()} file needs a header row naming its columns.`);
    }
    // The header record: up to the first line feed outside quotes.
    let quoted = false;
    let end = -1;
    let lines = 1;
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
    const names = uniqueNames((0,_csv_js__WEBPACK_IMPORTED_MODULE_4__/* .splitRecord */ .Iw)(text, source.delimiter));
    const sample = [];
    const dataStart = Math.min(end + 1, head.length);
    const parser = new _csv_js__WEBPACK_IMPORTED_MODULE_4__/* .CsvParser */ .C2(source.delimiter.charCodeAt(0), names.length, (block) => {
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
    });
    const rest = head.subarray(dataStart);
    parser.push(rest);
    parser.drain(complete);
    const consumed = parser.base + parser.pos;
    return { names, dataStart, firstLine: lines + 1, sample, rowsPerByte: consumed > 0 ? parser.rowsRead / consumed : 0 };
}


/***/ }),

/***/ 56381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ MetricNameSchema),
/* harmony export */   Wq: () => (/* binding */ HistorySchema),
/* harmony export */   qy: () => (/* binding */ GitInfoSchema)
/* harmony export */ });
/* unused harmony export EVIDENCE_KINDS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46038);

/** The commit an evidence document is about: GITHUB_SHA / GITHUB_REF, else the local checkout, else null. */
const GitInfoSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/, 'must be a 40-character commit sha'), ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable() }).nullable();
const EVIDENCE_KINDS = (/* unused pure expression or super */ null && (['validation', 'profile', 'run', 'comparison', 'promotion']));
/** A metric name as it travels in evidence: any text, bounded so a hostile file cannot balloon a report. */
const MetricNameSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(512);
/** A history as [step, value] pairs, compact on the wire. */
const HistorySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()])).max(100_000);


/***/ }),

/***/ 29647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sc: () => (/* binding */ DataFileInfoSchema),
/* harmony export */   UZ: () => (/* binding */ ProfileEvidenceSchema)
/* harmony export */ });
/* unused harmony exports ColumnTypeSchema, ProfileColumnSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46038);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56381);


/**
 * crucible/profile@1: one pass's statistics of a data file, small (kilobytes, whatever the rows) and mergeable:
 * exact counts, sums and moments, and sketches (KLL quantiles, HyperLogLog distinct count, frequent values) that
 * packages/core/src/data/profile.ts can load back, merge, and use as the drift reference without the data.
 * It may come from another branch's artifact: every field is bounded.
 */
const finite = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable();
const text = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(10_000);
const base64 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(200_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
const ColumnTypeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['integer', 'number', 'string', 'boolean', 'date', 'datetime']);
const ProfileColumnSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: text,
    type: ColumnTypeSchema,
    declared: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    /** Rows, missing values, and values that are not of the column's type. */
    count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    nulls: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    invalid: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    distinct: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    numeric: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** Finite values. */
        count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        min: finite,
        max: finite,
        mean: finite,
        /** Sample standard deviation (n - 1). */
        std: finite,
        /** Sum of squared deviations from the mean, for exact merges (Chan et al.). */
        m2: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        sum: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        nan: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        positiveInfinity: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        negativeInfinity: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        integer: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        quantiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(16), finite),
        histogram: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ edges: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).max(1001), counts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).max(1000) }),
    })
        .optional(),
    boolean: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ trues: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), falses: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative() }).optional(),
    text: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ minLength: finite, maxLength: finite, meanLength: finite, lengthSum: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative() }).optional(),
    frequent: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** True when `items` is the complete distribution of the column's values. */
        exact: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
        /** Largest possible undercount of a listed value, and largest count of one not listed. */
        offset: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
        n: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
        items: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([text, zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative()])).max(4096),
    })
        .optional(),
    /** Every finite value, when there are at most 1000 of them: a small reference keeps them for exact tests. */
    sample: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).max(1000).optional(),
    sketches: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        kll: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ k: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(8).max(4096), n: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(), min: finite, max: finite, seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(), levels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(base64).max(64) }).optional(),
        hll: base64,
    }),
});
const DataFileInfoSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    file: text,
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['csv', 'tsv', 'jsonl', 'parquet']),
    gzip: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
    sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^([0-9a-f]{64})?$/),
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(text).max(10_000),
});
const ProfileEvidenceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('crucible/profile@1'),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(64).optional(),
    git: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .GitInfoSchema */ .qy,
    data: DataFileInfoSchema,
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(ProfileColumnSchema).max(10_000),
    timings: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(64), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()).optional(),
})
    .loose();


/***/ }),

/***/ 69723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ ValidationEvidenceSchema)
/* harmony export */ });
/* unused harmony exports CheckResultSchema, DriftResultSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46038);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56381);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29647);



/**
 * crucible/validation@1: the checks of a data file against its schema and the drift against a reference. The
 * contract fields (ARCHITECTURE.md) are `success`, `rows`, `checks[]` of {type, column?, success, unexpectedCount?,
 * observed?} and `drift[]` of {column, statistic, value, threshold, drifted}; each check also carries Great
 * Expectations' result fields, and examples name the line of the data file (the row for Parquet).
 */
const text = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(10_000);
const ExampleSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ value: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(10_000), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_2__/* ["null"] */ .chJ()]), line: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative() });
const CheckResultSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(64),
    column: text.optional(),
    columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(text).max(100).optional(),
    success: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    elementCount: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    missingCount: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    missingPercent: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable().optional(),
    unexpectedCount: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    unexpectedPercent: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable().optional(),
    examples: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ExampleSchema).max(20).optional(),
    observed: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().optional(),
    expected: text.optional(),
    mostly: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional(),
    /** Why the check could not decide (say, too many distinct values to check exactly). */
    reason: text.optional(),
    approximate: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    /** Where to point an annotation when there are no examples (the header line, say). */
    line: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
})
    .loose();
const DriftResultSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    column: text,
    statistic: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['ks', 'chi-square', 'z', 'wasserstein', 'jensen-shannon', 'psi', 'hellinger']),
    /** A p-value for ks, chi-square and z (drift below the threshold); a distance for the others (drift at or above). */
    value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    drifted: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['numeric', 'categorical']).optional(),
    /** The test statistic behind a p-value (D for ks, chi-square, z). */
    score: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable().optional(),
    referenceCount: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
    currentCount: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
    note: text.optional(),
})
    .loose();
const ValidationEvidenceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('crucible/validation@1'),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(64).optional(),
    git: _common_js__WEBPACK_IMPORTED_MODULE_0__/* .GitInfoSchema */ .qy,
    success: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    checks: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(CheckResultSchema).max(100_000),
    drift: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(DriftResultSchema).max(100_000),
    data: _profile_js__WEBPACK_IMPORTED_MODULE_1__/* .DataFileInfoSchema */ .Sc.optional(),
    schemaFile: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: text, sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(64) }).nullable().optional(),
    reference: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: text, kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['profile', 'data']), rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(64).optional() }).nullable().optional(),
    driftSummary: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), drifted: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), share: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), datasetDrift: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY() })
        .nullable()
        .optional(),
    statistics: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ checks: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), failed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative() }).optional(),
    timings: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(64), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()).optional(),
})
    .loose();


/***/ }),

/***/ 6374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G9: () => (/* reexport */ ComparisonEvidenceSchema),
  E0: () => (/* reexport */ errors/* CrucibleError */.E0),
  og: () => (/* reexport */ issues/* formatIssues */.o),
  VT: () => (/* reexport */ gitInfo),
  ZJ: () => (/* reexport */ renderValidationMarkdown)
});

// UNUSED EXPORTS: BaselineInfoSchema, CheckResultSchema, ConfigError, CrucibleConfigSchema, DEFAULT_CONFIG, DigestSchema, DriftResultSchema, EVIDENCE_KINDS, EvidenceError, GitInfoSchema, GpuInfoSchema, GpuTelemetrySchema, InputError, MAX_EVIDENCE_BYTES, MAX_METRICS_FILE_BYTES, MAX_METRICS_PER_RUN, METRICS_FORMATS, MetricsFileError, NotImplementedError, ProfileColumnSchema, ProfileEvidenceSchema, RunEvidenceSchema, RunnerInfoSchema, TelemetrySummarySchema, ValidationEvidenceSchema, ZERO_TOLERANCE, compareRuns, comparisonEvidence, describeBaseline, dottedPath, escapeCode, escapeMarkdown, findEvidence, formatAge, formatNumber, formatPercent, formatTolerance, inferDirection, isCrucibleError, loadConfig, loadParams, loadRun, mean, normalQuantile, parseConfig, parseEvidence, parseTolerance, parseYamlDocument, parseYamlFile, promotionNeeds, readEvidenceFile, renderComparisonMarkdown, renderMetricTable, renderReport, renderRunMarkdown, ruleFor, runFromRunEvidence, runsFromComparisonEvidence, standardDeviation, studentTCdf, studentTQuantile, thinHistory, toleranceAmount, welchInterval

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(29179);
// EXTERNAL MODULE: ../../packages/core/src/issues.ts
var issues = __webpack_require__(4956);
// EXTERNAL MODULE: ../../packages/core/src/yaml-file.ts
var yaml_file = __webpack_require__(61706);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(46038);
;// CONCATENATED MODULE: ../../packages/core/src/metrics/tolerance.ts

const ZERO_TOLERANCE = { kind: 'absolute', amount: 0 };
/** "0.01" or 0.01 (absolute), "2%" (relative). `where` names the input or YAML path in the error. */
function tolerance_parseTolerance(value, where) {
    const text = String(value).trim();
    const match = /^(\d+(?:\.\d+)?(?:e[+-]?\d+)?)(%?)$/i.exec(text);
    if (match === null) {
        throw new errors/* ConfigError */.xL(`${where} must be a number or a percentage like "2%", got "${text}".`);
    }
    const amount = Number(match[1]);
    return match[2] === '%' ? { kind: 'relative', fraction: amount / 100 } : { kind: 'absolute', amount };
}
/** The tolerance in the metric's own units, given the baseline value it is relative to. */
function tolerance_toleranceAmount(tolerance, baseline) {
    return tolerance.kind === 'absolute' ? tolerance.amount : tolerance.fraction * Math.abs(baseline);
}
function tolerance_formatTolerance(tolerance) {
    return tolerance.kind === 'absolute' ? String(tolerance.amount) : `${+(tolerance.fraction * 100).toPrecision(12)}%`;
}

;// CONCATENATED MODULE: ../../packages/core/src/config.ts





/**
 * crucible.yml: metric rules, and the gate policy per environment. One file for the actions and the CLI.
 * Unknown keys are errors (a typo must not silently disable a rule).
 */
const toleranceText = schemas/* union */.KCZ([schemas/* number */.aig().nonnegative(), schemas/* string */.YjP()]).superRefine((value, ctx) => {
    try {
        tolerance_parseTolerance(value, 'tolerance');
    }
    catch {
        ctx.addIssue({ code: 'custom', message: `must be a number or a percentage like "2%", got ${JSON.stringify(value)}` });
    }
});
const MetricRuleSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1, 'must name a metric or a glob such as "eval/*"'),
    direction: schemas/* enum */.k5n(['higher', 'lower', 'none']).optional(),
    tolerance: toleranceText.optional(),
    required: schemas/* boolean */.zMY().optional(),
    ignore: schemas/* boolean */.zMY().optional(),
})
    .strict();
const EnvironmentPolicySchema = schemas/* object */.Ikc({
    require: schemas/* object */.Ikc({
        'protected-environment': schemas/* boolean */.zMY().default(true),
        approvals: schemas/* number */.aig().int().nonnegative().default(1),
        evidence: schemas/* array */.YOg(schemas/* enum */.k5n(['validation', 'profile', 'comparison', 'run'])).default(['validation', 'comparison', 'run']),
    })
        .strict()
        .prefault({}),
})
    .strict();
const CrucibleConfigSchema = schemas/* object */.Ikc({
    metrics: schemas/* object */.Ikc({
        rules: schemas/* array */.YOg(MetricRuleSchema).default([]),
        tolerance: toleranceText.default(0),
        confidence: schemas/* number */.aig().gt(0.5).lt(1).default(0.95),
    })
        .strict()
        .prefault({}),
    environments: schemas/* record */.g1P(schemas/* string */.YjP(), EnvironmentPolicySchema).default({}),
})
    .strict();
const DEFAULT_CONFIG = {
    file: null,
    metrics: { rules: [], tolerance: ZERO_TOLERANCE, confidence: 0.95 },
    environments: {},
};
function parseConfig(text, file) {
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
function loadConfig(path, options) {
    if (!existsSync(path)) {
        if (!options.explicit)
            return DEFAULT_CONFIG;
        throw new ConfigError(`Config file ${path} does not exist. Create it, or leave the config input empty to use the defaults.`);
    }
    return parseConfig(readFileSync(path, 'utf8'), path);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ../../packages/core/src/git.ts


const SHA = /^[0-9a-f]{40}$/;
/** The .git folder of the checkout holding `cwd` (following a worktree's `gitdir:` file), or undefined. */
function gitDir(cwd) {
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        const candidate = (0,external_node_path_.join)(dir, '.git');
        if ((0,external_node_fs_.existsSync)(candidate)) {
            if ((0,external_node_fs_.statSync)(candidate).isDirectory())
                return candidate;
            const pointer = /^gitdir:\s*(.+)$/m.exec((0,external_node_fs_.readFileSync)(candidate, 'utf8'))?.[1]?.trim();
            return pointer === undefined ? undefined : (0,external_node_path_.resolve)(dir, pointer);
        }
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
/** A ref's sha from its loose file or from packed-refs (a worktree keeps them in the common dir). */
function resolveRef(dir, ref) {
    const common = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'commondir')) ? (0,external_node_path_.resolve)(dir, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'commondir'), 'utf8').trim()) : dir;
    for (const base of [dir, common]) {
        const loose = (0,external_node_path_.join)(base, ref);
        if ((0,external_node_fs_.existsSync)(loose))
            return (0,external_node_fs_.readFileSync)(loose, 'utf8').trim();
        const packed = (0,external_node_path_.join)(base, 'packed-refs');
        if ((0,external_node_fs_.existsSync)(packed)) {
            for (const line of (0,external_node_fs_.readFileSync)(packed, 'utf8').split('\n')) {
                const [sha, name] = line.split(' ');
                if (name === ref && sha !== undefined && SHA.test(sha))
                    return sha;
            }
        }
    }
    return undefined;
}
/**
 * The commit evidence is about (ARCHITECTURE.md): GITHUB_SHA / GITHUB_REF when the caller has them, else the git
 * checkout of the working directory, else null. Reads files only; it runs no git command.
 */
function gitInfo(fromEnvironment, cwd) {
    if (fromEnvironment.sha !== undefined && SHA.test(fromEnvironment.sha)) {
        return { sha: fromEnvironment.sha, ref: fromEnvironment.ref || null };
    }
    const dir = gitDir(cwd);
    if (dir === undefined || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'HEAD')))
        return null;
    const head = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'HEAD'), 'utf8').trim();
    if (SHA.test(head))
        return { sha: head, ref: null };
    const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
    const sha = ref === undefined ? undefined : resolveRef(dir, ref);
    return sha !== undefined && SHA.test(sha) ? { sha, ref: ref ?? null } : null;
}

// EXTERNAL MODULE: ../../packages/core/src/evidence/common.ts
var common = __webpack_require__(56381);
;// CONCATENATED MODULE: ../../packages/core/src/evidence/comparison.ts


const number = schemas/* number */.aig().nullable();
const NoiseSchema = schemas/* discriminatedUnion */.gMt('method', [
    schemas/* object */.Ikc({ method: schemas/* literal */.euz('welch'), confidence: schemas/* number */.aig(), low: schemas/* number */.aig(), high: schemas/* number */.aig(), degreesOfFreedom: schemas/* number */.aig().nullable(), threshold: schemas/* number */.aig() }),
    schemas/* object */.Ikc({ method: schemas/* literal */.euz('history'), standardDeviation: schemas/* number */.aig(), runs: schemas/* number */.aig().int(), threshold: schemas/* number */.aig() }),
    schemas/* object */.Ikc({ method: schemas/* literal */.euz('tolerance'), threshold: schemas/* number */.aig() }),
    schemas/* object */.Ikc({ method: schemas/* literal */.euz('none') }),
]);
const MetricComparisonSchema = schemas/* object */.Ikc({
    name: common/* MetricNameSchema */.Fi,
    baseline: number,
    current: number,
    delta: number,
    deltaPercent: number.optional(),
    direction: schemas/* enum */.k5n(['higher', 'lower', 'none']),
    directionSource: schemas/* enum */.k5n(['rule', 'inferred']).optional(),
    status: schemas/* enum */.k5n(['improved', 'regressed', 'unchanged', 'within-noise', 'added', 'removed', 'invalid']),
    required: schemas/* boolean */.zMY().optional(),
    tolerance: schemas/* string */.YjP().max(64).optional(),
    noise: NoiseSchema.optional(),
    baselineRuns: schemas/* array */.YOg(number).max(1000).optional(),
    currentRuns: schemas/* array */.YOg(number).max(1000).optional(),
    reason: schemas/* string */.YjP().max(1000).optional(),
});
const BaselineInfoSchema = schemas/* object */.Ikc({
    /** artifact: evidence of the base branch's run at the merge-base; ancestor-artifact: at an older commit. */
    source: schemas/* enum */.k5n(['artifact', 'ancestor-artifact', 'git', 'path', 'none']),
    sha: schemas/* string */.YjP().nullable(),
    ref: schemas/* string */.YjP().nullable().optional(),
    runId: schemas/* number */.aig().int().nullable().optional(),
    createdAt: schemas/* string */.YjP().nullable().optional(),
    /** Age of the baseline commit (or run) in days when the comparison was made. */
    ageDays: schemas/* number */.aig().nullable().optional(),
    /** True when it is not the evidence at the merge-base itself. */
    fellBack: schemas/* boolean */.zMY(),
    mergeBase: schemas/* string */.YjP().nullable().optional(),
    note: schemas/* string */.YjP().max(2000).optional(),
});
const ComparisonEvidenceSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz('crucible/comparison@1'),
    createdAt: schemas/* string */.YjP().optional(),
    git: common/* GitInfoSchema */.qy,
    verdict: schemas/* enum */.k5n(['pass', 'fail']),
    metrics: schemas/* array */.YOg(MetricComparisonSchema).max(100_000),
    params: schemas/* array */.YOg(schemas/* object */.Ikc({ name: common/* MetricNameSchema */.Fi, baseline: schemas/* string */.YjP().max(10_000).nullable(), current: schemas/* string */.YjP().max(10_000).nullable() })).max(100_000),
    baseline: BaselineInfoSchema.optional(),
    confidence: schemas/* number */.aig().optional(),
    runs: schemas/* object */.Ikc({ baseline: schemas/* number */.aig().int(), current: schemas/* number */.aig().int() }).optional(),
    failures: schemas/* array */.YOg(schemas/* string */.YjP().max(2000)).max(100_000).optional(),
    /** Per-step histories for curves: metric -> first baseline and first current run's points. */
    histories: schemas/* record */.g1P(common/* MetricNameSchema */.Fi, schemas/* object */.Ikc({ baseline: common/* HistorySchema */.Wq, current: common/* HistorySchema */.Wq })).optional(),
});

// EXTERNAL MODULE: ../../packages/core/src/evidence/profile.ts
var profile = __webpack_require__(29647);
;// CONCATENATED MODULE: ../../packages/core/src/evidence/run.ts


/** Text that came from a machine or a person (GPU names, labels, paths): bounded so it cannot balloon a report. */
const Text = (max) => schemas/* string */.YjP().max(max);
const Quantity = schemas/* number */.aig().finite().nullable();
/**
 * One GPU as the preflight saw it. Every field is optional on read (the contract names only `gpus[]`, so evidence
 * written by other tools may carry less); Crucible itself writes them all. Numbers a tool printed as "[N/A]" or "[Not Supported]" are null. Memory in MiB,
 * as nvidia-smi reports it (rocm-smi's bytes are converted).
 */
const GpuInfoSchema = schemas/* object */.Ikc({
    vendor: schemas/* enum */.k5n(['nvidia', 'amd']).optional(),
    index: schemas/* number */.aig().int().nonnegative().optional(),
    name: Text(200).optional(),
    uuid: Text(200).nullable().optional(),
    memoryTotalMiB: Quantity.optional(),
    memoryUsedMiB: Quantity.optional(),
    driverVersion: Text(100).nullable().optional(),
    /** CUDA version the driver supports (nvidia-smi -q); null for AMD or when the driver does not say. */
    cudaVersion: Text(100).nullable().optional(),
})
    .loose();
/** One GPU's telemetry over the run. Utilisation in percent, power in watts, temperature in degrees Celsius. */
const GpuTelemetrySchema = schemas/* object */.Ikc({
    index: schemas/* number */.aig().int().nonnegative().optional(),
    samples: schemas/* number */.aig().int().nonnegative().optional(),
    peakMemoryMiB: Quantity.optional(),
    meanMemoryMiB: Quantity.optional(),
    meanUtilizationPercent: Quantity.optional(),
    p95UtilizationPercent: Quantity.optional(),
    meanPowerW: Quantity.optional(),
    peakPowerW: Quantity.optional(),
    maxTemperatureC: Quantity.optional(),
})
    .loose();
/**
 * What the telemetry sampler saw: per GPU, and over all GPUs (peak of peaks, mean of means). GPU-hours are the
 * GPUs sampled times the sampled time, as a cloud bill counts them. `file` names the CSV of every sample, beside
 * the evidence (an artifact on GitHub).
 */
const TelemetrySummarySchema = schemas/* object */.Ikc({
    tool: schemas/* enum */.k5n(['nvidia-smi', 'rocm-smi']).optional(),
    intervalSeconds: schemas/* number */.aig().positive().optional(),
    samples: schemas/* number */.aig().int().nonnegative().optional(),
    durationSeconds: schemas/* number */.aig().nonnegative().optional(),
    gpuHours: schemas/* number */.aig().nonnegative().optional(),
    peakMemoryMiB: Quantity.optional(),
    meanMemoryMiB: Quantity.optional(),
    meanUtilizationPercent: Quantity.optional(),
    p95UtilizationPercent: Quantity.optional(),
    meanPowerW: Quantity.optional(),
    gpus: schemas/* array */.YOg(GpuTelemetrySchema).max(1024).optional(),
    file: Text(1000).nullable().optional(),
})
    .loose();
/** A file or folder digested for the evidence: a folder's digest covers its files' relative paths and digests. */
const DigestSchema = schemas/* object */.Ikc({
    path: Text(4096),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    bytes: schemas/* number */.aig().int().nonnegative(),
    files: schemas/* number */.aig().int().nonnegative(),
})
    .loose();
const RunnerInfoSchema = schemas/* object */.Ikc({
    name: Text(200).nullable(),
    os: Text(50).nullable(),
    arch: Text(50).nullable(),
    /** github-hosted or self-hosted (RUNNER_ENVIRONMENT). */
    environment: Text(50).nullable(),
    /** The job's runner labels, from the jobs API when the token may read it; null when unknown. */
    labels: schemas/* array */.YOg(Text(200)).max(100).nullable(),
})
    .loose();
/**
 * crucible/run@1: what a training run did. The fields named in ARCHITECTURE.md are the contract (command,
 * exitCode, signal, durationSeconds, timedOut, gpus, telemetry, metrics, git); the rest is what the train action
 * and `crucible train` record beside them. compare-metrics reads `metrics`, `histories` and `params`.
 */
const RunEvidenceSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz('crucible/run@1'),
    command: schemas/* string */.YjP().max(100_000),
    /** The child's exit code; null when a signal ended it. */
    exitCode: schemas/* number */.aig().int().nullable(),
    /** The signal that ended the child (SIGKILL, ...), else null. */
    signal: schemas/* string */.YjP().max(20).nullable(),
    durationSeconds: schemas/* number */.aig().nonnegative(),
    /** The time budget stopped the run. */
    timedOut: schemas/* boolean */.zMY(),
    /** The job was cancelled while the run went on (the runner's SIGINT/SIGTERM, forwarded). */
    cancelled: schemas/* boolean */.zMY().optional(),
    startedAt: schemas/* string */.YjP().max(40).optional(),
    endedAt: schemas/* string */.YjP().max(40).optional(),
    timeBudgetSeconds: schemas/* number */.aig().positive().nullable().optional(),
    /** none, torchrun or accelerate, and the argv that ran. */
    launcher: schemas/* object */.Ikc({ kind: schemas/* enum */.k5n(['none', 'torchrun', 'accelerate']), argv: schemas/* array */.YOg(schemas/* string */.YjP().max(100_000)).max(1000) }).loose().optional(),
    runner: RunnerInfoSchema.nullable().optional(),
    gpus: schemas/* array */.YOg(GpuInfoSchema).max(1024),
    telemetry: TelemetrySummarySchema.nullable(),
    /** Metric name -> final value; null where the run wrote something that is not a finite number. */
    metrics: schemas/* record */.g1P(common/* MetricNameSchema */.Fi, schemas/* number */.aig().nullable()),
    histories: schemas/* record */.g1P(common/* MetricNameSchema */.Fi, common/* HistorySchema */.Wq).optional(),
    params: schemas/* record */.g1P(common/* MetricNameSchema */.Fi, schemas/* string */.YjP().max(10_000)).optional(),
    data: schemas/* array */.YOg(DigestSchema).max(1000).optional(),
    outputs: schemas/* array */.YOg(DigestSchema).max(1000).optional(),
    checkpoint: schemas/* object */.Ikc({ path: Text(4096), restoredKey: Text(512).nullable(), bytes: schemas/* number */.aig().int().nonnegative().nullable() })
        .loose()
        .nullable()
        .optional(),
    git: common/* GitInfoSchema */.qy,
})
    .loose();

// EXTERNAL MODULE: ../../packages/core/src/evidence/validation.ts
var validation = __webpack_require__(69723);
;// CONCATENATED MODULE: ../../packages/core/src/evidence/read.ts








/** Evidence may come from a fork's pull request: every document is bounded and parsed with its schema. */
const MAX_EVIDENCE_BYTES = (/* unused pure expression or super */ null && (32 * 1024 * 1024));
const MAX_FILES = 10_000;
/** An evidence file that is too large, not JSON, or does not fit its kind's schema. */
class EvidenceError extends errors/* CrucibleError */.E0 {
    constructor(message) {
        super(message);
        this.name = 'EvidenceError';
    }
}
const SCHEMAS = {
    'crucible/comparison@1': ['comparison', ComparisonEvidenceSchema],
    'crucible/run@1': ['run', RunEvidenceSchema],
    'crucible/validation@1': ['validation', validation/* ValidationEvidenceSchema */.C0],
    'crucible/profile@1': ['profile', profile/* ProfileEvidenceSchema */.UZ],
};
const tooLarge = (label, size) => new EvidenceError(`${label}: ${size} bytes is over the ${MAX_EVIDENCE_BYTES}-byte limit for an evidence file; refusing to read it.`);
/** The `schema` field of a JSON text, or undefined when it names no evidence kind Crucible reads. */
function schemaName(document) {
    const name = document?.schema;
    return typeof name === 'string' && name in SCHEMAS ? name : undefined;
}
/**
 * Reads one evidence document: at most MAX_EVIDENCE_BYTES, valid JSON, and valid for the kind its `schema` field
 * names. Returns undefined for JSON that is not evidence (a metrics file beside it, say).
 */
function readEvidenceFile(path, label = path) {
    const size = statSync(path).size;
    // Checked before reading, so an oversized file is never loaded into memory.
    if (size > MAX_EVIDENCE_BYTES)
        throw tooLarge(label, size);
    return parseEvidence(readFileSync(path), path, label);
}
/**
 * Parses evidence held in memory (a file from an artifact that never touched the disk). `path` is what the result
 * records; `label` names it in errors.
 */
function parseEvidence(content, path, label = path) {
    if (content.length > MAX_EVIDENCE_BYTES)
        throw tooLarge(label, content.length);
    let document;
    try {
        document = JSON.parse(content.toString('utf8'));
    }
    catch (error) {
        throw new EvidenceError(`${label}: not valid JSON (${error.message}).`);
    }
    const name = schemaName(document);
    if (name === undefined)
        return undefined;
    const [kind, schema] = SCHEMAS[name];
    const result = schema.safeParse(document);
    if (!result.success) {
        throw new EvidenceError(`${label}: not a valid ${name} document:\n${formatIssues(result.error.issues)}`);
    }
    return { path, kind, document: result.data };
}
/** Every evidence document below `dir` (JSON files whose `schema` names a kind), in path order. */
function findEvidence(dir) {
    const found = [];
    let files = 0;
    const walk = (folder) => {
        for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const path = join(folder, entry.name);
            if (entry.isDirectory())
                walk(path);
            else if (entry.isFile() && entry.name.endsWith('.json')) {
                if (++files > MAX_FILES)
                    throw new EvidenceError(`${dir}: more than ${MAX_FILES} JSON files; point at the evidence folder itself.`);
                const evidence = readEvidenceFile(path);
                if (evidence !== undefined)
                    found.push(evidence);
            }
        }
    };
    walk(dir);
    return found;
}

;// CONCATENATED MODULE: ../../packages/core/src/evidence/index.ts







;// CONCATENATED MODULE: ../../packages/core/src/metrics/direction.ts
const LOWER = new Set(['loss', 'error', 'err', 'mae', 'mse', 'rmse', 'perplexity', 'latency', 'time', 'duration']);
const HIGHER = new Set(['acc', 'accuracy', 'f1', 'auc', 'precision', 'recall', 'bleu', 'rouge', 'map', 'iou', 'r2']);
/**
 * The direction a metric's name implies (ARCHITECTURE.md): split on every non-alphanumeric character, lower-case
 * the tokens, and let the last token that is a known word decide. `eval/acc_top1` is higher (acc), `val_loss` is
 * lower, `onerror_count` is none (no token is a known word: "onerror" is not "error").
 */
function direction_inferDirection(name) {
    const tokens = name.toLowerCase().split(/[^a-z0-9]+/);
    for (let i = tokens.length - 1; i >= 0; i--) {
        const token = tokens[i];
        if (LOWER.has(token))
            return 'lower';
        if (HIGHER.has(token))
            return 'higher';
    }
    return 'none';
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/compare.ts



const HISTORY_RUNS = 5;
/** A glob where `*` matches any run of characters (slashes and dots too) and `?` one character. */
function globToRegExp(glob) {
    const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*+/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${source}$`);
}
/** The rule for a metric: an exact name first, then the first glob that matches, in file order. */
function ruleFor(name, rules) {
    return rules.find((rule) => rule.name === name) ?? rules.find((rule) => /[*?]/.test(rule.name) && globToRegExp(rule.name).test(name));
}
const NO_HISTORY = (/* unused pure expression or super */ null && ([]));
/** Whether a run lists exactly the names of `order`, in that order. */
function listsInOrder(metrics, order) {
    if (metrics.size !== order.length)
        return false;
    let i = 0;
    for (const name of metrics.keys())
        if (name !== order[i++])
            return false;
    return true;
}
/** A run's metrics as an array aligned with `order` (a hole where the run lacks one). */
function align(metrics, order, position) {
    if (listsInOrder(metrics, order))
        return [...metrics.values()];
    const row = new Array(order.length).fill(undefined);
    for (const metric of metrics.values())
        row[position.get(metric.name)] = metric;
    return row;
}
/** One side's values of a metric (null where not a finite number), the finite ones, and the first history. */
function collect(rows, at) {
    const values = [];
    const finite = [];
    let history = NO_HISTORY;
    for (const row of rows) {
        const metric = row[at];
        if (metric === undefined)
            continue;
        values.push(metric.value);
        if (metric.value !== null)
            finite.push(metric.value);
        if (history.length === 0 && metric.history.length > 0)
            history = metric.history;
    }
    return { values, finite, history };
}
/** Positive when `delta` is an improvement for this direction. */
const gain = (delta, direction) => (direction === 'lower' ? -delta : delta);
function judge(name, baselineValues, currentValues, direction, tolerance, options) {
    const baseline = mean(baselineValues);
    const delta = mean(currentValues) - baseline;
    const allowed = toleranceAmount(tolerance, baseline);
    if (direction === 'none') {
        return { status: delta === 0 ? 'unchanged' : 'within-noise', noise: { method: 'none' }, reason: 'no direction: shown, not judged' };
    }
    if (baselineValues.length >= 2 && currentValues.length >= 2) {
        const interval = welchInterval(baselineValues, currentValues, options.confidence);
        const [worst, best] = direction === 'lower' ? [-interval.high, -interval.low] : [interval.low, interval.high];
        const noise = { method: 'welch', confidence: options.confidence, low: interval.low, high: interval.high, degreesOfFreedom: interval.degreesOfFreedom, threshold: allowed };
        const level = `${Math.round((2 * options.confidence - 1) * 100)}% interval`;
        if (best < -allowed)
            return { status: 'regressed', noise, reason: `the ${level} of the change lies wholly beyond the tolerance on the bad side` };
        if (worst > allowed)
            return { status: 'improved', noise, reason: `the ${level} of the change lies wholly beyond the tolerance on the good side` };
        if (delta === 0 && interval.standardError === 0)
            return { status: 'unchanged', noise, reason: 'identical in every run' };
        return { status: 'within-noise', noise, reason: `the ${level} of the change overlaps the tolerance` };
    }
    const history = options.baselineHistory?.get(name)?.slice(0, HISTORY_RUNS) ?? [];
    const spread = history.length >= 2 ? standardDeviation(history) : undefined;
    const threshold = Math.max(allowed, spread === undefined ? 0 : 2 * spread);
    const noise = spread === undefined ? { method: 'tolerance', threshold } : { method: 'history', standardDeviation: spread, runs: history.length, threshold };
    const change = gain(delta, direction);
    if (delta === 0)
        return { status: 'unchanged', noise, reason: 'the same value' };
    if (change < -threshold)
        return { status: 'regressed', noise, reason: `worse by more than ${spread === undefined ? 'the tolerance' : 'max(tolerance, 2 x the spread of recent base-branch runs)'}` };
    if (change > threshold)
        return { status: 'improved', noise, reason: `better by more than ${spread === undefined ? 'the tolerance' : 'max(tolerance, 2 x the spread of recent base-branch runs)'}` };
    return spread === undefined
        ? { status: 'unchanged', noise, reason: 'within the tolerance' }
        : { status: 'within-noise', noise, reason: 'within max(tolerance, 2 x the spread of recent base-branch runs)' };
}
/**
 * Compares the current runs with the baseline runs, metric by metric, and gives the verdict: fail when any metric
 * regressed, holds a value that is not a finite number, or is required but missing.
 */
function compareRuns(baselineRuns, currentRuns, options) {
    // Every metric name in first-seen order, with its position. Runs written by the same code list their metrics in
    // the same order, so most runs are checked against the order without a single hash lookup.
    const order = [];
    const position = new Map();
    const addName = (name) => {
        if (!position.has(name)) {
            position.set(name, order.length);
            order.push(name);
        }
    };
    for (const run of [...baselineRuns, ...currentRuns]) {
        if (!listsInOrder(run.metrics, order))
            for (const name of run.metrics.keys())
                addName(name);
    }
    for (const rule of options.rules)
        if (rule.required && !/[*?]/.test(rule.name))
            addName(rule.name);
    const baselineRows = baselineRuns.map((run) => align(run.metrics, order, position));
    const currentRows = currentRuns.map((run) => align(run.metrics, order, position));
    const byName = order.map((_, i) => i).sort((a, b) => (order[a] < order[b] ? -1 : 1));
    const metrics = [];
    const failures = [];
    for (const at of byName) {
        const name = order[at];
        const rule = options.rules.length === 0 ? undefined : ruleFor(name, options.rules);
        if (rule?.ignore === true)
            continue;
        const direction = rule?.direction ?? inferDirection(name);
        const tolerance = rule?.tolerance ?? options.tolerance;
        const required = rule?.required ?? false;
        const baselineSide = collect(baselineRows, at);
        const currentSide = collect(currentRows, at);
        const baselineValues = baselineSide.values;
        const currentValues = currentSide.values;
        const base = baselineSide.finite;
        const cur = currentSide.finite;
        const baseline = base.length > 0 ? mean(base) : null;
        const current = cur.length > 0 ? mean(cur) : null;
        const delta = baseline !== null && current !== null ? current - baseline : null;
        const entry = {
            name,
            baseline,
            current,
            delta,
            deltaPercent: delta !== null && baseline !== null && baseline !== 0 ? (delta / Math.abs(baseline)) * 100 : null,
            direction,
            directionSource: rule?.direction === undefined ? 'inferred' : 'rule',
            status: 'unchanged',
            required,
            tolerance: formatTolerance(tolerance),
            noise: { method: 'none' },
            baselineRuns: baselineValues,
            currentRuns: currentValues,
            reason: '',
            history: { baseline: baselineSide.history, current: currentSide.history },
        };
        if (base.length < baselineValues.length || cur.length < currentValues.length) {
            const raw = [...baselineRuns, ...currentRuns].map((run) => run.metrics.get(name)).find((value) => value !== undefined && value.value === null);
            entry.status = 'invalid';
            entry.reason = `a value is not a finite number (${JSON.stringify(raw?.raw ?? null)} in ${raw?.source.file ?? 'a run'})`;
            failures.push(`${name}: ${entry.reason}`);
        }
        else if (currentValues.length === 0) {
            entry.status = 'removed';
            entry.reason = baselineValues.length === 0 ? 'required but reported by neither side' : 'reported by the baseline only';
            if (required)
                failures.push(`${name}: required, but the current run does not report it`);
        }
        else if (baselineValues.length === 0) {
            entry.status = 'added';
            entry.reason = 'new in this change: no baseline to compare with';
        }
        else {
            const verdict = judge(name, base, cur, direction, tolerance, options);
            entry.status = verdict.status;
            entry.noise = verdict.noise;
            entry.reason = verdict.reason;
            if (verdict.status === 'regressed')
                failures.push(`${name}: regressed (${verdict.reason})`);
        }
        metrics.push(entry);
    }
    const params = new Map();
    for (const [side, runs] of [['baseline', baselineRuns], ['current', currentRuns]]) {
        for (const [name, param] of runs[0]?.params ?? []) {
            const entry = params.get(name) ?? { name, baseline: null, current: null };
            entry[side] = param.value;
            params.set(name, entry);
        }
    }
    return {
        verdict: failures.length > 0 ? 'fail' : 'pass',
        metrics,
        params: [...params.values()].sort((a, b) => a.name.localeCompare(b.name)),
        failures,
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ../../packages/core/src/metrics/loaders/context.ts
var context = __webpack_require__(89584);
// EXTERNAL MODULE: ../../packages/core/src/metrics/loaders/errors.ts
var loaders_errors = __webpack_require__(14296);
// EXTERNAL MODULE: ../../packages/core/src/metrics/loaders/structured.ts
var structured = __webpack_require__(42528);
;// CONCATENATED MODULE: ../../packages/core/src/metrics/loaders/plan.ts






const plan_LOOKED_FOR = (/* unused pure expression or super */ null && ('JSON, YAML or TOML files (*.json, *.yaml, *.yml, *.toml); CSV or TSV files (*.csv, *.tsv, including ' +
    "Lightning's metrics.csv and Keras' training.log); DVCLive (dvclive/metrics.json, " +
    'dvclive/plots/metrics/**/*.tsv); an MLflow run folder (metrics/<key>, params/<key>); Hugging Face Trainer ' +
    '(trainer_state.json, all_results.json, eval_results.json); W&B (wandb-summary.json); TensorBoard ' +
    '(events.out.tfevents.*)'));
/** Folders never searched: tools' caches and version control, which hold no run's metrics. */
const SKIPPED_FOLDERS = new Set(['node_modules', '__pycache__']);
/**
 * Files that tools write beside their metrics and that hold none: model and tokenizer configs (Hugging Face),
 * model metadata (MLflow), pipeline definitions (DVC), run metadata (W&B), project files. Loading them as
 * metrics would flood the comparison with strings reported as invalid values.
 */
const NOT_METRICS = new Set([
    'config.json',
    'generation_config.json',
    'tokenizer.json',
    'tokenizer_config.json',
    'special_tokens_map.json',
    'added_tokens.json',
    'vocab.json',
    'preprocessor_config.json',
    'adapter_config.json',
    'chat_template.json',
    'training_args.json',
    'meta.yaml',
    'conda.yaml',
    'python_env.yaml',
    'input_example.json',
    'serving_input_example.json',
    'dvc.yaml',
    'dvc.lock',
    'wandb-metadata.json',
    'package.json',
    'package-lock.json',
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    'tsconfig.json',
    'crucible.yml',
    'crucible.yaml',
]);
/** Params files by name: DVC's params.yaml, Lightning's hparams.yaml. In a folder they are params, not metrics. */
const PARAMS_FILES = new Set(['params.yaml', 'params.yml', 'params.json', 'hparams.yaml']);
/** Keras' CSVLogger writes wherever it is told; its documented example, and most code, say training.log. */
const KERAS_LOG = 'training.log';
const CHECKPOINT_FOLDER = /^checkpoint-\d+$/;
const MAX_FOLDER_ENTRIES = 1_000_000;
/**
 * Every file below a folder, as sorted paths relative to it with "/" separators. Hidden files and folders,
 * node_modules and symbolic links to folders (W&B's `latest-run`) are left out; links to files are followed.
 */
async function plan_listFolder(root) {
    const files = [];
    const folders = new Set(['']);
    let entries = 0;
    const visit = async (folder) => {
        let children;
        try {
            children = await readdir(folder === '' ? root : join(root, folder), { withFileTypes: true });
        }
        catch (error) {
            throw asReadError(error, folder === '' ? root : join(root, folder));
        }
        children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        entries += children.length;
        if (entries > MAX_FOLDER_ENTRIES) {
            throw MetricsFileError.at({ file: root }, `holds more than ${MAX_FOLDER_ENTRIES.toLocaleString('en-US')} files; point at the run's own output folder.`);
        }
        for (const child of children) {
            if (child.name.startsWith('.'))
                continue;
            const path = folder === '' ? child.name : `${folder}/${child.name}`;
            let isFile = child.isFile();
            let isFolder = child.isDirectory();
            if (child.isSymbolicLink()) {
                const target = await stat(join(root, path)).catch(() => undefined);
                isFile = target?.isFile() ?? false;
                isFolder = false;
            }
            if (isFile) {
                files.push(path);
            }
            else if (isFolder && !SKIPPED_FOLDERS.has(child.name)) {
                folders.add(path);
                await visit(path);
            }
        }
    };
    await visit('');
    files.sort();
    return { files, folders };
}
function under(folder, name) {
    return folder === '' ? name : `${folder}/${name}`;
}
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
const DELIMITED_EXTENSIONS = /\.(?:csv|tsv)$/i;
/** Units for a folder, by file names and folder layouts (`format` undefined), or for one forced format. */
function plan_planFolder(listing, format) {
    if (format !== undefined && GENERIC_FORMATS.includes(format))
        return planGenericFolder(listing.files, format);
    const { files, folders } = listing;
    const fileSet = new Set(files);
    // Layouts that own a folder: every file below it belongs to that tool, and what it does not read is ignored.
    const mlflowRoots = new Set();
    const dvcliveRoots = new Set();
    for (const folder of folders) {
        const base = posix.basename(folder);
        if (folders.has(under(folder, 'metrics')) &&
            (folders.has(under(folder, 'params')) || fileSet.has(under(folder, 'meta.yaml')))) {
            mlflowRoots.add(folder);
        }
        const hasSummary = fileSet.has(under(folder, 'metrics.json'));
        const hasPlots = folders.has(under(folder, 'plots/metrics'));
        if ((hasPlots && (hasSummary || base === 'dvclive')) || (base === 'dvclive' && hasSummary)) {
            dvcliveRoots.add(folder);
        }
    }
    // A `metrics/` folder of .json or .csv files beside a `params/` folder is a project's layout, not MLflow's,
    // whose metric files have no extension that Crucible reads (a key may hold a ".", so every file is looked at).
    for (const file of files) {
        if (syntaxOfName(file) === undefined && !DELIMITED_EXTENSIONS.test(file))
            continue;
        for (let folder = parentOf(file); folder !== ''; folder = parentOf(folder)) {
            const root = parentOf(folder);
            if (posix.basename(folder) === 'metrics' && mlflowRoots.has(root) && !fileSet.has(under(root, 'meta.yaml'))) {
                mlflowRoots.delete(root);
            }
        }
    }
    if (format === 'mlflow' && mlflowRoots.size === 0 && folders.has('metrics'))
        mlflowRoots.add('');
    const looksLikeDvcLive = fileSet.has('metrics.json') || folders.has('plots/metrics');
    if (format === 'dvclive' && dvcliveRoots.size === 0 && looksLikeDvcLive)
        dvcliveRoots.add('');
    const wandbRoots = new Map(); // run folder -> summary file
    for (const file of files) {
        if (posix.basename(file) !== WANDB_SUMMARY)
            continue;
        const folder = parentOf(file);
        wandbRoots.set(posix.basename(folder) === 'files' ? parentOf(folder) : folder, file);
    }
    const units = [];
    const mlflow = new Map();
    const dvclive = new Map();
    const huggingFace = [];
    const events = [];
    for (const file of files) {
        const name = posix.basename(file);
        const owner = ownerOf(file, mlflowRoots, dvcliveRoots, wandbRoots);
        if (owner?.kind === 'mlflow') {
            const rest = owner.root === '' ? file : file.slice(owner.root.length + 1);
            let entry = mlflow.get(owner.root);
            if (entry === undefined) {
                entry = { metrics: [], params: [] };
                mlflow.set(owner.root, entry);
            }
            if (rest.startsWith('metrics/'))
                entry.metrics.push({ file, name: rest.slice('metrics/'.length) });
            else if (rest.startsWith('params/'))
                entry.params.push({ file, name: rest.slice('params/'.length) });
            continue;
        }
        if (owner?.kind === 'dvclive') {
            const rest = file.slice(owner.root === '' ? 0 : owner.root.length + 1);
            let entry = dvclive.get(owner.root);
            if (entry === undefined) {
                entry = { plots: [] };
                dvclive.set(owner.root, entry);
            }
            if (rest === 'metrics.json')
                entry.summary = file;
            else if (rest === 'params.yaml')
                entry.params = file;
            else if (rest.startsWith('plots/metrics/') && rest.endsWith('.tsv')) {
                entry.plots.push({ file, name: rest.slice('plots/metrics/'.length, -'.tsv'.length) });
            }
            continue;
        }
        if (owner?.kind === 'wandb') {
            if (file === owner.summary) {
                const config = under(parentOf(file), WANDB_CONFIG);
                units.push(fileSet.has(config) ? { kind: 'wandb', summary: file, config } : { kind: 'wandb', summary: file });
            }
            continue;
        }
        if (isEventFile(name)) {
            events.push(file);
            continue;
        }
        if (isHuggingFaceFile(name)) {
            huggingFace.push(file);
            continue;
        }
        // A Trainer checkpoint holds the model, the optimizer and a trainer_state.json (taken above); nothing else.
        if (file.split('/').slice(0, -1).some((part) => CHECKPOINT_FOLDER.test(part)))
            continue;
        if (NOT_METRICS.has(name))
            continue;
        const syntax = syntaxOfName(name);
        if (PARAMS_FILES.has(name) && syntax !== undefined) {
            units.push({ kind: 'params', file, syntax });
        }
        else if (syntax !== undefined) {
            units.push({ kind: 'document', file, syntax });
        }
        else if (/\.csv$/i.test(name)) {
            units.push({ kind: 'delimited', file, delimiter: ',' });
        }
        else if (/\.tsv$/i.test(name)) {
            units.push({ kind: 'delimited', file, delimiter: '\t' });
        }
        else if (name === KERAS_LOG) {
            units.push({ kind: 'keras-log', file });
        }
    }
    for (const entry of mlflow.values())
        units.push({ kind: 'mlflow', files: entry });
    for (const entry of dvclive.values())
        units.push({ kind: 'dvclive', files: entry });
    if (huggingFace.length > 0)
        units.push({ kind: 'huggingface', files: huggingFace });
    // The Trainer's TensorBoard callback writes the same metrics under other names (`eval/loss` for `eval_loss`)
    // to <output_dir>/runs/; read as well, they would double every metric of the run.
    const trainerFolders = new Set(huggingFace.map(parentOf).filter((folder) => !CHECKPOINT_FOLDER.test(posix.basename(folder))));
    const ownEvents = format === undefined ? events.filter((file) => !hasAncestorIn(file, trainerFolders)) : events;
    if (ownEvents.length > 0)
        units.push({ kind: 'tensorboard', files: prefixEventFiles(ownEvents) });
    const ordered = units.sort((a, b) => {
        const x = firstFile(a);
        const y = firstFile(b);
        return x < y ? -1 : x > y ? 1 : 0;
    });
    return format === undefined ? ordered : ordered.filter((unit) => unit.kind === format);
}
const GENERIC_FORMATS = (/* unused pure expression or super */ null && (['json', 'yaml', 'toml', 'csv', 'tsv', 'keras', 'lightning']));
/**
 * A forced plain format reads every file of its kind in the folder as that format, whatever tool wrote it (still
 * leaving out the files that hold no metrics, and taking params files as params).
 */
function planGenericFolder(files, format) {
    const units = [];
    for (const file of files) {
        const name = posix.basename(file);
        if (NOT_METRICS.has(name))
            continue;
        const syntax = syntaxOfName(name);
        if (format === 'json' || format === 'yaml' || format === 'toml') {
            if (syntax !== format)
                continue;
            units.push(PARAMS_FILES.has(name) ? { kind: 'params', file, syntax } : { kind: 'document', file, syntax });
        }
        else if (isDelimitedFormat(format)) {
            if (/\.tsv$/i.test(name) || format === 'tsv') {
                if (DELIMITED_EXTENSIONS.test(name))
                    units.push({ kind: 'delimited', file, delimiter: '\t', format });
            }
            else if (/\.csv$/i.test(name)) {
                units.push({ kind: 'delimited', file, delimiter: ',', format });
            }
            else if (format === 'keras' && name === KERAS_LOG) {
                units.push({ kind: 'keras-log', file });
            }
        }
    }
    return units;
}
function hasAncestorIn(file, folders) {
    for (let folder = parentOf(file);; folder = parentOf(folder)) {
        if (folders.has(folder))
            return true;
        if (folder === '')
            return false;
    }
}
function ownerOf(file, mlflowRoots, dvcliveRoots, wandbRoots) {
    // The nearest enclosing layout wins: an MLflow run inside a DVCLive folder is an MLflow run.
    for (let folder = parentOf(file);; folder = parentOf(folder)) {
        if (mlflowRoots.has(folder))
            return { kind: 'mlflow', root: folder };
        if (dvcliveRoots.has(folder))
            return { kind: 'dvclive', root: folder };
        const summary = wandbRoots.get(folder);
        if (summary !== undefined)
            return { kind: 'wandb', root: folder, summary };
        if (folder === '')
            return undefined;
    }
}
/**
 * Event files in one folder are one TensorBoard run and keep their tags; when they sit in several folders (Keras
 * writes `logs/train/` and `logs/validation/` with the same tags), each tag gets its folder's path relative to
 * the folders' common ancestor (`train/epoch_loss`, `validation/epoch_loss`), as TensorBoard names runs. The
 * names do not depend on which folder above them the user pointed at.
 */
function prefixEventFiles(files) {
    const folders = [...new Set(files.map(parentOf))];
    if (folders.length === 1)
        return files.map((file) => ({ file, prefix: '' }));
    let common = folders[0].split('/');
    for (const folder of folders) {
        const parts = folder.split('/');
        let i = 0;
        while (i < common.length && i < parts.length && common[i] === parts[i])
            i++;
        common = common.slice(0, i);
    }
    const base = common.join('/');
    return files.map((file) => {
        const folder = parentOf(file);
        const relative = base === '' ? folder : folder.slice(base.length + 1);
        return { file, prefix: relative === '' ? '' : `${relative}/` };
    });
}
function firstFile(unit) {
    switch (unit.kind) {
        case 'huggingface':
            return unit.files[0] ?? '';
        case 'tensorboard':
            return unit.files[0]?.file ?? '';
        case 'mlflow':
            return unit.files.metrics[0]?.file ?? unit.files.params[0]?.file ?? '';
        case 'dvclive':
            return unit.files.summary ?? unit.files.plots[0]?.file ?? unit.files.params ?? '';
        case 'wandb':
            return unit.summary;
        default:
            return unit.file;
    }
}
const DELIMITED_FORMATS = (/* unused pure expression or super */ null && (['csv', 'tsv', 'keras', 'lightning']));
function isDelimitedFormat(format) {
    return DELIMITED_FORMATS.includes(format);
}
/** What a forced format looks for in a folder, for the message when it finds nothing. */
function plan_lookedForByFormat(format) {
    switch (format) {
        case 'json':
            return '*.json files';
        case 'yaml':
            return '*.yaml and *.yml files';
        case 'toml':
            return '*.toml files';
        case 'csv':
        case 'tsv':
        case 'lightning':
            return '*.csv and *.tsv files';
        case 'keras':
            return '*.csv, *.tsv and training.log files';
        case 'dvclive':
            return 'a DVCLive folder (metrics.json, plots/metrics/**/*.tsv)';
        case 'mlflow':
            return 'an MLflow run folder (metrics/<key>, params/<key>)';
        case 'huggingface':
            return 'trainer_state.json, all_results.json and *_results.json';
        case 'wandb':
            return 'wandb-summary.json';
        case 'tensorboard':
            return 'events.out.tfevents.* files';
    }
}
/**
 * The unit for one file given as the run's path: by its format when forced, else by name, place and content.
 * `peek` returns the file's first bytes as text, for content checks.
 */
async function plan_planFile(path, format, peek) {
    const name = posix.basename(path.replaceAll('\\', '/'));
    const syntax = syntaxOfName(name);
    const delimiter = /\.tsv$/i.test(name) ? '\t' : ',';
    switch (format) {
        case 'json':
        case 'yaml':
        case 'toml':
            return { kind: 'document', file: path, syntax: format };
        case 'csv':
        case 'lightning':
        case 'keras':
            return {
                kind: 'delimited',
                file: path,
                delimiter: format === 'keras' ? (kerasLogSeparator(await peek()) ?? delimiter) : delimiter,
                format,
            };
        case 'tsv':
            return { kind: 'delimited', file: path, delimiter: '\t', format };
        case 'huggingface':
            return { kind: 'huggingface', files: [path] };
        case 'wandb':
            return { kind: 'wandb', summary: path };
        case 'tensorboard':
            return { kind: 'tensorboard', files: [{ file: path, prefix: '' }] };
        case 'dvclive':
            return dvcliveFileUnit(path, name);
        case 'mlflow':
            return { kind: 'mlflow', files: { metrics: [mlflowKey(path)], params: [] } };
        case undefined:
            break;
    }
    if (isEventFile(name))
        return { kind: 'tensorboard', files: [{ file: path, prefix: '' }] };
    if (isHuggingFaceFile(name))
        return { kind: 'huggingface', files: [path] };
    if (name === WANDB_SUMMARY)
        return { kind: 'wandb', summary: path };
    if (await isInDvcLiveFolder(path, name))
        return dvcliveFileUnit(path, name);
    if (syntax !== undefined)
        return { kind: 'document', file: path, syntax };
    if (/\.(?:csv|tsv)$/i.test(name))
        return { kind: 'delimited', file: path, delimiter };
    const head = await peek();
    const separator = kerasLogSeparator(head);
    if (separator !== undefined)
        return { kind: 'delimited', file: path, delimiter: separator, format: 'keras' };
    if (!name.includes('.') && MLFLOW_LINE.test(head)) {
        return { kind: 'mlflow', files: { metrics: [mlflowKey(path)], params: [] } };
    }
    if (/^\s*\{/.test(head))
        return { kind: 'document', file: path, syntax: 'json' };
    throw MetricsFileError.at({ file: path }, 'Crucible cannot tell its format from its name or content; rename it (.json, .yaml, .toml, .csv, .tsv) or ' +
        'pass a format (json, yaml, toml, csv, tsv, dvclive, mlflow, huggingface, lightning, keras, wandb, tensorboard).');
}
const MLFLOW_LINE = /^\d+ \S+( -?\d+)?(?:\r?\n|$)/;
async function isInDvcLiveFolder(path, name) {
    const normal = path.replaceAll('\\', '/');
    if (name.endsWith('.tsv') && normal.includes('/plots/metrics/'))
        return true;
    if (name !== 'metrics.json')
        return false;
    const folder = dirname(path);
    if (posix.basename(folder.replaceAll('\\', '/')) === 'dvclive')
        return true;
    return (await lstat(join(folder, 'plots', 'metrics')).catch(() => undefined))?.isDirectory() ?? false;
}
function dvcliveFileUnit(path, name) {
    if (!name.endsWith('.tsv'))
        return { kind: 'dvclive', files: { summary: path, plots: [] } };
    const normal = path.replaceAll('\\', '/');
    const at = normal.lastIndexOf('/plots/metrics/');
    const metric = at === -1 ? name : normal.slice(at + '/plots/metrics/'.length);
    return { kind: 'dvclive', files: { plots: [{ file: path, name: metric.slice(0, -'.tsv'.length) }] } };
}
/** An MLflow metric file's key: its path under the run's `metrics/` folder, else its name. */
function mlflowKey(path) {
    const normal = path.replaceAll('\\', '/');
    const at = normal.lastIndexOf('/metrics/');
    return { file: path, name: at === -1 ? posix.basename(normal) : normal.slice(at + '/metrics/'.length) };
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/loaders/run-builder.ts

/**
 * Puts the units of one run together. A format that repeats keys across its own files has merged them already
 * (inside its unit); the same metric from two units is an error naming both files, because the run would
 * otherwise report whichever happened to be read last.
 */
class run_builder_RunBuilder {
    context;
    formats = [];
    files = [];
    metrics = new Map();
    params = new Map();
    constructor(context) {
        this.context = context;
    }
    add(unit) {
        const context = this.context;
        // A params file (hparams.yaml beside Lightning's metrics.csv) is part of the run, not a source of metrics.
        if (unit.metrics.size > 0 && !this.formats.includes(unit.format))
            this.formats.push(unit.format);
        for (const file of unit.files)
            this.files.push(file);
        context.ensureRoom(unit.files[0] ?? '', unit.metrics.size);
        if (this.metrics.size === 0) {
            // The usual run is one unit: its map becomes the run's, without copying 10,000 entries.
            this.metrics = unit.metrics;
        }
        else {
            for (const metric of unit.metrics.values())
                this.addMetric(metric);
        }
        context.metricsSoFar = this.metrics.size;
        for (const param of unit.params)
            this.addParam(param);
    }
    addMetric(metric) {
        const earlier = this.metrics.get(metric.name);
        if (earlier !== undefined) {
            const first = this.context.display(earlier.source.file);
            const second = this.context.display(metric.source.file);
            throw new MetricsFileError(`Metric "${metric.name}" appears in both ${first} and ${second}; a run must report each metric once. ` +
                'Point at one of the files, or pass a format to load only one kind.', { file: second, key: metric.name });
        }
        this.metrics.set(metric.name, metric);
    }
    addParam(param) {
        const earlier = this.params.get(param.name);
        if (earlier === undefined) {
            this.params.set(param.name, param);
        }
        else if (earlier.value !== param.value) {
            const first = this.context.display(earlier.source.file);
            const second = this.context.display(param.source.file);
            throw new MetricsFileError(`Param "${param.name}" is ${JSON.stringify(earlier.value)} in ${first} but ${JSON.stringify(param.value)} ` +
                `in ${second}; a run must record each param once. Point at one run's files.`, { file: second, key: param.name });
        }
    }
    build() {
        return {
            path: this.context.root,
            formats: this.formats,
            files: this.files,
            metrics: this.metrics,
            params: this.params,
        };
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/metrics/load.ts
/**
 * Loading one run's metrics from whatever the trainer wrote: a file or a folder, in any of the formats in
 * `MetricsFormat`, detected by file name, folder layout and content unless a format is forced.
 *
 * Names: nested keys flatten with "." as DVC does (`{"eval": {"acc": 1}}` is `eval.acc`), keys holding "/" keep
 * it, list items take their index (`acc.0`). Values that are not finite numbers are kept with `value: null` and
 * their text in `raw`; they never stop a load. History points carry the trainer's step (else epoch, else row
 * index) and, where the format records one, a timestamp in milliseconds since the Unix epoch.
 *
 * Every problem a person can fix is a MetricsFileError naming the file and the line, byte offset or key.
 */










/** Files read at once from a folder: enough to overlap I/O, few enough to keep memory and descriptors low. */
const PARALLEL_UNITS = 8;
/**
 * One run's metrics and params from a file or a folder. A folder loads every recognised file below it (hidden
 * folders and node_modules left out) into one run; the same metric from two files is an error naming both.
 */
async function loadRun(path, options = {}) {
    const format = options.format === 'auto' ? undefined : options.format;
    const isFolder = await isFolderPath(path);
    const context = new LoadContext(path, isFolder);
    let units;
    if (isFolder) {
        units = planFolder(await listFolder(path), format);
        if (units.length === 0) {
            throw MetricsFileError.at({ file: path }, format === undefined
                ? `found no metrics files in the folder. Crucible looked for ${LOOKED_FOR}. ` +
                    'Point at the folder or file your trainer writes, or pass a format.'
                : `found no ${format} metrics in the folder; the ${format} format reads ${lookedForByFormat(format)}.`);
        }
    }
    else {
        units = [await planFile(path, format, () => peek(path))];
    }
    // A few units load at once, and are added in their sorted order as they finish: the result (and the first
    // error) do not depend on which file finished first, and the metrics cap stops a huge folder early.
    const builder = new RunBuilder(context);
    const inFlight = [];
    let next = 0;
    const startMore = () => {
        while (inFlight.length < PARALLEL_UNITS && next < units.length) {
            inFlight.push(loadUnit(context, units[next++]).then((loaded) => ({ loaded }), (error) => ({ error })));
        }
    };
    startMore();
    for (let outcome = inFlight.shift(); outcome !== undefined; outcome = inFlight.shift()) {
        const settled = await outcome;
        if ('error' in settled)
            throw settled.error;
        builder.add(settled.loaded);
        startMore();
    }
    const run = builder.build();
    if (run.metrics.size === 0) {
        const shown = run.files.slice(0, 5).map((file) => context.display(file));
        const read = shown.length === 0 ? 'no metrics file' : shown.join(', ');
        throw MetricsFileError.at({ file: path }, `holds no metrics (read: ${read}${run.files.length > 5 ? ', ...' : ''}). A run must report at least one ` +
            'metric; check that training wrote its metrics there.');
    }
    return run;
}
/**
 * Reads one unit. Loaders other than the plain-document one load on first use: under Node's type stripping each
 * module costs compile time at start-up, and most runs need one format.
 */
async function loadUnit(context, unit) {
    switch (unit.kind) {
        case 'document':
            return loadDocumentMetrics(context, unit.file, unit.syntax);
        case 'params':
            return {
                format: unit.syntax,
                files: [unit.file],
                metrics: new Map(),
                params: await loadDocumentParams(context, unit.file, unit.syntax),
            };
        case 'delimited': {
            const { loadDelimitedMetrics } = await __webpack_require__.e(/* import() */ 976).then(__webpack_require__.bind(__webpack_require__, 83976));
            return loadDelimitedMetrics(context, unit.file, unit.format === undefined ? { delimiter: unit.delimiter } : { delimiter: unit.delimiter, format: unit.format });
        }
        case 'keras-log': {
            const { delimitedMetrics } = await __webpack_require__.e(/* import() */ 976).then(__webpack_require__.bind(__webpack_require__, 83976));
            const text = await context.readText(unit.file);
            const delimiter = kerasLogSeparator(text);
            if (delimiter === undefined)
                return { format: 'keras', files: [], metrics: new Map(), params: [] };
            return delimitedMetrics(context, unit.file, text, { delimiter, format: 'keras' });
        }
        case 'huggingface':
            return (await __webpack_require__.e(/* import() */ 713).then(__webpack_require__.bind(__webpack_require__, 1713))).loadHuggingFace(context, unit.files);
        case 'dvclive':
            return (await __webpack_require__.e(/* import() */ 458).then(__webpack_require__.bind(__webpack_require__, 66458))).loadDvcLive(context, unit.files);
        case 'mlflow':
            return (await __webpack_require__.e(/* import() */ 210).then(__webpack_require__.bind(__webpack_require__, 74210))).loadMlflow(context, unit.files);
        case 'wandb':
            return (await __webpack_require__.e(/* import() */ 995).then(__webpack_require__.bind(__webpack_require__, 12995))).loadWandb(context, unit.summary, unit.config);
        case 'tensorboard':
            return (await __webpack_require__.e(/* import() */ 543).then(__webpack_require__.bind(__webpack_require__, 26543))).loadTensorBoard(context, unit.files);
    }
}
async function isFolderPath(path) {
    try {
        return (await stat(path)).isDirectory();
    }
    catch (error) {
        throw asReadError(error, path);
    }
}
/** The first bytes of a file as text, for telling its format from its content. */
async function peek(path) {
    try {
        const handle = await open(path, 'r');
        try {
            const buffer = Buffer.alloc(512);
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
            return buffer.subarray(0, bytesRead).toString('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        throw asReadError(error, path);
    }
}
/**
 * Params from a YAML, JSON or TOML file (flattened like metrics, values kept as text), or from an MLflow params
 * folder (one file per key, a key with "/" as nested folders; an MLflow run folder reads its `params/`).
 */
async function loadParams(path) {
    const isFolder = await isFolderPath(path);
    const context = new LoadContext(path, isFolder);
    let params;
    if (isFolder) {
        const listing = await listFolder(path);
        const isRun = listing.folders.has('params') && listing.folders.has('metrics');
        const files = [];
        for (const file of listing.files) {
            if (!isRun)
                files.push({ file, name: file });
            else if (file.startsWith('params/'))
                files.push({ file, name: file.slice('params/'.length) });
        }
        const { loadMlflow } = await __webpack_require__.e(/* import() */ 210).then(__webpack_require__.bind(__webpack_require__, 74210));
        params = (await loadMlflow(context, { metrics: [], params: files })).params;
    }
    else {
        // YAML reads JSON too, so a params file of another name is read as YAML.
        params = await loadDocumentParams(context, path, syntaxOfName(posix.basename(path)) ?? 'yaml');
    }
    const byName = new Map();
    for (const param of params)
        byName.set(param.name, param);
    return byName;
}

;// CONCATENATED MODULE: ../../packages/core/src/report/escape.ts
/**
 * Untrusted text (metric and column names, values, file names, messages) made inert for GitHub-flavoured
 * markdown and HTML: it renders as the characters written, never as markup, a mention, an issue link, an image or
 * a live URL, and it cannot break a table row or close a <details>.
 *
 * Two layers, because GitHub works in two passes. cmark-gfm parses the markdown (tables, emphasis, links, HTML,
 * bare URLs); every character that could start a construct there becomes a numeric character reference, which
 * the parser never reads as syntax. GitHub then links @mentions, #123 and GH-123 in the text of the HTML it
 * produced, after those references were decoded, skipping text inside <code>: so untrusted text either goes inside
 * <code> (escapeCode, escapeName) or has an invisible word joiner put after the `@`, `#` or `GH` (escapeMarkdown).
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '@': '&#64;',
    '#': '&#35;',
    '[': '&#91;',
    ']': '&#93;',
    '(': '&#40;',
    ')': '&#41;',
    '!': '&#33;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    '\\': '&#92;',
    ':': '&#58;',
    '$': '&#36;',
    '^': '&#94;',
};
/** A word joiner (U+2060): invisible, and no mention or reference pattern matches across it. */
const JOINER = '\u2060';
/** Lone surrogates cannot be written as UTF-8; they become U+FFFD as any UTF-8 writer would make them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * C0 controls and DEL as their Unicode control pictures (U+2400 block): HTML cannot carry most of them (a
 * reference to U+0001 decodes to U+FFFD), and a newline or a tab shown as a blank would hide that it is there.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;
const showControl = (char) => String.fromCodePoint(char === '\u007f' ? 0x2421 : 0x2400 + char.codePointAt(0));
// eslint-disable-next-line no-control-regex -- line breaks in a message read as spaces
const LINE_BREAKS = /[\r\n\t\u000b\u000c\u2028\u2029]+/g;
/** The first `maxLength` code points of `text`, with an ellipsis when some were cut. */
function clip(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    const points = [...text];
    return points.length > maxLength ? `${points.slice(0, Math.max(0, maxLength - 1)).join('')}…` : text;
}
/**
 * Every markdown-active character as a character reference. `.` only matters inside a bare domain
 * (evil.example becomes a link), so it is escaped where a letter or digit follows.
 */
function escapeCharacters(text) {
    return text
        .replace(/[&<>"'|`@#[\]()!*_~\\:$^]/g, (char) => ENTITIES[char])
        .replace(/\.(?=[\p{L}\p{N}])/gu, '&#46;');
}
/** Exact text inside <code>: controls shown as pictures, everything else as written. */
function inert(text) {
    return escapeCharacters(text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, showControl));
}
/** A message on one line: line breaks read as one space. */
function flatten(text, maxLength) {
    return clip(text.replace(LINE_BREAKS, ' '), maxLength);
}
/**
 * Escapes text for a markdown table cell or a line of prose; line breaks become spaces, long text is clipped.
 * Mentions and references are broken with an invisible word joiner, so the text reads the same.
 */
function escape_escapeMarkdown(text, maxLength = 200) {
    const escaped = inert(flatten(text, maxLength))
        .replace(/&#64;(?=[\p{L}\p{N}])|&#35;(?=\p{N})/gu, (reference) => `${reference}${JOINER}`)
        .replace(/\bGH(?=-\d)/gi, (prefix) => `${prefix}${JOINER}`);
    // A list item, a setext underline or an indented code block starts at the beginning of a line ("1. " too).
    return escaped.replace(/^[-+=\s]/u, (char) => `&#${char.codePointAt(0)};`).replace(/^(\d+)\./, '$1&#46;');
}
/** Text shown as inline code, for values and messages that read better monospaced: escaped, never a code span. */
function escape_escapeCode(text, maxLength = 200) {
    return `<code>${inert(flatten(text, maxLength))}</code>`;
}
/**
 * A name (metric, param, column, file) exactly as written, monospaced: never clipped (schemas bound names), line
 * breaks and other controls shown as control pictures, so the rendered text is the name itself.
 */
function escape_escapeName(name) {
    return `<code>${inert(name)}</code>`;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ../../packages/core/src/report/budget.ts

/** Characters as GitHub counts them: code points, so an emoji written as a surrogate pair counts once. */
function countCodePoints(text) {
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
function measure(text, budget) {
    return { chars: countCodePoints(text), bytes: budget.maxBytes === undefined ? 0 : Buffer.byteLength(text, 'utf8') };
}
const SEPARATOR = '\n\n';
function layoutOf(texts, budget) {
    return { texts, sizes: texts.map((text) => measure(text, budget)) };
}
/** The same layout with some parts' texts replaced. */
function replaced(layout, replacements, budget) {
    const texts = [...layout.texts];
    const sizes = [...layout.sizes];
    for (const [index, text] of replacements) {
        texts[index] = text;
        sizes[index] = measure(text, budget);
    }
    return { texts, sizes };
}
/** Whether the joined text fits: the sum of the non-empty parts plus a separator between each two. */
function layoutFits(layout, budget) {
    let chars = 0;
    let bytes = 0;
    let parts = 0;
    layout.texts.forEach((text, i) => {
        if (text === '')
            return;
        parts++;
        chars += layout.sizes[i].chars;
        bytes += layout.sizes[i].bytes;
    });
    const separators = Math.max(0, parts - 1) * SEPARATOR.length;
    return chars + separators <= budget.maxChars && (budget.maxBytes === undefined || bytes + separators <= budget.maxBytes);
}
const joined = (layout) => layout.texts.filter((text) => text !== '').join(SEPARATOR);
/**
 * Renders every part with every lever at its total; while the result is over the budget, turns the levers down in
 * the order given (least important first) to the largest count that fits, or to zero and on to the next lever.
 * `fits` is false when even every lever at zero is too long: the caller falls back to something smaller.
 */
function budget_fitParts(parts, levers, budget) {
    const shown = Object.fromEntries(levers.map((lever) => [lever.name, lever.total]));
    let layout = layoutOf(parts.map((part) => part.render(shown)), budget);
    for (const lever of levers) {
        if (layoutFits(layout, budget))
            break;
        const affected = parts.flatMap((part, index) => (part.levers.includes(lever.name) ? [index] : []));
        const at = (count) => {
            const next = { ...shown, [lever.name]: count };
            return replaced(layout, new Map(affected.map((index) => [index, parts[index].render(next)])), budget);
        };
        // Invariant: `low` fits (or is zero), `high` does not; the count shown now (the total) does not fit.
        let low = 0;
        let best = at(0);
        let high = lever.total;
        if (layoutFits(best, budget)) {
            while (high - low > 1) {
                const middle = Math.floor((low + high) / 2);
                const candidate = at(middle);
                if (layoutFits(candidate, budget))
                    [low, best] = [middle, candidate];
                else
                    high = middle;
            }
        }
        shown[lever.name] = low;
        layout = best;
    }
    return { markdown: joined(layout), shown, fits: layoutFits(layout, budget) };
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/markdown-table@3.1.0/node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(9214);
;// CONCATENATED MODULE: ../../packages/core/src/report/markdown.ts


/**
 * A GFM table. Cells are not padded to a common width: a column of long names would pad every row to the longest,
 * which costs characters the budget needs for rows.
 */
function report_markdown_table(header, rows, align) {
    return (0,markdown_table/* markdownTable */.Q)([header, ...rows], { alignDelimiters: false, ...(align === undefined ? {} : { align }) });
}
/**
 * A folded block. The blank lines around the body let GitHub parse markdown inside it; `summary` is inline HTML
 * text, so it must not contain markdown that needs parsing.
 */
function markdown_details(summary, body, open = false) {
    return [`<details${open ? ' open' : ''}><summary>${summary}</summary>`, '', body, '', '</details>'].join('\n');
}
/** An http(s) URL made safe for a markdown link target, or undefined for anything else (javascript:, data:). */
function safeUrl(url) {
    if (url === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    // URL.href percent-encodes spaces and quotes; brackets and parentheses would end the link target early.
    return parsed.href.replace(/[()<>[\]]/g, (char) => `%${char.codePointAt(0).toString(16).toUpperCase()}`);
}
/** A markdown link, or the label alone when the URL is not a safe http(s) URL. */
function markdown_link(label, url) {
    const target = safeUrl(url);
    return target === undefined ? label : `[${label}](${target})`;
}
/** A commit sha as short code, linked to the commit when it is a real sha and the repository is known. */
function markdown_commitLink(sha, repository) {
    if (!/^[0-9a-f]{7,40}$/i.test(sha))
        return escapeCode(sha, 40);
    const label = `<code>${sha.slice(0, 7)}</code>`;
    if (!/^[\w.-]+\/[\w.-]+$/.test(repository.repository))
        return label;
    return markdown_link(label, `${repository.serverUrl.replace(/\/+$/, '')}/${repository.repository}/commit/${sha}`);
}
/** "1 metric", "3 metrics". */
function markdown_plural(count, noun, nouns = `${noun}s`) {
    return `${count.toLocaleString('en-US')} ${count === 1 ? noun : nouns}`;
}

;// CONCATENATED MODULE: ../../packages/core/src/report/comparison.ts




const STATUS = {
    improved: '🟢 improved',
    regressed: '🔴 regressed',
    unchanged: '⚪ unchanged',
    'within-noise': '🟡 within noise',
    added: '🆕 added',
    removed: '➖ removed',
    invalid: '⛔ invalid',
};
/** Regressions and invalid values first, then improvements, then the rest: the order rows are shown and kept. */
const comparison_STATUS_ORDER = { invalid: 0, regressed: 1, removed: 2, improved: 3, added: 4, 'within-noise': 5, unchanged: 6 };
/** Statuses a reviewer must see: the report keeps these rows longest when it has to leave rows out. */
const comparison_ATTENTION = new Set(['invalid', 'regressed', 'removed']);
/** In importance order, by name within a status. */
function comparison_sortMetrics(metrics) {
    return [...metrics].sort((a, b) => comparison_STATUS_ORDER[a.status] - comparison_STATUS_ORDER[b.status] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** "3 improved, 400 unchanged", in importance order; statuses with no metric are left out. */
function comparison_describeStatuses(metrics) {
    const counts = new Map();
    for (const metric of metrics)
        counts.set(metric.status, (counts.get(metric.status) ?? 0) + 1);
    return [...counts]
        .sort((a, b) => comparison_STATUS_ORDER[a[0]] - comparison_STATUS_ORDER[b[0]])
        .map(([status, count]) => `${count.toLocaleString('en-US')} ${status === 'within-noise' ? 'within noise' : status}`)
        .join(', ');
}
/** What decided the status: Welch's interval, the spread of recent base-branch runs, or the tolerance. */
function noiseNote(metric) {
    const noise = metric.noise;
    if (noise === undefined || noise.method === 'none')
        return metric.direction === 'none' ? 'not judged' : '';
    if (noise.method === 'welch') {
        const level = Math.round((2 * noise.confidence - 1) * 100);
        return `${level}% CI [${formatNumber(noise.low, { sign: true })}, ${formatNumber(noise.high, { sign: true })}]`;
    }
    if (noise.method === 'history')
        return `±${formatNumber(noise.threshold)} (2σ of ${noise.runs} base runs)`;
    if (noise.threshold <= 0)
        return '';
    return `tolerance ${metric.tolerance === undefined ? formatNumber(noise.threshold) : escapeMarkdown(metric.tolerance, 64)}`;
}
function direction(metric) {
    const arrow = metric.direction === 'higher' ? '↑' : metric.direction === 'lower' ? '↓' : '·';
    return metric.directionSource === 'inferred' && metric.direction !== 'none' ? `${arrow}*` : arrow;
}
function comparison_status(metric) {
    const required = metric.required === true && metric.status === 'removed' ? 'required' : '';
    return [STATUS[metric.status], required, noiseNote(metric)].filter((part) => part !== '').join(' · ');
}
/** The baseline column's heading: which commit, how old. */
function baselineHeading(evidence) {
    const baseline = evidence.baseline;
    if (baseline?.sha === undefined || baseline.sha === null || !/^[0-9a-f]{7,40}$/i.test(baseline.sha))
        return 'Baseline';
    const age = baseline.ageDays === undefined || baseline.ageDays === null ? '' : `, ${formatAge(baseline.ageDays)}`;
    return `Baseline <code>${baseline.sha.slice(0, 7)}</code>${age}`;
}
/** The metric table's heading row; `trend` adds the column of the PR's sparklines. */
function comparison_metricHeader(evidence, trend) {
    const header = ['Metric', 'Better', baselineHeading(evidence), 'This PR', 'Δ', 'Δ %', 'Status'];
    const align = ['l', 'c', 'r', 'r', 'r', 'r', 'l'];
    return trend ? { header: [...header, 'PR trend'], align: [...align, 'l'] } : { header, align };
}
/** One metric's row: the name exactly as written, escaped; `trend` is its sparkline when the table has the column. */
function comparison_metricRow(metric, trend) {
    const row = [
        escapeName(metric.name),
        direction(metric),
        formatNumber(metric.baseline),
        formatNumber(metric.current),
        formatNumber(metric.delta, { sign: true }),
        formatPercent(metric.deltaPercent),
        comparison_status(metric),
    ];
    return trend === undefined ? row : [...row, trend];
}
const comparison_METRIC_LEGEND = '↑ higher is better, ↓ lower is better, · not judged; * direction inferred from the name (set it in crucible.yml).';
/** The metric table: one row per metric, names escaped, the most important rows first. */
function renderMetricTable(evidence, limit = Number.POSITIVE_INFINITY) {
    const sorted = comparison_sortMetrics(evidence.metrics);
    const shown = sorted.slice(0, limit);
    const { header, align } = comparison_metricHeader(evidence, false);
    return { table: table(header, shown.map((metric) => comparison_metricRow(metric)), align), dropped: sorted.length - shown.length };
}
const BASELINE_SOURCE = {
    artifact: 'the base branch run at the merge-base',
    'ancestor-artifact': 'the nearest ancestor of the merge-base with results',
    git: 'the metrics file in git at the merge-base',
    path: 'the baseline-path given',
    none: '',
};
/**
 * What the baseline was, in one line: source, commit, age, and whether it fell back. With the repository, the
 * commit links to GitHub.
 */
function comparison_describeBaseline(evidence, repository = { serverUrl: '', repository: '' }) {
    const baseline = evidence.baseline;
    if (baseline === undefined || baseline.source === 'none')
        return 'No baseline was found: every metric is new.';
    const commit = baseline.sha === null ? 'an unknown commit' : commitLink(baseline.sha, repository);
    const note = baseline.note === undefined || baseline.note === '' ? '' : ` ${escapeMarkdown(baseline.note, 300)}`;
    return `Baseline: ${BASELINE_SOURCE[baseline.source]}, ${commit} (${formatAge(baseline.ageDays)})${baseline.fellBack ? ', a fallback' : ''}.${note}`;
}
/** "Runs compared: 3 baseline, 3 current." or ''. */
function comparison_describeRuns(evidence) {
    return evidence.runs === undefined ? '' : `Runs compared: ${evidence.runs.baseline} baseline, ${evidence.runs.current} current.`;
}
/** The verdict of one comparison in a line: what failed, or how many improved. */
function comparisonVerdict(evidence) {
    const count = (wanted) => evidence.metrics.filter(wanted).length;
    const regressed = count((metric) => metric.status === 'regressed');
    const invalid = count((metric) => metric.status === 'invalid');
    const missing = count((metric) => metric.status === 'removed' && metric.required === true);
    if (evidence.verdict === 'pass')
        return `✅ **Metrics pass**: ${count((metric) => metric.status === 'improved')} improved, no regressions.`;
    const parts = [
        regressed > 0 ? `${plural(regressed, 'metric')} regressed` : '',
        invalid > 0 ? `${plural(invalid, 'value')} not a number` : '',
        missing > 0 ? `${plural(missing, 'required metric')} missing` : '',
    ].filter((part) => part !== '');
    return `❌ **Metrics fail**: ${parts.length > 0 ? parts.join(', ') : 'see the failures below'}.`;
}
/** The step summary takes 1 MiB; a little is kept for the heading the caller adds. */
const SUMMARY_BUDGET = { maxChars: 1024 * 1024 - 1024, maxBytes: 1024 * 1024 - 1024 };
/**
 * A compact markdown summary of a comparison: verdict, baseline, table, and what the marks mean. Within `budget`
 * (by default a step summary's): when the table is too long, its least important rows are left out, and it says so.
 */
function renderComparisonMarkdown(evidence, budget = SUMMARY_BUDGET) {
    const runs = comparison_describeRuns(evidence);
    const head = `${comparisonVerdict(evidence)}\n\n${comparison_describeBaseline(evidence)}${runs === '' ? '' : ` ${runs}`}`;
    const rows = {
        levers: ['rows'],
        render: ({ rows: limit }) => {
            const { table, dropped } = renderMetricTable(evidence, limit);
            return dropped === 0 ? table : `${limit === 0 ? '' : `${table}\n\n`}✂️ ${plural(dropped, 'metric')} not shown to fit the size limit.`;
        },
    };
    const fitted = fitParts([{ levers: [], render: () => head }, rows, { levers: [], render: () => `<sub>${comparison_METRIC_LEGEND}</sub>` }], [{ name: 'rows', total: evidence.metrics.length }], budget);
    return `${fitted.markdown}\n`;
}

;// CONCATENATED MODULE: ../../packages/core/src/report/section.ts

/**
 * The order levers are turned down when the report is too long: the runs' own curves (a comparison's say more),
 * then baseline-against-PR curves, then params, then metrics that need no attention, then drift rows (stable
 * columns first); failed data checks and regressed, invalid and removed metrics only after everything else.
 */
const section_DROP_ORDER = ['runCharts', 'charts', 'params', 'otherMetrics', 'drift', 'runs', 'needs', 'checks', 'refused', 'attentionMetrics'];
/** The line a section shows where it left rows out, linking the full report when there is one. */
function omissionNote(sentence, context) {
    const where = context.fullReportUrl === undefined ? '' : `; see the ${markdown_link('full report', context.fullReportUrl)}`;
    return `✂️ ${sentence} to fit the size limit${where}.`;
}
/** A section's markdown: its heading, its body, and a note per omission, blank lines between. */
function section_sectionMarkdown(heading, body, omissions, context) {
    return [`#### ${heading}`, ...body, ...omissions.map((omission) => omissionNote(omission.sentence, context))].filter((block) => block !== '').join('\n\n');
}
/**
 * Shares a count of rows among groups (one per evidence document) by importance across all of them: each row has
 * a rank (lower is more important), each group's rows are sorted by it, and the first `count` rows of the merged
 * order are shown. Returns how many of each group's rows that is; each group shows a prefix of its rows.
 */
function section_allotter(ranks) {
    const merged = ranks
        .flatMap((group, index) => group.map((rank, row) => ({ rank, index, row })))
        .sort((a, b) => a.rank - b.rank || a.index - b.index || a.row - b.row)
        .map((entry) => entry.index);
    return (count) => {
        const counts = ranks.map(() => 0);
        for (const index of merged.slice(0, count))
            counts[index] = counts[index] + 1;
        return counts;
    };
}
/**
 * Short labels for evidence files: their paths without the folder they all share, so two runs read as
 * `seed-1/run.json` and `seed-2/run.json` rather than two long temp paths.
 */
function section_evidenceLabels(paths) {
    const split = paths.map((path) => path.split(/[\\/]+/));
    let common = 0;
    const first = split[0] ?? [];
    while (common < first.length - 1 && split.every((parts) => parts.length - 1 > common && parts[common] === first[common]))
        common++;
    return new Map(paths.map((path, i) => [path, split[i].slice(common).join('/')]));
}

;// CONCATENATED MODULE: ../../packages/core/src/report/chart.ts
/**
 * Training curves for the report: Mermaid xychart-beta line charts of baseline against PR or of a line per run,
 * and Unicode sparklines for clients that show Mermaid as code. GitHub shows a chart that does not parse as an
 * error box, so the text emitted here keeps to what the xychart grammar accepts: plain decimals (no exponent),
 * titles in a safe alphabet.
 */
/** Finite points in step order, one per step (the last logged wins, as when a trainer logs a step again). */
function clean(history) {
    const byStep = new Map();
    for (const [step, value] of history)
        if (Number.isFinite(step) && Number.isFinite(value))
            byStep.set(step, value);
    return [...byStep].sort((a, b) => a[0] - b[0]);
}
/** `count` evenly spaced steps from `from` to `to`. */
function stepGrid(from, to, count) {
    return Array.from({ length: count }, (_, i) => (i === count - 1 ? to : from + ((to - from) * i) / (count - 1)));
}
/** A series' values at each grid step: linear between its points, held flat beyond its first and last. */
function resample(points, grid) {
    let at = 0;
    return grid.map((step) => {
        while (at < points.length - 1 && points[at + 1][0] <= step)
            at++;
        const [x0, y0] = points[at];
        const next = points[at + 1];
        if (step <= x0 || next === undefined)
            return y0;
        const [x1, y1] = next;
        return y0 + ((y1 - y0) * (step - x0)) / (x1 - x0);
    });
}
const LEVELS = '▁▂▃▄▅▆▇█';
/** A history as a line of block characters, resampled to at most `width`; '' with fewer than two points. */
function chart_sparkline(history, width = 16) {
    const points = clean(history);
    if (points.length < 2)
        return '';
    const values = resample(points, stepGrid(points[0][0], points.at(-1)[0], Math.min(width, points.length)));
    const low = Math.min(...values);
    const span = Math.max(...values) - low;
    const top = LEVELS.length - 1;
    // A flat history (or one whose span overflows) sits mid-height rather than at the floor.
    const level = (value) => (span > 0 && Number.isFinite(span) ? Math.round(((value - low) / span) * top) : Math.floor(top / 2));
    return values.map((value) => LEVELS[level(value)]).join('');
}
/**
 * Text for a chart title or axis label: letters, digits and a few marks only, so no quote, directive, entity or
 * markup can reach Mermaid. The report shows the exact name next to the chart.
 */
function mermaidLabel(text, maxLength = 60) {
    const safe = text.replace(/[^A-Za-z0-9 _./()+-]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, maxLength);
    return safe === '' || /^_+$/.test(safe) ? 'metric' : safe;
}
/**
 * Plain decimals, since the grammar has no exponent: extreme magnitudes are divided by a power of ten first (the
 * axis label says which), and the decimals give about four significant digits of the values' range.
 */
function axisNumbers(values) {
    const magnitude = Math.max(...values.map(Math.abs));
    // Clamped so that the divisor of a subnormal stays a number above zero.
    const exponent = magnitude === 0 ? 0 : Math.max(-300, Math.floor(Math.log10(magnitude)));
    const scaled = exponent >= 12 || exponent <= -7;
    const divisor = scaled ? 10 ** exponent : 1;
    const range = (Math.max(...values) - Math.min(...values)) / divisor;
    const decimals = Math.min(15, Math.max(0, 3 - Math.floor(Math.log10(range > 0 ? range : magnitude / divisor || 1))));
    const format = (value) => {
        const text = (value / divisor).toFixed(decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
        return text === '-0' ? '0' : text;
    };
    return { format, suffix: scaled ? ` (x 1e${exponent})` : '' };
}
/** Baseline first, PR second; xychart-beta has no legend, so the caption names the colours. */
const BASELINE_COLOUR = { hex: '#f28e2b', label: '🟠 orange' };
const CURRENT_COLOUR = { hex: '#4e79a7', label: '🔵 blue' };
/**
 * Colours for one line per run (seeds): Tableau 10, in an order whose emoji circles are told apart at a glance.
 * Eight, since there are no more distinct circles; a chart draws at most this many runs.
 */
const RUN_COLOURS = [
    CURRENT_COLOUR,
    BASELINE_COLOUR,
    { hex: '#59a14f', label: '🟢 green' },
    { hex: '#e15759', label: '🔴 red' },
    { hex: '#b07aa1', label: '🟣 purple' },
    { hex: '#edc948', label: '🟡 yellow' },
    { hex: '#9c755f', label: '🟤 brown' },
    { hex: '#4d4d4d', label: '⚫ black' },
];
const MAX_RUN_LINES = RUN_COLOURS.length;
const MAX_POINTS = 40;
/**
 * A line chart of some series (each with at least one point), resampled onto one evenly spaced step grid: their
 * steps differ (other logging intervals, other lengths). Undefined when none has two points or the values cannot
 * be drawn.
 */
function lineChart(name, series) {
    if (!series.some((entry) => entry.points.length >= 2))
        return undefined;
    const from = Math.min(...series.map((entry) => entry.points[0][0]));
    const to = Math.max(...series.map((entry) => entry.points.at(-1)[0]));
    if (!(to > from) || !Number.isFinite(to - from))
        return undefined;
    const grid = stepGrid(from, to, Math.min(MAX_POINTS, Math.max(...series.map((entry) => entry.points.length))));
    const lines = series.map((entry) => resample(entry.points, grid));
    const values = lines.flat();
    const low = Math.min(...values);
    const high = Math.max(...values);
    const pad = high > low ? (high - low) * 0.05 : Math.abs(high) * 0.05 || 1;
    // Values near the largest doubles overflow the padded axis; such a chart could not be drawn anyway.
    if (!Number.isFinite(high + pad - (low - pad)))
        return undefined;
    const y = axisNumbers([low - pad, high + pad, ...values]);
    const x = axisNumbers([from, to]);
    const palette = series.map((entry) => entry.colour.hex).join(', ');
    const mermaid = [
        '```mermaid',
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        `  title "${mermaidLabel(name)}"`,
        `  x-axis "${mermaidLabel(`step${x.suffix}`)}" ${x.format(from)} --> ${x.format(to)}`,
        `  y-axis "${mermaidLabel(`value${y.suffix}`)}" ${y.format(low - pad)} --> ${y.format(high + pad)}`,
        ...lines.map((line) => `  line [${line.map(y.format).join(', ')}]`),
        '```',
    ].join('\n');
    const partial = (points) => {
        const [first, last] = [points[0][0], points.at(-1)[0]];
        return first <= from && last >= to ? undefined : `steps ${x.format(first)} to ${x.format(last)}${x.suffix}`;
    };
    return { mermaid, partial };
}
/**
 * A line chart of a metric's baseline and PR histories, both resampled onto one evenly spaced step grid (their
 * steps differ: other logging intervals, other lengths). Undefined when neither side has two points.
 */
function chart_curveChart(name, baseline, current) {
    const sides = [
        { side: 'baseline', points: clean(baseline), colour: BASELINE_COLOUR },
        { side: 'current', points: clean(current), colour: CURRENT_COLOUR },
    ].filter((entry) => entry.points.length > 0);
    const chart = lineChart(name, sides);
    if (chart === undefined)
        return undefined;
    const notes = sides.flatMap((entry) => {
        const steps = chart.partial(entry.points);
        if (steps === undefined)
            return [];
        return [`${entry.side === 'baseline' ? 'the baseline' : 'this PR'} logged ${steps} only; its line is flat outside them`];
    });
    return { mermaid: chart.mermaid, colours: sides.map((entry) => ({ label: entry.colour.label, side: entry.side })), notes };
}
/**
 * A line chart of one metric with a line per run (seeds of one training), the first MAX_RUN_LINES runs that logged
 * it. Undefined when no run has two points.
 */
function chart_runsChart(name, histories) {
    const logged = histories.map((history, run) => ({ run, points: clean(history) })).filter((entry) => entry.points.length > 0);
    const runs = logged.slice(0, MAX_RUN_LINES).map((entry, i) => ({ ...entry, colour: RUN_COLOURS[i] }));
    const chart = lineChart(name, runs);
    if (chart === undefined)
        return undefined;
    return {
        mermaid: chart.mermaid,
        more: logged.length - runs.length,
        lines: runs.map((entry) => {
            const partial = chart.partial(entry.points);
            return { run: entry.run, colour: entry.colour.label, ...(partial === undefined ? {} : { partial }) };
        }),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/curves.ts





/** More charts than this is more than a reviewer reads, and each one is work for the browser. */
const MAX_CHARTS = 20;
/** Up to this many charts show unfolded. */
const OPEN_CHARTS = 2;
function chartMarkdown({ name, chart }) {
    const colours = chart.colours.map((colour) => `${colour.label}: ${colour.side === 'baseline' ? 'baseline' : 'this PR'}`).join(', ');
    const notes = chart.notes.map((note) => ` ${note.charAt(0).toUpperCase()}${note.slice(1)}.`).join('');
    return `${chart.mermaid}\n\n<sub>${escapeName(name)}: ${colours}.${notes}</sub>`;
}
/** Every compared metric with a history, in the order of the comparisons and of their metrics. */
function candidatesOf(comparisons) {
    const candidates = [];
    for (const { evidence } of comparisons) {
        const histories = new Map(Object.entries(evidence.histories ?? {}));
        for (const metric of evidence.metrics) {
            const history = histories.get(metric.name);
            if (history !== undefined)
                candidates.push({ metric, history });
        }
    }
    return candidates;
}
/**
 * The metrics whose curves are this section's to draw: those a comparison holds a history for. The runs section
 * leaves them to it, so that no curve is drawn twice, whether or not the budget or the cap keeps the chart here.
 */
function curves_comparedCurveNames(comparisons) {
    return new Set(candidatesOf(comparisons).map((candidate) => candidate.metric.name));
}
/**
 * The metrics with a history, most important first (the metric table's order, across comparisons), and the first
 * MAX_CHARTS of them drawn; drawing stops there, so thousands of histories cost no more than twenty.
 */
function drawCharts(comparisons) {
    const candidates = candidatesOf(comparisons);
    // A stable sort keeps comparison order, then name order, within a status.
    candidates.sort((a, b) => STATUS_ORDER[a.metric.status] - STATUS_ORDER[b.metric.status]);
    const drawn = [];
    for (const { metric, history } of candidates) {
        if (drawn.length === MAX_CHARTS)
            break;
        const chart = curveChart(metric.name, history.baseline, history.current);
        if (chart !== undefined)
            drawn.push({ name: metric.name, chart });
    }
    return { drawn, withHistory: candidates.length };
}
/** Training curves of baseline against PR, as Mermaid charts; one lever, the number of charts. */
function curves_curvesSection(comparisons, context) {
    const { drawn, withHistory } = drawCharts(comparisons);
    const omitted = (shown) => shown.charts < drawn.length ? [{ lever: 'charts', sentence: `${plural(drawn.length - shown.charts, 'training curve')} ${drawn.length - shown.charts === 1 ? 'is' : 'are'} not drawn` }] : [];
    return {
        levers: [{ name: 'charts', total: drawn.length }],
        omitted,
        render: (shown) => {
            if (drawn.length === 0)
                return '';
            const charts = drawn.slice(0, shown.charts).map(chartMarkdown).join('\n\n');
            const capped = drawn.length === MAX_CHARTS && withHistory > MAX_CHARTS ? `Curves are drawn for the ${MAX_CHARTS} most important of the ${withHistory.toLocaleString('en-US')} metrics with a history.` : '';
            const body = charts === '' ? '' : drawn.length > OPEN_CHARTS ? details(`${plural(shown.charts, 'chart')}: baseline against this PR`, charts) : charts;
            return sectionMarkdown('Training curves', [body, capped], omitted(shown), context);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/format.ts
/** Numbers for people: up to 4 significant digits, no exponent for everyday magnitudes, a sign where asked. */
function format_formatNumber(value, options = {}) {
    if (value === null || value === undefined)
        return '—';
    if (!Number.isFinite(value))
        return String(value);
    const sign = options.sign === true && value > 0 ? '+' : '';
    const magnitude = Math.abs(value);
    if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e9))
        return `${sign}${value.toExponential(3)}`;
    return `${sign}${Number(value.toPrecision(4))}`;
}
function format_formatPercent(value) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return '—';
    return `${value > 0 ? '+' : ''}${Number(value.toPrecision(3))}%`;
}
/** "3 days", "5 hours", "just now" for an age in days. */
function format_formatAge(days) {
    if (days === null || days === undefined)
        return 'unknown age';
    if (days >= 2)
        return `${Math.round(days)} days old`;
    const hours = days * 24;
    if (hours >= 2)
        return `${Math.round(hours)} hours old`;
    return 'less than 2 hours old';
}
/** "850 ms", "42.5 s", "3 min 20 s", "2 h 05 min" for a duration in seconds. */
function format_formatDuration(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0)
        return '—';
    if (seconds < 1)
        return `${Math.round(seconds * 1000)} ms`;
    if (seconds < 60)
        return `${Number(seconds.toPrecision(3))} s`;
    const whole = Math.round(seconds);
    if (whole < 3600)
        return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
    return `${Math.floor(whole / 3600)} h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')} min`;
}
/** "512 MiB", "79.6 GiB" for memory in MiB, as nvidia-smi counts it: three significant digits from 1 GiB up. */
function format_formatMemory(mib) {
    if (!Number.isFinite(mib) || mib < 0)
        return '—';
    if (mib < 1024)
        return `${Math.round(mib)} MiB`;
    return `${format_formatNumber(Number((mib / 1024).toPrecision(3)))} GiB`;
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/data.ts




/** Examples shown per failed check: enough to see the pattern, few enough to keep rows short. */
const EXAMPLES = 3;
/** "`abc` (line 12), `-3` (line 40)": unexpected values as written, each with the line to look at. */
function examples(check) {
    return (check.examples ?? [])
        .slice(0, EXAMPLES)
        .map((example) => `${escape_escapeCode(example.value === null ? 'null' : String(example.value), 60)} (line ${example.line})`)
        .join(', ');
}
function observed(check) {
    if (check.reason !== undefined)
        return escape_escapeMarkdown(check.reason, 200);
    if (check.observed === undefined || check.observed === null)
        return '';
    if (typeof check.observed === 'number')
        return format_formatNumber(check.observed);
    return escape_escapeMarkdown(typeof check.observed === 'string' ? check.observed : JSON.stringify(check.observed), 120);
}
function checkRow(check) {
    const unexpected = check.unexpectedCount === undefined ? '' : `${check.unexpectedCount.toLocaleString('en-US')}${check.unexpectedPercent === undefined || check.unexpectedPercent === null ? '' : ` (${format_formatPercent(check.unexpectedPercent).replace('+', '')})`}`;
    const column = check.column !== undefined ? escape_escapeName(check.column) : (check.columns ?? []).map((name) => escape_escapeName(name)).join(', ') || 'table';
    return [column, escape_escapeMarkdown(check.type, 64), unexpected, examples(check), observed(check)];
}
function statisticName(entry) {
    return { ks: 'KS p-value', 'chi-square': 'χ² p-value', z: 'Z-test p-value', wasserstein: 'Wasserstein / std', 'jensen-shannon': 'Jensen-Shannon', psi: 'PSI', hellinger: 'Hellinger' }[entry.statistic];
}
function driftRow(entry) {
    const pValue = entry.statistic === 'ks' || entry.statistic === 'chi-square' || entry.statistic === 'z';
    return [escape_escapeName(entry.column), statisticName(entry), format_formatNumber(entry.value), `${pValue ? '<' : '≥'} ${format_formatNumber(entry.threshold)}`, entry.drifted ? '🔴 drifted' : '🟢 stable'];
}
/** One line per data file: what was checked against what, and how it went. */
function headline(validation) {
    const evidence = validation.evidence;
    const failed = evidence.checks.filter((check) => !check.success).length;
    const drifted = evidence.drift.filter((entry) => entry.drifted).length;
    const file = escape_escapeName(evidence.data?.file ?? validation.label);
    const schemaFile = evidence.schemaFile === undefined || evidence.schemaFile === null ? '' : ` against ${escape_escapeName(evidence.schemaFile.file)}`;
    const reference = evidence.reference === undefined || evidence.reference === null ? '' : `; drift against ${escape_escapeName(evidence.reference.file)} (${markdown_plural(evidence.reference.rows, 'row')})`;
    const verdict = failed > 0 ? `❌ ${failed} of ${markdown_plural(evidence.checks.length, 'check')} failed` : `✅ ${markdown_plural(evidence.checks.length, 'check')} passed`;
    const drift = evidence.drift.length === 0 ? '' : `, ${drifted} of ${markdown_plural(evidence.drift.length, 'column')} drifted${evidence.driftSummary?.datasetDrift === true ? ' (dataset drift)' : ''}`;
    return `${file}${schemaFile}: ${markdown_plural(evidence.rows, 'row')}; ${verdict}${drift}${reference}.`;
}
/**
 * Data checks and drift from validate-data's evidence: a line per file, the failed checks with example values and
 * their lines, and the drift table, drifted columns first. Two levers: failed-check rows and drift rows.
 */
function data_dataSection(validations, context) {
    const failedChecks = validations.map((validation) => validation.evidence.checks.filter((check) => !check.success));
    const driftRows = validations.map((validation) => [...validation.evidence.drift].sort((a, b) => Number(b.drifted) - Number(a.drifted)));
    const checksFor = section_allotter(failedChecks.map((checks) => checks.map(() => 0)));
    const driftFor = section_allotter(driftRows.map((rows) => rows.map((entry) => (entry.drifted ? 0 : 1))));
    const totalChecks = failedChecks.reduce((sum, checks) => sum + checks.length, 0);
    const totalDrift = driftRows.reduce((sum, rows) => sum + rows.length, 0);
    const omitted = (shown) => [
        ...(shown.checks < totalChecks ? [{ lever: 'checks', sentence: `${markdown_plural(totalChecks - shown.checks, 'failed check')} ${totalChecks - shown.checks === 1 ? 'is' : 'are'} not shown` }] : []),
        ...(shown.drift < totalDrift ? [{ lever: 'drift', sentence: `${markdown_plural(totalDrift - shown.drift, 'drift row')} ${totalDrift - shown.drift === 1 ? 'is' : 'are'} not shown` }] : []),
    ];
    return {
        levers: [
            { name: 'checks', total: totalChecks },
            { name: 'drift', total: totalDrift },
        ],
        omitted,
        render: (shown) => {
            if (validations.length === 0)
                return '';
            const checkCounts = checksFor(shown.checks);
            const driftCounts = driftFor(shown.drift);
            const body = validations.flatMap((validation, i) => {
                const checks = (failedChecks[i] ?? []).slice(0, checkCounts[i]);
                const drift = (driftRows[i] ?? []).slice(0, driftCounts[i]);
                const driftTable = drift.length === 0 ? '' : report_markdown_table(['Column', 'Statistic', 'Value', 'Drift when', 'Result'], drift.map(driftRow), ['l', 'l', 'r', 'r', 'l']);
                return [
                    headline(validation),
                    checks.length === 0 ? '' : report_markdown_table(['Column', 'Check', 'Unexpected', 'Examples', 'Observed'], checks.map(checkRow), ['l', 'l', 'r', 'l', 'l']),
                    driftTable === '' ? '' : drift.some((entry) => entry.drifted) ? driftTable : markdown_details(`Drift: ${markdown_plural(drift.length, 'column')}, none drifted`, driftTable),
                ];
            });
            return section_sectionMarkdown('Data checks', body, omitted(shown), context);
        },
    };
}
/** The data-checks section on its own, every row shown: validate-data's job summary. */
function renderValidationMarkdown(evidence, label = 'data') {
    const section = data_dataSection([{ evidence, label }], { repository: '', sha: null, serverUrl: '' });
    const everything = Object.fromEntries(section_DROP_ORDER.map((name) => [name, Number.MAX_SAFE_INTEGER]));
    return section.render(everything);
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/metrics.ts





/** Up to this many rows, a comparison is one table; beyond, the metrics that need no attention fold away. */
const FOLD_AT = 12;
function group(source) {
    const histories = new Map(Object.entries(source.evidence.histories ?? {}));
    const trends = new Map(source.evidence.metrics.map((metric) => [metric.name, sparkline(histories.get(metric.name)?.current ?? [])]));
    const trend = [...trends.values()].some((line) => line !== '');
    const rows = sortMetrics(source.evidence.metrics).map((metric) => ({ metric, row: metricRow(metric, trend ? trends.get(metric.name) : undefined) }));
    return {
        source,
        attention: rows.filter((entry) => ATTENTION.has(entry.metric.status)),
        other: rows.filter((entry) => !ATTENTION.has(entry.metric.status)),
        trend,
    };
}
function groupMarkdown(entry, attention, other, labelled, context) {
    const evidence = entry.source.evidence;
    const { header, align } = metricHeader(evidence, entry.trend);
    const runs = describeRuns(evidence);
    const blocks = [labelled ? `**${escapeName(entry.source.label)}**` : '', `${describeBaseline(evidence, context)}${runs === '' ? '' : ` ${runs}`}`];
    const rows = (list, count) => list.slice(0, count).map((item) => item.row);
    if (evidence.metrics.length === 0)
        return [...blocks, 'No metrics were compared.'].filter((block) => block !== '').join('\n\n');
    if (evidence.metrics.length <= FOLD_AT) {
        const shown = [...rows(entry.attention, attention), ...rows(entry.other, other)];
        if (shown.length > 0)
            blocks.push(table(header, shown, align));
    }
    else {
        if (attention > 0)
            blocks.push(table(header, rows(entry.attention, attention), align));
        if (other > 0) {
            const others = entry.other.map((item) => item.metric);
            blocks.push(details(`${plural(others.length, 'other metric')}: ${describeStatuses(others)}`, table(header, rows(entry.other, other), align)));
        }
    }
    blocks.push(`<sub>${METRIC_LEGEND}${entry.trend ? ' PR trend: the history of the first PR run.' : ''}</sub>`);
    return blocks.filter((block) => block !== '').join('\n\n');
}
/** "412 metrics are not shown (400 unchanged, 12 within noise)" for the rows a count leaves out. */
function omittedRows(lever, groups, counts, pick) {
    const left = groups.flatMap((entry, i) => pick(entry).slice(counts[i]).map((item) => item.metric));
    if (left.length === 0)
        return [];
    return [{ lever, sentence: `${plural(left.length, 'metric')} ${left.length === 1 ? 'is' : 'are'} not shown (${describeStatuses(left)})` }];
}
/**
 * The metric tables, one per comparison: baseline and runs, then the rows. Two levers: metrics that need attention
 * (invalid, regressed, removed) and the others, so the others go first when the report must shrink.
 */
function metrics_metricsSection(comparisons, context) {
    const groups = comparisons.map(group);
    const rank = (list) => list.map((item) => STATUS_ORDER[item.metric.status]);
    const allotAttention = allotter(groups.map((entry) => rank(entry.attention)));
    const allotOther = allotter(groups.map((entry) => rank(entry.other)));
    const omitted = (shown) => [
        ...omittedRows('otherMetrics', groups, allotOther(shown.otherMetrics), (entry) => entry.other),
        ...omittedRows('attentionMetrics', groups, allotAttention(shown.attentionMetrics), (entry) => entry.attention),
    ];
    return {
        levers: [
            { name: 'attentionMetrics', total: groups.reduce((sum, entry) => sum + entry.attention.length, 0) },
            { name: 'otherMetrics', total: groups.reduce((sum, entry) => sum + entry.other.length, 0) },
        ],
        omitted,
        render: (shown) => {
            if (groups.length === 0)
                return '';
            const attention = allotAttention(shown.attentionMetrics);
            const other = allotOther(shown.otherMetrics);
            const body = groups.map((entry, i) => groupMarkdown(entry, attention[i], other[i], groups.length > 1, context));
            return sectionMarkdown('Metrics', body, omitted(shown), context);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/params.ts



/** Changed params first: they are what a reviewer looks for, and the last to go when rows must be left out. */
const CHANGE_ORDER = { changed: 0, added: 1, removed: 2, same: 3 };
const CHANGE_LABEL = { changed: 'changed', added: 'new', removed: 'removed', same: '' };
/** Values can be long (a list, a path); the name is shown in full, the value up to this many characters. */
const VALUE_LENGTH = 120;
/** Up to this many params, the table shows unfolded. */
const OPEN_ROWS = 5;
function changeOf(param) {
    if (param.baseline === param.current)
        return 'same';
    if (param.baseline === null)
        return 'added';
    return param.current === null ? 'removed' : 'changed';
}
function rowsOf(evidence) {
    const value = (text) => (text === null ? '—' : escapeCode(text, VALUE_LENGTH));
    return evidence.params
        .map((param) => ({ param, change: changeOf(param) }))
        .sort((a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] || (a.param.name < b.param.name ? -1 : a.param.name > b.param.name ? 1 : 0))
        .map(({ param, change }) => ({ change, cells: [escapeName(param.name), value(param.baseline), value(param.current), CHANGE_LABEL[change]] }));
}
/** "2 changed, 1 new, 14 the same". */
function describeChanges(rows) {
    const count = (change) => rows.filter((row) => row.change === change).length;
    return ['changed', 'added', 'removed', 'same']
        .filter((change) => count(change) > 0)
        .map((change) => `${count(change).toLocaleString('en-US')} ${change === 'same' ? 'the same' : CHANGE_LABEL[change]}`)
        .join(', ');
}
/** The params diff of each comparison: baseline against PR, changed first; one lever, the number of rows. */
function params_paramsSection(comparisons, context) {
    const groups = comparisons.map((source) => ({ source, rows: rowsOf(source.evidence) })).filter((entry) => entry.rows.length > 0);
    const allot = allotter(groups.map((entry) => entry.rows.map((row) => CHANGE_ORDER[row.change])));
    const total = groups.reduce((sum, entry) => sum + entry.rows.length, 0);
    const omitted = (shown) => {
        const counts = allot(shown.params);
        const left = groups.flatMap((entry, i) => entry.rows.slice(counts[i]));
        return left.length === 0 ? [] : [{ lever: 'params', sentence: `${plural(left.length, 'param')} ${left.length === 1 ? 'is' : 'are'} not shown (${describeChanges(left)})` }];
    };
    return {
        levers: [{ name: 'params', total }],
        omitted,
        render: (shown) => {
            if (total === 0)
                return '';
            const counts = allot(shown.params);
            const body = groups.map((entry, i) => {
                const rows = entry.rows.slice(0, counts[i]).map((row) => row.cells);
                const label = groups.length > 1 ? `${escapeName(entry.source.label)}: ` : '';
                const summary = `${label}${plural(entry.rows.length, 'param')}: ${describeChanges(entry.rows)}`;
                if (rows.length === 0)
                    return summary;
                const rendered = table(['Param', 'Baseline', 'This PR', 'Change'], rows);
                return entry.rows.length <= OPEN_ROWS ? `${summary}\n\n${rendered}` : details(summary, rendered);
            });
            return sectionMarkdown('Params', body, omitted(shown), context);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/promotion.ts



const list = (needs) => needs.map((need) => escapeMarkdown(need.detail, 300)).join('; ');
/**
 * "What promotion still needs": per environment of crucible.yml, the rules this evidence does not meet and the
 * rules checked only when promoting. Omitted when crucible.yml names no environment. One lever, the rows.
 */
function promotion_promotionSection(needs, context) {
    const rows = needs.map((environment) => [
        escapeName(environment.environment),
        environment.unmet.length === 0 ? '✅ nothing' : `❌ ${list(environment.unmet)}`,
        environment.checkedWhenPromoting.length === 0 ? '—' : list(environment.checkedWhenPromoting),
    ]);
    const omitted = (shown) => shown.needs < rows.length ? [{ lever: 'needs', sentence: `${plural(rows.length - shown.needs, 'environment')} ${rows.length - shown.needs === 1 ? 'is' : 'are'} not shown` }] : [];
    return {
        levers: [{ name: 'needs', total: rows.length }],
        omitted,
        render: (shown) => {
            if (rows.length === 0)
                return '';
            const shownRows = rows.slice(0, shown.needs);
            const body = shownRows.length === 0 ? '' : table(['Environment', 'Not met by this evidence', 'Checked when promoting'], shownRows);
            return sectionMarkdown('What promotion still needs', [body], omitted(shown), context);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/provenance.ts

/** Listing every other commit could be thousands of lines; a few show the problem. */
const MAX_OTHER_COMMITS = 3;
/** "1 comparison, 3 runs". */
function describeKinds(evidence) {
    const counts = new Map();
    for (const found of evidence)
        counts.set(found.kind, (counts.get(found.kind) ?? 0) + 1);
    return [...counts].map(([kind, count]) => plural(count, kind)).join(', ');
}
/** Evidence recorded for no commit or for another commit than the one reported on: the gate will refuse it. */
function otherCommits(evidence, context) {
    const none = evidence.filter((found) => found.document.git === null).length;
    const others = [...new Set(evidence.flatMap((found) => (found.document.git !== null && found.document.git.sha !== context.sha ? [found.document.git.sha] : [])))];
    const lines = [];
    if (none > 0)
        lines.push(`⚠️ ${plural(none, 'evidence document')} ${none === 1 ? 'records' : 'record'} no commit.`);
    if (context.sha !== null && others.length > 0) {
        const shown = others.slice(0, MAX_OTHER_COMMITS).map((sha) => commitLink(sha, context));
        const more = others.length > MAX_OTHER_COMMITS ? ` and ${others.length - MAX_OTHER_COMMITS} more` : '';
        lines.push(`⚠️ Evidence records other commits than this one: ${shown.join(', ')}${more}.`);
    }
    return lines;
}
/** Where the report comes from: the commit, each baseline, the workflow run, the full report. Always short. */
function provenance_provenanceSection(evidence, context) {
    const baselines = [
        ...new Set(evidence.flatMap((found) => (found.kind === 'comparison' && typeof found.document.baseline?.sha === 'string' ? [found.document.baseline.sha] : []))),
    ];
    const items = [
        `Commit: ${context.sha === null ? 'unknown' : commitLink(context.sha, context)}`,
        baselines.length === 0 ? '' : `Baseline: ${baselines.slice(0, MAX_OTHER_COMMITS).map((sha) => commitLink(sha, context)).join(', ')}`,
        evidence.length === 0 ? '' : `Evidence: ${describeKinds(evidence)}`,
        context.runUrl === undefined ? '' : `Workflow run: ${link('this run', context.runUrl)}`,
        context.fullReportUrl === undefined ? '' : `Full report: ${link('markdown and JSON', context.fullReportUrl)}`,
    ].filter((item) => item !== '');
    const markdown = ['#### Provenance', items.map((item) => `- ${item}`).join('\n'), ...otherCommits(evidence, context)].join('\n\n');
    return { levers: [], omitted: () => [], render: () => markdown };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/refused.ts



/** A reason names the problem and the fix; beyond this it is noise (a zod dump of a hostile file). */
const REASON_LENGTH = 300;
/** Evidence that was offered but not used, and why: the report must not look complete when it is not. */
function refused_refusedSection(refused, context) {
    const rows = refused.map((entry) => [escapeName(entry.source), escapeMarkdown(entry.reason, REASON_LENGTH)]);
    const omitted = (shown) => shown.refused < rows.length ? [{ lever: 'refused', sentence: `${plural(rows.length - shown.refused, 'more refused file')} ${rows.length - shown.refused === 1 ? 'is' : 'are'} not listed` }] : [];
    return {
        levers: [{ name: 'refused', total: rows.length }],
        omitted,
        render: (shown) => {
            if (rows.length === 0)
                return '';
            const intro = `⚠️ ${plural(rows.length, 'file was', 'files were')} refused and left out of this report:`;
            const shownRows = rows.slice(0, shown.refused);
            return sectionMarkdown('Refused evidence', [intro, shownRows.length === 0 ? '' : table(['File', 'Why'], shownRows)], omitted(shown), context);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/report/sections/runs.ts






/** A command can be a whole script; the table shows its start. */
const COMMAND_LENGTH = 160;
/** Up to this many runs, the table shows unfolded. */
const runs_OPEN_ROWS = 5;
/** Text a machine reported (a GPU's name, a runner's): the schema allows 200 characters, a cell shows fewer. */
const MACHINE_TEXT = 120;
/** GPU models a hardware line lists; a box of more kinds is rare, and the rest are counted. */
const MAX_GPU_MODELS = 3;
/** Runner labels listed; a runner can have a hundred. */
const MAX_LABELS = 6;
/** Below this mean utilisation the GPUs were idle most of the time: they waited for something, usually input. */
const LOW_UTILISATION_PERCENT = 30;
/** A shorter run spends much of its time starting (imports, loading, compiling), so its mean says little. */
const MIN_UTILISATION_SECONDS = 300;
/** Hints of one kind listed; the rest are counted, so forty stopped seeds cost one line more than three. */
const MAX_HINTS = 3;
/** The runs' own curves: a few metrics, each a line per run; a comparison's curves carry the rest. */
const MAX_RUN_CHARTS = 4;
/** Up to this many run charts show unfolded. */
const runs_OPEN_CHARTS = 2;
/** How the run ended, for people: the exit code, the signal, the time budget (and what it was), or a cancel. */
function runs_runOutcome(run) {
    if (run.timedOut) {
        const budget = known(run.timeBudgetSeconds) ? ` after ${formatDuration(run.timeBudgetSeconds)}` : '';
        return { ok: false, ending: 'time-budget', text: `⏱️ stopped by the time budget${budget}${run.exitCode === null ? '' : ` (exit ${run.exitCode})`}` };
    }
    if (run.cancelled === true)
        return { ok: false, ending: 'cancelled', text: '⏹️ cancelled' };
    if (run.exitCode === 0)
        return { ok: true, ending: 'finished', text: '✅ exit 0' };
    if (run.exitCode === null)
        return { ok: false, ending: 'failed', text: run.signal === null ? '❌ no exit code' : `❌ killed by ${escapeCode(run.signal, 20)}` };
    return { ok: false, ending: 'failed', text: `❌ exit ${run.exitCode}` };
}
const ENDINGS = { failed: 'failed', 'time-budget': 'stopped by the time budget', cancelled: 'cancelled', finished: 'finished' };
/** "1 failed, 2 stopped by the time budget, 9 finished": problems first, endings with no run left out. */
function describeEndings(runs) {
    const counts = new Map();
    for (const run of runs) {
        const ending = runs_runOutcome(run.evidence).ending;
        counts.set(ending, (counts.get(ending) ?? 0) + 1);
    }
    return Object.keys(ENDINGS)
        .filter((ending) => counts.has(ending))
        .map((ending) => `${counts.get(ending).toLocaleString('en-US')} ${ENDINGS[ending]}`)
        .join(', ');
}
function known(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
function given(value) {
    return typeof value === 'string' && value.trim() !== '';
}
function gpuModel(gpu) {
    if (given(gpu.name))
        return escapeMarkdown(gpu.name, MACHINE_TEXT);
    return gpu.vendor === 'nvidia' ? 'NVIDIA GPU' : gpu.vendor === 'amd' ? 'AMD GPU' : 'GPU';
}
/** "550.54.15", or both where GPUs disagree; '' when no GPU says. */
function versions(gpus, pick) {
    const distinct = [...new Set(gpus.map(pick).filter(given))];
    const listed = distinct.slice(0, 2).map((version) => escapeMarkdown(version, 40));
    return distinct.length > 2 ? `${listed.join(' / ')} / …` : listed.join(' / ');
}
/** "2 × NVIDIA A100-SXM4-80GB (80 GiB), driver 550.54.15, CUDA 12.4"; what the evidence leaves out is left out. */
function describeHardware(gpus) {
    if (gpus.length === 0)
        return 'no GPU';
    const models = new Map();
    for (const gpu of gpus) {
        const memory = known(gpu.memoryTotalMiB) && gpu.memoryTotalMiB > 0 ? ` (${formatMemory(gpu.memoryTotalMiB)})` : '';
        const model = `${gpuModel(gpu)}${memory}`;
        models.set(model, (models.get(model) ?? 0) + 1);
    }
    const listed = [...models].slice(0, MAX_GPU_MODELS);
    const others = gpus.length - listed.reduce((sum, [, count]) => sum + count, 0);
    const driver = versions(gpus, (gpu) => gpu.driverVersion);
    const cuda = versions(gpus, (gpu) => gpu.cudaVersion);
    return [
        [...listed.map(([model, count]) => `${count} × ${model}`), ...(others > 0 ? [plural(others, 'other GPU')] : [])].join(' + '),
        driver === '' ? '' : `driver ${driver}`,
        cuda === '' ? '' : `CUDA ${cuda}`,
    ]
        .filter((part) => part !== '')
        .join(', ');
}
/** "`gpu-box-1` (self-hosted, Linux X64), labels `self-hosted`, `a100`"; '' when the evidence names no runner. */
function describeRunner(runner) {
    if (runner === null || runner === undefined)
        return '';
    const platform = [runner.os, runner.arch].filter(given).map((text) => escapeMarkdown(text, 50)).join(' ');
    const kind = [given(runner.environment) ? escapeMarkdown(runner.environment, 50) : '', platform].filter((part) => part !== '').join(', ');
    const name = [given(runner.name) ? escapeCode(runner.name, MACHINE_TEXT) : '', kind === '' ? '' : `(${kind})`].filter((part) => part !== '').join(' ');
    const labels = runner.labels ?? [];
    const more = labels.length > MAX_LABELS ? ` and ${labels.length - MAX_LABELS} more` : '';
    const listed = labels.length === 0 ? '' : `labels ${labels.slice(0, MAX_LABELS).map((label) => escapeCode(label, 60)).join(', ')}${more}`;
    return [name, listed].filter((part) => part !== '').join(', ');
}
const percent = (value) => (known(value) ? `${format_formatNumber(Math.round(value))}%` : '—');
const watts = (value) => (known(value) ? `${format_formatNumber(Math.round(value))} W` : '—');
/** "71.3 GiB (89%)": a peak and the share of its GPU's memory, when that GPU's size is known. */
function memoryCell(peak, total) {
    if (!known(peak))
        return '—';
    const share = total === undefined ? Number.NaN : Math.round((peak / total) * 100);
    return `${format_formatMemory(peak)}${Number.isFinite(share) ? ` (${format_formatNumber(share)}%)` : ''}`;
}
function utilisationCell(mean, p95) {
    return known(mean) || known(p95) ? `${percent(mean)} / ${percent(p95)}` : '—';
}
/** Memory of each GPU by its index, where the preflight saw both. */
function memoryByIndex(gpus) {
    return new Map(gpus.flatMap((gpu) => (gpu.index !== undefined && known(gpu.memoryTotalMiB) && gpu.memoryTotalMiB > 0 ? [[gpu.index, gpu.memoryTotalMiB]] : [])));
}
/**
 * The memory of the GPU that reached the run's peak: found by index through the per-GPU telemetry, else the size
 * every GPU shares; undefined when neither says (then no percentage is shown rather than a guess).
 */
function memoryAtPeak(run, peak) {
    const totals = memoryByIndex(run.gpus);
    const atPeak = run.telemetry?.gpus?.find((gpu) => gpu.peakMemoryMiB === peak && gpu.index !== undefined && totals.has(gpu.index));
    if (atPeak?.index !== undefined)
        return totals.get(atPeak.index);
    const sizes = [...new Set(run.gpus.map((gpu) => gpu.memoryTotalMiB))];
    const only = sizes[0];
    return sizes.length === 1 && known(only) && only > 0 ? only : undefined;
}
const TELEMETRY_COLUMNS = [
    {
        header: 'Peak GPU memory',
        align: 'r',
        cell: ({ evidence }) => {
            const peak = evidence.telemetry?.peakMemoryMiB;
            return memoryCell(peak, known(peak) ? memoryAtPeak(evidence, peak) : undefined);
        },
    },
    { header: 'GPU util. mean / p95', align: 'r', cell: ({ evidence }) => utilisationCell(evidence.telemetry?.meanUtilizationPercent, evidence.telemetry?.p95UtilizationPercent) },
    { header: 'Mean power / GPU', align: 'r', cell: ({ evidence }) => watts(evidence.telemetry?.meanPowerW) },
    { header: 'GPU-hours', align: 'r', cell: ({ evidence }) => (known(evidence.telemetry?.gpuHours) ? format_formatNumber(Number(evidence.telemetry.gpuHours.toPrecision(3))) : '—') },
];
/** A fact every run shares goes in a line above the table; one that differs is a column. */
function sharedOrColumn(runs, header, describe) {
    const texts = new Map(runs.map((run) => [run, describe(run)]));
    const distinct = new Set(texts.values());
    if (distinct.size <= 1)
        return { line: [...distinct][0] ?? '' };
    return { line: '', column: { header, align: 'l', cell: (run) => texts.get(run) || '—' } };
}
function budgetHint(run, who) {
    const evidence = run.evidence;
    const after = known(evidence.timeBudgetSeconds) ? ` after ${formatDuration(evidence.timeBudgetSeconds)}` : '';
    const stopped = `⏱️ The time budget stopped ${who(run)}${after}`;
    const checkpoint = evidence.checkpoint;
    if (checkpoint === null || checkpoint === undefined)
        return `${stopped}, and no checkpoint was recorded to resume from.`;
    const size = known(checkpoint.bytes) ? ` (${formatMemory(checkpoint.bytes / 1024 ** 2)})` : '';
    return `${stopped}; it can resume from its checkpoint ${escapeCode(checkpoint.path, 200)}${size} when run again.`;
}
function utilisationHint(run, single) {
    const telemetry = run.evidence.telemetry;
    const p95 = known(telemetry?.p95UtilizationPercent) ? ` (p95 ${percent(telemetry.p95UtilizationPercent)})` : '';
    const of = single ? '' : ` of ${escapeName(run.label)}`;
    return `🐢 GPU utilisation${of} averaged ${percent(telemetry?.meanUtilizationPercent)}${p95}: the GPUs were mostly idle, so it is probably input-bound (data loading or preprocessing).`;
}
/** A run that used its GPUs little: long enough for the mean to mean something, and not one that failed early. */
function lowUtilisation(run) {
    const mean = run.evidence.telemetry?.meanUtilizationPercent;
    const ending = runs_runOutcome(run.evidence).ending;
    return known(mean) && mean < LOW_UTILISATION_PERCENT && run.evidence.durationSeconds >= MIN_UTILISATION_SECONDS && (ending === 'finished' || ending === 'time-budget');
}
/** The first hints of a kind, and a count of the rest. */
function capped(hints, rest) {
    return hints.length <= MAX_HINTS ? [...hints] : [...hints.slice(0, MAX_HINTS), `… and ${rest(hints.length - MAX_HINTS)}.`];
}
/**
 * What a person can act on, in a line each: a run the time budget stopped (it can resume from its checkpoint) and a
 * run that kept its GPUs mostly idle. Stopped runs without a checkpoint field are old evidence: nothing to add.
 */
function hintsOf(runs) {
    const single = runs.length === 1;
    const who = (run) => (single ? 'the run' : escapeName(run.label));
    const stopped = runs.filter((run) => run.evidence.timedOut && run.evidence.checkpoint !== undefined);
    const idle = runs.filter(lowUtilisation);
    return [
        ...capped(stopped.map((run) => budgetHint(run, who)), (count) => `${plural(count, 'more run')} stopped by the time budget`),
        ...capped(idle.map((run) => utilisationHint(run, single)), (count) => `${plural(count, 'more run')} with GPU utilisation under ${LOW_UTILISATION_PERCENT}%`),
    ];
}
/**
 * The runs' own curves, for metrics no comparison draws: metrics with a direction (loss, accuracy) before the rest
 * (learning rate, epoch), then those more runs logged, then by name; the first MAX_RUN_CHARTS that can be drawn.
 */
function drawRunCurves(runs, compared) {
    // Maps, not the records themselves: a metric named __proto__ must not read the prototype.
    const histories = runs.map((run) => new Map(Object.entries(run.evidence.histories ?? {})));
    const logged = new Map();
    for (const byName of histories)
        for (const [name, history] of byName)
            if (!compared.has(name) && history.length > 0)
                logged.set(name, (logged.get(name) ?? 0) + 1);
    const undirected = (name) => (inferDirection(name) === 'none' ? 1 : 0);
    const order = [...logged].sort((a, b) => undirected(a[0]) - undirected(b[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const drawn = [];
    for (const [name] of order) {
        if (drawn.length === MAX_RUN_CHARTS)
            break;
        const chart = runsChart(name, histories.map((byName) => byName.get(name) ?? []));
        if (chart !== undefined)
            drawn.push({ name, chart });
    }
    return { drawn, withHistory: logged.size };
}
function runCurveMarkdown({ name, chart }, runs) {
    const label = (index) => escapeName(runs[index].label);
    const colours = runs.length === 1 ? '' : `: ${chart.lines.map((line) => `${line.colour}: ${label(line.run)}`).join(', ')}`;
    const notes = chart.lines.flatMap((line) => (line.partial === undefined ? [] : [` ${runs.length === 1 ? 'The run' : label(line.run)} logged ${line.partial} only; its line is flat outside them.`]));
    const more = chart.more === 0 ? '' : ` ${plural(chart.more, 'more run')} logged it; a chart draws ${chart.lines.length}.`;
    const caption = `${escapeName(name)}${colours}${colours === '' && notes.length === 0 && more === '' ? '' : '.'}${notes.join('')}${more}`;
    return `${chart.mermaid}\n\n<sub>${caption}</sub>`;
}
/** Per GPU of one run, folded: memory, utilisation, power and temperature, to see one GPU lag the others. */
function perGpuMarkdown(run) {
    const telemetry = run.telemetry?.gpus ?? [];
    if (telemetry.length < 2)
        return '';
    const totals = memoryByIndex(run.gpus);
    const models = new Map(run.gpus.flatMap((gpu) => (gpu.index === undefined ? [] : [[gpu.index, gpuModel(gpu)]])));
    const rows = telemetry.map((gpu) => {
        const index = gpu.index;
        return [
            index === undefined ? '—' : String(index),
            (index === undefined ? undefined : models.get(index)) ?? '—',
            memoryCell(gpu.peakMemoryMiB, index === undefined ? undefined : totals.get(index)),
            utilisationCell(gpu.meanUtilizationPercent, gpu.p95UtilizationPercent),
            watts(gpu.meanPowerW),
            watts(gpu.peakPowerW),
            known(gpu.maxTemperatureC) ? `${formatNumber(Math.round(gpu.maxTemperatureC))} °C` : '—',
        ];
    });
    const header = ['GPU', 'Model', 'Peak memory', 'Util. mean / p95', 'Mean power', 'Peak power', 'Max temperature'];
    return details(`Per GPU: ${plural(rows.length, 'GPU')}`, table(header, rows, ['r', 'l', 'r', 'r', 'r', 'r', 'r']));
}
/**
 * The training runs: hardware and runner (in a line when every run shares them), then a row per run with its
 * command, how it ended, how long it took and what the telemetry saw, failed runs first; hints for a run the time
 * budget stopped or one that left its GPUs idle; then curves from the runs' histories for metrics no comparison
 * draws, a line per run. Old evidence shows what it has. Two levers: the rows, and the charts.
 */
function runs_runsSection(runs, context, options = {}) {
    const hardware = sharedOrColumn(runs, 'Hardware', (run) => describeHardware(run.evidence.gpus));
    const runner = sharedOrColumn(runs, 'Runner', (run) => describeRunner(run.evidence.runner));
    const telemetry = TELEMETRY_COLUMNS.filter((column) => runs.some((run) => column.cell(run) !== '—'));
    const columns = [
        ...(options.standalone === true ? [] : [{ header: 'Run', align: 'l', cell: (run) => escapeName(run.label) }]),
        { header: 'Command', align: 'l', cell: (run) => escapeCode(run.evidence.command, COMMAND_LENGTH) },
        { header: 'Result', align: 'l', cell: (run) => runs_runOutcome(run.evidence).text },
        { header: 'Duration', align: 'r', cell: (run) => formatDuration(run.evidence.durationSeconds) },
        ...(hardware.column === undefined ? [] : [hardware.column]),
        ...(runner.column === undefined ? [] : [runner.column]),
        ...telemetry,
    ];
    const rows = runs
        .map((run) => ({ run, ok: runs_runOutcome(run.evidence).ok }))
        .sort((a, b) => Number(a.ok) - Number(b.ok))
        .map(({ run }) => columns.map((column) => column.cell(run)));
    const gpuHours = runs.flatMap((run) => (known(run.evidence.telemetry?.gpuHours) ? [run.evidence.telemetry.gpuHours] : []));
    const facts = [
        hardware.line === '' ? '' : `Hardware: ${hardware.line}`,
        runner.line === '' ? '' : `Runner: ${runner.line}`,
        runs.length > 1 && gpuHours.length > 0 ? `GPU-hours: ${formatNumber(Number(gpuHours.reduce((sum, hours) => sum + hours, 0).toPrecision(3)))} in all` : '',
    ].filter((fact) => fact !== '');
    const hints = hintsOf(runs);
    const perGpu = options.standalone === true && runs.length === 1 ? perGpuMarkdown(runs[0].evidence) : '';
    const { drawn, withHistory } = drawRunCurves(runs, options.compared ?? new Set());
    const omitted = (shown) => {
        const left = [];
        if (shown.runs < rows.length)
            left.push({ lever: 'runs', sentence: `${plural(rows.length - shown.runs, 'training run')} ${rows.length - shown.runs === 1 ? 'is' : 'are'} not shown` });
        if (shown.runCharts < drawn.length)
            left.push({ lever: 'runCharts', sentence: `${plural(drawn.length - shown.runCharts, 'run curve')} ${drawn.length - shown.runCharts === 1 ? 'is' : 'are'} not drawn` });
        return left;
    };
    return {
        levers: [
            { name: 'runs', total: rows.length },
            { name: 'runCharts', total: drawn.length },
        ],
        omitted,
        render: (shown) => {
            if (rows.length === 0)
                return '';
            const shownRows = rows.slice(0, shown.runs);
            const rendered = shownRows.length === 0 ? '' : table(columns.map((column) => column.header), shownRows, columns.map((column) => column.align));
            const summary = `${plural(runs.length, 'training run')}: ${describeEndings(runs)}`;
            const charts = drawn.slice(0, shown.runCharts).map((curve) => runCurveMarkdown(curve, runs)).join('\n\n');
            const cappedCharts = drawn.length === MAX_RUN_CHARTS && withHistory > MAX_RUN_CHARTS ? `Run curves are drawn for ${MAX_RUN_CHARTS} of the ${withHistory.toLocaleString('en-US')} metrics the runs logged a history of.` : '';
            const body = [
                facts.map((fact) => `- ${fact}`).join('\n'),
                rows.length <= runs_OPEN_ROWS || rendered === '' ? rendered : details(summary, rendered),
                perGpu,
                hints.map((hint) => `- ${hint}`).join('\n'),
                charts === '' ? '' : drawn.length > runs_OPEN_CHARTS ? details(runs.length === 1 ? plural(Math.min(shown.runCharts, drawn.length), 'curve') : `${plural(Math.min(shown.runCharts, drawn.length), 'chart')}: a line per run`, charts) : charts,
                charts === '' ? '' : cappedCharts,
            ];
            return sectionMarkdown(runs.length === 1 ? 'Training run' : 'Training runs', body, omitted(shown), context);
        },
    };
}
/** One run's section on its own, every row and chart shown: the train action's job summary. */
function renderRunMarkdown(evidence) {
    const section = runs_runsSection([{ evidence, label: 'run' }], { repository: '', sha: null, serverUrl: '' }, { standalone: true });
    const everything = Object.fromEntries(DROP_ORDER.map((name) => [name, Number.MAX_SAFE_INTEGER]));
    return section.render(everything);
}

;// CONCATENATED MODULE: ../../packages/core/src/report/render.ts













const TITLE = '### Model report';
function labelled(evidence) {
    const labels = evidenceLabels(evidence.map((found) => found.path));
    const label = (found) => labels.get(found.path);
    return {
        comparisons: evidence.flatMap((found) => (found.kind === 'comparison' ? [{ evidence: found.document, label: label(found) }] : [])),
        runs: evidence.flatMap((found) => (found.kind === 'run' ? [{ evidence: found.document, label: label(found) }] : [])),
        validations: evidence.flatMap((found) => (found.kind === 'validation' ? [{ evidence: found.document, label: label(found) }] : [])),
    };
}
/** The report's verdict: fail on a failing comparison, a failed run or refused evidence; none without either. */
function verdictOf(input, evidence) {
    const failing = input.refused.length > 0 ||
        evidence.comparisons.some((comparison) => comparison.evidence.verdict === 'fail') ||
        evidence.runs.some((run) => !runOutcome(run.evidence).ok) ||
        evidence.validations.some((validation) => !validation.evidence.success);
    if (failing)
        return 'fail';
    return evidence.comparisons.length > 0 ? 'pass' : 'none';
}
/** The reasons of a fail verdict, as short phrases. */
function failureReasons(input, evidence) {
    const metrics = evidence.comparisons.flatMap((comparison) => comparison.evidence.metrics);
    const count = (status) => metrics.filter((metric) => metric.status === status).length;
    const missing = metrics.filter((metric) => metric.status === 'removed' && metric.required === true).length;
    const endings = evidence.runs.map((run) => runOutcome(run.evidence).ending);
    const runsThat = (ending, what) => {
        const count = endings.filter((each) => each === ending).length;
        return count > 0 ? `${plural(count, 'training run')} ${what}` : '';
    };
    const failedChecks = evidence.validations.reduce((sum, validation) => sum + validation.evidence.checks.filter((check) => !check.success).length, 0);
    const reasons = [
        count('regressed') > 0 ? `${plural(count('regressed'), 'metric')} regressed` : '',
        count('invalid') > 0 ? `${plural(count('invalid'), 'metric')} not a number` : '',
        missing > 0 ? `${plural(missing, 'required metric')} missing` : '',
        runsThat('failed', 'failed'),
        runsThat('time-budget', 'stopped by the time budget'),
        runsThat('cancelled', 'cancelled'),
        failedChecks > 0 ? `${plural(failedChecks, 'data check')} failed` : '',
        input.refused.length > 0 ? `${plural(input.refused.length, 'evidence file')} refused` : '',
    ].filter((reason) => reason !== '');
    // A comparison can fail on a rule with no metric row of its own; say so rather than nothing.
    return reasons.length > 0 ? reasons : ['the metric comparison fails'];
}
/** One line a reviewer can stop at: pass, fail and why, or that there was nothing to compare. */
function verdictLine(input, evidence, verdict) {
    if (verdict === 'fail')
        return `❌ **Fail**: ${failureReasons(input, evidence).join(', ')}.`;
    if (verdict === 'pass') {
        const metrics = evidence.comparisons.flatMap((comparison) => comparison.evidence.metrics);
        return `✅ **Pass**: no metric regressed${metrics.length > 0 ? ` (${describeStatuses(metrics)})` : ''}.`;
    }
    const runs = evidence.runs.length > 0 ? `; ${plural(evidence.runs.length, 'training run')} finished` : '';
    return `⚪ **No metric comparison** in the evidence${runs}.`;
}
/** The title and verdict; once anything is left out, a line saying so, linking the full report. */
function headerPart(line, levers, context) {
    return {
        levers: [...levers.keys()],
        render: (shown) => {
            const trimmed = [...levers].some(([name, total]) => shown[name] < total);
            const full = context.fullReportUrl === undefined ? '' : ` The ${link('full report', context.fullReportUrl)} has everything.`;
            return [TITLE, line, trimmed ? `✂️ Shortened to fit GitHub's size limit; the notes below say what is left out.${full}` : ''].filter((block) => block !== '').join('\n\n');
        },
    };
}
/** The sections, top to bottom. Data checks and drift (validate-data) go between the metrics and the runs. */
function sections(input, evidence) {
    const { context } = input;
    return [
        metricsSection(evidence.comparisons, context),
        dataSection(evidence.validations, context),
        runsSection(evidence.runs, context, { compared: comparedCurveNames(evidence.comparisons) }),
        curvesSection(evidence.comparisons, context),
        paramsSection(evidence.comparisons, context),
        provenanceSection(input.evidence, context),
        promotionSection(promotionNeeds(input.environments, input.evidence), context),
        refusedSection(input.refused, context),
    ];
}
/**
 * What is left when even the verdict with every section at its minimum is too long (a limit of a few hundred
 * characters): the verdict and the link.
 */
function minimalReport(line, context, maxChars) {
    const full = context.fullReportUrl === undefined ? '' : ` See the ${link('full report', context.fullReportUrl)}.`;
    return `${TITLE}\n\n${line}\n\nThe report does not fit in ${maxChars.toLocaleString('en-US')} characters.${full}`;
}
const utf8Length = (codePoint) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);
/** The longest start of `text` within the budget, cut between code points. */
function cut(text, budget) {
    let chars = 0;
    let bytes = 0;
    let end = 0;
    for (const char of text) {
        bytes += utf8Length(char.codePointAt(0));
        if (++chars > budget.maxChars || (budget.maxBytes !== undefined && bytes > budget.maxBytes))
            break;
        end += char.length;
    }
    return text.slice(0, end);
}
/**
 * Renders the model report from evidence: a verdict line, then the metrics, training runs, curves, params,
 * provenance, what promotion still needs and refused evidence. Everything untrusted is escaped. When the markdown
 * would be longer than `maxChars` (or `maxBytes`), the least important content is left out first (curves, params,
 * unchanged and other metrics, ...; regressed, invalid and removed metrics last) and the report says what.
 */
function renderReport(input, options) {
    const evidence = labelled(input.evidence);
    const verdict = verdictOf(input, evidence);
    const line = verdictLine(input, evidence, verdict);
    const parts = sections(input, evidence);
    const totals = new Map(parts.flatMap((section) => section.levers).map((lever) => [lever.name, lever.total]));
    const levers = DROP_ORDER.filter((name) => totals.has(name)).map((name) => ({ name, total: totals.get(name) }));
    const body = parts.map((section) => ({ levers: section.levers.map((lever) => lever.name), render: section.render }));
    const fitted = fitParts([headerPart(line, totals, input.context), ...body], levers, options);
    const omissions = parts.flatMap((section) => section.omitted(fitted.shown));
    const dropped = DROP_ORDER.flatMap((name) => omissions.filter((omission) => omission.lever === name).map((omission) => omission.sentence));
    if (fitted.fits)
        return { markdown: fitted.markdown, dropped, verdict };
    const markdown = cut(minimalReport(line, input.context, options.maxChars), options);
    return { markdown, dropped: [`every section: even at their shortest they do not fit in ${options.maxChars} characters`], verdict };
}

;// CONCATENATED MODULE: ../../packages/core/src/index.ts






















/***/ }),

/***/ 4956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ formatIssues),
/* harmony export */   w: () => (/* binding */ dottedPath)
/* harmony export */ });
/**
 * Turns zod issues into one line per problem, `path: message`, never raw JSON. `describePath` lets each caller
 * name the path the way its user wrote it: an action input (`Input "tolerance"`), a YAML path
 * (`crucible.yml: metrics.rules[2].tolerance`) or a JSON field.
 */
function formatIssues(issues, describePath = dottedPath) {
    return issues.map((issue) => `${describePath(issue.path)}: ${issue.message}`).join('\n');
}
/** `metrics.rules[2].tolerance`, or `(root)` for the document itself. */
function dottedPath(path) {
    if (path.length === 0)
        return '(root)';
    let out = '';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else
            out += out === '' ? String(key) : `.${String(key)}`;
    }
    return out;
}


/***/ }),

/***/ 89584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bB: () => (/* binding */ mapLimited)
/* harmony export */ });
/* unused harmony exports MAX_METRICS_FILE_BYTES, MAX_METRICS_PER_RUN, LoadContext, asReadError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14296);




/** Metrics files come from pull requests and artifacts: untrusted input, so sizes are bounded before reading. */
const MAX_METRICS_FILE_BYTES = (/* unused pure expression or super */ null && (256 * 1024 * 1024));
const MAX_METRICS_PER_RUN = 100_000;
/**
 * The run being loaded: where it is, how to name its files in results (relative to a folder, as given for a
 * file) and in messages (a path a person can open), and how many metrics it holds so far, for the cap.
 */
class LoadContext {
    root;
    isFolder;
    metricsSoFar = 0;
    constructor(root, isFolder) {
        this.root = root;
        this.isFolder = isFolder;
    }
    /** The path of a file for messages: `<folder>/<file>`, or the file as given. */
    display(file) {
        return this.isFolder ? join(this.root, file) : file;
    }
    absolute(file) {
        return this.isFolder ? join(this.root, file) : file;
    }
    /** Refuses a run that would pass the metrics cap once `more` metrics of `file` are added. */
    ensureRoom(file, more) {
        if (this.metricsSoFar + more > MAX_METRICS_PER_RUN) {
            throw MetricsFileError.at({ file: this.display(file) }, `the run holds more than ${MAX_METRICS_PER_RUN.toLocaleString('en-US')} metrics, the most Crucible loads ` +
                'for one run; report fewer metrics (summaries rather than per-item values).');
        }
    }
    /**
     * Runs `use` with a reader of the file's bytes, for formats read in chunks (TensorBoard). The size cap holds
     * here too; errors from opening name the file.
     */
    async withFile(file, use) {
        const path = this.absolute(file);
        let handle;
        try {
            handle = await open(path, 'r');
            const { size } = await handle.stat();
            if (size > MAX_METRICS_FILE_BYTES)
                throw tooLarge(this.display(file), size);
        }
        catch (error) {
            await handle?.close();
            throw asReadError(error, this.display(file));
        }
        const opened = handle;
        try {
            return await use({
                read: async (buffer, at, length) => (await opened.read(buffer, at, length, null)).bytesRead,
            });
        }
        finally {
            await opened.close();
        }
    }
    async readText(file) {
        return stripBom((await this.readBytes(file)).toString('utf8'));
    }
    async readBytes(file) {
        const path = this.absolute(file);
        try {
            const info = await stat(path);
            if (info.size > MAX_METRICS_FILE_BYTES)
                throw tooLarge(this.display(file), info.size);
            const bytes = await readFile(path);
            if (bytes.length > MAX_METRICS_FILE_BYTES)
                throw tooLarge(this.display(file), bytes.length);
            return bytes;
        }
        catch (error) {
            throw asReadError(error, this.display(file));
        }
    }
}
function tooLarge(file, bytes) {
    const mib = (bytes / 1024 / 1024).toFixed(0);
    return MetricsFileError.at({ file }, `${mib} MiB is over the ${MAX_METRICS_FILE_BYTES / 1024 / 1024} MiB limit for a metrics file; ` +
        'write summary metrics to a smaller file.');
}
/** A file-system error as a message that names the path and says what to do; other errors pass through. */
function asReadError(error, path) {
    if (error instanceof MetricsFileError)
        return error;
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return MetricsFileError.at({ file: path }, 'no such file or folder; check the path.', { cause: error });
        case 'EACCES':
        case 'EPERM':
            return MetricsFileError.at({ file: path }, 'cannot be read (permission denied); check its permissions.', {
                cause: error,
            });
        case 'EISDIR':
            return MetricsFileError.at({ file: path }, 'is a folder where a file was expected.', { cause: error });
        case undefined:
            return error;
        default:
            return MetricsFileError.at({ file: path }, `cannot be read (${code}); check the path.`, { cause: error });
    }
}
/** `items.map(fn)` with at most `limit` calls in flight: a folder of 100,000 metric files must not hit EMFILE. */
async function mapLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 14296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ MetricsFileError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29179);

/**
 * A metrics or params file that cannot be read or does not hold what its format promises. The message names the
 * file, then the line, byte offset or key, then what is wrong and the fix:
 * `metrics/eval.json: line 3: unexpected token "acc"; expected a "key"; fix the JSON.`
 * It is a ConfigError, so the CLI exits 2 with the message alone.
 */
class MetricsFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL {
    file;
    line;
    offset;
    key;
    constructor(message, location, options) {
        super(message, options);
        this.name = 'MetricsFileError';
        this.file = location.file;
        this.line = location.line;
        this.offset = location.offset;
        this.key = location.key;
    }
    /** `<file>: line <n>: <detail>` (or `byte <n>`, or `key "<k>"`), the usual shape of the message. */
    static at(location, detail, options) {
        const where = [location.file];
        if (location.line !== undefined)
            where.push(`line ${location.line}`);
        if (location.offset !== undefined)
            where.push(`byte ${location.offset}`);
        if (location.key !== undefined)
            where.push(`key "${location.key}"`);
        return new MetricsFileError(`${where.join(': ')}: ${detail}`, location, options);
    }
}


/***/ }),

/***/ 42528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ documentMetrics),
/* harmony export */   QA: () => (/* binding */ documentParams),
/* harmony export */   ak: () => (/* binding */ metricOf),
/* harmony export */   nG: () => (/* binding */ byName),
/* harmony export */   u0: () => (/* binding */ readDocument)
/* harmony export */ });
/* unused harmony exports syntaxOfName, loadDocumentMetrics, loadDocumentParams */
/* harmony import */ var _text_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50875);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14296);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91285);



const SYNTAX_NAME = { json: 'JSON', yaml: 'YAML', toml: 'TOML' };
/** The syntax a file name implies, if any. */
function syntaxOfName(name) {
    const lower = name.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    if (lower.endsWith('.toml'))
        return 'toml';
    return undefined;
}
/**
 * Reads a JSON, YAML or TOML file whose top level is a mapping. A malformed file is a MetricsFileError naming the
 * line; an empty YAML file is an empty mapping. yaml and smol-toml load on first use only: most runs never need
 * them, and start-up time counts in every workflow step.
 */
async function readDocument(context, file, syntax) {
    const text = await context.readText(file);
    const display = context.display(file);
    const fix = `fix the ${SYNTAX_NAME[syntax]}.`;
    let document;
    switch (syntax) {
        case 'json':
            try {
                document = (0,_text_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonAllowingNonFinite */ .lT)(text);
            }
            catch (error) {
                if (!(error instanceof _text_json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonSyntaxError */ .q3))
                    throw error;
                throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file: display, line: error.line }, `${error.message}; ${fix}`, { cause: error });
            }
            break;
        case 'yaml': {
            const { parseDocument } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 88293, 19));
            const parsed = parseDocument(text);
            const problem = parsed.errors[0];
            if (problem !== undefined) {
                const line = problem.linePos?.[0].line;
                throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file: display, line }, `${firstLine(problem.message)}; ${fix}`, { cause: problem });
            }
            try {
                // Bounded aliases keep a "billion laughs" document from expanding without end.
                document = parsed.toJS({ maxAliasCount: 100 });
            }
            catch (error) {
                throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file: display }, `${error.message}; ${fix}`, { cause: error });
            }
            break;
        }
        case 'toml': {
            const { parse, TomlError } = await __webpack_require__.e(/* import() */ 69).then(__webpack_require__.bind(__webpack_require__, 83069));
            try {
                document = parse(text);
            }
            catch (error) {
                if (!(error instanceof TomlError))
                    throw error;
                const message = firstLine(error.message).replace(/^Invalid TOML document: /, '');
                throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file: display, line: error.line }, `${message}; ${fix}`, { cause: error });
            }
            break;
        }
    }
    if (document === null || document === undefined)
        return {};
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(document)) {
        const found = Array.isArray(document) ? 'a list' : `a single value (${String(document)})`;
        throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file: display, line: 1 }, `the top level is ${found}; expected a mapping of metric names to values, like {"accuracy": 0.93}.`);
    }
    return document;
}
function firstLine(message) {
    const line = message.split('\n', 1)[0] ?? message;
    // yaml appends " at line N, column M:"; the line is already in the message's prefix.
    return line.replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
}
/** A run's summary metrics from one JSON, YAML or TOML file, flattened as DVC does. */
async function loadDocumentMetrics(context, file, syntax) {
    const document = await readDocument(context, file, syntax);
    return { format: syntax, files: [file], metrics: documentMetrics(context, file, document), params: [] };
}
/**
 * A document's metrics by name. Metrics of one file share one `source` object (`{file}`: the key is the name),
 * which keeps a run of 10,000 metrics from allocating 10,000 more objects.
 */
/** Shared by every metric without a history; frozen, so a loader that wants one must make its own array. */
const NO_HISTORY = Object.freeze([]);
function documentMetrics(context, file, document, skipObject, skipKey) {
    const metrics = new Map();
    const display = context.display(file);
    const source = { file };
    (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .flattenDocument */ .eA)(document, display, (name, value, path) => {
        if (skipKey?.(name, path) === true)
            return;
        const size = metrics.size;
        if ((size & 1023) === 0)
            context.ensureRoom(file, size + 1);
        // The common case, a finite number, allocates nothing but the metric itself.
        if (typeof value === 'number' && Number.isFinite(value)) {
            metrics.set(name, { name, value, history: NO_HISTORY, source });
        }
        else {
            const reading = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .readScalar */ .$t)(value);
            if (reading === undefined)
                return;
            metrics.set(name, reading.value === null ? { name, value: null, raw: reading.raw, history: NO_HISTORY, source } : { name, value: reading.value, history: NO_HISTORY, source });
        }
        // One hash lookup instead of has() then set(): a name seen before leaves the size unchanged.
        if (metrics.size === size)
            throw (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .flattenedTwiceError */ .g8)(display, name);
    }, skipObject);
    context.ensureRoom(file, metrics.size);
    return metrics;
}
/** Params from one YAML, JSON or TOML file, flattened like metrics and kept as text. */
async function loadDocumentParams(context, file, syntax) {
    const document = await readDocument(context, file, syntax);
    return documentParams(context, file, document);
}
function documentParams(context, file, document) {
    const params = [];
    const seen = new Set();
    const display = context.display(file);
    (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .flattenDocument */ .eA)(document, display, (name, value) => {
        if (seen.has(name))
            throw (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .flattenedTwiceError */ .g8)(display, name);
        seen.add(name);
        params.push({ name, value: (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .paramText */ .$X)(value), source: { file, key: name } });
    });
    return params;
}
/** Metrics whose names are distinct by construction (columns, files, series), by name. */
function byName(metrics) {
    const map = new Map();
    for (const metric of metrics)
        map.set(metric.name, metric);
    return map;
}
function metricOf(name, reading, history, source) {
    return reading.value === null
        ? { name, value: null, raw: reading.raw ?? '', history, source }
        : { name, value: reading.value, history, source };
}


/***/ }),

/***/ 91285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ paramText),
/* harmony export */   $t: () => (/* binding */ readScalar),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   eA: () => (/* binding */ flattenDocument),
/* harmony export */   g8: () => (/* binding */ flattenedTwiceError),
/* harmony export */   lx: () => (/* binding */ readNumberText)
/* harmony export */ });
/* harmony import */ var _text_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50875);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14296);


/** Nested deeper than this is not a metrics file; the cap keeps flattening off the end of the stack. */
const MAX_DEPTH = 100;
/** A reading for a scalar, or undefined for an object or a list (which flattening walks into). */
function readScalar(value) {
    switch (typeof value) {
        case 'number':
            return Number.isFinite(value) ? { value } : { value: null, raw: String(value) };
        case 'string':
            // A number written as a string ("0.93") stays invalid, as in DVC: the file should hold a number.
            return { value: null, raw: (0,_text_json_js__WEBPACK_IMPORTED_MODULE_0__/* .nonFiniteToken */ .Gi)(value) ?? value };
        case 'boolean':
            return { value: null, raw: String(value) };
        case 'bigint': {
            const number = Number(value);
            return Number.isSafeInteger(number) ? { value: number } : { value: null, raw: String(value) };
        }
        case 'object':
            if (value === null)
                return { value: null, raw: 'null' };
            if (value instanceof Date)
                return { value: null, raw: dateText(value) };
            return undefined;
        default:
            return { value: null, raw: String(value) };
    }
}
function dateText(date) {
    // TOML dates subclass Date and print themselves as written ("1979-05-27" stays a local date).
    return Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString();
}
/**
 * A number from text as trainers write it ("0.93", "-1e-05", " 42 "), or null with the text for anything else:
 * "nan", "inf", "Infinity", "n/a", "0x10". `Number()` alone would take "" and " " as 0 and "0x10" as 16.
 */
function readNumberText(text) {
    const trimmed = text.trim();
    if (DECIMAL.test(trimmed)) {
        const value = Number(trimmed);
        if (Number.isFinite(value))
            return { value };
    }
    return { value: null, raw: trimmed };
}
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** A param's value as text: strings as written, numbers and booleans as JSON would print them. */
function paramText(value) {
    if (typeof value === 'string')
        return (0,_text_json_js__WEBPACK_IMPORTED_MODULE_0__/* .nonFiniteToken */ .Gi)(value) ?? value;
    if (value instanceof Date)
        return dateText(value);
    return String(value);
}
/**
 * Walks a parsed document and calls `visit` for every scalar, named as DVC names them: nested keys joined with "."
 * (`{"eval": {"acc": 1}}` is `eval.acc`), keys that hold "/" kept as they are (`eval/acc`), and list items by
 * index (`{"acc": [1, 2]}` is `acc.0`, `acc.1`). Lists of objects (or of lists) are tables or media, not metrics:
 * their items are skipped. `path` is the key path (valid during the call only), for formats that match names by
 * path. Two keys can flatten to one name (`{"a.b": 1, "a": {"b": 2}}`): the visitor, which keeps the names,
 * refuses that with `flattenedTwiceError`.
 */
function flattenDocument(document, file, visit, skipObject) {
    const path = [];
    const walk = (object, prefix) => {
        if (path.length > MAX_DEPTH) {
            throw _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file, key: prefix }, `nested deeper than ${MAX_DEPTH} levels; flatten the file.`);
        }
        for (const key of Object.keys(object)) {
            const value = object[key];
            const name = prefix === '' ? key : `${prefix}.${key}`;
            path.push(key);
            if (typeof value !== 'object' || value === null || value instanceof Date) {
                visit(name, value, path);
            }
            else if (Array.isArray(value)) {
                for (let i = 0; i < value.length; i++) {
                    const item = value[i];
                    if (readScalar(item) === undefined)
                        continue;
                    path.push(String(i));
                    visit(`${name}.${i}`, item, path);
                    path.pop();
                }
            }
            else if (skipObject === undefined || !skipObject(value, path)) {
                walk(value, name);
            }
            path.pop();
        }
    };
    walk(document, '');
}
function flattenedTwiceError(file, name) {
    return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MetricsFileError */ .s.at({ file, key: name }, `two keys flatten to "${name}" (a key with a "." and a nested key); rename one of them.`);
}
function isPlainObject(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        !(value instanceof Date));
}


/***/ }),

/***/ 50875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q3: () => (/* binding */ JsonSyntaxError),
  Gi: () => (/* binding */ nonFiniteToken),
  lT: () => (/* binding */ parseJsonAllowingNonFinite)
});

;// CONCATENATED MODULE: ../../packages/core/src/text/lines.ts
/** Small helpers for pointing at a place in a text file, the way a person reads it (1-based lines). */
/** Drops a leading UTF-8 byte order mark, which editors on Windows and some Python writers add. */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** The 1-based line and column of a character offset. Linear in the offset: meant for error messages only. */
function lineAndColumnAt(text, offset) {
    const end = Math.max(0, Math.min(offset, text.length));
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: end - lineStart + 1 };
}

;// CONCATENATED MODULE: ../../packages/core/src/text/json.ts

/**
 * JSON as Python writes it. `json.dump` writes bare `NaN`, `Infinity` and `-Infinity` for floats that are not
 * finite (allow_nan defaults to True), which `JSON.parse` rejects; a training run that diverged writes exactly
 * those. Here they parse to a marked string (see `nonFiniteToken`), so a caller can report the value instead of
 * failing on the file.
 *
 * `JSON.parse` does the parsing (it is several times faster than anything written in JavaScript): first on the
 * text as it is, then, if that fails, with the three tokens outside strings replaced by marked strings. Only when
 * both fail does the hand-written parser below run, to report the line and column of the first error, which
 * `JSON.parse` only sometimes says.
 */
/** Marks a non-finite token in parsed output; no real string in a metrics file starts with a NUL character. */
const MARK = '\u0000';
/** `NaN`, `Infinity` or `-Infinity` if `value` is what one of those tokens parsed to, else undefined. */
function nonFiniteToken(value) {
    if (typeof value !== 'string' || value.charCodeAt(0) !== 0)
        return undefined;
    const token = value.slice(1);
    return token === 'NaN' || token === 'Infinity' || token === '-Infinity' ? token : undefined;
}
class JsonSyntaxError extends Error {
    line;
    column;
    constructor(line, column, message) {
        super(message);
        this.name = 'JsonSyntaxError';
        this.line = line;
        this.column = column;
    }
}
/** Deeper than any metrics file; keeps the recursive parser off the end of the stack on hostile input. */
const MAX_DEPTH = 1000;
function parseJsonAllowingNonFinite(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        // Strings are matched whole so that a "NaN" inside one stays as it is.
        let replaced = false;
        const marked = text.replace(TOKENS, (match) => {
            if (match.charCodeAt(0) === 34)
                return match;
            replaced = true;
            return `"\\u0000${match}"`;
        });
        if (replaced) {
            try {
                return JSON.parse(marked);
            }
            catch {
                // fall through to the parser that says where the error is
            }
        }
        return new LenientJsonParser(text).parseDocument();
    }
}
const TOKENS = /"[^"\\]*(?:\\.[^"\\]*)*"|-?Infinity|NaN/g;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
class LenientJsonParser {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    parseDocument() {
        this.skipSpace();
        const value = this.parseValue(0);
        this.skipSpace();
        if (this.pos < this.text.length)
            this.fail(`unexpected ${this.describeHere()} after the JSON value`);
        return value;
    }
    parseValue(depth) {
        if (depth > MAX_DEPTH)
            this.fail(`nested deeper than ${MAX_DEPTH} levels`);
        const text = this.text;
        const code = text.charCodeAt(this.pos);
        switch (code) {
            case 123: // {
                return this.parseObject(depth);
            case 91: // [
                return this.parseArray(depth);
            case 34: // "
                return this.parseString();
            case 116: // t
                return this.parseWord('true', true);
            case 102: // f
                return this.parseWord('false', false);
            case 110: // n
                return this.parseWord('null', null);
            case 78: // N
                return this.parseWord('NaN', `${MARK}NaN`);
            case 73: // I
                return this.parseWord('Infinity', `${MARK}Infinity`);
            default:
                if (code === 45 && text.startsWith('-Infinity', this.pos)) {
                    this.pos += '-Infinity'.length;
                    return `${MARK}-Infinity`;
                }
                if (code === 45 || (code >= 48 && code <= 57))
                    return this.parseNumber();
                return this.fail(`unexpected ${this.describeHere()}; expected a value`);
        }
    }
    parseObject(depth) {
        const object = {};
        this.pos++; // {
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) === 125) {
            this.pos++;
            return object;
        }
        for (;;) {
            if (this.text.charCodeAt(this.pos) !== 34)
                this.fail(`unexpected ${this.describeHere()}; expected a "key"`);
            const key = this.parseString();
            this.skipSpace();
            if (this.text.charCodeAt(this.pos) !== 58) {
                this.fail(`unexpected ${this.describeHere()}; expected ':' after the key`);
            }
            this.pos++;
            this.skipSpace();
            const value = this.parseValue(depth + 1);
            // Like JSON.parse: a later duplicate key wins, and "__proto__" is an ordinary own key.
            Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
            this.skipSpace();
            const next = this.text.charCodeAt(this.pos);
            if (next === 44) {
                this.pos++;
                this.skipSpace();
                if (this.text.charCodeAt(this.pos) === 125)
                    this.fail("trailing comma before '}'");
                continue;
            }
            if (next === 125) {
                this.pos++;
                return object;
            }
            this.fail(`unexpected ${this.describeHere()}; expected ',' or '}' after a value`);
        }
    }
    parseArray(depth) {
        const array = [];
        this.pos++; // [
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) === 93) {
            this.pos++;
            return array;
        }
        for (;;) {
            array.push(this.parseValue(depth + 1));
            this.skipSpace();
            const next = this.text.charCodeAt(this.pos);
            if (next === 44) {
                this.pos++;
                this.skipSpace();
                if (this.text.charCodeAt(this.pos) === 93)
                    this.fail("trailing comma before ']'");
                continue;
            }
            if (next === 93) {
                this.pos++;
                return array;
            }
            this.fail(`unexpected ${this.describeHere()}; expected ',' or ']' after a value`);
        }
    }
    parseString() {
        const text = this.text;
        const start = this.pos;
        let i = start + 1;
        for (;;) {
            const quote = text.indexOf('"', i);
            if (quote === -1) {
                this.pos = start;
                return this.fail('a string is never closed');
            }
            // The quote closes the string unless an odd number of backslashes escapes it.
            let backslashes = 0;
            for (let j = quote - 1; j > start && text.charCodeAt(j) === 92; j--)
                backslashes++;
            if (backslashes % 2 === 0) {
                i = quote;
                break;
            }
            i = quote + 1;
        }
        const literal = text.slice(start, i + 1);
        try {
            // JSON.parse knows every escape and rejects raw control characters; the string alone is small.
            const value = JSON.parse(literal);
            this.pos = i + 1;
            return value;
        }
        catch {
            this.pos = start;
            return this.fail('a string holds a bad escape or a raw control character (a tab or line break must be escaped)');
        }
    }
    parseNumber() {
        NUMBER.lastIndex = this.pos;
        const match = NUMBER.exec(this.text);
        if (match === null)
            return this.fail(`unexpected ${this.describeHere()}; expected a number`);
        this.pos += match[0].length;
        return Number(match[0]);
    }
    parseWord(word, value) {
        if (!this.text.startsWith(word, this.pos))
            this.fail(`unexpected ${this.describeHere()}; expected a value`);
        this.pos += word.length;
        return value;
    }
    skipSpace() {
        const text = this.text;
        let pos = this.pos;
        for (;;) {
            const code = text.charCodeAt(pos);
            if (code === 32 || code === 10 || code === 13 || code === 9)
                pos++;
            else
                break;
        }
        this.pos = pos;
    }
    describeHere() {
        if (this.pos >= this.text.length)
            return 'end of file';
        const token = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos, this.pos + 40));
        return token === null ? `character ${JSON.stringify(this.text[this.pos])}` : `token "${token[0]}"`;
    }
    fail(message) {
        const { line, column } = lineAndColumnAt(this.text, this.pos);
        throw new JsonSyntaxError(line, column, message);
    }
}


/***/ }),

/***/ 61706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseYamlFile)
/* harmony export */ });
/* unused harmony export parseYamlDocument */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88293);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29179);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4956);



/**
 * Parses a YAML file a person wrote and validates it with a zod schema. Every problem becomes one line naming the
 * file, the line and the YAML path (`crucible.yml:12: metrics.rules[2].tolerance: ...`), all of them at once.
 */
function parseYamlFile(text, file, schema) {
    return parseYamlDocument(text, file, schema).data;
}
/** As parseYamlFile, and also the line of any YAML path, for annotations that point into the file. */
function parseYamlDocument(text, file, schema) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
    if (document.errors.length > 0) {
        const problems = document.errors.map((error) => {
            const line = error.linePos?.[0]?.line;
            const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
            return `${file}${line === undefined ? '' : `:${line}`}: ${message}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${problems.join('\n')}\nFix the YAML syntax.`);
    }
    const result = schema.safeParse(document.toJS() ?? {});
    if (result.success)
        return { data: result.data, lineOf: (path) => lineOf(document.contents, path, lines) };
    const problems = result.error.issues.map((issue) => {
        const line = lineOf(document.contents, issue.path, lines);
        return `${file}${line === undefined ? '' : `:${line}`}: ${(0,_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .dottedPath */ .w)(issue.path)}: ${issue.message}`;
    });
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(problems.join('\n'));
}
/** The line of the deepest node that exists along `path` (a missing key points at its parent mapping). */
function lineOf(root, path, lines) {
    let node = root;
    let found = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(root) ? root : undefined;
    for (const key of path) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(node))
            break;
        const next = node.get(typeof key === 'symbol' ? String(key) : key, true);
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(next)) {
            // Point at the key itself when the value is missing or a plain scalar without a node.
            break;
        }
        node = next;
        found = next;
    }
    const offset = found?.range?.[0];
    return offset === undefined ? undefined : lines.linePos(offset).line;
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
