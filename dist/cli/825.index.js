export const id = 825;
export const ids = [825];
export const modules = {

/***/ 9825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseComparisonRules: () => (/* binding */ parseComparisonRules)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _comparison_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5898);
/**
 * Reading `.rerun.yml` (docs/comparison-rules.md, schema/rerun-config.schema.json) into
 * ComparisonRules. Validation is strict and every error names the file, the line and the key,
 * because a rule that silently does nothing would let a real mismatch pass as reproduced.
 * Loaded only when a dataset has a rules file: most have none, and the YAML parser is a large
 * part of what Node would otherwise compile at every start.
 */



const RULE_KEYS = ['path', 'ignore', 'tolerance', 'ignore-lines'];
const TOLERANCE_KEYS = ['absolute', 'relative'];
/** Walks the YAML tree keeping the source position of every node, for precise errors. */
class RuleReader {
    source;
    document;
    lines;
    constructor(source, document, lines) {
        this.source = source;
        this.document = document;
        this.lines = lines;
    }
    lineOf(node, fallback = 1) {
        const offset = node?.range?.[0];
        return offset === undefined ? fallback : this.lines.linePos(offset).line;
    }
    fail(node, key, problem, fallback = 1) {
        throw new _comparison_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(this.source, this.lineOf(node, fallback), key, problem);
    }
    resolve(node) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return node.resolve(this.document) ?? null;
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node : null;
    }
    /** The entries of a mapping, rejecting keys outside `allowed`. */
    entries(node, key, allowed, fallbackLine = 1) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            this.fail(node, key, `must be a mapping with keys ${allowed.join(', ')}, got ${describeValue(node)}`, fallbackLine);
        }
        return node.items.map(pair => {
            const keyNode = this.resolve(pair.key);
            const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) ? String(keyNode.value) : '';
            const where = key === '' ? name : `${key}.${name}`;
            if (!allowed.includes(name)) {
                const close = allowed.find(a => a === name.replace(/_/g, '-').toLowerCase());
                this.fail(keyNode, where || key, `unknown key${close ? ` (did you mean "${close}"?)` : ''}; allowed: ${allowed.join(', ')}`, this.lineOf(node));
            }
            return { name, keyNode: keyNode, value: this.resolve(pair.value) };
        });
    }
}
function describeValue(node) {
    if (node === null)
        return 'nothing';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return 'a mapping';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return 'a list';
    const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) ? node.value : undefined;
    if (value === null)
        return 'nothing';
    if (typeof value === 'string')
        return `the string "${value}"`;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return 'an unsupported value';
}
function readTolerance(reader, node, key, line) {
    const tolerance = { absolute: 0, relative: 0 };
    const entries = reader.entries(node, key, TOLERANCE_KEYS, line);
    if (entries.length === 0) {
        reader.fail(node, key, 'give absolute, relative or both, e.g. { absolute: 1e-9, relative: 1e-6 }');
    }
    for (const { name, value, keyNode } of entries) {
        const number = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) ? value.value : undefined;
        if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
            reader.fail(value ?? keyNode, `${key}.${name}`, `must be a finite number ≥ 0 (e.g. 1e-6), got ${describeValue(value)}`);
        }
        tolerance[name] = number;
    }
    return tolerance;
}
function readIgnoreLines(reader, node, key, line) {
    const example = `e.g. ['^Generated at ']`;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        reader.fail(node, key, `must be a list of regular expressions, ${example}`, line);
    }
    let size = 0;
    return node.items.map((item, index) => {
        const itemNode = reader.resolve(item);
        const itemKey = `${key}[${index}]`;
        const text = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(itemNode) ? itemNode.value : undefined;
        if (typeof text !== 'string' || text === '') {
            reader.fail(itemNode, itemKey, `must be a non-empty regular expression string, ${example}`, line);
        }
        const pattern = (0,_comparison_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .compileOrExplain */ .g8)(text);
        if (typeof pattern === 'string')
            return reader.fail(itemNode, itemKey, pattern, line);
        size += pattern.programSize();
        if (size > _comparison_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_IGNORE_LINES_PROGRAM */ .Nx) {
            reader.fail(itemNode, itemKey, `the ignore-lines patterns of this rule are too large (${size} RE2 instructions, at most ${_comparison_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_IGNORE_LINES_PROGRAM */ .Nx}); each line is matched against all of them`, line);
        }
        return pattern;
    });
}
function readRule(reader, node, key, line) {
    if (node === null || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        reader.fail(node, key, `must be a mapping with path and ignore, tolerance or ignore-lines, got ${describeValue(node)}`, line);
    }
    const ruleLine = reader.lineOf(node, line);
    let pattern;
    const rule = {};
    for (const { name, value, keyNode } of reader.entries(node, key, RULE_KEYS)) {
        const where = `${key}.${name}`;
        const valueLine = reader.lineOf(keyNode, ruleLine);
        if (name === 'path') {
            const glob = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) ? value.value : undefined;
            if (typeof glob !== 'string' || glob === '') {
                reader.fail(value, where, `must be a non-empty glob string such as "results/**/*.csv", got ${describeValue(value)}`, valueLine);
            }
            if (glob.startsWith('/')) {
                reader.fail(value, where, 'must be relative to the dataset root (no leading "/")', valueLine);
            }
            try {
                pattern = (0,_comparison_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .globToRegExp */ .tL)(glob.replace(/^(\.\/)+/, ''));
            }
            catch (error) {
                reader.fail(value, where, `invalid glob: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .b)(error)}`, valueLine);
            }
        }
        else if (name === 'ignore') {
            const flag = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(value) ? value.value : undefined;
            if (typeof flag !== 'boolean') {
                reader.fail(value, where, `must be true or false, got ${describeValue(value)}`, valueLine);
            }
            rule.ignore = flag;
        }
        else if (name === 'tolerance') {
            rule.tolerance = readTolerance(reader, value, where, valueLine);
        }
        else {
            rule.ignoreLines = readIgnoreLines(reader, value, where, valueLine);
        }
    }
    if (!pattern) {
        reader.fail(node, `${key}.path`, 'missing; every rule selects outputs with path: "<glob>"');
    }
    if (Object.keys(rule).length === 0) {
        reader.fail(node, key, 'has no effect; give ignore, tolerance or ignore-lines');
    }
    return { pattern, ...rule };
}
/**
 * Parse and validate `.rerun.yml`; `source` names the file in error messages. An empty file
 * (or one holding only comments) means no rules. Throws ConfigError.
 */
