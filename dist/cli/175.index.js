export const id = 175;
export const ids = [175];
export const modules = {

/***/ 3175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  analyseDifference: () => (/* binding */ analyseDifference)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/engine/compare/content/bytes.ts
var bytes = __webpack_require__(4471);
// EXTERNAL MODULE: ./src/engine/compare/content/limits.ts
var limits = __webpack_require__(1750);
;// CONCATENATED MODULE: ./src/engine/compare/content/binary-difference.ts
/**
 * Binary outputs: sizes, SHA-256 digests and the offset of the first differing byte, in one pass
 * over both files in 1 MiB chunks (next chunks are read while the current ones are hashed).
 * Hashing two files is the bottleneck, so for large files the regenerated one is hashed on a
 * second thread and the comparison runs at about the speed of hashing one file.
 */





// Inline source (not a separate file) so the worker survives bundling into dist/.
const DIGEST_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { createReadStream } = require('node:fs')
const hash = createHash('sha256')
createReadStream(workerData, { highWaterMark: ${limits/* CHUNK_BYTES */.EC} })
  .on('data', chunk => hash.update(chunk))
  .on('error', error => { throw error })
  .on('end', () => parentPort.postMessage(hash.digest('hex')))
`;
function sha256OnWorker(file) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(DIGEST_WORKER, { eval: true, workerData: file });
        worker.once('message', (digest) => resolve(String(digest)));
        worker.once('error', reject);
        worker.once('exit', code => reject(new Error(`digest worker exited with code ${code}`)));
    });
}
/** Hash both files and find the first difference in one pass; `regenerated` is not hashed when null. */
async function scan(committed, regenerated, sizes, regeneratedHash) {
    const committedHash = (0,external_node_crypto_.createHash)('sha256');
    // undefined: no difference found yet; null: one file is a prefix of the other (or equal).
    let firstDifferentByte;
    // The regenerated file is read only while it is hashed here or compared.
    const pairs = (0,bytes/* chunkPairs */.$w)(committed, regenerated, [sizes.committed, sizes.regenerated], () => regeneratedHash !== null || firstDifferentByte === undefined);
    let position = 0;
    for await (const [committedChunk, regeneratedChunk] of pairs) {
        committedHash.update(committedChunk);
        regeneratedHash?.update(regeneratedChunk);
        if (firstDifferentByte === undefined) {
            const index = (0,bytes/* firstDifferentIndex */._J)(committedChunk, regeneratedChunk);
            if (index >= 0)
                firstDifferentByte = position + index;
            else if (committedChunk.length !== regeneratedChunk.length)
                firstDifferentByte = null;
        }
        position += limits/* CHUNK_BYTES */.EC;
    }
    return {
        committedDigest: committedHash.digest('hex'),
        firstDifferentByte: firstDifferentByte ?? null
    };
}
async function compareBinary(committedFile, regeneratedFile) {
    const committed = await promises_default().open(committedFile, 'r');
    try {
        const regenerated = await promises_default().open(regeneratedFile, 'r');
        try {
            const sizes = {
                committed: (await committed.stat()).size,
                regenerated: (await regenerated.stat()).size
            };
            const parallel = sizes.regenerated >= limits/* PARALLEL_DIGEST_BYTES */.Py;
            const regeneratedHash = parallel ? null : (0,external_node_crypto_.createHash)('sha256');
            const [{ committedDigest, firstDifferentByte }, workerDigest] = await Promise.all([
                scan(committed, regenerated, sizes, regeneratedHash),
                parallel ? sha256OnWorker(regeneratedFile) : undefined
            ]);
            return {
                kind: 'binary',
                committed: { size: sizes.committed, sha256: committedDigest },
                regenerated: {
                    size: sizes.regenerated,
                    sha256: workerDigest ?? regeneratedHash?.digest('hex')
                },
                firstDifferentByte
            };
        }
        finally {
            await regenerated.close();
        }
    }
    finally {
        await committed.close();
    }
}

// EXTERNAL MODULE: ./src/engine/compare/content/numbers.ts
var numbers = __webpack_require__(6322);
;// CONCATENATED MODULE: ./src/engine/compare/content/causes.ts

/** Differences at or below this relative size, in floating-point numbers, are drift. */
const FLOAT_DRIFT_RELATIVE = 1e-6;
const WORD_BOUNDED = (pattern) => `(?<![\\w.])(?:${pattern})(?!\\w|\\.\\d)`;
const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const WEEKDAYS = 'Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:rs(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?';
/** Date, time and epoch-looking values, each standing on its own (not inside a longer word). */
const TIMESTAMP_PATTERN = [
    // 05 Jan 2024, 5-January-24, Jan 5, 2024, January 5
    String.raw `\d{1,2}[ -](?:${MONTHS})[ -]\d{2,4}`,
    String.raw `(?:${MONTHS}) \d{1,2}(?:,? \d{4})?`,
    // ISO 8601 date, optionally with time, fraction and zone: 2024-01-05T12:30:00.123+01:00
    String.raw `\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`,
    // compact ISO 8601: 20240105T123000Z
    String.raw `\d{8}T\d{6}Z?`,
    // 2024/01/05 and 05/01/2024
    String.raw `\d{4}/\d{2}/\d{2}|\d{1,2}/\d{1,2}/\d{4}`,
    // 12:30, 12:30:00, 12:30:00.123
    String.raw `\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?`,
    // Unix time in seconds (2001–2033) or milliseconds, optionally fractional
    String.raw `1\d{9}(?:\d{3})?(?:\.\d+)?`,
    MONTHS,
    WEEKDAYS
]
    .map(WORD_BOUNDED)
    .join('|');
const TIMESTAMP = new RegExp(TIMESTAMP_PATTERN, 'g');
/**
 * A readable regular expression matching every line that holds a value TIMESTAMP matches (each
 * alternative is contained in one of its forms), for suggesting `ignore-lines`.
 */
const TIMESTAMP_LINE = String.raw `\d{4}-\d{2}-\d{2}|\d{8}T\d{6}|\d{4}/\d{2}/\d{2}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}:\d{2}|1\d{9}|` +
    'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun';
/** The value with every date/time-looking part replaced by a placeholder. */
function maskTimestamps(value) {
    return value.replace(TIMESTAMP, '\u0000');
}
/** Runs of whitespace (newlines included) as one space, without leading or trailing whitespace. */
function collapseWhitespace(value) {
    return value.replace(/\s+/g, ' ').trim();
}
/** CR before LF (or at the very end) removed: the CRLF → LF conversion. */
function withUnixLineEndings(value) {
    return value.replace(/\r(?=\n|$)/g, '');
}
/**
 * The most specific hint that explains every difference; the order is the documented one.
 * Reordering outranks timestamps and drift: the same lines in another order is exact evidence,
 * while those two read a permutation as if lines were still aligned.
 */
function chooseCause(flags) {
    if (flags.lineEndings)
        return 'line-endings';
    if (flags.whitespace)
        return 'whitespace';
    if (flags.reordered)
        return 'reordered';
    if (flags.timestamps)
        return 'timestamps';
    if (flags.floatDrift)
        return 'float-drift';
    return undefined;
}
class CauseEvidence {
    differences = 0;
    lineEndings = true;
    whitespace = true;
    timestamps = true;
    numericOnly = true;
    floatDrift = true;
    driftingNumbers = 0;
    deviations = new numbers/* DeviationTracker */.o3();
    /** One pair that should have been equal; equal pairs are no evidence and are skipped. */
    observe(committed, regenerated) {
        if (committed === regenerated)
            return;
        this.differences++;
        if (this.lineEndings) {
            this.lineEndings = withUnixLineEndings(committed) === withUnixLineEndings(regenerated);
        }
        if (this.whitespace) {
            this.whitespace = collapseWhitespace(committed) === collapseWhitespace(regenerated);
        }
        if (this.timestamps) {
            this.timestamps = maskTimestamps(committed) === maskTimestamps(regenerated);
        }
        if (this.numericOnly)
            this.observeNumbers(committed, regenerated);
    }
    observeNumbers(committed, regenerated) {
        const pairs = (0,numbers/* differingNumbers */.ji)(committed, regenerated);
        if (pairs === null) {
            this.numericOnly = this.floatDrift = false;
            return;
        }
        for (const pair of pairs) {
            this.driftingNumbers++;
            const { relative } = this.deviations.record(pair.committed.value, pair.regenerated.value);
            const floating = (0,numbers/* looksFloatingPoint */.$H)(pair.committed) || (0,numbers/* looksFloatingPoint */.$H)(pair.regenerated);
            if (!floating || !(relative <= FLOAT_DRIFT_RELATIVE))
                this.floatDrift = false;
        }
    }
    /** A difference no hint explains: something added, removed or of another shape. */
    contradict() {
        this.differences++;
        this.lineEndings = this.whitespace = this.timestamps = false;
        this.numericOnly = this.floatDrift = false;
    }
    /** Whether any hint (or the numeric deviation) is still possible. */
    get open() {
        return this.lineEndings || this.whitespace || this.timestamps || this.numericOnly;
    }
    get observed() {
        return this.differences > 0;
    }
    /**
     * The largest deviation, when every difference seen was a difference of numbers (and not of
     * dates or times, whose digits are numbers too but whose deviation means nothing).
     */
    get deviation() {
        const numeric = this.observed && this.numericOnly && !this.timestamps;
        return numeric ? this.deviations.deviation : undefined;
    }
    /** Which hints explain every difference; `overrides` supplies flags judged elsewhere. */
    flags(overrides = {}) {
        const flags = {
            lineEndings: this.lineEndings,
            whitespace: this.whitespace,
            timestamps: this.timestamps,
            floatDrift: this.numericOnly && this.floatDrift && this.driftingNumbers > 0,
            reordered: false,
            ...overrides
        };
        // With no difference seen, every hint would hold vacuously.
        const observed = this.observed;
        return {
            lineEndings: observed && flags.lineEndings,
            whitespace: observed && flags.whitespace,
            timestamps: observed && flags.timestamps,
            floatDrift: observed && flags.floatDrift,
            reordered: observed && flags.reordered
        };
    }
}

;// CONCATENATED MODULE: ./src/engine/compare/content/json-difference.ts



function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function childPath(path, key) {
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
/** Values short enough to read in a report are kept; longer ones are abbreviated. */
function preview(value) {
    if (typeof value === 'string') {
        return value.length > limits/* MAX_VALUE_PREVIEW_CHARS */.oy
            ? `${value.slice(0, limits/* MAX_VALUE_PREVIEW_CHARS */.oy)}…`
            : value;
    }
    if (typeof value !== 'object' || value === null)
        return value;
    if (JSON.stringify(value).length <= limits/* MAX_VALUE_PREVIEW_CHARS */.oy)
        return value;
    return Array.isArray(value)
        ? `[… ${value.length} items]`
        : `{… ${Object.keys(value).length} keys}`;
}
/** The value as evidence for cause hints: strings as they are, anything else as JSON. */
function asEvidence(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
class JsonComparison {
    tolerance;
    changes = [];
    count = 0;
    evidence = new CauseEvidence();
    constructor(tolerance) {
        this.tolerance = tolerance;
    }
    record(change) {
        this.count++;
        if (this.changes.length < limits/* MAX_STRUCTURED_CHANGES */.VN)
            this.changes.push(change);
        if (change.change !== 'changed')
            this.evidence.contradict();
    }
    compare(committed, regenerated, path) {
        if (Array.isArray(committed) && Array.isArray(regenerated)) {
            const length = Math.max(committed.length, regenerated.length);
            for (let i = 0; i < length; i++) {
                const child = `${path}[${i}]`;
                if (i >= committed.length) {
                    this.record({ path: child, change: 'added', new: preview(regenerated[i]) });
                }
                else if (i >= regenerated.length) {
                    this.record({ path: child, change: 'removed', old: preview(committed[i]) });
                }
                else
                    this.compare(committed[i], regenerated[i], child);
            }
        }
        else if (isRecord(committed) && isRecord(regenerated)) {
            for (const [key, value] of Object.entries(committed)) {
                const child = childPath(path, key);
                if (Object.hasOwn(regenerated, key))
                    this.compare(value, regenerated[key], child);
                else
                    this.record({ path: child, change: 'removed', old: preview(value) });
            }
            for (const [key, value] of Object.entries(regenerated)) {
                if (!Object.hasOwn(committed, key)) {
                    this.record({ path: childPath(path, key), change: 'added', new: preview(value) });
                }
            }
        }
        else if (committed !== regenerated) {
            this.evidence.observe(asEvidence(committed), asEvidence(regenerated));
            const tolerated = this.tolerance !== undefined &&
                typeof committed === 'number' &&
                typeof regenerated === 'number' &&
                (0,numbers/* withinTolerance */.p4)(committed, regenerated, this.tolerance);
            if (!tolerated) {
                this.record({ path, change: 'changed', old: preview(committed), new: preview(regenerated) });
            }
        }
    }
}
/** The first line (of the regenerated text) that differs beyond the tolerance, for annotations. */
function firstDifferentLine(committed, regenerated, tolerance) {
    const a = committed.split('\n');
    const b = regenerated.split('\n');
    const same = (x, y) => x === y || (tolerance !== undefined && (0,numbers/* equalWithinTolerance */.p$)(x, y, tolerance));
    const index = b.findIndex((line, i) => i >= a.length || !same(a[i] ?? '', line));
    return index < 0 ? Math.max(1, b.length) : index + 1;
}
function compareJson(committedText, regeneratedText, tolerance) {
    let committed;
    let regenerated;
    try {
        committed = JSON.parse(committedText);
        regenerated = JSON.parse(regeneratedText);
    }
    catch {
        return { asText: true };
    }
    const comparison = new JsonComparison(tolerance);
    try {
        comparison.compare(committed, regenerated, '$');
    }
    catch (error) {
        // Nesting deeper than the stack allows: the text diff still works.
        if (error instanceof RangeError)
            return { asText: true };
        throw error;
    }
    const { evidence } = comparison;
    // Equal values, different bytes: keys in another order, or whitespace between tokens (string
    // contents being equal, removing all whitespace can only remove the whitespace between them).
    const formattingCause = () => {
        if (JSON.stringify(committed) !== JSON.stringify(regenerated))
            return 'reordered';
        const squeeze = (text) => text.replace(/\s+/g, '');
        return squeeze(committedText) === squeeze(regeneratedText) ? 'whitespace' : undefined;
    };
    if (comparison.count === 0) {
        // Without a tolerance only the bytes count: show how they differ as text, and say so when
        // the difference is the order of keys.
        if (tolerance === undefined)
            return { asText: true, cause: formattingCause() };
        return { equivalent: true, deviation: evidence.deviation, cause: chooseCause(evidence.flags()) };
    }
    return {
        equivalent: false,
        deviation: evidence.deviation,
        cause: chooseCause(evidence.flags()),
        diff: {
            kind: 'json',
            changes: comparison.changes,
            truncated: comparison.count - comparison.changes.length,
            firstDifferentLine: firstDifferentLine(committedText, regeneratedText, tolerance)
        }
    };
}

;// CONCATENATED MODULE: ./src/engine/compare/content/line-source.ts
/**
 * Lines of a file read in chunks, so memory is bounded by the longest line, not the file; plus the
 * fast path that jumps over the byte-identical stretches of two files without decoding them.
 */



/** The file is not line-oriented UTF-8 text after all; the caller compares it as binary. */
class NotTextError extends Error {
    constructor(message) {
        super(message);
        this.name = 'NotTextError';
    }
}
class LineSource {
    handle;
    size;
    keep;
    onFirstRead;
    /** Two backing stores, used in turn, so reading a large file allocates nothing per chunk. */
    stores = [];
    store = 0;
    /** Raw-read buffers of skipIdenticalLines, also reused. */
    scratch = [];
    buffer = Buffer.alloc(0);
    cursor = 0;
    /** File offset just after the buffered bytes. */
    position = 0;
    nextNumber = 1;
    /** Lines given back, the next one last (a stack, so taking one is O(1)). */
    givenBack = [];
    ended = false;
    constructor(handle, 
    /** File size; reading stops there. */
    size, 
    /** Lines for which this is false are dropped (ignore-lines) before anyone sees them. */
    keep, 
    /** Called once per line when it is first read (not again when it is given back and re-read). */
    onFirstRead) {
        this.handle = handle;
        this.size = size;
        this.keep = keep;
        this.onFirstRead = onFirstRead;
    }
    /** No line given back with unread() is waiting. */
    get drained() {
        return this.givenBack.length === 0;
    }
    /** next() has returned null: nothing is left. */
    get finished() {
        return this.ended;
    }
    /** File offset of the next unread byte (the start of the next line when drained). */
    get offset() {
        return this.position - (this.buffer.length - this.cursor);
    }
    /** Number of the last line read from the file (0 before any). */
    get lastLineNumber() {
        return this.nextNumber - 1;
    }
    async next() {
        const givenBack = this.givenBack.pop();
        if (givenBack)
            return givenBack;
        for (;;) {
            const line = await this.readLine();
            if (!line) {
                this.ended = true;
                return null;
            }
            if (this.keep(line.text)) {
                this.onFirstRead(line);
                return line;
            }
        }
    }
    /** Up to `count` lines, stopping early once `chars` characters have been taken. */
    async take(count, chars) {
        const lines = [];
        let taken = 0;
        while (lines.length < count && taken < chars) {
            const line = await this.next();
            if (!line)
                break;
            lines.push(line);
            taken += line.text.length;
        }
        return lines;
    }
    /** Give lines back, to be returned by next() again, in order, before anything else. */
    unread(lines) {
        for (let i = lines.length - 1; i >= 0; i--)
            this.givenBack.push(lines[i]);
        if (lines.length > 0)
            this.ended = false;
    }
    /** The bytes already read from the file but not yet turned into lines. */
    buffered() {
        return this.buffer.subarray(this.cursor);
    }
    /** Continue at `offset` (the start of line `lineNumber`), keeping buffered bytes when possible. */
    moveTo(offset, lineNumber) {
        const bufferStart = this.position - this.buffer.length;
        if (offset >= bufferStart && offset <= this.position) {
            this.cursor = offset - bufferStart;
        }
        else {
            this.buffer = Buffer.alloc(0);
            this.cursor = 0;
            this.position = offset;
        }
        this.nextNumber = lineNumber;
        this.ended = false;
    }
    async readLine() {
        for (;;) {
            const newline = this.buffer.indexOf(10, this.cursor);
            if (newline !== -1)
                return this.cut(newline, true);
            if (this.position >= this.size) {
                return this.cursor < this.buffer.length ? this.cut(this.buffer.length, false) : null;
            }
            await this.refill();
        }
    }
    cut(end, terminated) {
        const bytes = this.buffer.subarray(this.cursor, end);
        if (!(0,external_node_buffer_.isUtf8)(bytes))
            throw new NotTextError(`line ${this.nextNumber} is not valid UTF-8`);
        this.cursor = terminated ? end + 1 : end;
        return { text: bytes.toString('utf8'), terminated, number: this.nextNumber++ };
    }
    async refill() {
        const rest = this.buffer.length - this.cursor;
        if (rest > limits/* MAX_LINE_BYTES */.Oc) {
            throw new NotTextError(`line ${this.nextNumber} is longer than ${limits/* MAX_LINE_BYTES */.Oc} bytes`);
        }
        if (this.stores.length === 0) {
            this.stores = [0, 1].map(() => Buffer.allocUnsafe(limits/* MAX_LINE_BYTES */.Oc + limits/* CHUNK_BYTES */.EC));
        }
        this.store ^= 1;
        const next = this.stores[this.store];
        this.buffer.copy(next, 0, this.cursor);
        const read = await (0,bytes/* readAt */.m6)(this.handle, next.subarray(rest, rest + limits/* CHUNK_BYTES */.EC), this.position);
        // A file that shrank since its size was taken ends where reading ends.
        if (read.length === 0)
            throw new NotTextError('the file changed while it was being read');
        this.position += read.length;
        this.buffer = next.subarray(0, rest + read.length);
        this.cursor = 0;
    }
    /**
     * Read `length` raw bytes at `offset` into scratch buffer `slot` (0 or 1), for skipping
     * identical stretches without decoding them. A slot's bytes stay valid until it is used again.
     */
    readRaw(slot, offset, length) {
        if (this.scratch.length === 0)
            this.scratch = [0, 1].map(() => Buffer.allocUnsafe(limits/* CHUNK_BYTES */.EC));
        return (0,bytes/* readAt */.m6)(this.handle, this.scratch[slot].subarray(0, length), offset);
    }
}
/**
 * Move both sources past the bytes they have in common from where they are now, stopping at the
 * start of the line holding the first difference, or `context` lines before it so those lines
 * can be shown around the change. Both must be drained. Returns the number of lines skipped.
 *
 * This is what makes a 1 GiB output that differs in one place cheap: identical bytes are compared
 * with memcmp in 1 MiB chunks and only their newlines are counted.
 */
async function skipIdenticalLines(committed, regenerated, context) {
    const committedStart = committed.offset;
    const regeneratedStart = regenerated.offset;
    // The first chunk pair is whatever both already hold in memory, so a difference a few lines
    // ahead costs no read.
    const buffered = Math.min(committed.buffered().length, regenerated.buffered().length);
    let committedChunk = committed.buffered().subarray(0, buffered);
    let regeneratedChunk = regenerated.buffered().subarray(0, buffered);
    let chunkStart = 0;
    let previous = Buffer.alloc(0);
    let newlinesBeforeChunk = 0;
    let differenceAt;
    for (let slot = 0;; slot ^= 1) {
        const index = (0,bytes/* firstDifferentIndex */._J)(committedChunk, regeneratedChunk);
        if (index >= 0) {
            differenceAt = chunkStart + index;
            break;
        }
        newlinesBeforeChunk += (0,bytes/* countNewlines */.Dn)(committedChunk);
        previous = committedChunk;
        const nextStart = chunkStart + committedChunk.length;
        const length = Math.min(limits/* CHUNK_BYTES */.EC, committed.size - committedStart - nextStart, regenerated.size - regeneratedStart - nextStart);
        if (length <= 0) {
            committedChunk = Buffer.alloc(0);
            chunkStart = differenceAt = nextStart;
            break;
        }
        // Alternate slots so `previous` stays intact while the next chunk is read.
        ;
        [committedChunk, regeneratedChunk] = await Promise.all([
            committed.readRaw(slot, committedStart + nextStart, length),
            regenerated.readRaw(slot, regeneratedStart + nextStart, length)
        ]);
        chunkStart = nextStart;
    }
    const stop = lineStartBefore(differenceAt, context + 1, { bytes: committedChunk, start: chunkStart }, { bytes: previous, start: chunkStart - previous.length });
    const skippedLines = stop >= chunkStart
        ? newlinesBeforeChunk + (0,bytes/* countNewlines */.Dn)(committedChunk, 0, stop - chunkStart)
        : newlinesBeforeChunk - (0,bytes/* countNewlines */.Dn)(previous, stop - (chunkStart - previous.length));
    committed.moveTo(committedStart + stop, committed.lastLineNumber + 1 + skippedLines);
    regenerated.moveTo(regeneratedStart + stop, regenerated.lastLineNumber + 1 + skippedLines);
    return skippedLines;
}
/**
 * The start of the line `lines` lines back from `position` (1: the line holding it), searched in
 * the spans held in memory, newest first. Offset 0 is a line start by construction.
 */
function lineStartBefore(position, lines, ...spans) {
    let found = 0;
    let start = 0;
    let reachesZero = false;
    for (const span of spans) {
        let from = Math.min(position, span.start + span.bytes.length) - span.start - 1;
        while (found < lines && from >= 0) {
            const newline = span.bytes.lastIndexOf(10, from);
            if (newline < 0)
                break;
            found++;
            start = span.start + newline + 1;
            from = newline - 1;
        }
        if (found === lines)
            return start;
        reachesZero = span.start <= 0;
    }
    return reachesZero || found === 0 ? 0 : start;
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/diff/array.js
var array = __webpack_require__(1318);
;// CONCATENATED MODULE: ./src/engine/compare/content/table-difference.ts
/**
 * CSV and TSV outputs compared cell by cell: changed cells by row and column (header names when
 * the first row is a header), added and removed rows, numbers within the rule's tolerance.
 * Rows are compared in order when both tables have as many; otherwise they are aligned with the
 * diff library first, so one inserted row reads as one added row.
 */




/**
 * RFC 4180 records: fields separated by `separator`, records by LF or CRLF, `"` quotes a field
 * (which may then hold separators, quotes written `""`, and newlines). Lenient where the RFC is
 * strict: a quote inside an unquoted field is kept as text. Null when a quote is never closed.
 */
