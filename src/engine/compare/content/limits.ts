/**
 * Every cap of the content comparison in one place (documented in docs/comparison-rules.md):
 * reports stay readable and memory stays flat whatever the size of an output.
 */

/** Files are read in chunks of this size; memory per comparison is a few chunks. */
export const CHUNK_BYTES = 1 << 20

/** How much of each file is sniffed for a NUL byte to tell text from binary. */
export const SNIFF_BYTES = 8 << 10

/** A line longer than this is not text as far as diffing goes: the output is compared as binary. */
export const MAX_LINE_BYTES = 1 << 20

/** Unified diff shown per output. */
export const MAX_DIFF_LINES = 200
export const MAX_DIFF_BYTES = 32 << 10
/** A longer diff line is shown cut, with the number of characters left out. */
export const MAX_DIFF_LINE_CHARS = 1000
/** Lines of context around each change in the unified diff. */
export const DIFF_CONTEXT_LINES = 3

/**
 * One changed region is diffed in a window of this many lines (and characters) per side, grown
 * by DIFF_WINDOW_GROWTH until the region closes or the window reaches DIFF_WINDOW_MAX_LINES:
 * a one-line change costs a small diff, a long one still gets a window that holds it.
 */
export const DIFF_WINDOW_LINES = 64
export const DIFF_WINDOW_CHARS = 64 << 10
export const DIFF_WINDOW_GROWTH = 4
export const DIFF_WINDOW_MAX_LINES = 4096
/** A window is grown only while its diff needs at most this many edits (bounding diff time). */
export const DIFF_MAX_EDITS = 2048
/** A region is closed when both sides end with this many lines in common after its last change. */
export const DIFF_SYNC_LINES = 8
/** Lines fed to the diff algorithm per output, in all windows together; beyond it lines are counted. */
export const DIFF_BUDGET_LINES = 200_000

/** JSON and CSV/TSV files larger than this (either side) are compared as text. */
export const MAX_STRUCTURED_BYTES = 4 << 20
/** Changed JSON paths or CSV/TSV cells listed per output. */
export const MAX_STRUCTURED_CHANGES = 100
/** JSON values longer than this (as JSON) are shown abbreviated in the list of changes. */
export const MAX_VALUE_PREVIEW_CHARS = 200
/** Row alignment of tables with different row counts gives up beyond this edit distance. */
export const MAX_ROW_EDITS = 2000

/** Outputs are checked for reordered lines only when both are at most this large. */
export const MAX_REORDER_BYTES = 4 << 20
/** A whitespace-only difference is looked for across at most this many words of drift. */
export const MAX_PENDING_WORDS = 100_000

/** Above this size the regenerated file's digest is computed on a second thread. */
export const PARALLEL_DIGEST_BYTES = 64 << 20