function parseComparisonRules(text, source) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: true });
    const syntax = document.errors[0];
    if (syntax) {
        const line = syntax.linePos?.[0].line ?? 1;
        // yaml's message ends with the position and an excerpt; the line is given separately.
        const message = syntax.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new _comparison_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(source, line, 'invalid YAML', message);
    }
    const reader = new RuleReader(source, document, lines);
    const root = reader.resolve(document.contents);
    if (root === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(root) && root.value === null))
        return _comparison_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_RULES */ .oq;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root)) {
        reader.fail(root, 'top level', `must be a mapping with a "rules:" list, got ${describeValue(root)}`);
    }
    const top = reader.entries(root, '', ['rules']);
    const rulesEntry = top[0];
    if (!rulesEntry) {
        reader.fail(root, 'rules', 'missing; the file holds a top-level "rules:" list');
    }
    const list = rulesEntry.value;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(list)) {
        reader.fail(list, 'rules', `must be a list of rules, got ${describeValue(list)}`, reader.lineOf(rulesEntry.keyNode));
    }
    const listLine = reader.lineOf(list);
    return new _comparison_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .ComparisonRules */ .Hq(list.items.map((item, index) => readRule(reader, reader.resolve(item), `rules[${index}]`, listLine)));
}


/***/ })

};