function parseDelimited(text, separator) {
    const records = [];
    let cells = [];
    let cell = '';
    let line = 1;
    let recordLine = 1;
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charAt(i);
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else {
                if (c === '\n')
                    line++;
                cell += c;
            }
        }
        else if (c === '"' && cell === '')
            quoted = true;
        else if (c === separator) {
            cells.push(cell);
            cell = '';
        }
        else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
            if (c === '\r')
                i++;
            cells.push(cell);
            records.push({ cells, line: recordLine });
            cells = [];
            cell = '';
            recordLine = ++line;
        }
        else
            cell += c;
    }
    if (quoted)
        return null;
    if (cell !== '' || cells.length > 0) {
        cells.push(cell);
        records.push({ cells, line: recordLine });
    }
    return records;
}
const NUMERIC_CELL = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
/** A header row: every cell named (non-empty, not a number) above a row holding a number. */
function hasHeader(records) {
    const [first, second] = records;
    return (first !== undefined &&
        second !== undefined &&
        first.cells.every(cell => cell.trim() !== '' && !NUMERIC_CELL.test(cell)) &&
        second.cells.some(cell => NUMERIC_CELL.test(cell)));
}
class TableComparison {
    columns;
    tolerance;
    cells = [];
    count = 0;
    addedRows = 0;
    removedRows = 0;
    firstDifferentLine;
    evidence = new CauseEvidence();
    constructor(columns, tolerance) {
        this.columns = columns;
        this.tolerance = tolerance;
    }
    cellsEqual(a, b) {
        return (a === b ||
            (this.tolerance !== undefined && (0,numbers/* equalWithinTolerance */.p$)(a.trim(), b.trim(), this.tolerance)));
    }
    rowsEqual(a, b) {
        return (a.cells.length === b.cells.length &&
            a.cells.every((cell, i) => this.cellsEqual(cell, b.cells[i] ?? '')));
    }
    differsAt(line) {
        this.firstDifferentLine ??= line;
    }
    /** Rows in the same place: `row` is the regenerated row number (0 for the header). */
    comparePair(committed, regenerated, row) {
        const width = Math.max(committed.cells.length, regenerated.cells.length);
        for (let column = 0; column < width; column++) {
            const old = committed.cells[column];
            const now = regenerated.cells[column];
            if (old === now)
                continue;
            if (old === undefined || now === undefined)
                this.evidence.contradict();
            else
                this.evidence.observe(old, now);
            if (old !== undefined && now !== undefined && this.cellsEqual(old, now))
                continue;
            this.differsAt(regenerated.line);
            this.count++;
            if (this.cells.length < limits/* MAX_STRUCTURED_CHANGES */.VN) {
                const name = this.columns[column] ?? String(column + 1);
                this.cells.push({ row, column: name, old: old ?? '', new: now ?? '' });
            }
        }
    }
    added(regenerated) {
        this.addedRows++;
        this.evidence.contradict();
        this.differsAt(regenerated.line);
    }
    removed(nextRegeneratedLine) {
        this.removedRows++;
        this.evidence.contradict();
        this.differsAt(nextRegeneratedLine);
    }
}
/** Column labels: header names where they are unique, column numbers otherwise. */
function columnLabels(header) {
    const names = header?.cells ?? [];
    return names.map((name, i) => name !== '' && names.indexOf(name) === names.lastIndexOf(name) ? name : String(i + 1));
}
function alignRows(comparison, committed, regenerated) {
    const lineAfter = (index) => regenerated[index]?.line ?? Math.max(1, regenerated.at(-1)?.line ?? 1);
    const positional = () => {
        const shared = Math.min(committed.length, regenerated.length);
        for (let i = 0; i < shared; i++)
            comparison.comparePair(committed[i], regenerated[i], i + 1);
        for (let i = shared; i < regenerated.length; i++)
            comparison.added(regenerated[i]);
        for (let i = shared; i < committed.length; i++)
            comparison.removed(lineAfter(shared));
    };
    if (committed.length === regenerated.length)
        return positional();
    const changes = (0,array/* diffArrays */.E)([...committed], [...regenerated], {
        comparator: (a, b) => comparison.rowsEqual(a, b),
        maxEditLength: limits/* MAX_ROW_EDITS */.em
    });
    if (!changes)
        return positional();
    let committedIndex = 0;
    let regeneratedIndex = 0;
    let removed = [];
    let added = [];
    // A run of removed rows next to a run of added ones is read as changed rows, pair by pair.
    const flush = () => {
        const paired = Math.min(removed.length, added.length);
        const firstAdded = regeneratedIndex - added.length;
        for (let i = 0; i < paired; i++) {
            comparison.comparePair(removed[i], added[i], firstAdded + i + 1);
        }
        for (const row of added.slice(paired))
            comparison.added(row);
        for (let i = paired; i < removed.length; i++)
            comparison.removed(lineAfter(regeneratedIndex));
        removed = [];
        added = [];
    };
    for (const change of changes) {
        if (change.removed) {
            removed.push(...committed.slice(committedIndex, committedIndex + change.count));
            committedIndex += change.count;
        }
        else if (change.added) {
            added.push(...regenerated.slice(regeneratedIndex, regeneratedIndex + change.count));
            regeneratedIndex += change.count;
        }
        else {
            flush();
            for (let i = 0; i < change.count; i++) {
                comparison.comparePair(committed[committedIndex + i], regenerated[regeneratedIndex + i], regeneratedIndex + i + 1);
            }
            committedIndex += change.count;
            regeneratedIndex += change.count;
        }
    }
    flush();
}
/** Same rows, another order (only asked when both tables have as many rows). */
function sameRowsReordered(committed, regenerated) {
    const key = (record) => JSON.stringify(record.cells);
    const a = committed.map(key).sort();
    const b = regenerated.map(key).sort();
    return a.every((row, i) => row === b[i]);
}
function compareTable(committedText, regeneratedText, separator, tolerance) {
    const committed = parseDelimited(committedText, separator);
    const regenerated = parseDelimited(regeneratedText, separator);
    if (!committed || !regenerated)
        return { asText: true };
    const header = hasHeader(committed);
    const comparison = new TableComparison(columnLabels(header ? committed[0] : undefined), tolerance);
    const skip = header ? 1 : 0;
    if (header && regenerated[0])
        comparison.comparePair(committed[0], regenerated[0], 0);
    const committedRows = committed.slice(skip);
    const regeneratedRows = regenerated.slice(skip);
    alignRows(comparison, committedRows, regeneratedRows);
    const { evidence } = comparison;
    const differs = comparison.count + comparison.addedRows + comparison.removedRows > 0;
    const reordered = differs &&
        committedRows.length === regeneratedRows.length &&
        comparison.addedRows + comparison.removedRows === 0 &&
        sameRowsReordered(committedRows, regeneratedRows);
    const cause = chooseCause(evidence.flags({ reordered }));
    if (!differs) {
        // Same cells: without a tolerance the bytes still count (quoting, line endings), shown as text.
        if (tolerance === undefined)
            return { asText: true };
        return { equivalent: true, deviation: evidence.deviation, cause };
    }
    return {
        equivalent: false,
        deviation: evidence.deviation,
        cause,
        diff: {
            kind: 'table',
            cells: comparison.cells,
            addedRows: comparison.addedRows,
            removedRows: comparison.removedRows,
            truncated: comparison.count - comparison.cells.length,
            firstDifferentLine: comparison.firstDifferentLine
        }
    };
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 1 modules
var create = __webpack_require__(5725);
;// CONCATENATED MODULE: ./src/engine/compare/content/text-evidence.ts


const withNewline = (line) => (line.terminated ? `${line.text}\n` : line.text);
const MAX_PENDING_LINES = 2 * limits/* DIFF_WINDOW_MAX_LINES */.s8;
/** Two queues that pair up items in order, for comparisons that ignore how the sides are read. */
class Pairing {
    limit;
    compare;
    /** Items of the side that is ahead; the other side's next items pair with them. */
    ahead = [];
    aheadSide = 'committed';
    next = 0;
    broken = false;
    constructor(limit, compare) {
        this.limit = limit;
        this.compare = compare;
    }
    push(side, items) {
        for (const item of items) {
            if (this.broken)
                return;
            if (this.next < this.ahead.length && side !== this.aheadSide) {
                const waiting = this.ahead[this.next++];
                const [committed, regenerated] = side === 'regenerated' ? [waiting, item] : [item, waiting];
                this.broken = !this.compare(committed, regenerated);
                continue;
            }
            if (this.next === this.ahead.length) {
                this.ahead = [];
                this.next = 0;
                this.aheadSide = side;
            }
            this.ahead.push(item);
            if (this.ahead.length - this.next > this.limit)
                this.broken = true;
        }
    }
    /** Whether everything pushed so far pairs up, nothing left over. */
    get balanced() {
        return !this.broken && this.next === this.ahead.length;
    }
}
class TextEvidence {
    values = new CauseEvidence();
    /** Line by line: line endings, timestamps, numbers. */
    lines = new Pairing(MAX_PENDING_LINES, (a, b) => {
        if (a.terminated === b.terminated)
            this.values.observe(a.text, b.text);
        else
            this.values.observe(withNewline(a), withNewline(b));
        return this.values.open;
    });
    /** Word by word, so whitespace includes reflowed lines and added blank lines. */
    words = new Pairing(limits/* MAX_PENDING_WORDS */.lb, (a, b) => a === b);
    /** Line texts counted up (committed) and down (regenerated); all zero means reordered. */
    multiset;
    constructor(checkReordering) {
        this.multiset = checkReordering ? new Map() : null;
    }
    read(side, line) {
        this.lines.push(side, [line]);
        if (!this.words.broken)
            this.words.push(side, line.text.split(/\s+/).filter(Boolean));
        if (this.multiset) {
            const count = (this.multiset.get(line.text) ?? 0) + (side === 'committed' ? 1 : -1);
            if (count === 0)
                this.multiset.delete(line.text);
            else
                this.multiset.set(line.text, count);
        }
    }
    /** Identical lines were skipped unread: pairings that were out of step cannot be completed. */
    skipped() {
        if (!this.lines.balanced)
            this.values.contradict();
        if (!this.words.balanced)
            this.words.broken = true;
    }
    result() {
        if (!this.lines.balanced)
            this.values.contradict();
        const cause = chooseCause(this.values.flags({
            whitespace: this.words.balanced,
            reordered: this.multiset !== null && this.multiset.size === 0
        }));
        return { cause, deviation: this.values.deviation };
    }
}

;// CONCATENATED MODULE: ./src/engine/compare/content/unified-diff.ts
/**
 * The unified diff of one output, assembled from the hunks of its changed regions and rendered
 * by the diff library, then capped for reports with the number of lines left out.
 */


const FILE_HEADER_LINES = 2;
class UnifiedDiff {
    outputPath;
    hunks = [];
    /** Lines the kept hunks render to (file headers included). */
    keptLines = FILE_HEADER_LINES;
    /** Lines of hunks not kept because the shown part is already full. */
    droppedLines = 0;
    /** Lines of the files after the point where diffing stopped, which were never diffed. */
    undiffedLines = 0;
    constructor(outputPath) {
        this.outputPath = outputPath;
    }
    add(hunks) {
        for (const hunk of hunks) {
            const lines = 1 + hunk.lines.length;
            if (this.keptLines < limits/* MAX_DIFF_LINES */.l) {
                this.hunks.push(hunk);
                this.keptLines += lines;
            }
            else
                this.droppedLines += lines;
        }
    }
    countUndiffed(lines) {
        this.undiffedLines += lines;
    }
    render() {
        const text = (0,create/* formatPatch */.Gu)({
            oldFileName: `a/${this.outputPath}`,
            newFileName: `b/${this.outputPath}`,
            oldHeader: 'committed',
            newHeader: 'regenerated',
            hunks: this.hunks
        }, create/* FILE_HEADERS_ONLY */.jr);
        const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
        const shown = [];
        let bytes = 0;
        for (const line of lines) {
            const cut = line.length > limits/* MAX_DIFF_LINE_CHARS */.KR
                ? `${line.slice(0, limits/* MAX_DIFF_LINE_CHARS */.KR)} [… ${line.length - limits/* MAX_DIFF_LINE_CHARS */.KR} more characters]`
                : line;
            bytes += Buffer.byteLength(cut) + 1;
            if (shown.length >= limits/* MAX_DIFF_LINES */.l || bytes > limits/* MAX_DIFF_BYTES */.J)
                break;
            shown.push(cut);
        }
        return {
            unified: shown.map(line => `${line}\n`).join(''),
            truncatedLines: lines.length - shown.length + this.droppedLines + this.undiffedLines
        };
    }
}

;// CONCATENATED MODULE: ./src/engine/compare/content/text-difference.ts
/**
 * Text outputs, streamed: both files are read line by line in step (after dropping ignore-lines),
 * byte-identical stretches are skipped with memcmp, and each changed region is diffed in a bounded
 * window. Memory is a few windows and chunks whatever the file size.
 *
 * Lines are compared position by position, numdiff-style: equal, or (under a tolerance) equal
 * within it. At the first pair that is not, the region from there is diffed with the diff
 * library; once both sides share DIFF_SYNC_LINES lines after the last change, the rest of the
 * common tail is given back and the walk in step resumes.
 */







function lineComparison(rule) {
    const { tolerance } = rule;
    return {
        equal: (a, b) => a.terminated === b.terminated &&
            (a.text === b.text ||
                (tolerance !== undefined && (0,numbers/* equalWithinTolerance */.p$)(a.text, b.text, tolerance))),
        tolerant: tolerance !== undefined
    };
}
function asText(lines) {
    return lines.map(line => (line.terminated ? `${line.text}\n` : line.text)).join('');
}
/** A hunk start from a position in the window to the file's line number. */
function fileLine(window, start) {
    return window.lines[start - 1]?.number ?? (window.lines.at(-1)?.number ?? window.before) + 1;
}
/**
 * Diff two windows; undefined when that takes more than `maxEdits` edits. Lines the rule calls
 * equal (within tolerance) are made identical in the regenerated text first, so the diff shows
 * only the differences that count.
 */
function diffWindows(committedWindow, regeneratedWindow, comparison, maxEdits) {
    const committed = committedWindow.lines;
    const regenerated = regeneratedWindow.lines;
    let shown = regenerated;
    if (comparison.tolerant) {
        const keys = new Map([...committed, ...regenerated].map(line => [line, (0,numbers/* textAroundNumbers */.db)(line.text)]));
        const changes = (0,array/* diffArrays */.E)(committed, regenerated, {
            comparator: (a, b) => keys.get(a) === keys.get(b) && comparison.equal(a, b),
            maxEditLength: maxEdits
        });
        if (!changes)
            return undefined;
        shown = [...regenerated];
        let committedIndex = 0;
        let regeneratedIndex = 0;
        for (const change of changes) {
            if (!change.added && !change.removed) {
                for (let i = 0; i < change.count; i++) {
                    shown[regeneratedIndex + i] = committed[committedIndex + i];
                }
            }
            if (!change.added)
                committedIndex += change.count;
            if (!change.removed)
                regeneratedIndex += change.count;
        }
    }
    const patch = (0,create/* structuredPatch */.YB)('', '', asText(committed), asText(shown), undefined, undefined, {
        context: limits/* DIFF_CONTEXT_LINES */.s4,
        maxEditLength: maxEdits
    });
    if (!patch)
        return undefined;
    const last = patch.hunks.at(-1);
    const committedEnd = last ? last.oldStart - 1 + last.oldLines : committed.length;
    const regeneratedEnd = last ? last.newStart - 1 + last.newLines : regenerated.length;
    let trailingContext = 0;
    for (let i = (last?.lines.length ?? 0) - 1; i >= 0 && last?.lines[i]?.startsWith(' '); i--) {
        trailingContext++;
    }
    return {
        hunks: patch.hunks.map(hunk => ({
            ...hunk,
            oldStart: fileLine(committedWindow, hunk.oldStart),
            newStart: fileLine(regeneratedWindow, hunk.newStart)
        })),
        committedEnd,
        regeneratedEnd,
        synced: committed.length - committedEnd + trailingContext >= limits/* DIFF_SYNC_LINES */.a2
    };
}
async function compareText(committedFile, regeneratedFile, outputPath, rule) {
    const committedHandle = await promises_default().open(committedFile, 'r');
    try {
        const regeneratedHandle = await promises_default().open(regeneratedFile, 'r');
        try {
            const [committedSize, regeneratedSize] = [
                (await committedHandle.stat()).size,
                (await regeneratedHandle.stat()).size
            ];
            const evidence = new TextEvidence(Math.max(committedSize, regeneratedSize) <= limits/* MAX_REORDER_BYTES */.fr);
            const keep = (text) => !rule.ignoreLines.some(pattern => pattern.test(text));
            const committed = new LineSource(committedHandle, committedSize, keep, line => evidence.read('committed', line));
            const regenerated = new LineSource(regeneratedHandle, regeneratedSize, keep, line => evidence.read('regenerated', line));
            const walk = new TextWalk(committed, regenerated, lineComparison(rule), outputPath, () => evidence.skipped());
            const firstDifferentLine = await walk.run();
            const { cause, deviation } = evidence.result();
            if (firstDifferentLine === undefined)
                return { equivalent: true, deviation, cause };
            return {
                equivalent: false,
                deviation,
                cause,
                diff: { kind: 'text', ...walk.diff.render(), firstDifferentLine }
            };
        }
        finally {
            await regeneratedHandle.close();
        }
    }
    finally {
        await committedHandle.close();
    }
}
class TextWalk {
    committed;
    regenerated;
    comparison;
    onSkip;
    diff;
    /** The last lines walked in step, shown as context before the next change. */
    context = { committed: [], regenerated: [] };
    diffedLines = 0;
    stopped = false;
    constructor(committed, regenerated, comparison, outputPath, 
    /** Called when identical lines were skipped without being read. */
    onSkip) {
        this.committed = committed;
        this.regenerated = regenerated;
        this.comparison = comparison;
        this.onSkip = onSkip;
        this.diff = new UnifiedDiff(outputPath);
    }
    /** Walk both files to the end; returns the first differing line (regenerated side), if any. */
    async run() {
        const { committed, regenerated } = this;
        let firstDifferentLine;
        let skipAhead = true;
        for (;;) {
            if (skipAhead && committed.drained && regenerated.drained) {
                if ((await skipIdenticalLines(committed, regenerated, limits/* DIFF_CONTEXT_LINES */.s4)) > 0) {
                    this.context = { committed: [], regenerated: [] };
                    this.onSkip();
                }
                skipAhead = false;
            }
            const a = await committed.next();
            const b = await regenerated.next();
            if (!a && !b)
                return firstDifferentLine;
            if (a && b && this.comparison.equal(a, b)) {
                this.remember(a, b);
                continue;
            }
            firstDifferentLine ??= b?.number ?? Math.max(1, regenerated.lastLineNumber);
            if (this.stopped) {
                // Past the diff budget: what is left is only counted, as an upper bound.
                this.diff.countUndiffed((a ? 1 : 0) + (b ? 1 : 0));
                continue;
            }
            skipAhead = await this.diffRegion(a, b);
        }
    }
    remember(a, b) {
        const { committed, regenerated } = this.context;
        committed.push(a);
        regenerated.push(b);
        if (committed.length > limits/* DIFF_CONTEXT_LINES */.s4) {
            committed.shift();
            regenerated.shift();
        }
    }
    /** Diff the region starting at a differing pair; returns whether it closed (both sides in step). */
    async diffRegion(a, b) {
        const window = (source, context, first) => {
            const lines = [...context, ...(first ? [first] : [])];
            return { lines, before: (lines[0]?.number ?? source.lastLineNumber + 1) - 1 };
        };
        const committedWindow = window(this.committed, this.context.committed, a);
        const regeneratedWindow = window(this.regenerated, this.context.regenerated, b);
        this.context = { committed: [], regenerated: [] };
        const ended = () => this.committed.finished && this.regenerated.finished;
        let region;
        for (let scale = 1;; scale *= limits/* DIFF_WINDOW_GROWTH */.P2) {
            committedWindow.lines.push(...(await this.fill(this.committed, committedWindow.lines, scale)));
            regeneratedWindow.lines.push(...(await this.fill(this.regenerated, regeneratedWindow.lines, scale)));
            // A window is diffed only while that stays cheap; the last one that was is kept.
            const wider = diffWindows(committedWindow, regeneratedWindow, this.comparison, limits/* DIFF_MAX_EDITS */.bP);
            if (!wider)
                break;
            region = wider;
            if (ended() || region.synced || limits/* DIFF_WINDOW_LINES */.rO * scale >= limits/* DIFF_WINDOW_MAX_LINES */.s8)
                break;
        }
        const windowLines = committedWindow.lines.length + regeneratedWindow.lines.length;
        this.diffedLines += windowLines;
        if (!region) {
            // Not even the first window could be diffed cheaply: its lines are only counted.
            this.stopped = true;
            this.diff.countUndiffed(windowLines);
            return false;
        }
        this.diff.add(region.hunks);
        if (ended() && region.synced)
            return false;
        // The lines after the last hunk are walked again: in step when the region closed, and
        // otherwise at least counted.
        this.committed.unread(committedWindow.lines.slice(region.committedEnd));
        this.regenerated.unread(regeneratedWindow.lines.slice(region.regeneratedEnd));
        if (!region.synced || this.diffedLines > limits/* DIFF_BUDGET_LINES */.Ee)
            this.stopped = true;
        return !this.stopped;
    }
    fill(source, window, scale) {
        const chars = window.reduce((sum, line) => sum + line.text.length, 0);
        return source.take(limits/* DIFF_WINDOW_LINES */.rO * scale - window.length, limits/* DIFF_WINDOW_CHARS */.jL * scale - chars);
    }
}

;// CONCATENATED MODULE: ./src/engine/compare/content/analyse-difference.ts
/**
 * Why a regenerated output differs from the committed one, in the form a person reads for that
 * kind of file: a unified diff for text, changed paths for JSON, changed cells for CSV/TSV, sizes,
 * digests and the first differing byte for anything else. The caller has already found that the
 * bytes differ; this decides whether they are equal under the output's rule and describes how.
 */










const FORMAT_BY_EXTENSION = {
    '.json': 'json',
    '.csv': 'csv',
    '.tsv': 'tsv',
    '.tab': 'tsv'
};
/** By extension, unless either file has a NUL byte in its first 8 KiB: then it is binary. */
function detectFormat(outputPath, committedFile, regeneratedFile) {
    if ((0,bytes/* looksBinary */.Wb)(committedFile) || (0,bytes/* looksBinary */.Wb)(regeneratedFile))
        return 'binary';
    return FORMAT_BY_EXTENSION[external_node_path_default().extname(outputPath).toLowerCase()] ?? 'text';
}
async function compareAsBinary(committedFile, regeneratedFile) {
    const diff = await compareBinary(committedFile, regeneratedFile);
    const identical = diff.committed.size === diff.regenerated.size &&
        diff.committed.sha256 === diff.regenerated.sha256;
    return identical ? { equivalent: true } : { equivalent: false, diff };
}
/** Both files as text when they are valid UTF-8 (their size was checked by the caller). */
async function readTexts(files) {
    const contents = await Promise.all(files.map(file => promises_default().readFile(file)));
    return contents.every(bytes => (0,external_node_buffer_.isUtf8)(bytes))
        ? contents.map(bytes => bytes.toString('utf8'))
        : null;
}
async function analyse(committedFile, regeneratedFile, outputPath, rule, largestSize) {
    const format = detectFormat(outputPath, committedFile, regeneratedFile);
    if (format === 'binary')
        return compareAsBinary(committedFile, regeneratedFile);
    let structuredCause;
    // ignore-lines works on lines, so an output with that rule is compared as text.
    if (format !== 'text' && rule.ignoreLines.length === 0 && largestSize <= limits/* MAX_STRUCTURED_BYTES */.Pf) {
        const texts = await readTexts([committedFile, regeneratedFile]);
        if (texts) {
            const [committed = '', regenerated = ''] = texts;
            const outcome = format === 'json'
                ? compareJson(committed, regenerated, rule.tolerance)
                : compareTable(committed, regenerated, format === 'csv' ? ',' : '\t', rule.tolerance);
            if (!('asText' in outcome))
                return outcome;
            structuredCause = outcome.cause;
        }
    }
    try {
        const text = await compareText(committedFile, regeneratedFile, outputPath, rule);
        return structuredCause ? { ...text, cause: structuredCause } : text;
    }
    catch (error) {
        if (error instanceof NotTextError)
            return compareAsBinary(committedFile, regeneratedFile);
        throw error;
    }
}
/**
 * Analyse how `regeneratedFile` differs from `committedFile` (both on disk) for the output at
 * `outputPath` (relative to the dataset root; its extension picks the format) under `rule`.
 * The rule's `ignore` is the caller's business: an ignored output is never compared.
 */
async function analyseDifference(committedFile, regeneratedFile, outputPath, rule = { ignore: false, ignoreLines: [] }) {
    const [committedSize, regeneratedSize] = await Promise.all([committedFile, regeneratedFile].map(async (file) => (await promises_default().stat(file)).size));
    const analysis = await analyse(committedFile, regeneratedFile, outputPath, rule, Math.max(committedSize, regeneratedSize));
    if (regeneratedSize === 0 && committedSize !== 0)
        return { ...analysis, cause: 'empty' };
    return analysis;
}


/***/ })

};
