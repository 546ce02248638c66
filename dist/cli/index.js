#!/usr/bin/env node
import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 861:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


function __export(m) {
    for (var p in m) if (!exports.hasOwnProperty(p)) exports[p] = m[p];
}
Object.defineProperty(exports, "__esModule", ({ value: true }));
__export(__nccwpck_require__(372));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 372:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const fs_1 = __nccwpck_require__(896);
const debug_1 = __importDefault(__nccwpck_require__(326));
const log = debug_1.default('@kwsites/file-exists');
function check(path, isFile, isDirectory) {
    log(`checking %s`, path);
    try {
        const stat = fs_1.statSync(path);
        if (stat.isFile() && isFile) {
            log(`[OK] path represents a file`);
            return true;
        }
        if (stat.isDirectory() && isDirectory) {
            log(`[OK] path represents a directory`);
            return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
    }
    catch (e) {
        if (e.code === 'ENOENT') {
            log(`[FAIL] path is not accessible: %o`, e);
            return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
    }
}
/**
 * Synchronous validation of a path existing either as a file or as a directory.
 *
 * @param {string} path The path to check
 * @param {number} type One or both of the exported numeric constants
 */
function exists(path, type = exports.READABLE) {
    return check(path, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
}
exports.exists = exists;
/**
 * Constant representing a file
 */
exports.FILE = 1;
/**
 * Constant representing a folder
 */
exports.FOLDER = 2;
/**
 * Constant representing either a file or a folder
 */
exports.READABLE = exports.FILE + exports.FOLDER;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 173:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.ud = exports.yX = void 0;
/**
 * Creates a new `DeferredPromise`
 *
 * ```typescript
 import {deferred} from '@kwsites/promise-deferred`;
 ```
 */
function deferred() {
    let done;
    let fail;
    let status = 'pending';
    const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
    });
    return {
        promise,
        done(result) {
            if (status === 'pending') {
                status = 'resolved';
                done(result);
            }
        },
        fail(error) {
            if (status === 'pending') {
                status = 'rejected';
                fail(error);
            }
        },
        get fulfilled() {
            return status !== 'pending';
        },
        get status() {
            return status;
        },
    };
}
exports.yX = deferred;
/**
 * Alias of the exported `deferred` function, to help consumers wanting to use `deferred` as the
 * local variable name rather than the factory import name, without needing to rename on import.
 *
 * ```typescript
 import {createDeferred} from '@kwsites/promise-deferred`;
 ```
 */
exports.ud = deferred;
/**
 * Default export allows use as:
 *
 * ```typescript
 import deferred from '@kwsites/promise-deferred`;
 ```
 */
__webpack_unused_export__ = deferred;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 438:
/***/ ((module, exports, __nccwpck_require__) => {

/* eslint-env browser */

/**
 * This is the web browser implementation of `debug()`.
 */

exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.storage = localstorage();
exports.destroy = (() => {
	let warned = false;

	return () => {
		if (!warned) {
			warned = true;
			console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
		}
	};
})();

/**
 * Colors.
 */

exports.colors = [
	'#0000CC',
	'#0000FF',
	'#0033CC',
	'#0033FF',
	'#0066CC',
	'#0066FF',
	'#0099CC',
	'#0099FF',
	'#00CC00',
	'#00CC33',
	'#00CC66',
	'#00CC99',
	'#00CCCC',
	'#00CCFF',
	'#3300CC',
	'#3300FF',
	'#3333CC',
	'#3333FF',
	'#3366CC',
	'#3366FF',
	'#3399CC',
	'#3399FF',
	'#33CC00',
	'#33CC33',
	'#33CC66',
	'#33CC99',
	'#33CCCC',
	'#33CCFF',
	'#6600CC',
	'#6600FF',
	'#6633CC',
	'#6633FF',
	'#66CC00',
	'#66CC33',
	'#9900CC',
	'#9900FF',
	'#9933CC',
	'#9933FF',
	'#99CC00',
	'#99CC33',
	'#CC0000',
	'#CC0033',
	'#CC0066',
	'#CC0099',
	'#CC00CC',
	'#CC00FF',
	'#CC3300',
	'#CC3333',
	'#CC3366',
	'#CC3399',
	'#CC33CC',
	'#CC33FF',
	'#CC6600',
	'#CC6633',
	'#CC9900',
	'#CC9933',
	'#CCCC00',
	'#CCCC33',
	'#FF0000',
	'#FF0033',
	'#FF0066',
	'#FF0099',
	'#FF00CC',
	'#FF00FF',
	'#FF3300',
	'#FF3333',
	'#FF3366',
	'#FF3399',
	'#FF33CC',
	'#FF33FF',
	'#FF6600',
	'#FF6633',
	'#FF9900',
	'#FF9933',
	'#FFCC00',
	'#FFCC33'
];

/**
 * Currently only WebKit-based Web Inspectors, Firefox >= v31,
 * and the Firebug extension (any Firefox version) are known
 * to support "%c" CSS customizations.
 *
 * TODO: add a `localStorage` variable to explicitly enable/disable colors
 */

// eslint-disable-next-line complexity
function useColors() {
	// NB: In an Electron preload script, document will be defined but not fully
	// initialized. Since we know we're in Chrome, we'll just detect this case
	// explicitly
	if (typeof window !== 'undefined' && window.process && (window.process.type === 'renderer' || window.process.__nwjs)) {
		return true;
	}

	// Internet Explorer and Edge do not support colors.
	if (typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
		return false;
	}

	let m;

	// Is webkit? http://stackoverflow.com/a/16459606/376773
	// document is undefined in react-native: https://github.com/facebook/react-native/pull/1632
	// eslint-disable-next-line no-return-assign
	return (typeof document !== 'undefined' && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance) ||
		// Is firebug? http://stackoverflow.com/a/398120/376773
		(typeof window !== 'undefined' && window.console && (window.console.firebug || (window.console.exception && window.console.table))) ||
		// Is firefox >= v31?
		// https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
		(typeof navigator !== 'undefined' && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31) ||
		// Double check webkit in userAgent just in case we are in a worker
		(typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/));
}

/**
 * Colorize log arguments if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	args[0] = (this.useColors ? '%c' : '') +
		this.namespace +
		(this.useColors ? ' %c' : ' ') +
		args[0] +
		(this.useColors ? '%c ' : ' ') +
		'+' + module.exports.humanize(this.diff);

	if (!this.useColors) {
		return;
	}

	const c = 'color: ' + this.color;
	args.splice(1, 0, c, 'color: inherit');

	// The final "%c" is somewhat tricky, because there could be other
	// arguments passed either before or after the %c, so we need to
	// figure out the correct index to insert the CSS into
	let index = 0;
	let lastC = 0;
	args[0].replace(/%[a-zA-Z%]/g, match => {
		if (match === '%%') {
			return;
		}
		index++;
		if (match === '%c') {
			// We only are interested in the *last* %c
			// (the user may have provided their own)
			lastC = index;
		}
	});

	args.splice(lastC, 0, c);
}

/**
 * Invokes `console.debug()` when available.
 * No-op when `console.debug` is not a "function".
 * If `console.debug` is not available, falls back
 * to `console.log`.
 *
 * @api public
 */
exports.log = console.debug || console.log || (() => {});

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	try {
		if (namespaces) {
			exports.storage.setItem('debug', namespaces);
		} else {
			exports.storage.removeItem('debug');
		}
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */
function load() {
	let r;
	try {
		r = exports.storage.getItem('debug') || exports.storage.getItem('DEBUG') ;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}

	// If debug isn't set in LS, and we're in Electron, try to load $DEBUG
	if (!r && typeof process !== 'undefined' && 'env' in process) {
		r = process.env.DEBUG;
	}

	return r;
}

/**
 * Localstorage attempts to return the localstorage.
 *
 * This is necessary because safari throws
 * when a user disables cookies/localstorage
 * and you attempt to access it.
 *
 * @return {LocalStorage}
 * @api private
 */

function localstorage() {
	try {
		// TVMLKit (Apple TV JS Runtime) does not have a window object, just localStorage in the global context
		// The Browser also has localStorage in the global context.
		return localStorage;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

module.exports = __nccwpck_require__(993)(exports);

const {formatters} = module.exports;

/**
 * Map %j to `JSON.stringify()`, since no Web Inspectors do that by default.
 */

formatters.j = function (v) {
	try {
		return JSON.stringify(v);
	} catch (error) {
		return '[UnexpectedJSONParseError]: ' + error.message;
	}
};


/***/ }),

/***/ 993:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


/**
 * This is the common logic for both the Node.js and web browser
 * implementations of `debug()`.
 */

function setup(env) {
	createDebug.debug = createDebug;
	createDebug.default = createDebug;
	createDebug.coerce = coerce;
	createDebug.disable = disable;
	createDebug.enable = enable;
	createDebug.enabled = enabled;
	createDebug.humanize = __nccwpck_require__(320);
	createDebug.destroy = destroy;

	Object.keys(env).forEach(key => {
		createDebug[key] = env[key];
	});

	/**
	* The currently active debug mode names, and names to skip.
	*/

	createDebug.names = [];
	createDebug.skips = [];

	/**
	* Map of special "%n" handling functions, for the debug "format" argument.
	*
	* Valid key names are a single, lower or upper-case letter, i.e. "n" and "N".
	*/
	createDebug.formatters = {};

	/**
	* Selects a color for a debug namespace
	* @param {String} namespace The namespace string for the debug instance to be colored
	* @return {Number|String} An ANSI color code for the given namespace
	* @api private
	*/
	function selectColor(namespace) {
		let hash = 0;

		for (let i = 0; i < namespace.length; i++) {
			hash = ((hash << 5) - hash) + namespace.charCodeAt(i);
			hash |= 0; // Convert to 32bit integer
		}

		return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
	}
	createDebug.selectColor = selectColor;

	/**
	* Create a debugger with the given `namespace`.
	*
	* @param {String} namespace
	* @return {Function}
	* @api public
	*/
	function createDebug(namespace) {
		let prevTime;
		let enableOverride = null;
		let namespacesCache;
		let enabledCache;

		function debug(...args) {
			// Disabled?
			if (!debug.enabled) {
				return;
			}

			const self = debug;

			// Set `diff` timestamp
			const curr = Number(new Date());
			const ms = curr - (prevTime || curr);
			self.diff = ms;
			self.prev = prevTime;
			self.curr = curr;
			prevTime = curr;

			args[0] = createDebug.coerce(args[0]);

			if (typeof args[0] !== 'string') {
				// Anything else let's inspect with %O
				args.unshift('%O');
			}

			// Apply any `formatters` transformations
			let index = 0;
			args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
				// If we encounter an escaped % then don't increase the array index
				if (match === '%%') {
					return '%';
				}
				index++;
				const formatter = createDebug.formatters[format];
				if (typeof formatter === 'function') {
					const val = args[index];
					match = formatter.call(self, val);

					// Now we need to remove `args[index]` since it's inlined in the `format`
					args.splice(index, 1);
					index--;
				}
				return match;
			});

			// Apply env-specific formatting (colors, etc.)
			createDebug.formatArgs.call(self, args);

			const logFn = self.log || createDebug.log;
			logFn.apply(self, args);
		}

		debug.namespace = namespace;
		debug.useColors = createDebug.useColors();
		debug.color = createDebug.selectColor(namespace);
		debug.extend = extend;
		debug.destroy = createDebug.destroy; // XXX Temporary. Will be removed in the next major release.

		Object.defineProperty(debug, 'enabled', {
			enumerable: true,
			configurable: false,
			get: () => {
				if (enableOverride !== null) {
					return enableOverride;
				}
				if (namespacesCache !== createDebug.namespaces) {
					namespacesCache = createDebug.namespaces;
					enabledCache = createDebug.enabled(namespace);
				}

				return enabledCache;
			},
			set: v => {
				enableOverride = v;
			}
		});

		// Env-specific initialization logic for debug instances
		if (typeof createDebug.init === 'function') {
			createDebug.init(debug);
		}

		return debug;
	}

	function extend(namespace, delimiter) {
		const newDebug = createDebug(this.namespace + (typeof delimiter === 'undefined' ? ':' : delimiter) + namespace);
		newDebug.log = this.log;
		return newDebug;
	}

	/**
	* Enables a debug mode by namespaces. This can include modes
	* separated by a colon and wildcards.
	*
	* @param {String} namespaces
	* @api public
	*/
	function enable(namespaces) {
		createDebug.save(namespaces);
		createDebug.namespaces = namespaces;

		createDebug.names = [];
		createDebug.skips = [];

		const split = (typeof namespaces === 'string' ? namespaces : '')
			.trim()
			.replace(/\s+/g, ',')
			.split(',')
			.filter(Boolean);

		for (const ns of split) {
			if (ns[0] === '-') {
				createDebug.skips.push(ns.slice(1));
			} else {
				createDebug.names.push(ns);
			}
		}
	}

	/**
	 * Checks if the given string matches a namespace template, honoring
	 * asterisks as wildcards.
	 *
	 * @param {String} search
	 * @param {String} template
	 * @return {Boolean}
	 */
	function matchesTemplate(search, template) {
		let searchIndex = 0;
		let templateIndex = 0;
		let starIndex = -1;
		let matchIndex = 0;

		while (searchIndex < search.length) {
			if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === '*')) {
				// Match character or proceed with wildcard
				if (template[templateIndex] === '*') {
					starIndex = templateIndex;
					matchIndex = searchIndex;
					templateIndex++; // Skip the '*'
				} else {
					searchIndex++;
					templateIndex++;
				}
			} else if (starIndex !== -1) { // eslint-disable-line no-negated-condition
				// Backtrack to the last '*' and try to match more characters
				templateIndex = starIndex + 1;
				matchIndex++;
				searchIndex = matchIndex;
			} else {
				return false; // No match
			}
		}

		// Handle trailing '*' in template
		while (templateIndex < template.length && template[templateIndex] === '*') {
			templateIndex++;
		}

		return templateIndex === template.length;
	}

	/**
	* Disable debug output.
	*
	* @return {String} namespaces
	* @api public
	*/
	function disable() {
		const namespaces = [
			...createDebug.names,
			...createDebug.skips.map(namespace => '-' + namespace)
		].join(',');
		createDebug.enable('');
		return namespaces;
	}

	/**
	* Returns true if the given mode name is enabled, false otherwise.
	*
	* @param {String} name
	* @return {Boolean}
	* @api public
	*/
	function enabled(name) {
		for (const skip of createDebug.skips) {
			if (matchesTemplate(name, skip)) {
				return false;
			}
		}

		for (const ns of createDebug.names) {
			if (matchesTemplate(name, ns)) {
				return true;
			}
		}

		return false;
	}

	/**
	* Coerce `val`.
	*
	* @param {Mixed} val
	* @return {Mixed}
	* @api private
	*/
	function coerce(val) {
		if (val instanceof Error) {
			return val.stack || val.message;
		}
		return val;
	}

	/**
	* XXX DO NOT USE. This is a temporary stub function.
	* XXX It WILL be removed in the next major release.
	*/
	function destroy() {
		console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
	}

	createDebug.enable(createDebug.load());

	return createDebug;
}

module.exports = setup;


/***/ }),

/***/ 326:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Detect Electron renderer / nwjs process, which is node, but we should
 * treat as a browser.
 */

if (typeof process === 'undefined' || process.type === 'renderer' || process.browser === true || process.__nwjs) {
	module.exports = __nccwpck_require__(438);
} else {
	module.exports = __nccwpck_require__(76);
}


/***/ }),

/***/ 76:
/***/ ((module, exports, __nccwpck_require__) => {

/**
 * Module dependencies.
 */

const tty = __nccwpck_require__(18);
const util = __nccwpck_require__(23);

/**
 * This is the Node.js implementation of `debug()`.
 */

exports.init = init;
exports.log = log;
exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.destroy = util.deprecate(
	() => {},
	'Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.'
);

/**
 * Colors.
 */

exports.colors = [6, 2, 3, 4, 5, 1];

try {
	// Optional dependency (as in, doesn't need to be installed, NOT like optionalDependencies in package.json)
	// eslint-disable-next-line import/no-extraneous-dependencies
	const supportsColor = __nccwpck_require__(986);

	if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
		exports.colors = [
			20,
			21,
			26,
			27,
			32,
			33,
			38,
			39,
			40,
			41,
			42,
			43,
			44,
			45,
			56,
			57,
			62,
			63,
			68,
			69,
			74,
			75,
			76,
			77,
			78,
			79,
			80,
			81,
			92,
			93,
			98,
			99,
			112,
			113,
			128,
			129,
			134,
			135,
			148,
			149,
			160,
			161,
			162,
			163,
			164,
			165,
			166,
			167,
			168,
			169,
			170,
			171,
			172,
			173,
			178,
			179,
			184,
			185,
			196,
			197,
			198,
			199,
			200,
			201,
			202,
			203,
			204,
			205,
			206,
			207,
			208,
			209,
			214,
			215,
			220,
			221
		];
	}
} catch (error) {
	// Swallow - we only care if `supports-color` is available; it doesn't have to be.
}

/**
 * Build up the default `inspectOpts` object from the environment variables.
 *
 *   $ DEBUG_COLORS=no DEBUG_DEPTH=10 DEBUG_SHOW_HIDDEN=enabled node script.js
 */

exports.inspectOpts = Object.keys(process.env).filter(key => {
	return /^debug_/i.test(key);
}).reduce((obj, key) => {
	// Camel-case
	const prop = key
		.substring(6)
		.toLowerCase()
		.replace(/_([a-z])/g, (_, k) => {
			return k.toUpperCase();
		});

	// Coerce string value into JS value
	let val = process.env[key];
	if (/^(yes|on|true|enabled)$/i.test(val)) {
		val = true;
	} else if (/^(no|off|false|disabled)$/i.test(val)) {
		val = false;
	} else if (val === 'null') {
		val = null;
	} else {
		val = Number(val);
	}

	obj[prop] = val;
	return obj;
}, {});

/**
 * Is stdout a TTY? Colored output is enabled when `true`.
 */

function useColors() {
	return 'colors' in exports.inspectOpts ?
		Boolean(exports.inspectOpts.colors) :
		tty.isatty(process.stderr.fd);
}

/**
 * Adds ANSI color escape codes if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	const {namespace: name, useColors} = this;

	if (useColors) {
		const c = this.color;
		const colorCode = '\u001B[3' + (c < 8 ? c : '8;5;' + c);
		const prefix = `  ${colorCode};1m${name} \u001B[0m`;

		args[0] = prefix + args[0].split('\n').join('\n' + prefix);
		args.push(colorCode + 'm+' + module.exports.humanize(this.diff) + '\u001B[0m');
	} else {
		args[0] = getDate() + name + ' ' + args[0];
	}
}

function getDate() {
	if (exports.inspectOpts.hideDate) {
		return '';
	}
	return new Date().toISOString() + ' ';
}

/**
 * Invokes `util.formatWithOptions()` with the specified arguments and writes to stderr.
 */

function log(...args) {
	return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + '\n');
}

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	if (namespaces) {
		process.env.DEBUG = namespaces;
	} else {
		// If you set a process.env field to null or undefined, it gets cast to the
		// string 'null' or 'undefined'. Just delete instead.
		delete process.env.DEBUG;
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */

function load() {
	return process.env.DEBUG;
}

/**
 * Init logic for `debug` instances.
 *
 * Create a new `inspectOpts` object in case `useColors` is set
 * differently for a particular `debug` instance.
 */

function init(debug) {
	debug.inspectOpts = {};

	const keys = Object.keys(exports.inspectOpts);
	for (let i = 0; i < keys.length; i++) {
		debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
	}
}

module.exports = __nccwpck_require__(993)(exports);

const {formatters} = module.exports;

/**
 * Map %o to `util.inspect()`, all on a single line.
 */

formatters.o = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts)
		.split('\n')
		.map(str => str.trim())
		.join(' ');
};

/**
 * Map %O to `util.inspect()`, allowing multiple lines if needed.
 */

formatters.O = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts);
};


/***/ }),

/***/ 389:
/***/ ((module) => {



module.exports = (flag, argv = process.argv) => {
	const prefix = flag.startsWith('-') ? '' : (flag.length === 1 ? '-' : '--');
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf('--');
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
};


/***/ }),

/***/ 320:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
}


/***/ }),

/***/ 986:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const os = __nccwpck_require__(857);
const tty = __nccwpck_require__(18);
const hasFlag = __nccwpck_require__(389);

const {env} = process;

let forceColor;
if (hasFlag('no-color') ||
	hasFlag('no-colors') ||
	hasFlag('color=false') ||
	hasFlag('color=never')) {
	forceColor = 0;
} else if (hasFlag('color') ||
	hasFlag('colors') ||
	hasFlag('color=true') ||
	hasFlag('color=always')) {
	forceColor = 1;
}

if ('FORCE_COLOR' in env) {
	if (env.FORCE_COLOR === 'true') {
		forceColor = 1;
	} else if (env.FORCE_COLOR === 'false') {
		forceColor = 0;
	} else {
		forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
	}
}

function translateLevel(level) {
	if (level === 0) {
		return false;
	}

	return {
		level,
		hasBasic: true,
		has256: level >= 2,
		has16m: level >= 3
	};
}

function supportsColor(haveStream, streamIsTTY) {
	if (forceColor === 0) {
		return 0;
	}

	if (hasFlag('color=16m') ||
		hasFlag('color=full') ||
		hasFlag('color=truecolor')) {
		return 3;
	}

	if (hasFlag('color=256')) {
		return 2;
	}

	if (haveStream && !streamIsTTY && forceColor === undefined) {
		return 0;
	}

	const min = forceColor || 0;

	if (env.TERM === 'dumb') {
		return min;
	}

	if (process.platform === 'win32') {
		// Windows 10 build 10586 is the first Windows release that supports 256 colors.
		// Windows 10 build 14931 is the first release that supports 16m/TrueColor.
		const osRelease = os.release().split('.');
		if (
			Number(osRelease[0]) >= 10 &&
			Number(osRelease[2]) >= 10586
		) {
			return Number(osRelease[2]) >= 14931 ? 3 : 2;
		}

		return 1;
	}

	if ('CI' in env) {
		if (['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'GITHUB_ACTIONS', 'BUILDKITE'].some(sign => sign in env) || env.CI_NAME === 'codeship') {
			return 1;
		}

		return min;
	}

	if ('TEAMCITY_VERSION' in env) {
		return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
	}

	if (env.COLORTERM === 'truecolor') {
		return 3;
	}

	if ('TERM_PROGRAM' in env) {
		const version = parseInt((env.TERM_PROGRAM_VERSION || '').split('.')[0], 10);

		switch (env.TERM_PROGRAM) {
			case 'iTerm.app':
				return version >= 3 ? 3 : 2;
			case 'Apple_Terminal':
				return 2;
			// No default
		}
	}

	if (/-256(color)?$/i.test(env.TERM)) {
		return 2;
	}

	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
		return 1;
	}

	if ('COLORTERM' in env) {
		return 1;
	}

	return min;
}

function getSupportLevel(stream) {
	const level = supportsColor(stream, stream && stream.isTTY);
	return translateLevel(level);
}

module.exports = {
	supportsColor: getSupportLevel,
	stdout: translateLevel(supportsColor(true, tty.isatty(1))),
	stderr: translateLevel(supportsColor(true, tty.isatty(2)))
};


/***/ }),

/***/ 255:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(938);
/** Entry point of the bundled CLI (dist/cli.js). */

const controller = new AbortController();
const cancel = () => {
    if (controller.signal.aborted)
        process.exit(130);
    process.stderr.write('rerun-action: stopping replayed commands and cleaning up (again to force)\n');
    controller.abort();
};
process.on('SIGINT', cancel);
process.on('SIGTERM', cancel);
/** A reader that went away (`| head`) must not crash the run before it has cleaned up. */
function writerTo(stream) {
    let closed = false;
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
        closed = true;
    });
    return text => {
        if (!closed)
            stream.write(text);
    };
}
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), { out: writerTo(process.stdout), err: writerTo(process.stderr) }, controller.signal);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 938:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
;// CONCATENATED MODULE: ./src/engine/errors.ts
/** A problem with how rerun-action was called or configured (exit code 2), not with a commit. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}

;// CONCATENATED MODULE: ../../work/main/node_modules/@simple-git/args-pathspec/dist/index.mjs
const t = /* @__PURE__ */ new WeakMap();
function dist_c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function dist_r(n) {
  return n instanceof String && t.has(n);
}
function dist_o(n) {
  return t.get(n) ?? [];
}

//# sourceMappingURL=index.mjs.map

// EXTERNAL MODULE: ../../work/main/node_modules/@kwsites/file-exists/dist/index.js
var dist = __nccwpck_require__(861);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ../../work/main/node_modules/debug/src/index.js
var src = __nccwpck_require__(326);
// EXTERNAL MODULE: ../../work/main/node_modules/@kwsites/promise-deferred/dist/index.js
var promise_deferred_dist = __nccwpck_require__(173);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ../../work/main/node_modules/@simple-git/argv-parser/dist/index.mjs

function* x(e, n) {
  const t = n === "global";
  for (const o of e)
    o.isGlobal === t && (yield o);
}
const P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]), S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]), E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]), F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (const { name: o } of x(e, "task")) {
    if (P.has(o))
      return w(!0, n);
    if (S.has(o))
      return w(!1, n);
  }
  const t = n.at(0)?.toLowerCase();
  return t === void 0 ? null : E.has(t) ? w(!0, n.slice(1)) : F.has(t) ? w(!1, n.slice(1)) : n.length === 1 ? w(!1, n) : w(!0, n);
}
function w(e = !1, n = []) {
  const t = n.at(0)?.toLowerCase();
  return t === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t = N(n), o = t && G(n.value);
    o && (yield {
      ...o,
      scope: t
    });
  }
}
function D(e, n, t) {
  const o = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o,
    M(n),
    A(n, t)
  ), o;
}
function L(e, n, t) {
  if (t === null)
    return;
  const o = O(n, t);
  t.isWrite ? e.write.push(o) : e.read.push(o);
}
const C = {
  short: /* @__PURE__ */ new Map([
    ["c", !0]
    //  -c <k=v>    set config key for this invocation
  ])
}, I = {
  short: new Map([
    ["C", !0],
    //  -C <path>   change working directory
    ["P", !1],
    // -P          no pager (alias for --no-pager)
    ["h", !1],
    // -h          help
    ["p", !1],
    // -p          paginate
    ["v", !1],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
}, R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", !0],
      // -b <branch>
      ["j", !0],
      // -j <n>          parallel jobs
      ["l", !1],
      // -l local
      ["n", !1],
      // -n no-checkout
      ["o", !0],
      // -o <name>       remote name
      ["q", !1],
      // -q quiet
      ["s", !1],
      // -s shared
      ["u", !0]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", !0],
      // -C <commit>  reuse message
      ["F", !0],
      // -F <file>    read message from file
      ["c", !0],
      // -c <commit>  reedit message
      ["m", !0],
      // -m <msg>
      ["t", !0]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", !1],
      // -e  open editor
      ["f", !0],
      //  -f <file>
      ["l", !1]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", !0],
      // -X <option>   strategy option
      ["f", !1],
      // -f force-rebase
      ["i", !1],
      // -i interactive
      ["k", !1],
      // -k keep-base
      ["m", !1],
      // -m merge
      ["n", !1],
      // -n no-stat
      ["q", !1],
      // -q quiet
      ["r", !1],
      // -r rebase-merges
      ["s", !0],
      // -s <strategy>
      ["v", !1],
      // -v verbose
      ["x", !0]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
}, T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t = e.indexOf("=");
    if (t > 2)
      return [{ name: e.slice(0, t), value: e.slice(t + 1), needsNext: !1 }];
    const o = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o) }];
  }
  if (e.length === 2) {
    const t = e.charAt(1), o = n.short.get(t);
    return [{ name: e, needsNext: o === !0 }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t = e.slice(1).split(""), o = [];
  for (let a = 0; a < t.length; a++) {
    const s = t[a], r = n.get(s);
    if (r === void 0)
      return [{ name: e, needsNext: !1 }];
    if (r) {
      const i = t.slice(a + 1).join("");
      if (i && ![...i].every((m) => n.has(m)))
        return o.push({ name: `-${s}`, value: i, needsNext: !1 }), o;
    }
    o.push({ name: `-${s}`, needsNext: r });
  }
  return o;
}
function W(e, n = []) {
  let t = 0;
  for (; t < e.length; ) {
    const o = String(e[t]);
    if (!o.startsWith("-") || o.length < 2) break;
    const a = b(o);
    let s = t + 1;
    for (const r of a) {
      const i = {
        name: r.name,
        value: r.value,
        absorbedNext: !1,
        isGlobal: !0
      };
      r.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = !0, s++), n.push(i);
    }
    t = s;
  }
  return { flags: n, taskIndex: t };
}
function V(e, n, t = []) {
  const o = B(n), a = [], s = [];
  let r = 0;
  for (; r < e.length; ) {
    const i = e[r];
    if (dist_r(i)) {
      s.push(...dist_o(i)), r++;
      continue;
    }
    const p = String(i);
    if (p === "--") {
      for (let d = r + 1; d < e.length; d++) {
        const g = e[d];
        dist_r(g) ? s.push(...dist_o(g)) : s.push(String(g));
      }
      break;
    }
    if (!p.startsWith("-") || p.length < 2) {
      a.push(p), r++;
      continue;
    }
    const m = b(p, o);
    let u = r + 1;
    for (const d of m) {
      const g = {
        name: d.name,
        value: d.value,
        absorbedNext: !1,
        isGlobal: !1
      };
      d.needsNext && g.value === void 0 && u < e.length && !dist_r(e[u]) && (g.value = String(e[u]), g.absorbedNext = !0, u++), t.push(g);
    }
    r = u;
  }
  return { flags: t, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t of K) {
      const o = t(n.key);
      o && (yield o);
    }
}
function f(e, n, t = String(e)) {
  const o = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o.test(s))
      return {
        category: n,
        message: `Configuring ${t} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t, n, e);
}
const K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (const t of n)
    for (const o of X) {
      const a = o(e, t);
      a && (yield a);
    }
}
function c(e, n, t, { name: o = String(n), globalOnly: a = !1, withValue: s = !1 } = {}) {
  const r = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o} is not permitted without enabling ${t}`;
  return function(m, u) {
    if (!(e && m !== e) && !(a && !u.isGlobal) && !(s && u.value === void 0) && r.test(u.name))
      return {
        category: t,
        message: i
      };
  };
}
const h = { globalOnly: !0, withValue: !0 }, X = [
  c(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c("clone", /^-\w*u/, "allowUnsafePack"),
  c("clone", "--u", "allowUnsafePack"),
  c("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c(null, "--template", "allowUnsafeTemplateDir"),
  c(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t) {
  return [...H(e, n), ...q(t)];
}
function Y(...e) {
  const { flags: n, taskIndex: t } = W(e), o = t < e.length ? String(e[t]).toLowerCase() : null, a = o !== null ? e.slice(t + 1) : [], { positionals: s, pathspecs: r } = V(a, o, n), i = D(o, n, s);
  return {
    task: o,
    flags: n.map(J),
    paths: r,
    config: i,
    vulnerabilities: z(k(o, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
const y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t = 0; t < n; t++) {
    const o = e[`git_config_key_${t}`], a = e[`git_config_value_${t}`];
    o !== void 0 && (yield { key: o.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t = y[n];
      yield {
        category: t,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t, o] of Object.entries(e)) {
    const a = t.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t = {
    read: [],
    write: [...Q(n)]
  }, o = [
    ...Z(n),
    ...k(null, [], t)
  ];
  return {
    config: t,
    vulnerabilities: o
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

//# sourceMappingURL=index.mjs.map

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: ../../work/main/node_modules/simple-git/dist/index.mjs









class dist_O extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
}
class Ae extends dist_O {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
}
class dist_A extends dist_O {
  constructor(e, n, r) {
    super(e, r), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
}
class at extends dist_O {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
}
class xe extends dist_O {
  constructor(e) {
    super(void 0, e);
  }
}
const dist_I = "\0", dist_W = () => {
};
function Ne(t) {
  return typeof t != "function" ? dist_W : t;
}
function $e(t) {
  return typeof t == "function" && t !== dist_W;
}
function Pe(t, e) {
  const n = t.indexOf(e);
  return n <= 0 ? [t, ""] : [t.substr(0, n), t.substr(n + 1)];
}
function Me(t, e = 0) {
  return Dt(t) && t.length > e ? t[e] : void 0;
}
function dist_N(t, e = 0) {
  if (Dt(t) && t.length > e)
    return t[t.length - 1 - e];
}
function Dt(t) {
  return Bt(t);
}
function dist_H(t = "", e = !0, n = `
`) {
  return t.split(n).reduce((r, s) => {
    const o = e ? s.trim() : s;
    return o && r.push(o), r;
  }, []);
}
function ut(t, e) {
  return dist_H(t, !0).map((n) => e(n));
}
function Lt(t) {
  return (0,dist.exists)(t, dist.FOLDER);
}
function dist_S(t, e) {
  return Array.isArray(t) ? t.includes(e) || t.push(e) : t.add(e), e;
}
function De(t, e) {
  return Array.isArray(t) && !t.includes(e) && t.push(e), t;
}
function ct(t, e) {
  if (Array.isArray(t)) {
    const n = t.indexOf(e);
    n >= 0 && t.splice(n, 1);
  } else
    t.delete(e);
  return e;
}
const ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t) {
  return Array.isArray(t) ? t : [t];
}
function jt(t) {
  return t.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function dist_L(t) {
  return v(t).map((e) => e instanceof String ? e : String(e));
}
function p(t, e = 0) {
  if (t == null)
    return e;
  const n = parseInt(t, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t, e) {
  const n = [];
  for (let r = 0, s = t.length; r < s; r++)
    n.push(e, t[r]);
  return n;
}
function dist_F(t) {
  return (Array.isArray(t) ? Buffer.concat(t) : t).toString("utf-8");
}
function Le(t) {
  return t ? Buffer.isBuffer(t) ? t.length : Buffer.byteLength(t) : 0;
}
function je(t, e) {
  const n = {};
  return e.forEach((r) => {
    t[r] !== void 0 && (n[r] = t[r]);
  }), n;
}
function wt(t = 0) {
  return new Promise((e) => setTimeout(e, t));
}
function bt(t) {
  if (t !== !1)
    return t;
}
function d(t, e, n) {
  return e(t) ? t : arguments.length > 2 ? n : void 0;
}
const dist_K = (t) => Array.isArray(t);
function st(t, e) {
  const n = dist_r(t) ? "string" : typeof t;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
const m = (t) => typeof t == "string" || dist_r(t), Be = (t) => m(t) || Buffer.isBuffer(t), dist_G = (t) => m(t) || Array.isArray(t) && t.every(m);
function lt(t) {
  return !!t && ft(t) === "[object Object]";
}
function Ie(t) {
  return typeof t == "function";
}
const Bt = (t) => t == null || "number|boolean|function".includes(typeof t) ? !1 : typeof t.length == "number";
var dist_V = /* @__PURE__ */ ((t) => (t[t.SUCCESS = 0] = "SUCCESS", t[t.ERROR = 1] = "ERROR", t[t.NOT_FOUND = -2] = "NOT_FOUND", t[t.UNCLEAN = 128] = "UNCLEAN", t))(dist_V || {});
class dist_z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new dist_z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
}
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
class dist_l {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r, s) => (this.resetMatches(), this._regExp.every((o, i) => this.addMatch(o, i, r(i))) ? this.useMatches(s, this.prepareMatches()) !== !1 : !1), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r) {
    const s = r && e.exec(r);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
}
class dist_x extends dist_l {
  addMatch(e, n, r) {
    return /^remote:\s/.test(String(r)) && super.addMatch(e, n, r);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
}
const Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: !1
};
function Ge(...t) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t.filter((r) => typeof r == "object" && r)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === !0, n;
}
function It(t, e = []) {
  return lt(t) ? Object.keys(t).reduce((n, r) => {
    const s = t[r];
    if (dist_r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r + "=" + s);
    else if (Array.isArray(s))
      for (const o of s)
        st(o, ["string", "number"]) || n.push(r + "=" + o);
    else
      n.push(r);
    return n;
  }, e) : e;
}
function dist_h(t, e = 0, n = !1) {
  const r = [];
  for (let s = 0, o = e < 0 ? t.length : e; s < o; s++)
    "string|number".includes(typeof t[s]) && r.push(String(t[s]));
  return It(ht(t), r), n || r.push(...ze(t)), r;
}
function ze(t) {
  const e = typeof dist_N(t) == "function";
  return dist_L(d(dist_N(t, e ? 1 : 0), dist_K, []));
}
function ht(t) {
  const e = Ie(dist_N(t));
  return d(dist_N(t, e ? 1 : 0), lt);
}
function u(t, e = !0) {
  const n = Ne(dist_N(t));
  return e || $e(n) ? n : void 0;
}
function Tt(t, e) {
  return t(e.stdOut, e.stdErr);
}
function dist_E(t, e, n, r = !0) {
  return v(n).forEach((s) => {
    for (let o = dist_H(s, r), i = 0, a = o.length; i < a; i++) {
      const c = (y = 0) => {
        if (!(i + y >= a))
          return o[i + y];
      };
      e.some(({ parse: y }) => y(c, t));
    }
  }), t;
}
var qe = /* @__PURE__ */ ((t) => (t.BARE = "bare", t.IN_TREE = "tree", t.IS_REPO_ROOT = "root", t))(qe || {});
const mt = ({ exitCode: t }, e, n, r) => {
  if (t === dist_V.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r(e);
}, Ut = (t) => t.trim() === "true";
function We(t) {
  switch (t) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t));
}
class Xe {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
}
const Ye = /^[a-z]+\s*/i, Qe = /^[a-z]+\s+[a-z]+\s*/i, Je = /\/$/;
function Ze(t, e) {
  const n = new Xe(t), r = t ? Qe : Ye;
  return dist_H(e).forEach((s) => {
    const o = s.replace(r, "");
    n.paths.push(o), (Je.test(o) ? n.folders : n.files).push(o);
  }), n;
}
const Ft = [];
function tn(t) {
  return {
    commands: Ft,
    format: "empty",
    parser: t
  };
}
function dist_b(t) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t == "string" ? new xe(t) : t;
    }
  };
}
function g(t, e = !1) {
  return {
    commands: t,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t) {
  return {
    commands: t,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t) {
  return t.format === "buffer";
}
function kt(t) {
  return t.format === "empty" || !t.commands.length;
}
const nn = "Git clean interactive mode is not supported", rn = 'Git clean mode parameter ("n" or "f") is required', sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t) => (t.DRY_RUN = "n", t.FORCE = "f", t.IGNORED_INCLUDED = "x", t.IGNORED_ONLY = "X", t.EXCLUDING = "e", t.QUIET = "q", t.RECURSIVE = "d", t))(zt || {});
const qt = /* @__PURE__ */ new Set([
  "i",
  ...dist_L(Object.values(zt))
]);
function on(t, e) {
  const { cleanMode: n, options: r, valid: s } = cn(t);
  return n ? s.options ? (r.push(...e), r.some(hn) ? dist_b(nn) : an(n, r)) : dist_b(sn + JSON.stringify(t)) : dist_b(rn);
}
function an(t, e) {
  return {
    commands: ["clean", `-${t}`, ...e],
    format: "utf-8",
    parser(r) {
      return Ze(t === "n", r);
    }
  };
}
function un(t) {
  return Array.isArray(t) && t.every((e) => qt.has(e));
}
function cn(t) {
  let e, n = [], r = { cleanMode: !1, options: !0 };
  return t.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r.cleanMode = !0) : r.options = r.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r
  };
}
function fn(t) {
  return t === "f" || t === "n";
}
function ln(t) {
  return /^-[a-z]$/i.test(t) && qt.has(t.charAt(1));
}
function hn(t) {
  return /^-[^\-]/.test(t) ? t.indexOf("i") > 0 : t === "--interactive";
}
class mn {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      const n = dist_N(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r) {
    const s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r) : s[n] = [s[n], r] : s[n] = r, this._all = void 0;
  }
}
function pn(t) {
  const e = new mn();
  for (const n of Wt(t))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t, e) {
  let n = null;
  const r = [], s = /* @__PURE__ */ new Map();
  for (const o of Wt(t, e))
    o.key === e && (r.push(n = o.value), s.has(o.file) || s.set(o.file, []), s.get(o.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r
  };
}
function gn(t) {
  return t.replace(/^(file):/, "");
}
function* Wt(t, e = null) {
  const n = t.split("\0");
  for (let r = 0, s = n.length - 1; r < s; ) {
    const o = gn(n[r++]);
    let i = n[r++], a = e;
    if (i.includes(`
`)) {
      const c = Pe(i, `
`);
      a = c[0], i = c[1];
    }
    yield { file: o, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t) => (t.system = "system", t.global = "global", t.local = "local", t.worktree = "worktree", t))(Ht || {});
function dist_Y(t, e) {
  return typeof t == "string" && Object.hasOwn(Ht, t) ? t : e;
}
function yn(t, e, n, r) {
  const s = ["config", `--${r}`];
  return n && s.push("--add"), s.push(t, e), {
    commands: s,
    format: "utf-8",
    parser(o) {
      return o;
    }
  };
}
function wn(t, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r) {
      return dn(r, t);
    }
  };
}
function bn(t) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t && e.push(`--${t}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t, e, ...n) {
      return this._runTask(
        yn(
          t,
          e,
          n[0] === !0,
          dist_Y(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t, e) {
      return this._runTask(
        wn(t, dist_Y(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t) {
      return this._runTask(
        bn(dist_Y(t[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t) => (t.ADDED = "A", t.COPIED = "C", t.DELETED = "D", t.MODIFIED = "M", t.RENAMED = "R", t.CHANGED = "T", t.UNMERGED = "U", t.UNKNOWN = "X", t.BROKEN = "B", t))(Kt || {});
const kn = new Set(Object.values(Kt));
function _n(t) {
  return kn.has(t);
}
var _t;
const vn = ["-h"], dist_j = /* @__PURE__ */ Symbol("grepQuery");
class En {
  constructor() {
    this[_t] = [];
  }
  *[(_t = dist_j, Symbol.iterator)]() {
    for (const e of this[dist_j])
      yield e;
  }
  and(...e) {
    return e.length && this[dist_j].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[dist_j].push(...U(e, "-e")), this;
  }
}
function Sn(...t) {
  return new En().param(...t);
}
function Rn(t) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t, (r) => {
    const [s, o, i] = r.split(dist_I);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t) {
      const e = u(arguments), n = dist_h(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            dist_b(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t == "string" && (t = Sn().param(t));
      const r = ["grep", "--null", "-n", "--full-name", ...n, ...t];
      return this._runTask(
        {
          commands: r,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t) => (t.MIXED = "mixed", t.SOFT = "soft", t.HARD = "hard", t.MERGE = "merge", t.KEEP = "keep", t))(Vt || {});
const Cn = dist_L(Object.values(Vt));
function An(t, e) {
  const n = ["reset"];
  return Xt(t) && n.push(`--${t}`), n.push(...e), g(n);
}
function xn(t) {
  if (Xt(t))
    return t;
  switch (typeof t) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t) {
  return typeof t == "string" && Cn.includes(t);
}
src.formatters.L = (t) => String(Bt(t) ? t.length : "-");
src.formatters.B = (t) => Buffer.isBuffer(t) ? t.toString("utf8") : ft(t);
function Nn() {
  return src("simple-git");
}
function vt(t, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r, ...s) => {
    t(r, ...s), n(r, ...s);
  } : t : (r, ...s) => {
    t(`%s ${r}`, e, ...s), n && n(r, ...s);
  };
}
function $n(t, e, { namespace: n }) {
  if (typeof t == "string")
    return t;
  const r = e && e.namespace || "";
  return r.startsWith(n) ? r.substr(n.length + 1) : r || n;
}
function dist_$(t, e, n, r = Nn()) {
  const s = t && `[${t}]` || "", o = [], i = typeof e == "string" ? r.extend(e) : e, a = $n(d(e, m), i, r);
  return y(n);
  function c(w, T) {
    return dist_S(
      o,
      dist_$(t, a.replace(/^[^:]+/, w), T, r)
    );
  }
  function y(w) {
    const T = w && `[${w}]` || "", k = i && vt(i, T) || dist_W, C = vt(r, `${s} ${T}`, k);
    return Object.assign(i ? k : C, {
      label: t,
      sibling: c,
      info: C,
      step: y
    });
  }
}
const dist_M = class M {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    const n = M.getName(e.commands[0]), r = dist_$(this.logLabel, n);
    return {
      task: e,
      logger: r,
      name: n
    };
  }
  push(e) {
    const n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (const [n, { logger: r }] of Array.from(this._queue.entries()))
      n === e.task ? (r.info("Failed %o", e), r(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    const n = this.withProgress(e);
    if (!n)
      throw new dist_O(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M.counter}`;
  }
};
dist_M.counter = 0;
let ot = dist_M;
class Pn {
  constructor(e, n, r) {
    this._executor = e, this._scheduler = n, this._plugins = r, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    const n = await this._scheduler.next(), r = () => this._queue.complete(e);
    try {
      const { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r(), n();
    }
  }
  onFatalException(e, n) {
    const r = n instanceof dist_O ? Object.assign(n, { task: e }) : new dist_O(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r), r;
  }
  async attemptRemoteTask(e, n) {
    const r = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o = await this.gitResponse(
      e,
      r,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r, s) {
    const { exitCode: o, rejection: i, stdOut: a, stdErr: c } = r;
    return new Promise((y, w) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o);
      const { error: T } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r
        }
      );
      if (T && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r,
          T,
          (k) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k)), y(
              new dist_z(
                Array.isArray(k) ? Buffer.concat(k) : k,
                Buffer.concat(c)
              )
            );
          },
          w
        );
      if (T)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o,
          c.length,
          i
        ), w(T);
      s.info("retrieving task output complete"), y(new dist_z(Buffer.concat(a), Buffer.concat(c)));
    });
  }
  async gitResponse(e, n, r, s, o) {
    const i = o.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: !0
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c) => {
      const y = [], w = [];
      o.info("%s %o", n, r), o("%O", a);
      let T = this._beforeSpawn(e, r);
      if (T)
        return c({
          stdOut: y,
          stdErr: w,
          exitCode: 9901,
          rejection: T
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r),
        kill(C) {
          T = C || T;
        }
      });
      const k = (0,external_node_child_process_namespaceObject.spawn)(n, r, a);
      k.stdout.on(
        "data",
        Et(y, "stdOut", o, i.step("stdOut"))
      ), k.stderr.on(
        "data",
        Et(w, "stdErr", o, i.step("stdErr"))
      ), k.on("error", Mn(w, o)), s && (o("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k.stdout, k.stderr, [...r])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r),
        spawned: k,
        close(C, Te) {
          c({
            stdOut: y,
            stdErr: w,
            exitCode: C,
            rejection: T || Te
          });
        },
        kill(C) {
          k.killed || (T = C, k.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r = s || r;
      }
    }), r;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
}
function Mn(t, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t, e, n, r) {
  return (s) => {
    n("%s received %L bytes", e, s), r("%B", s), t.push(s);
  };
}
class Dn {
  constructor(e, n, r) {
    this.cwd = e, this._scheduler = n, this._plugins = r, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
}
function Ln(t, e, n = dist_W) {
  const r = (o) => {
    n(null, o);
  }, s = (o) => {
    o?.task === t && n(o, void 0);
  };
  e.then(r, s);
}
function St(t, e) {
  return tn((n) => {
    if (!Lt(t))
      throw new Error(`Git.cwd: cannot change to non-directory "${t}"`);
    return (e || n).cwd = t;
  });
}
function dist_Q(t) {
  const e = ["checkout", ...t];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        dist_Q(dist_h(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t, e) {
      return this._runTask(
        dist_Q(["-b", t, e, ...dist_h(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t) {
      return this._runTask(
        dist_Q(["-b", t, ...dist_h(arguments)]),
        u(arguments)
      );
    }
  };
}
const Yt = (t, e, n) => {
  const r = ["clone", ...n];
  return m(t) && r.push(dist_c(t)), m(e) && r.push(dist_c(e)), g(r);
}, Bn = (t, e, n) => (dist_S(n, "--mirror"), Yt(t, e, n));
function Rt(t, e, n, ...r) {
  return m(n) ? e(n, d(r[0], m), dist_h(arguments)) : dist_b(`git.${t}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t, m), ...e),
        u(arguments)
      );
    },
    mirror(t, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t, m), ...e),
        u(arguments)
      );
    }
  };
}
const Un = [
  new dist_l(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t, [e, n, r]) => {
    t.branch = e, t.commit = r, t.root = !!n;
  }),
  new dist_l(/\s*Author:\s(.+)/i, (t, [e]) => {
    const n = e.split("<"), r = n.pop();
    !r || !r.includes("@") || (t.author = {
      email: r.substr(0, r.length - 1),
      name: n.join("<").trim()
    });
  }),
  new dist_l(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t, [e, n, r]) => {
      t.summary.changes = parseInt(e, 10) || 0, t.summary.insertions = parseInt(n, 10) || 0, t.summary.deletions = parseInt(r, 10) || 0;
    }
  ),
  new dist_l(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t, [e, n, r]) => {
      t.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r === "-" ? t.summary.deletions = s : r === "+" && (t.summary.insertions = s);
    }
  )
];
function Fn(t) {
  return dist_E({
    author: null,
    branch: "",
    commit: "",
    root: !1,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t);
}
function Gn(t, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r = u(arguments), s = t(e) || Gn(
        v(e),
        v(d(n[0], dist_G, [])),
        [
          ...dist_L(d(n[1], dist_K, [])),
          ...dist_h(arguments, 0, !0)
        ]
      );
      return this._runTask(s, r);
    }
  };
  function t(e) {
    return !dist_G(e) && dist_b(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
const Wn = new dist_l(
  /([a-z-]+): (\d+)$/,
  (t, [e, n]) => {
    const r = jt(e);
    Object.hasOwn(t, r) && (t[r] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t) {
          return dist_E(qn(), [Wn], t);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], !0),
        u(arguments)
      );
    }
  };
}
function Vn(t, e) {
  const n = ["hash-object", t];
  return e && n.push("-w"), g(n, !0);
}
class dist_J {
  constructor(e, n, r, s) {
    this.bare = e, this.path = n, this.existing = r, this.gitDir = s;
  }
}
const Xn = /^Init.+ repository in (.+)$/, Yn = /^Rein.+ in (.+)$/;
function Qn(t, e, n) {
  const r = String(n).trim();
  let s;
  if (s = Xn.exec(r))
    return new dist_J(t, e, !1, s[1]);
  if (s = Yn.exec(r))
    return new dist_J(t, e, !0, s[1]);
  let o = "";
  const i = r.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o = i.join(" ");
      break;
    }
  return new dist_J(t, e, /^re/i.test(r), o);
}
const Qt = "--bare";
function Jn(t) {
  return t.includes(Qt);
}
function Zn(t = !1, e, n) {
  const r = ["init", ...n];
  return t && !Jn(r) && r.splice(1, 0, Qt), {
    commands: r,
    format: "utf-8",
    parser(s) {
      return Qn(r.includes("--bare"), e, s);
    }
  };
}
function tr(t) {
  return t === void 0 ? dist_b("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r = n.indexOf(":");
          return [
            jt(n.substring(0, r).toLowerCase()),
            n.substring(r + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t
  };
}
function er() {
  return {
    interpretTrailers(t) {
      return this._runTask(
        tr(d(t, Be)),
        u(arguments)
      );
    }
  };
}
var dist_R = /* @__PURE__ */ ((t) => (t.NONE = "", t.STAT = "--stat", t.NUM_STAT = "--numstat", t.NAME_ONLY = "--name-only", t.NAME_STATUS = "--name-status", t))(dist_R || {});
const Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t) {
  for (let e = 0; e < t.length; e++) {
    const n = Jt.exec(t[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t) {
  return Jt.test(t);
}
class rr {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
}
const Ot = [
  new dist_l(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t, [e, n, r = ""]) => {
      t.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r.replace(/[^+]/g, "").length,
        deletions: r.replace(/[^-]/g, "").length,
        binary: !1
      });
    }
  ),
  new dist_l(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t, [e, n, r]) => {
      t.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r),
        binary: !0
      });
    }
  ),
  new dist_l(/^(.+)\s+\|\s+Bin\s*$/, (t, [e]) => {
    t.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: !0
    });
  }),
  new dist_l(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t, [e, n]) => {
      const r = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t.changed = p(e), t.insertions = p(r?.[1]), t.deletions = p(s?.[1]);
    }
  )
], sr = [
  new dist_l(
    /(\d+)\t(\d+)\t(.+)$/,
    (t, [e, n, r]) => {
      const s = p(e), o = p(n);
      t.changed++, t.insertions += s, t.deletions += o, t.files.push({
        file: r,
        changes: s + o,
        insertions: s,
        deletions: o,
        binary: !1
      });
    }
  ),
  new dist_l(/-\t-\t(.+)$/, (t, [e]) => {
    t.changed++, t.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: !0
    });
  })
], or = [
  new dist_l(/(.+)$/, (t, [e]) => {
    t.changed++, t.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: !1
    });
  })
], ir = [
  new dist_l(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t, [e, n, r, s, o]) => {
      t.changed++, t.files.push({
        file: o ?? r,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: !1,
        status: bt(_n(e) && e),
        from: bt(!!o && r !== o && r),
        similarity: p(n)
      });
    }
  )
], ar = {
  [dist_R.NONE]: Ot,
  [dist_R.STAT]: Ot,
  [dist_R.NUM_STAT]: sr,
  [dist_R.NAME_STATUS]: ir,
  [dist_R.NAME_ONLY]: or
};
function Zt(t = dist_R.NONE) {
  const e = ar[t];
  return (n) => dist_E(new rr(), e, n, !1);
}
const te = "òòòòòò ", dist_ee = " òò", dist_ne = " ò ", ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t, e) {
  return e.reduce(
    (n, r, s) => (n[r] = t[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t = dist_ne, e = ur, n = dist_R.NONE) {
  const r = Zt(n);
  return function(s) {
    const o = dist_H(
      s.trim(),
      !1,
      te
    ).map(function(i) {
      const a = i.split(dist_ee), c = cr(a[0].split(t), e);
      return a.length > 1 && a[1].trim() && (c.diff = r(a[1])), c;
    });
    return {
      all: o,
      latest: o.length && o[0] || null,
      total: o.length
    };
  };
}
function fr(t) {
  let e = pt(t);
  const n = ["diff"];
  return e === dist_R.NONE && (e = dist_R.STAT, n.push("--stat=4096")), n.push(...t), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t) {
  const e = t.filter(nr);
  if (e.length > 1)
    return dist_b(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t.includes("-z"))
    return dist_b(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t) => (t[t["--pretty"] = 0] = "--pretty", t[t["max-count"] = 1] = "max-count", t[t.maxCount = 2] = "maxCount", t[t.n = 3] = "n", t[t.file = 4] = "file", t[t.format = 5] = "format", t[t.from = 6] = "from", t[t.to = 7] = "to", t[t.splitter = 8] = "splitter", t[t.symmetric = 9] = "symmetric", t[t.mailMap = 10] = "mailMap", t[t.multiLine = 11] = "multiLine", t[t.strictDate = 12] = "strictDate", t))(se || {});
function lr(t, e) {
  const n = [], r = [];
  return Object.keys(t).forEach((s) => {
    n.push(s), r.push(String(t[s]));
  }), [n, r.join(e)];
}
function hr(t) {
  return Object.keys(t).reduce((e, n) => (n in se || (e[n] = t[n]), e), {});
}
function dist_oe(t = {}, e = []) {
  const n = d(t.splitter, m, dist_ne), r = lt(t.format) ? t.format : {
    hash: "%H",
    date: t.strictDate === !1 ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t.multiLine ? "%B" : "%b",
    author_name: t.mailMap !== !1 ? "%aN" : "%an",
    author_email: t.mailMap !== !1 ? "%aE" : "%ae"
  }, [s, o] = lr(r, n), i = [], a = [
    `--pretty=format:${te}${o}${dist_ee}`,
    ...e
  ], c = t.n || t["max-count"] || t.maxCount;
  if (c && a.push(`--max-count=${c}`), t.from || t.to) {
    const y = t.symmetric !== !1 ? "..." : "..";
    i.push(`${t.from || ""}${y}${t.to || ""}`);
  }
  return m(t.file) && a.push("--follow", dist_c(t.file)), It(hr(t), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t, e, n) {
  const r = re(t, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r
  };
}
function pr() {
  return {
    log(...n) {
      const r = u(arguments), s = dist_oe(
        ht(arguments),
        dist_L(d(arguments[0], dist_K, []))
      ), o = e(...n) || dt(s.commands) || t(s);
      return this._runTask(o, r);
    }
  };
  function t(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r) {
    return m(n) && m(r) && dist_b(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
class dist_Z {
  constructor(e, n = null, r) {
    this.reason = e, this.file = n, this.meta = r;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
}
class dr {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
}
class ie {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
}
class gr {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
}
function tt(t) {
  return t.objects = t.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t) {
  const e = /^\s*(\d+)/.exec(t), n = /delta (\d+)/i.exec(t);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
const yr = [
  new dist_x(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t, [e, n]) => {
      const r = e.toLowerCase(), s = tt(t.remoteMessages);
      Object.assign(s, { [r]: p(n) });
    }
  ),
  new dist_x(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t, [e, n]) => {
      const r = e.toLowerCase(), s = tt(t.remoteMessages);
      Object.assign(s, { [r]: p(n) });
    }
  ),
  new dist_x(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t, [e, n, r]) => {
      const s = tt(t.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r);
    }
  )
], wr = [
  new dist_x(/^remote:\s*(.+)$/, (t, [e]) => (t.remoteMessages.all.push(e.trim()), !1)),
  ...yr,
  new dist_x(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t, [e]) => {
      t.remoteMessages.pullRequestUrl = e;
    }
  ),
  new dist_x(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t, [e, n, r]) => {
      t.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r
      };
    }
  )
];
function ae(t, e) {
  return dist_E({ remoteMessages: new br() }, wr, e);
}
class br {
  constructor() {
    this.all = [];
  }
}
const Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/, kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/, _r = /^(create|delete) mode \d+ (.+)/, vr = [
  new dist_l(Tr, (t, [e, n, r]) => {
    t.files.push(e), n && (t.insertions[e] = n.length), r && (t.deletions[e] = r.length);
  }),
  new dist_l(kr, (t, [e, , n, , r]) => n !== void 0 || r !== void 0 ? (t.summary.changes = +e || 0, t.summary.insertions = +n || 0, t.summary.deletions = +r || 0, !0) : !1),
  new dist_l(_r, (t, [e, n]) => {
    dist_S(t.files, n), dist_S(e === "create" ? t.created : t.deleted, n);
  })
], Er = [
  new dist_l(/^from\s(.+)$/i, (t, [e]) => {
    t.remote = e;
  }),
  new dist_l(/^fatal:\s(.+)$/, (t, [e]) => {
    t.message = e;
  }),
  new dist_l(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t, [e, n, r, s]) => {
      t.branch.local = r, t.hash.local = e, t.branch.remote = s, t.hash.remote = n;
    }
  )
], Sr = (t, e) => dist_E(new ie(), vr, [t, e]), ue = (t, e) => Object.assign(
  new ie(),
  Sr(t, e),
  ae(t, e)
);
function Rr(t, e) {
  const n = dist_E(new gr(), Er, [t, e]);
  return n.message && n;
}
const Or = [
  new dist_l(/^Auto-merging\s+(.+)$/, (t, [e]) => {
    t.merges.push(e);
  }),
  new dist_l(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t, [e, n]) => {
    t.conflicts.push(new dist_Z(e, n));
  }),
  new dist_l(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t, [e, n, r]) => {
      t.conflicts.push(new dist_Z(e, n, { deleteRef: r }));
    }
  ),
  new dist_l(/^CONFLICT\s+\((.+)\):/, (t, [e]) => {
    t.conflicts.push(new dist_Z(e, null));
  }),
  new dist_l(/^Automatic merge failed;\s+(.+)$/, (t, [e]) => {
    t.result = e;
  })
], Cr = (t, e) => Object.assign(Ar(t), ue(t, e)), Ar = (t) => dist_E(new dr(), Or, t);
function At(t) {
  return t.length ? {
    commands: ["merge", ...t],
    format: "utf-8",
    parser(e, n) {
      const r = Cr(e, n);
      if (r.failed)
        throw new at(r);
      return r;
    }
  } : dist_b("Git.merge requires at least one option");
}
function xr(t, e, n) {
  const r = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t), o = !n.includes("new");
  return {
    deleted: r,
    tag: s,
    branch: !s,
    new: !o,
    alreadyUpdated: o,
    local: t,
    remote: e
  };
}
const Nr = [
  new dist_l(/^Pushing to (.+)$/, (t, [e]) => {
    t.repo = e;
  }),
  new dist_l(/^updating local tracking ref '(.+)'/, (t, [e]) => {
    t.ref = {
      ...t.ref || {},
      local: e
    };
  }),
  new dist_l(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t, [e, n, r]) => {
    t.pushed.push(xr(e, n, r));
  }),
  new dist_l(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t, [e, n, r]) => {
      t.branch = {
        ...t.branch || {},
        local: e,
        remote: n,
        remoteName: r
      };
    }
  ),
  new dist_l(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t, [e, n, r, s]) => {
      t.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r,
          to: s
        }
      };
    }
  )
], $r = (t, e) => {
  const n = Pr(t, e), r = ae(t, e);
  return {
    ...n,
    ...r
  };
}, Pr = (t, e) => dist_E({ pushed: [] }, Nr, [t, e]);
function Mr(t = {}, e) {
  return dist_S(e, "--tags"), ce(t, e);
}
function ce(t = {}, e) {
  const n = ["push", ...e];
  return t.branch && n.splice(1, 0, t.branch), t.remote && n.splice(1, 0, t.remote), ct(n, "-v"), dist_S(n, "--verbose"), dist_S(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t = ["show", ...dist_h(arguments, 1)];
      return t.includes("--binary") || t.splice(1, 0, "--binary"), this._runTask(
        Gt(t),
        u(arguments)
      );
    },
    show() {
      const t = ["show", ...dist_h(arguments, 1)];
      return this._runTask(
        g(t),
        u(arguments)
      );
    }
  };
}
const Lr = /^(.+)\0(.+)$/;
class jr {
  constructor(e, n, r) {
    if (this.path = e, this.index = n, this.working_dir = r, n === "R" || r === "R") {
      const s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
}
class Br {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = !1, this.isClean = () => !this.files.length;
  }
}
function xt(t) {
  const [e, n] = t.split(dist_I);
  return {
    from: n || e,
    to: e
  };
}
function dist_(t, e, n) {
  return [`${t}${e}`, n];
}
function et(t, ...e) {
  return e.map((n) => dist_(t, n, (r, s) => r.conflicted.push(s)));
}
const Ir = new Map([
  dist_(
    " ",
    "A",
    (t, e) => t.created.push(e)
  ),
  dist_(
    " ",
    "D",
    (t, e) => t.deleted.push(e)
  ),
  dist_(
    " ",
    "M",
    (t, e) => t.modified.push(e)
  ),
  dist_("A", " ", (t, e) => {
    t.created.push(e), t.staged.push(e);
  }),
  dist_("A", "M", (t, e) => {
    t.created.push(e), t.staged.push(e), t.modified.push(e);
  }),
  dist_("D", " ", (t, e) => {
    t.deleted.push(e), t.staged.push(e);
  }),
  dist_("M", " ", (t, e) => {
    t.modified.push(e), t.staged.push(e);
  }),
  dist_("M", "M", (t, e) => {
    t.modified.push(e), t.staged.push(e);
  }),
  dist_("R", " ", (t, e) => {
    t.renamed.push(xt(e));
  }),
  dist_("R", "M", (t, e) => {
    const n = xt(e);
    t.renamed.push(n), t.modified.push(n.to);
  }),
  dist_("!", "!", (t, e) => {
    (t.ignored = t.ignored || []).push(e);
  }),
  dist_(
    "?",
    "?",
    (t, e) => t.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t, e) => {
      const n = /ahead (\d+)/, r = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t.ahead = a && +a[1] || 0, a = r.exec(e), t.behind = a && +a[1] || 0, a = s.exec(e), t.current = d(a?.[1], m, null), a = o.exec(e), t.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t.current = d(a?.[1], m, t.current)), t.detached = /\(no branch\)/.test(e);
    }
  ]
]), Ur = function(t) {
  const e = t.split(dist_I), n = new Br();
  for (let r = 0, s = e.length; r < s; ) {
    let o = e[r++].trim();
    o && (o.charAt(0) === "R" && (o += dist_I + (e[r++] || "")), Fr(n, o));
  }
  return n;
};
function Fr(t, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r(s, o, i) {
    const a = `${s}${o}`, c = Ir.get(a);
    c && c(t, i), a !== "##" && a !== "!!" && t.files.push(new jr(i, s, o));
  }
}
const Gr = ["--null", "-z"];
function zr(t) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
const fe = "installed=false";
function dist_q(t = 0, e = 0, n = 0, r = "", s = !0) {
  return Object.defineProperty(
    {
      major: t,
      minor: e,
      patch: n,
      agent: r,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: !1,
      enumerable: !1
    }
  );
}
function qr() {
  return dist_q(0, 0, 0, "", !1);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t, e, n, r) {
          if (t.exitCode === dist_V.NOT_FOUND)
            return n(Buffer.from(fe));
          r(e);
        }
      });
    }
  };
}
const Hr = [
  new dist_l(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t, [e, n, r, s = ""]) => {
      Object.assign(
        t,
        dist_q(p(e), p(n), p(r), s)
      );
    }
  ),
  new dist_l(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t, [e, n, r, s = ""]) => {
      Object.assign(t, dist_q(p(e), p(n), r, s));
    }
  )
];
function Kr(t) {
  return t === fe ? qr() : dist_E(dist_q(0, 0, 0, t), Hr, t);
}
class le {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    const r = this._executor.chain(), s = r.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    const n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      dist_b("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === !0),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === !0, this._executor.cwd, dist_h(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(dist_h(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...dist_h(arguments)]),
      u(arguments, !1)
    ) : this._runTask(
      dist_b(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    const e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      dist_h(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...dist_h(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(dist_h(arguments)),
      u(arguments)
    );
  }
}
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
const Vr = /* @__PURE__ */ (() => {
  let t = 0;
  return () => {
    t++;
    const { promise: e, done: n } = (0,promise_deferred_dist/* createDeferred */.ud)();
    return {
      promise: e,
      done: n,
      id: t
    };
  };
})();
class Xr {
  constructor(e = 2) {
    this.concurrency = e, this.logger = dist_$("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    const e = dist_S(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    const { promise: e, id: n } = dist_S(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
}
function Yr(t, e) {
  return g(["apply", ...e, ...t]);
}
var he = /* @__PURE__ */ ((t) => (t.CURRENT = "*", t.LINKED = "+", t))(he || {});
class Qr {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = !1;
  }
  push(e, n, r, s, o) {
    e === "*" && (this.detached = n, this.current = r), this.all.push(r), this.branches[r] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r,
      commit: s,
      label: o
    };
  }
}
const Jr = [
  new dist_l(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t, [e, n, r, s]) => {
      t.push(Nt(e), !0, n, r, s);
    }
  ),
  new dist_l(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t, [e, n, r, s]) => {
      t.push(Nt(e), !1, n, r, s);
    }
  )
], Zr = new dist_l(/^(\S+)$/s, (t, [e]) => {
  t.push(he.CURRENT, !1, e, "", "");
});
function Nt(t) {
  return t ? t.charAt(0) : "";
}
function me(t, e = !1) {
  return dist_E(
    new Qr(),
    e ? [Zr] : Jr,
    t
  );
}
class ts {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
}
function es(t, e) {
  return {
    branch: t,
    hash: e,
    success: !0
  };
}
function ns(t) {
  return {
    branch: t,
    hash: null,
    success: !1
  };
}
const rs = /(\S+)\s+\(\S+\s([^)]+)\)/, pe = /^error[^']+'([^']+)'/m, ss = [
  new dist_l(rs, (t, [e, n]) => {
    const r = es(e, n);
    t.all.push(r), t.branches[e] = r;
  }),
  new dist_l(pe, (t, [e]) => {
    const n = ns(e);
    t.errors.push(n), t.all.push(n), t.branches[e] = n;
  })
], gt = (t, e) => dist_E(new ts(), ss, [t, e]);
function de(t, e) {
  return e === dist_V.ERROR && pe.test(t);
}
function os(t) {
  const e = ["-d", "-D", "--delete"];
  return t.some((n) => e.includes(n));
}
function is(t) {
  const e = os(t), n = t.includes("--show-current"), r = ["branch", ...t];
  return r.length === 1 && r.push("-a"), r.includes("-v") || r.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r,
    parser(s, o) {
      return e ? gt(s, o).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t) {
      return me(t);
    }
  };
}
function us(t, e = !1) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t],
    parser(n, r) {
      return gt(n, r);
    },
    onError({ exitCode: n, stdOut: r }, s, o, i) {
      if (!de(String(s), n))
        return i(s);
      o(r);
    }
  };
}
function cs(t, e = !1) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t],
    parser(r, s) {
      return gt(r, s).branches[t];
    },
    onError({ exitCode: r, stdErr: s, stdOut: o }, i, a, c) {
      if (!de(String(i), r))
        return c(i);
      throw new at(
        n.parser(dist_F(o), dist_F(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t) {
  return {
    commands: ["check-ignore", ...t],
    format: "utf-8",
    parser: ls
  };
}
function ls(t) {
  return t.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t) {
  const e = t.trim().replace(/^["']|["']$/g, "");
  return e && (0,external_node_path_namespaceObject.normalize)(e);
}
const ms = [
  new dist_l(/From (.+)$/, (t, [e]) => {
    t.remote = e;
  }),
  new dist_l(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t, [e, n]) => {
    t.branches.push({
      name: e,
      tracking: n
    });
  }),
  new dist_l(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t, [e, n]) => {
    t.tags.push({
      name: e,
      tracking: n
    });
  }),
  new dist_l(/- \[deleted]\s+\S+\s*-> (.+)$/, (t, [e]) => {
    t.deleted.push({
      tracking: e
    });
  }),
  new dist_l(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t, [e, n, r, s]) => {
      t.updated.push({
        name: r,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t, e) {
  return dist_E({
    raw: t,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t, e]);
}
function ds(t) {
  return /^--upload-pack(=|$)/.test(t);
}
function gs(t, e, n) {
  const r = ["fetch", ...n];
  return t && e && r.push(t, e), r.find(ds) ? dist_b("git.fetch: potential exploit argument blocked.") : {
    commands: r,
    format: "utf-8",
    parser: ps
  };
}
const ys = [
  new dist_l(/^Renaming (.+) to (.+)$/, (t, [e, n]) => {
    t.moves.push({ from: e, to: n });
  })
];
function ws(t) {
  return dist_E({ moves: [] }, ys, t);
}
function bs(t, e) {
  return {
    commands: ["mv", "-v", ...v(t), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t, e, n) {
  const r = ["pull", ...n];
  return t && e && r.splice(1, 0, t, e), {
    commands: r,
    format: "utf-8",
    parser(s, o) {
      return ue(s, o);
    },
    onError(s, o, i, a) {
      const c = Rr(
        dist_F(s.stdOut),
        dist_F(s.stdErr)
      );
      if (c)
        return a(new at(c));
      a(o);
    }
  };
}
function ks(t) {
  const e = {};
  return ge(t, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t) {
  const e = {};
  return ge(t, ([n, r, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r && (e[n].refs[s.replace(/[^a-z]/g, "")] = r);
  }), Object.values(e);
}
function ge(t, e) {
  ut(t, (n) => e(n.split(/\s+/)));
}
function vs(t, e, n) {
  return g(["remote", "add", ...n, t, e]);
}
function Es(t) {
  const e = ["remote"];
  return t && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t ? _s : ks
  };
}
function Ss(t) {
  const e = [...t];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t) {
  const e = [...t];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t) {
  return g(["remote", "remove", t]);
}
function Cs(t = {}, e) {
  const n = dist_oe(t), r = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r)
  );
  return dt(r) || {
    commands: r,
    format: "utf-8",
    parser: s
  };
}
function As(t, e) {
  return dist_X(["add", t, e]);
}
function xs(t) {
  return dist_X(["init", ...t]);
}
function dist_X(t) {
  const e = [...t];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t) {
  return dist_X(["update", ...t]);
}
class $s {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
}
const Ps = function(t, e = !1) {
  const n = t.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o) {
    const i = s.split("."), a = o.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(dist_B(i[0]), dist_B(a[0]));
    for (let c = 0, y = Math.max(i.length, a.length); c < y; c++) {
      const w = ye(dist_B(i[c]), dist_B(a[c]));
      if (w)
        return w;
    }
    return 0;
  });
  const r = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r);
};
function Ms(t, e) {
  const n = Number.isNaN(t), r = Number.isNaN(e);
  return n !== r ? n ? 1 : -1 : n ? ye(t, e) : 0;
}
function ye(t, e) {
  return t === e ? 0 : t > e ? 1 : -1;
}
function Ds(t) {
  return t.trim();
}
function dist_B(t) {
  return typeof t == "string" && parseInt(t.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t = []) {
  const e = t.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t) {
  return {
    format: "utf-8",
    commands: ["tag", t],
    parser() {
      return { name: t };
    }
  };
}
function Bs(t, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t],
    parser() {
      return { name: t };
    }
  };
}
function dist_f(t, e) {
  this._plugins = e, this._executor = new Dn(
    t.baseDir,
    new Xr(t.maxConcurrentProcesses),
    e
  ), this._trimmed = t.trimmed;
}
(dist_f.prototype = Object.create(le.prototype)).constructor = dist_f;
dist_f.prototype.customBinary = function(t) {
  return this._plugins.reconfigure("binary", t), this;
};
dist_f.prototype.env = function(t, e) {
  return arguments.length === 1 && typeof t == "object" ? this._executor.env = t : (this._executor.env = this._executor.env || {})[t] = e, this;
};
dist_f.prototype.stashList = function(t) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      dist_K(t) && t || []
    ),
    u(arguments)
  );
};
dist_f.prototype.mv = function(t, e) {
  return this._runTask(bs(t, e), u(arguments));
};
dist_f.prototype.checkoutLatestTag = function(t) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r) {
      e.checkout(r.latest, t);
    });
  });
};
dist_f.prototype.pull = function(t, e, n, r) {
  return this._runTask(
    Ts(
      d(t, m),
      d(e, m),
      dist_h(arguments)
    ),
    u(arguments)
  );
};
dist_f.prototype.fetch = function(t, e) {
  return this._runTask(
    gs(
      d(t, m),
      d(e, m),
      dist_h(arguments)
    ),
    u(arguments)
  );
};
dist_f.prototype.tags = function(t, e) {
  return this._runTask(
    Ls(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...dist_h(arguments)]),
    u(arguments)
  );
};
dist_f.prototype.reset = function(t) {
  return this._runTask(
    An(xn(t), dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.revert = function(t) {
  const e = u(arguments);
  return typeof t != "string" ? this._runTask(dist_b("Commit must be a string"), e) : this._runTask(
    g(["revert", ...dist_h(arguments, 0, !0), t]),
    e
  );
};
dist_f.prototype.addTag = function(t) {
  const e = typeof t == "string" ? js(t) : dist_b("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
dist_f.prototype.addAnnotatedTag = function(t, e) {
  return this._runTask(
    Bs(t, e),
    u(arguments)
  );
};
dist_f.prototype.deleteLocalBranch = function(t, e, n) {
  return this._runTask(
    cs(t, typeof e == "boolean" ? e : !1),
    u(arguments)
  );
};
dist_f.prototype.deleteLocalBranches = function(t, e, n) {
  return this._runTask(
    us(t, typeof e == "boolean" ? e : !1),
    u(arguments)
  );
};
dist_f.prototype.branch = function(t, e) {
  return this._runTask(
    is(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.branchLocal = function(t) {
  return this._runTask(as(), u(arguments));
};
dist_f.prototype.raw = function(t) {
  const e = !Array.isArray(t), n = [].slice.call(e ? arguments : t, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...dist_h(arguments, 0, !0));
  var r = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r) : this._runTask(
    dist_b("Raw: must supply one or more command to execute"),
    r
  );
};
dist_f.prototype.submoduleAdd = function(t, e, n) {
  return this._runTask(As(t, e), u(arguments));
};
dist_f.prototype.submoduleUpdate = function(t, e) {
  return this._runTask(
    Ns(dist_h(arguments, !0)),
    u(arguments)
  );
};
dist_f.prototype.submoduleInit = function(t, e) {
  return this._runTask(
    xs(dist_h(arguments, !0)),
    u(arguments)
  );
};
dist_f.prototype.subModule = function(t, e) {
  return this._runTask(
    dist_X(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.listRemote = function() {
  return this._runTask(
    Ss(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.addRemote = function(t, e, n) {
  return this._runTask(
    vs(t, e, dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.removeRemote = function(t, e) {
  return this._runTask(Os(t), u(arguments));
};
dist_f.prototype.getRemotes = function(t, e) {
  return this._runTask(Es(t === !0), u(arguments));
};
dist_f.prototype.remote = function(t, e) {
  return this._runTask(
    Rs(dist_h(arguments)),
    u(arguments)
  );
};
dist_f.prototype.tag = function(t, e) {
  const n = dist_h(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
dist_f.prototype.updateServerInfo = function(t) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
dist_f.prototype.pushTags = function(t, e) {
  const n = Mr(
    { remote: d(t, m) },
    dist_h(arguments)
  );
  return this._runTask(n, u(arguments));
};
dist_f.prototype.rm = function(t) {
  return this._runTask(
    g(["rm", "-f", ...v(t)]),
    u(arguments)
  );
};
dist_f.prototype.rmKeepLocal = function(t) {
  return this._runTask(
    g(["rm", "--cached", ...v(t)]),
    u(arguments)
  );
};
dist_f.prototype.catFile = function(t, e) {
  return this._catFile("utf-8", arguments);
};
dist_f.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
dist_f.prototype._catFile = function(t, e) {
  var n = u(e), r = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      dist_b("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r.push.apply(r, s);
  const o = t === "buffer" ? Gt(r) : g(r);
  return this._runTask(o, n);
};
dist_f.prototype.diff = function(t, e) {
  const n = m(t) ? dist_b(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...dist_h(arguments)]);
  return this._runTask(n, u(arguments));
};
dist_f.prototype.diffSummary = function() {
  return this._runTask(
    fr(dist_h(arguments, 1)),
    u(arguments)
  );
};
dist_f.prototype.applyPatch = function(t) {
  const e = dist_G(t) ? Yr(v(t), dist_h([].slice.call(arguments, 1))) : dist_b(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
dist_f.prototype.revparse = function() {
  const t = ["rev-parse", ...dist_h(arguments, !0)];
  return this._runTask(
    g(t, !0),
    u(arguments)
  );
};
dist_f.prototype.clean = function(t, e, n) {
  const r = un(t), s = r && t.join("") || d(t, m) || "", o = dist_h([].slice.call(arguments, r ? 1 : 0));
  return this._runTask(
    on(s, o),
    u(arguments)
  );
};
dist_f.prototype.exec = function(t) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t == "function" && t();
    }
  };
  return this._runTask(e);
};
dist_f.prototype.checkIgnore = function(t, e) {
  return this._runTask(
    fs(v(d(t, dist_G, []))),
    u(arguments)
  );
};
dist_f.prototype.checkIsRepo = function(t, e) {
  return this._runTask(
    We(d(t, m)),
    u(arguments)
  );
};
function Is(t) {
  return t ? [{
    type: "spawn.before",
    action(r, s) {
      t.aborted && s.kill(new dist_A(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r, s) {
      function o() {
        s.kill(new dist_A(void 0, "abort", "Abort signal received"));
      }
      t.addEventListener("abort", o), s.spawned.on("close", () => t.removeEventListener("abort", o));
    }
  }] : void 0;
}
const Us = dist_$("", "plugin:allowEnvironment");
function Fs(t, e = !1) {
  const n = new Set(t.map((r) => r.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r, s) {
      const o = { ...r.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o)) {
        const c = a.toLowerCase().trim();
        if (!(!Gs(c) || n.has(c))) {
          if (i.has(c))
            throw new dist_A(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o[a];
        }
      }
      return {
        ...r,
        env: {
          ...o,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t) {
  const e = t.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r of oe(e, n))
        if (t[r.category] !== !0)
          throw new dist_A(void 0, "unsafe", r.message);
      return e;
    }
  };
}
function qs(t) {
  const e = U(t, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
const $t = (0,promise_deferred_dist/* deferred */.yX)().promise;
function Ws({
  onClose: t = !0,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o = {
      close: (0,promise_deferred_dist/* deferred */.yX)(),
      closeTimeout: (0,promise_deferred_dist/* deferred */.yX)(),
      exit: (0,promise_deferred_dist/* deferred */.yX)(),
      exitTimeout: (0,promise_deferred_dist/* deferred */.yX)()
    }, i = Promise.race([
      t === !1 ? $t : o.closeTimeout.promise,
      e === !1 ? $t : o.exitTimeout.promise
    ]);
    return r(t, o.close, o.closeTimeout), r(e, o.exit, o.exitTimeout), {
      close(a) {
        s = a, o.close.done();
      },
      exit(a) {
        s = a, o.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r(s, o, i) {
    s !== !1 && (s === !0 ? o.promise : o.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o, close: i }) {
      const a = n();
      let c = !0, y = () => {
        c = !1;
      };
      o.stdout?.on("data", y), o.stderr?.on("data", y), o.on("error", y), o.on("close", (w) => a.close(w)), o.on("exit", (w) => a.exit(w));
      try {
        await a.result, c && await wt(50), i(a.exitCode);
      } catch (w) {
        i(a.exitCode, w);
      }
    }
  };
}
const we = dist_$("", "plugin:binary"), Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings", Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t) {
  return !t || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t);
}
function Pt(t, e) {
  if (t.length < 1 || t.length > 2)
    throw new dist_A(void 0, "binary", Hs);
  if (t.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t);
    else
      throw new dist_A(void 0, "binary", Ks);
  const [r, s] = t;
  return {
    binary: r,
    prefix: s
  };
}
function Xs(t, e = ["git"], n = !1) {
  let r = Pt(v(e), n);
  t.on("binary", (s) => {
    r = Pt(v(s), n), we.info("reconfiguring %o", r);
  }), t.append("spawn.binary", () => r.binary), t.append("spawn.args", (s) => r.prefix ? [r.prefix, ...s] : s);
}
const be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t) {
  if (!t)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
class Qs extends dist_O {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
}
function Js(t) {
  return !!(t.exitCode && t.stdErr.length);
}
function Zs(t) {
  return Buffer.concat([...t.stdOut, ...t.stdErr]);
}
function to(t = !1, e = Js, n = Zs) {
  return (r, s) => !t && r || !e(s) ? r : n(s);
}
function eo(t, e) {
  return t === 128 && e.startsWith("fatal:") ? new Qs(e) : new dist_O(void 0, e);
}
function Mt(t) {
  return {
    type: "task.error",
    action(e, n) {
      const r = t(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r) ? {
        error: eo(n.exitCode, r.toString("utf-8"))
      } : {
        error: r
      };
    }
  };
}
const nt = dist_$("", "plugin:input");
function no(t) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o = t?.([...n]) ?? r;
      if (!o)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o);
    }
  };
}
class ro {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new external_node_events_namespaceObject.EventEmitter();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    const r = dist_S(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r);
  }
  add(e) {
    const n = [];
    return v(e).forEach(
      (r) => {
        r && this.plugins.add(dist_S(n, r));
      }
    ), () => {
      n.forEach((r) => {
        this.plugins.delete(r);
      });
    };
  }
  exec(e, n, r) {
    let s = n;
    const o = Object.freeze(Object.create(r));
    for (const i of this.plugins)
      i.type === e && (s = i.action(s, o));
    return s;
  }
}
function so(t) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o, i) {
      return n.includes(i.method) ? De(o, e) : o;
    }
  }, {
    type: "spawn.after",
    action(o, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c && t({
          method: i.method,
          stage: oo(c[1]),
          progress: p(c[2]),
          processed: p(c[3]),
          total: p(c[4])
        });
      });
    }
  }];
}
function oo(t) {
  return String(t.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t) {
  const e = je(t, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t) {
      const e = [];
      let n;
      function r(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t.length; s++) {
        const o = t[s];
        if (dist_r(o)) {
          r(dist_o(o));
          continue;
        }
        if (o === "--") {
          r(
            t.slice(s + 1).flatMap((i) => dist_r(i) && dist_o(i) || i)
          );
          break;
        }
        e.push(o);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t,
  stdErr: e = !0,
  stdOut: n = !0
}) {
  if (t > 0)
    return {
      type: "spawn.after",
      action(r, s) {
        let o;
        function i() {
          o && clearTimeout(o), o = setTimeout(c, t);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o && clearTimeout(o);
        }
        function c() {
          a(), s.kill(new dist_A(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
const wo = (t, e) => {
  const n = new ro(), r = Ge(
    t && (typeof t == "string" ? { baseDir: t } : t) || {},
    e
  );
  if (!Lt(r.baseDir))
    throw new Ae(
      r,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r.config) && n.add(qs(r.config)), n.add(zs(r.unsafe)), n.add(Ws(r.completion)), r.abort && n.add(Is(r.abort)), r.progress && n.add(so(r.progress)), r.timeout && n.add(uo(r.timeout)), r.spawnOptions && n.add(io(r.spawnOptions)), n.add(ao()), n.add(no(r.input)), n.add(Mt(to(!0))), r.errors && n.add(Mt(r.errors)), Xs(n, r.binary, r.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r.allowEnvironment ?? [], r.unsafe?.allowAbbreviatedOptions)
  ), new dist_f(r, n);
};

//# sourceMappingURL=index.mjs.map

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: ./src/engine/annex/annex-key.ts
/**
 * git-annex keys (docs/datalad-run-records.md §7): how annexed files appear in git, and what a
 * key lets us verify without downloading the committed content.
 */

/** Hash backends and the node:crypto algorithm of each (undefined: node has none; ask git-annex). */
const HASH_BACKENDS = {
    MD5: 'md5',
    SHA1: 'sha1',
    SHA224: 'sha224',
    SHA256: 'sha256',
    SHA384: 'sha384',
    SHA512: 'sha512',
    SHA3_224: 'sha3-224',
    SHA3_256: 'sha3-256',
    SHA3_384: 'sha3-384',
    SHA3_512: 'sha3-512',
    BLAKE2B512: 'blake2b512',
    BLAKE2S256: 'blake2s256',
    SKEIN256: undefined,
    SKEIN512: undefined,
    BLAKE2B160: undefined,
    BLAKE2B224: undefined,
    BLAKE2B256: undefined,
    BLAKE2B384: undefined,
    BLAKE2BP512: undefined,
    BLAKE2S160: undefined,
    BLAKE2S224: undefined,
    BLAKE2SP224: undefined,
    BLAKE2SP256: undefined
};
const KEY_PATTERN = /^([A-Z0-9_]+)((?:-[smSC][0-9]+)*)--([^/\n]*)$/;
function hashBackendOf(backend) {
    const base = backend.endsWith('E') && backend !== 'E' ? backend.slice(0, -1) : backend;
    if (base in HASH_BACKENDS)
        return base;
    return backend in HASH_BACKENDS ? backend : null;
}
function isHashBackend(backend) {
    return hashBackendOf(backend) !== null;
}
function parseAnnexKey(key) {
    const match = KEY_PATTERN.exec(key);
    if (!match)
        return null;
    const backend = match[1] ?? '';
    const fields = match[2] ?? '';
    const name = match[3] ?? '';
    let size;
    let chunked = false;
    for (const field of fields.match(/-[smSC][0-9]+/g) ?? []) {
        if (field[1] === 's')
            size = Number(field.slice(2));
        if (field[1] === 'S' || field[1] === 'C')
            chunked = true;
    }
    const parsed = { key, backend, size, name, chunked };
    const hashBackend = hashBackendOf(backend);
    if (hashBackend !== null) {
        const extensionBackend = backend !== hashBackend;
        const digest = extensionBackend ? name.split('.')[0] : name;
        if (digest && /^[0-9a-f]+$/.test(digest)) {
            parsed.digest = digest;
            parsed.algorithm = HASH_BACKENDS[hashBackend];
        }
    }
    return parsed;
}
/** The key of a locked annexed file, from its symlink target. */
function keyFromSymlinkTarget(target) {
    if (!target.includes('.git/annex/objects/') && !target.startsWith('/annex/objects/'))
        return null;
    return parseAnnexKey(external_node_path_default().posix.basename(target));
}
/** Largest pointer file git-annex writes for an unlocked file. */
const MAX_POINTER_SIZE = 32768;
/** The key of an unlocked annexed file, from its pointer blob. */
function keyFromPointer(content) {
    if (content.length >= MAX_POINTER_SIZE)
        return null;
    const firstLine = content.toString('utf8').split('\n')[0] ?? '';
    if (!firstLine.startsWith('/annex/objects/'))
        return null;
    return parseAnnexKey(firstLine.slice('/annex/objects/'.length).trim());
}

;// CONCATENATED MODULE: ./src/engine/mutex.ts
/** Runs async tasks one at a time, in the order they were handed in. */
class Mutex {
    tail = Promise.resolve();
    run(task) {
        const result = this.tail.then(task, task);
        this.tail = result.catch(() => undefined);
        return result;
    }
}

;// CONCATENATED MODULE: ./src/engine/process.ts
/** Child processes: captured, bounded and killable. Nothing here ever echoes a child's output. */


class ProcessError extends Error {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
        this.name = 'ProcessError';
    }
}
/** Run a program to completion and capture all of its output (for short-lived tool calls). */
function runProcess(file, args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
        child.stdin.on('error', () => undefined); // the child may exit before reading all input
        child.stdin.end(options.input ?? '');
    });
}
/**
 * Run a program and hand its stdout to `onChunk` as it arrives, so that long outputs
 * (a whole history) are parsed without being held in memory at once.
 */
function streamProcess(file, args, options, onChunk) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe']
        });
        const err = [];
        let failure;
        child.stdout.on('data', (chunk) => {
            if (failure !== undefined)
                return;
            try {
                onChunk(chunk);
            }
            catch (e) {
                failure = e instanceof Error ? e : new Error(String(e));
                child.kill('SIGKILL');
            }
        });
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', reject);
        child.on('close', (code, signal) => {
            if (failure !== undefined)
                reject(failure);
            else
                resolve({ code, signal, stdout: Buffer.alloc(0), stderr: Buffer.concat(err) });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
/** Keeps only the last `limit` bytes written to it, and counts what it dropped. */
class TailBuffer {
    limit;
    chunks = [];
    held = 0;
    total = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.total += chunk.length;
        this.chunks.push(chunk);
        this.held += chunk.length;
        if (this.held > 2 * this.limit)
            this.compact();
    }
    compact() {
        const joined = Buffer.concat(this.chunks);
        const kept = joined.subarray(Math.max(0, joined.length - this.limit));
        this.chunks = [Buffer.from(kept)];
        this.held = kept.length;
    }
    text() {
        this.compact();
        return this.chunks[0]?.toString('utf8') ?? '';
    }
    get dropped() {
        return this.total - Math.min(this.total, this.limit);
    }
}
function killGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // the group is already gone
    }
}
/**
 * Run `cmd` with `/bin/sh -c` in its own process group, output captured (never echoed).
 * On timeout the whole group gets SIGTERM, then SIGKILL after a grace period; once the shell
 * has exited, whatever it left running in its group is killed too.
 */
function runShellCommand(cmd, options) {
    const started = Date.now();
    const tail = new TailBuffer(options.tailBytes);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)('/bin/sh', ['-c', cmd], {
            cwd: options.cwd,
            env: options.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const pid = child.pid;
        if (pid === undefined) {
            child.once('error', reject);
            return;
        }
        let timedOut = false;
        let aborted = false;
        let killTimer;
        const stop = () => {
            killGroup(pid, 'SIGTERM');
            killTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), options.killGraceMs ?? 3000);
        };
        const timer = setTimeout(() => {
            timedOut = true;
            stop();
        }, options.timeoutMs);
        const onAbort = () => {
            aborted = true;
            stop();
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.on('data', (chunk) => tail.push(chunk));
        child.stderr.on('data', (chunk) => tail.push(chunk));
        child.on('error', reject);
        child.on('exit', () => {
            // Background children may still hold the pipes open: end them so 'close' can come.
            killGroup(pid, 'SIGKILL');
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
            const exitCode = code ?? (signal ? -external_node_os_namespaceObject.constants.signals[signal] : null);
            resolve({
                exitCode,
                timedOut,
                aborted,
                durationMs: Date.now() - started,
                tail: tail.text(),
                totalBytes: tail.total,
                truncatedBytes: tail.dropped
            });
        });
    });
}

;// CONCATENATED MODULE: ./src/engine/annex/annex-repository.ts
/** The few git-annex operations the engine needs: is it used, fetch content, compute a key. */






/** A remote URL that is a relative local path (not `/abs`, `scheme://…` or scp-like `host:path`). */
function isRelativePath(url) {
    const colon = url.indexOf(':');
    const slash = url.indexOf('/');
    const hasHost = url.includes('://') || (colon >= 0 && (slash < 0 || colon < slash));
    return url !== '' && !hasHost && !external_node_path_default().isAbsolute(url);
}
/** A dataset uses git-annex when it, or one of its remotes, has a git-annex branch. */
async function usesAnnex(git) {
    if (await git.refExists('refs/heads/git-annex'))
        return true;
    return (await git.listRefs('refs/remotes/*/git-annex')).length > 0;
}
async function annexInstalled() {
    try {
        const result = await runProcess('git', ['annex', 'version', '--raw'], { cwd: process.cwd() });
        return result.code === 0;
    }
    catch {
        return false;
    }
}
class AnnexRepository {
    root;
    onFetched;
    constructor(root, onFetched) {
        this.root = root;
        this.onFetched = onFetched;
    }
    remoteUrls;
    /** git-annex refuses to fetch a key another process is already fetching: one get at a time. */
    transfers = new Mutex();
    /**
     * `-c remote.NAME.url=ABSOLUTE` for remotes whose URL is a relative path (datalad clone writes
     * them so): git resolves them against the checkout's top, which in a temporary worktree is the
     * wrong directory.
     */
    absoluteRemoteUrls() {
        this.remoteUrls ??= runProcess('git', ['config', '-z', '--get-regexp', '^remote\\..*\\.url$'], {
            cwd: this.root
        }).then(result => result.stdout
            .toString('utf8')
            .split('\0')
            .flatMap(entry => {
            const [name, url] = entry.split('\n');
            return name && url && isRelativePath(url)
                ? ['-c', `${name}=${external_node_path_default().resolve(this.root, url)}`]
                : [];
        }));
        return this.remoteUrls;
    }
    /**
     * Run git-annex. In the user's checkout it works on a private copy of the index: git-annex
     * rewrites the index it scans (its cached tree), and the user's index must stay as it was.
     */
    async annex(args, cwd = this.root) {
        const command = [...(await this.absoluteRemoteUrls()), 'annex', ...args];
        if (cwd !== this.root)
            return runProcess('git', command, { cwd });
        const index = await runProcess('git', ['rev-parse', '--path-format=absolute', '--git-path', 'index'], { cwd });
        const scratch = await external_node_fs_default().promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'rerun-action-index-'));
        try {
            const copy = external_node_path_default().join(scratch, 'index');
            // A repository without commits has no index yet; git-annex then starts from an empty one.
            await external_node_fs_default().promises.copyFile(index.stdout.toString('utf8').trim(), copy).catch(() => undefined);
            return await runProcess('git', command, {
                cwd,
                env: { ...process.env, GIT_INDEX_FILE: copy }
            });
        }
        finally {
            await external_node_fs_default().promises.rm(scratch, { recursive: true, force: true });
        }
    }
    /** True once `git annex init` has run here (a fresh `git clone` has not). */
    async isInitialised() {
        const result = await runProcess('git', ['config', '--get', 'annex.uuid'], { cwd: this.root });
        return result.code === 0 && result.stdout.toString('utf8').trim() !== '';
    }
    async initialise() {
        const result = await this.annex(['init', '--quiet']);
        if (result.code !== 0) {
            throw new Error(`git annex init failed: ${result.stderr.toString('utf8').trim()}`);
        }
    }
    /** Failures of a `git annex get --json` call; successful transfers go to `onFetched`. */
    failures(stdout, stderr, code) {
        const failures = [];
        for (const line of stdout.toString('utf8').split('\n')) {
            if (!line.startsWith('{'))
                continue;
            try {
                const entry = JSON.parse(line);
                if (entry.success === false) {
                    const messages = (entry['error-messages'] ?? []).map(m => m.trim()).filter(Boolean);
                    // `wanted` names the repositories git-annex believes hold the content (all were tried).
                    const holders = (entry.wanted ?? []).map(w => w.description).filter(Boolean);
                    const where = holders.length > 0 ? `; git-annex expected it in: ${holders.join(', ')}` : '';
                    failures.push({
                        file: entry.file ?? entry.key ?? '?',
                        message: (messages.join(' ') || entry.note || 'git-annex could not get it') + where
                    });
                }
                else if (entry.success === true && entry.key) {
                    this.onFetched?.({
                        file: entry.file ?? entry.key,
                        key: entry.key,
                        bytes: parseAnnexKey(entry.key)?.size ?? null,
                        note: entry.note
                    });
                }
            }
            catch {
                // not a JSON line
            }
        }
        if (failures.length === 0 && code !== 0) {
            failures.push({
                file: '?',
                message: stderr.toString('utf8').trim() || `git annex get exited ${code}`
            });
        }
        return failures;
    }
    /** Fetch the content of annexed files (paths relative to `cwd`) from any remote that has it. */
    async get(cwd, paths) {
        if (paths.length === 0)
            return [];
        const result = await this.transfers.run(() => this.annex(['get', '--json', '--json-error-messages', '--', ...paths], cwd));
        return this.failures(result.stdout, result.stderr, result.code);
    }
    /** Path of a key's content in the local annex, fetching it first when it is not present. */
    async contentOf(key) {
        const located = async () => {
            const result = await this.annex(['contentlocation', key]);
            const rel = result.stdout.toString('utf8').trim();
            return result.code === 0 && rel ? external_node_path_default().resolve(this.root, rel) : null;
        };
        const present = await located();
        if (present)
            return { path: present };
        const result = await this.transfers.run(() => this.annex(['get', '--json', '--json-error-messages', '--key', key]));
        const failures = this.failures(result.stdout, result.stderr, result.code);
        if (failures.length > 0)
            return { failure: failures.map(f => f.message).join('; ') };
        const fetched = await located();
        return fetched && external_node_fs_default().existsSync(fetched)
            ? { path: fetched }
            : { failure: `content of ${key} not found after git annex get` };
    }
    /** The key git-annex computes for a file with a given backend (for hashes node lacks). */
    async calculateKey(file, backend) {
        const result = await this.annex([`--backend=${backend}`, 'calckey', file]);
        return result.code === 0 ? result.stdout.toString('utf8').trim() : null;
    }
}

;// CONCATENATED MODULE: ./src/engine/annex/private-clone.ts
/**
 * A dataset cloned with plain `git clone` has never run `git annex init`, and initialising it
 * would change the user's git config (annex.uuid, filters) and hooks. rerun-action works in a
 * private clone instead: it shares the user's git objects (`--shared`), takes the user's remotes
 * and git-annex branches, and keeps its worktrees, annex content and git-annex state in a temp
 * directory. The user's repository is only read.
 */




/** git-annex records an identity in its branch; CI runners often have none configured. */
const IDENTITY = {
    GIT_AUTHOR_NAME: 'rerun-action',
    GIT_AUTHOR_EMAIL: 'rerun-action@localhost',
    GIT_COMMITTER_NAME: 'rerun-action',
    GIT_COMMITTER_EMAIL: 'rerun-action@localhost'
};
async function git(args, options) {
    const result = await runProcess('git', args, options);
    if (result.code !== 0) {
        throw new Error(`git ${args.join(' ')} failed: ${result.stderr.toString('utf8').trim()}`);
    }
    return result.stdout.toString('utf8');
}
async function createPrivateClone(userRoot, parent) {
    const dir = await external_node_fs_default().promises.mkdtemp(external_node_path_default().join(parent, 'rerun-action-clone-'));
    try {
        await git(['clone', '--quiet', '--shared', '--no-checkout', userRoot, dir], { cwd: parent });
        const here = { cwd: dir };
        await git(['remote', 'remove', 'origin'], here);
        const remotes = await git(['config', '-z', '--get-regexp', '^remote\\.'], {
            cwd: userRoot
        }).catch(() => '');
        for (const entry of remotes.split('\0').filter(Boolean)) {
            const newline = entry.indexOf('\n');
            const key = entry.slice(0, newline);
            let value = entry.slice(newline + 1);
            if (/\.(url|pushurl)$/.test(key) && isRelativePath(value))
                value = external_node_path_default().resolve(userRoot, value);
            await git(['config', '--add', key, value], here);
        }
        // The user's view of its remotes, git-annex branches included, without asking the network.
        await git(['fetch', '--quiet', '--no-write-fetch-head', userRoot, '+refs/remotes/*:refs/remotes/*'], here);
        await runProcess('git', ['annex', 'init', '--quiet', 'rerun-action private clone'], {
            cwd: dir,
            env: { ...process.env, ...IDENTITY }
        }).then(result => {
            if (result.code !== 0)
                throw new Error(`git annex init failed: ${result.stderr.toString('utf8').trim()}`);
        });
        return dir;
    }
    catch (e) {
        await external_node_fs_default().promises.rm(dir, { recursive: true, force: true });
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/engine/execute/workspace.ts
/**
 * Temporary checkouts, one git worktree per replayed commit, all under one temp directory
 * outside the user's checkout. Everything created here is removed again, also on failure.
 */




/** Remove a tree even where a replayed command left read-only directories. */
async function removeTree(dir) {
    try {
        await external_node_fs_default().promises.rm(dir, { recursive: true, force: true, maxRetries: 2 });
    }
    catch {
        await makeWritable(dir);
        await external_node_fs_default().promises.rm(dir, { recursive: true, force: true, maxRetries: 2 });
    }
}
async function makeWritable(dir) {
    const stat = await external_node_fs_default().promises.lstat(dir).catch(() => null);
    if (!stat?.isDirectory())
        return;
    await external_node_fs_default().promises.chmod(dir, 0o700).catch(() => undefined);
    for (const entry of await external_node_fs_default().promises.readdir(dir).catch(() => [])) {
        await makeWritable(external_node_path_default().join(dir, entry));
    }
}
/** Worktrees of an earlier run whose process is gone (killed with SIGKILL) carry its pid in their name. */
const OWN_WORKTREE = /[\\/]rerun-action-[^\\/]+[\\/]wt-(\d+)-\d+$/;
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/**
 * One worktree per worker, reused: moving a worktree to the next commit (forced checkout and a
 * clean) costs a fraction of creating one, and nothing of a commit survives into the next.
 */
class Workspace {
    git;
    root;
    annexed;
    live = new Set();
    idle = [];
    /** Serialises worktree bookkeeping: git locks `.git/worktrees` while adding or removing one. */
    mutex = new Mutex();
    counter = 0;
    constructor(git, root, annexed) {
        this.git = git;
        this.root = root;
        this.annexed = annexed;
    }
    static async create(git, parent, annexed) {
        await external_node_fs_default().promises.mkdir(parent, { recursive: true });
        const root = await external_node_fs_default().promises.mkdtemp(external_node_path_default().join(parent, 'rerun-action-'));
        return new Workspace(git, root, annexed);
    }
    static defaultParent() {
        return process.env.RUNNER_TEMP || external_node_os_default().tmpdir();
    }
    /** Remove the worktrees (and their temp directories) left by runs that were killed outright. */
    static async removeStale(git) {
        const removed = [];
        for (const dir of await git.listWorktrees()) {
            const match = OWN_WORKTREE.exec(dir);
            if (!match || processAlive(Number(match[1])))
                continue;
            await restoreDotGitFile(dir);
            await git.removeWorktree(dir).catch(() => undefined);
            await removeTree(external_node_path_default().dirname(dir));
            removed.push(dir);
        }
        if (removed.length > 0)
            await git.pruneWorktrees();
        return removed;
    }
    async checkout(commit) {
        const reused = this.idle.pop();
        if (reused) {
            this.live.add(reused);
            try {
                await removeTree(reused.scratch);
                await external_node_fs_default().promises.mkdir(reused.scratch);
                await this.git.switchWorktree(reused.dir, commit);
                return reused;
            }
            catch {
                // Whatever the last command left behind, a new worktree is a clean start.
                await this.destroy(reused);
            }
        }
        const id = `${process.pid}-${++this.counter}`;
        const checkout = {
            dir: external_node_path_default().join(this.root, `wt-${id}`),
            scratch: external_node_path_default().join(this.root, `tmp-${id}`)
        };
        this.live.add(checkout);
        await external_node_fs_default().promises.mkdir(checkout.scratch);
        await this.mutex.run(() => this.git.addWorktree(checkout.dir, commit));
        if (this.annexed)
            await this.linkAnnex(checkout.dir);
        return checkout;
    }
    /**
     * Annex symlinks point into `.git/annex/objects`, but a worktree's `.git` is a file. Make it a
     * symlink to the worktree's git dir, which links to the shared annex, as git-annex itself does.
     */
    async linkAnnex(dir) {
        const dotGit = external_node_path_default().join(dir, '.git');
        const stat = await external_node_fs_default().promises.lstat(dotGit);
        if (!stat.isFile())
            return;
        const gitDir = (await external_node_fs_default().promises.readFile(dotGit, 'utf8')).replace(/^gitdir:\s*/, '').trim();
        const annexLink = external_node_path_default().join(gitDir, 'annex');
        if (!external_node_fs_default().existsSync(annexLink))
            await external_node_fs_default().promises.symlink(external_node_path_default().join('..', '..', 'annex'), annexLink);
        await external_node_fs_default().promises.rm(dotGit);
        await external_node_fs_default().promises.symlink(gitDir, dotGit);
    }
    /** Hand a checkout back for the next commit. */
    release(checkout) {
        this.live.delete(checkout);
        this.idle.push(checkout);
        return Promise.resolve();
    }
    async destroy(checkout) {
        try {
            await this.mutex.run(async () => {
                await restoreDotGitFile(checkout.dir);
                await this.git.removeWorktree(checkout.dir);
            });
        }
        finally {
            await removeTree(checkout.dir);
            await removeTree(checkout.scratch);
            this.live.delete(checkout);
        }
    }
    /** Remove every worktree and the temp directory itself. */
    async dispose() {
        const all = [...this.live, ...this.idle.splice(0)];
        for (const checkout of all)
            await this.destroy(checkout).catch(() => undefined);
        await removeTree(this.root);
    }
}
/** `git worktree remove` insists on a .git file; give back the one git wrote before linkAnnex. */
async function restoreDotGitFile(dir) {
    const dotGit = external_node_path_default().join(dir, '.git');
    const stat = await external_node_fs_default().promises.lstat(dotGit).catch(() => null);
    if (!stat?.isSymbolicLink())
        return;
    const gitDir = await external_node_fs_default().promises.readlink(dotGit);
    await external_node_fs_default().promises.rm(dotGit);
    await external_node_fs_default().promises.writeFile(dotGit, `gitdir: ${gitDir}\n`);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/engine/compare/file-digest.ts
/** Streaming digests: one read of a file feeds every hash needed, memory independent of size. */


const CHUNK = 1 << 20;
async function digestFile(file, algorithms, gitObjectFormat) {
    const handle = await external_node_fs_default().promises.open(file, 'r');
    try {
        const { size } = await handle.stat();
        const hashes = new Map(algorithms.map(a => [a, (0,external_node_crypto_namespaceObject.createHash)(a)]));
        const blob = gitObjectFormat ? (0,external_node_crypto_namespaceObject.createHash)(gitObjectFormat).update(`blob ${size}\0`) : undefined;
        const buffer = Buffer.allocUnsafe(CHUNK);
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            const chunk = buffer.subarray(0, bytesRead);
            for (const hash of hashes.values())
                hash.update(chunk);
            blob?.update(chunk);
        }
        return {
            size,
            digests: new Map([...hashes].map(([a, h]) => [a, h.digest('hex')])),
            gitBlob: blob?.digest('hex')
        };
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/engine/compare/file-state.ts
/** What a path is, in the run commit (committed) and in the checkout after the rerun (regenerated). */


/** Committed state from a tree entry; `blob` is the object's content when it was read. */
function committedState(entry, blob) {
    if (entry.mode === '160000')
        return { kind: 'subdataset', object: entry.object };
    if (entry.mode === '120000') {
        const target = blob?.toString('utf8') ?? '';
        const key = keyFromSymlinkTarget(target);
        return key ? { kind: 'annex', key, contentPath: null } : { kind: 'symlink', target };
    }
    const key = blob && (entry.size ?? Infinity) < MAX_POINTER_SIZE ? keyFromPointer(blob) : null;
    if (key)
        return { kind: 'annex', key, contentPath: null };
    return { kind: 'git', object: entry.object, size: entry.size ?? 0, mode: entry.mode };
}
/** Whether a tree entry's blob must be read to know its state (symlink target, annex pointer). */
function needsBlob(entry) {
    return (entry.mode === '120000' ||
        (entry.type === 'blob' && (entry.size ?? Infinity) < MAX_POINTER_SIZE));
}
async function readHead(file, bytes) {
    const handle = await external_node_fs_default().promises.open(file, 'r');
    try {
        const buffer = Buffer.alloc(bytes);
        const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
/** State of a file in the checkout; null when it does not exist. */
async function regeneratedState(file) {
    const stat = await external_node_fs_default().promises.lstat(file).catch(() => null);
    if (!stat)
        return null;
    if (stat.isSymbolicLink()) {
        const target = await external_node_fs_default().promises.readlink(file);
        const key = keyFromSymlinkTarget(target);
        if (!key)
            return { kind: 'symlink', target };
        const present = await external_node_fs_default().promises.stat(file).then(() => true, () => false);
        return { kind: 'annex', key, contentPath: present ? file : null };
    }
    if (stat.isDirectory())
        return { kind: 'directory' };
    if (stat.size < MAX_POINTER_SIZE) {
        const key = keyFromPointer(await readHead(file, stat.size));
        if (key)
            return { kind: 'annex', key, contentPath: null };
    }
    return { kind: 'file', path: file, size: stat.size, executable: (stat.mode & 0o111) !== 0 };
}
function describeState(state) {
    switch (state.kind) {
        case 'git':
            return { kind: 'git', id: state.object, size: state.size, mode: state.mode };
        case 'annex':
            return { kind: 'annex', id: state.key.key, size: state.key.size };
        case 'symlink':
            return { kind: 'symlink', id: state.target };
        case 'file':
            return { kind: 'git', size: state.size, mode: state.executable ? '100755' : '100644' };
        case 'directory':
            return { kind: 'directory' };
        case 'subdataset':
            return { kind: 'subdataset', id: state.object };
    }
}

;// CONCATENATED MODULE: ./src/engine/compare/compare-outputs.ts
/**
 * Compare what the rerun produced with what the run commit holds, path by path.
 * Git files compare by blob id, annexed files by the digest and size inside the committed key
 * (so committed annexed content need not be downloaded), symlinks by target.
 */





async function filesUnder(root, rel) {
    const found = [];
    const walk = async (dirRel) => {
        for (const entry of await external_node_fs_default().promises.readdir(external_node_path_default().join(root, dirRel), {
            withFileTypes: true
        })) {
            const child = `${dirRel}/${entry.name}`;
            if (entry.isDirectory())
                await walk(child);
            else
                found.push(child);
        }
    };
    await walk(rel);
    return found;
}
function sameDigest(a, b) {
    if (!a.digest || !b.digest || a.algorithm === undefined || a.algorithm !== b.algorithm)
        return null;
    return a.digest === b.digest && a.size === b.size;
}
async function compareToKey(key, regenerated, annex) {
    let contentPath;
    if (regenerated.kind === 'annex') {
        if (regenerated.key.key === key.key)
            return { status: 'match' };
        const same = sameDigest(key, regenerated.key);
        if (same !== null)
            return same ? { status: 'match' } : { status: 'modified', reason: 'annex key differs' };
        contentPath = regenerated.contentPath;
        if (!contentPath) {
            return {
                status: 'unverifiable',
                reason: `regenerated content of ${regenerated.key.key} is not available`
            };
        }
    }
    else if (regenerated.kind === 'file') {
        contentPath = regenerated.path;
    }
    else {
        return {
            status: 'modified',
            reason: `committed as an annexed file, regenerated as a ${regenerated.kind}`
        };
    }
    const size = (await external_node_fs_default().promises.stat(contentPath)).size;
    if (key.size !== undefined && key.size !== size) {
        return { status: 'modified', reason: `size ${size} bytes, committed ${key.size} bytes` };
    }
    if (!key.digest) {
        return {
            status: 'unverifiable',
            reason: `committed key ${key.backend}-… has no checksum (only the size could be checked, and it matches)`
        };
    }
    if (key.algorithm) {
        const { digests } = await digestFile(contentPath, [key.algorithm]);
        return digests.get(key.algorithm) === key.digest
            ? { status: 'match' }
            : { status: 'modified', reason: `${key.backend} checksum differs` };
    }
    const calculated = annex ? await annex.calculateKey(contentPath, key.backend) : null;
    const recalculated = calculated ? parseAnnexKey(calculated) : null;
    if (!recalculated?.digest) {
        return { status: 'unverifiable', reason: `no way to compute a ${key.backend} checksum here` };
    }
    return recalculated.digest === key.digest
        ? { status: 'match' }
        : { status: 'modified', reason: `${key.backend} checksum differs` };
}
async function compareStates(committed, regenerated, annex) {
    switch (committed.kind) {
        case 'subdataset':
            return {
                status: 'unverifiable',
                reason: 'a subdataset (submodule) state; subdatasets are not re-executed'
            };
        case 'annex':
            return compareToKey(committed.key, regenerated, annex);
        case 'symlink':
            if (regenerated.kind !== 'symlink') {
                return {
                    status: 'modified',
                    reason: `committed as a symlink, regenerated as a ${regenerated.kind}`
                };
            }
            return regenerated.target === committed.target
                ? { status: 'match' }
                : {
                    status: 'modified',
                    reason: `symlink points to ${regenerated.target}, committed ${committed.target}`
                };
        case 'git': {
            let file;
            if (regenerated.kind === 'file')
                file = regenerated.path;
            else if (regenerated.kind === 'annex' && regenerated.contentPath)
                file = regenerated.contentPath;
            else
                return {
                    status: 'modified',
                    reason: `committed as a file in git, regenerated as a ${regenerated.kind}`
                };
            const size = (await external_node_fs_default().promises.stat(file)).size;
            if (size !== committed.size) {
                return {
                    status: 'modified',
                    reason: `size ${size} bytes, committed ${committed.size} bytes`
                };
            }
            const format = committed.object.length === 64 ? 'sha256' : 'sha1';
            const { gitBlob } = await digestFile(file, [], format);
            if (gitBlob !== committed.object)
                return { status: 'modified', reason: 'content differs' };
            const executable = regenerated.kind === 'file' && regenerated.executable;
            if (executable !== (committed.mode === '100755')) {
                return {
                    status: 'modified',
                    reason: `same content, but the file is ${executable ? '' : 'not '}executable (committed mode ${committed.mode})`
                };
            }
            return { status: 'match' };
        }
        default:
            return { status: 'unverifiable', reason: `unexpected committed ${committed.kind}` };
    }
}
async function compareOutputs(request) {
    const { git, worktree } = request;
    const declaredFiles = new Set();
    const declaredDirs = [];
    for (const declared of request.declared) {
        const clean = declared.replace(/\/+$/, '');
        if (clean === '' || clean === '.')
            continue;
        const stat = await external_node_fs_default().promises.lstat(external_node_path_default().join(worktree, clean)).catch(() => null);
        if (stat?.isDirectory()) {
            declaredDirs.push(clean);
            for (const file of await filesUnder(worktree, clean))
                declaredFiles.add(file);
        }
        else
            declaredFiles.add(clean);
    }
    const changed = new Map(request.changes.map(change => [change.path, change]));
    const worktreeChanges = await git.worktreeChanges(worktree);
    const listed = [
        ...new Set([...declaredFiles, ...declaredDirs, ...changed.keys(), ...worktreeChanges])
    ];
    const entries = new Map();
    for (const entry of await git.listTree(request.runCommit, listed))
        entries.set(entry.path, entry);
    const isUnderDeclaredDir = (p) => declaredDirs.some(d => p.startsWith(`${d}/`));
    for (const p of entries.keys())
        if (isUnderDeclaredDir(p))
            declaredFiles.add(p);
    const blobs = await git.readObjects([
        ...new Set([...entries.values()].filter(needsBlob).map(e => e.object))
    ]);
    const expected = new Set([...declaredFiles, ...changed.keys()]);
    const all = [...new Set([...expected, ...worktreeChanges])]
        .filter(p => !request.excluded.has(p))
        .sort();
    const verdicts = [];
    const producedUncommitted = [];
    for (const p of all) {
        const entry = entries.get(p);
        const committed = entry ? committedState(entry, blobs.get(entry.object) ?? undefined) : null;
        const regenerated = await regeneratedState(external_node_path_default().join(worktree, p));
        const declared = declaredFiles.has(p);
        const detail = {
            committed: committed ? describeState(committed) : undefined,
            regenerated: regenerated ? describeState(regenerated) : undefined
        };
        const verdict = (status, reason) => ({
            path: p,
            status,
            declared,
            reason,
            detail
        });
        if (regenerated?.kind === 'directory')
            continue;
        if (!committed && !regenerated) {
            if (changed.get(p)?.status === 'D')
                verdicts.push(verdict('match', 'deleted, as in the run commit'));
            continue;
        }
        if (committed && !regenerated) {
            verdicts.push(verdict('missing', 'in the run commit, but the rerun did not produce it'));
            continue;
        }
        if (!committed && regenerated) {
            if (changed.get(p)?.status === 'D') {
                verdicts.push(verdict('modified', 'the run commit deleted it, but it is still there after the rerun'));
            }
            else {
                const v = verdict('unexpected', declared
                    ? 'declared output produced by the rerun, but not in the run commit'
                    : 'produced by the rerun, but not in the run commit');
                producedUncommitted.push(v);
            }
            continue;
        }
        if (committed && regenerated) {
            const comparison = await compareStates(committed, regenerated, request.annex);
            if (!expected.has(p)) {
                // Changed by the rerun, untouched by the run commit: only worth a line when it differs.
                if (comparison.status !== 'match') {
                    verdicts.push(verdict('unexpected', `changed by the rerun, but not by the run commit (${comparison.reason ?? 'differs'})`));
                }
                continue;
            }
            verdicts.push(verdict(comparison.status, comparison.reason));
        }
    }
    const ignored = await git.ignoredPaths(worktree, producedUncommitted.map(v => v.path));
    verdicts.push(...producedUncommitted.filter(v => !ignored.has(v.path)));
    return verdicts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/engine/execute/environment.ts
/**
 * The environment a replayed command sees: an allow-list, never the runner's secrets.
 * Tokens (`INPUT_*`, `ACTIONS_*`, `GITHUB_TOKEN`, `GH_TOKEN`) and the workflow file-command paths
 * (`GITHUB_ENV`, `GITHUB_OUTPUT`, ...) can never be passed, not even on request.
 */
const ALLOWED_NAMES = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TERM',
    'CI',
    'PYTHONPATH',
    'PYTHONHASHSEED',
    'VIRTUAL_ENV',
    'CONDA_PREFIX',
    'CONDA_DEFAULT_ENV',
    'CONDA_EXE',
    'JAVA_HOME',
    'LD_LIBRARY_PATH',
    'PKG_CONFIG_PATH',
    'R_LIBS',
    'R_LIBS_USER',
    'R_LIBS_SITE',
    'OMP_NUM_THREADS',
    'OPENBLAS_NUM_THREADS',
    'MKL_NUM_THREADS',
    'OPENBLAS_CORETYPE',
    'OPENBLAS_L2_SIZE'
]);
const ALLOWED_PREFIXES = ['LC_'];
const FORBIDDEN_NAMES = new Set([
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY'
]);
const FORBIDDEN_PREFIXES = ['INPUT_', 'ACTIONS_', 'GIT_'];
function isForbiddenVariable(name) {
    const upper = name.toUpperCase();
    return FORBIDDEN_NAMES.has(upper) || FORBIDDEN_PREFIXES.some(prefix => upper.startsWith(prefix));
}
/**
 * @param source the environment to pick from (the process's own)
 * @param passThrough extra names the user asked for; forbidden names are rejected by the caller
 * @param fixed variables set by rerun-action itself (TMPDIR, SOURCE_DATE_EPOCH)
 */
function commandEnvironment(source, passThrough, fixed) {
    const env = {};
    const extra = new Set(passThrough);
    for (const [name, value] of Object.entries(source)) {
        if (value === undefined || isForbiddenVariable(name))
            continue;
        if (ALLOWED_NAMES.has(name) ||
            extra.has(name) ||
            ALLOWED_PREFIXES.some(p => name.startsWith(p))) {
            env[name] = value;
        }
    }
    env.PATH ??= '/usr/local/bin:/usr/bin:/bin';
    return { ...env, ...fixed };
}

;// CONCATENATED MODULE: ./src/engine/execute/globs.ts
/**
 * Path patterns of run records, expanded as datalad's GlobbedPaths does with Python's
 * `glob.glob(pattern, recursive=True)`: `*`, `?`, `[...]`, `**` as a whole component,
 * dotfiles hidden from wildcards, each pattern's hits sorted, patterns in record order.
 */


const MAGIC = /[*?[]/;
function hasMagic(pattern) {
    return MAGIC.test(pattern);
}
/** Python's fnmatch.translate for one path component. */
function componentRegex(component) {
    let out = '';
    for (let i = 0; i < component.length; i++) {
        const c = component[i] ?? '';
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            let j = i + 1;
            if (component[j] === '!')
                j++;
            if (component[j] === ']')
                j++;
            while (j < component.length && component[j] !== ']')
                j++;
            if (j >= component.length) {
                out += '\\[';
            }
            else {
                let set = component.slice(i + 1, j).replace(/\\/g, '\\\\');
                if (set.startsWith('!'))
                    set = '^' + set.slice(1);
                else if (set.startsWith('^'))
                    set = '\\' + set;
                out += `[${set}]`;
                i = j;
            }
        }
        else
            out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`^${out}$`, 's');
}
function isDirectory(p) {
    try {
        return external_node_fs_default().statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
function lexists(p) {
    try {
        external_node_fs_default().lstatSync(p);
        return true;
    }
    catch {
        return false;
    }
}
function listDir(dir) {
    try {
        return external_node_fs_default().readdirSync(dir);
    }
    catch {
        return [];
    }
}
/** `**`: the directory itself and every non-hidden descendant (directories only unless `files`). */
function descendants(base, rel, files) {
    const found = [];
    const walk = (relDir) => {
        for (const name of listDir(external_node_path_default().join(base, relDir))) {
            if (name.startsWith('.'))
                continue;
            const child = relDir ? `${relDir}/${name}` : name;
            const dir = isDirectory(external_node_path_default().join(base, child));
            if (dir || files)
                found.push(child);
            if (dir && !external_node_fs_default().lstatSync(external_node_path_default().join(base, child)).isSymbolicLink())
                walk(child);
        }
    };
    walk(rel);
    return found;
}
/** Expand one pattern relative to `cwd`; returns hits relative to `cwd`, sorted. */
function globPattern(pattern, cwd) {
    if (!hasMagic(pattern)) {
        const clean = pattern.endsWith('/') ? pattern.slice(0, -1) : pattern;
        if (pattern.endsWith('/'))
            return isDirectory(external_node_path_default().join(cwd, clean)) ? [pattern] : [];
        return lexists(external_node_path_default().join(cwd, pattern)) ? [pattern] : [];
    }
    const components = pattern.split('/');
    let current = [''];
    components.forEach((component, index) => {
        const last = index === components.length - 1;
        const next = [];
        for (const rel of current) {
            const join = (name) => (rel ? `${rel}/${name}` : name);
            if (component === '') {
                // A trailing slash: keep directories only, marked with the slash.
                if (last && rel && isDirectory(external_node_path_default().join(cwd, rel)))
                    next.push(`${rel}/`);
                else if (!last)
                    next.push(rel);
            }
            else if (component === '**') {
                if (last) {
                    if (rel)
                        next.push(`${rel}/`);
                    next.push(...descendants(cwd, rel, true));
                }
                else {
                    next.push(rel, ...descendants(cwd, rel, false));
                }
            }
            else if (hasMagic(component)) {
                const regex = componentRegex(component);
                const showHidden = component.startsWith('.');
                for (const name of listDir(external_node_path_default().join(cwd, rel || '.'))) {
                    if (name.startsWith('.') && !showHidden)
                        continue;
                    if (!regex.test(name))
                        continue;
                    const candidate = join(name);
                    if (last || isDirectory(external_node_path_default().join(cwd, candidate)))
                        next.push(candidate);
                }
            }
            else {
                const candidate = join(component);
                if (last ? lexists(external_node_path_default().join(cwd, candidate)) : isDirectory(external_node_path_default().join(cwd, candidate))) {
                    next.push(candidate);
                }
            }
        }
        current = [...new Set(next)];
    });
    return current.filter(hit => hit !== '').sort();
}
/** GlobbedPaths.expand(dot=False): `.` is left out, misses are kept literally. */
function expandPatterns(patterns, cwd) {
    const expanded = [];
    const misses = [];
    for (const pattern of patterns) {
        if (pattern === '.')
            continue;
        const hits = globPattern(pattern, cwd);
        if (hits.length === 0) {
            misses.push(pattern);
            expanded.push(pattern);
        }
        else
            expanded.push(...hits);
    }
    return { expanded, misses };
}
/** The leading directories of a pattern that contain no wildcard, e.g. `res/a` for `res/a/*.txt`. */
function literalParent(pattern) {
    const parts = pattern.split('/');
    parts.pop();
    const firstMagic = parts.findIndex(hasMagic);
    return (firstMagic < 0 ? parts : parts.slice(0, firstMagic)).join('/');
}

;// CONCATENATED MODULE: ./src/engine/execute/placeholders.ts
class PlaceholderError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlaceholderError';
    }
}
/** Python's repr() of a str. */
function pythonRepr(value) {
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    let out = '';
    for (const ch of value) {
        const code = ch.codePointAt(0) ?? 0;
        if (ch === '\\')
            out += '\\\\';
        else if (ch === quote)
            out += `\\${quote}`;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += `\\x${code.toString(16).padStart(2, '0')}`;
        else
            out += ch;
    }
    return quote + out + quote;
}
function reprValue(value) {
    return typeof value === 'string' ? pythonRepr(value) : `[${value.map(pythonRepr).join(', ')}]`;
}
/** Python's format spec for strings: [[fill]align][width][.precision][s]. */
function applySpec(value, spec) {
    if (spec === '')
        return value;
    const match = /^(?:(.)?([<>^]))?(\d+)?(?:\.(\d+))?(s)?$/s.exec(spec);
    if (!match)
        throw new PlaceholderError(`unsupported format specification ':${spec}'`);
    const [, fill = ' ', align = '<', width, precision] = match;
    let text = precision === undefined ? value : [...value].slice(0, Number(precision)).join('');
    const pad = Math.max(0, Number(width ?? 0) - [...text].length);
    if (pad === 0)
        return text;
    if (align === '>')
        text = fill.repeat(pad) + text;
    else if (align === '^')
        text = fill.repeat(Math.floor(pad / 2)) + text + fill.repeat(Math.ceil(pad / 2));
    else
        text = text + fill.repeat(pad);
    return text;
}
function resolveField(field, values) {
    const nameMatch = /^[^.[]*/.exec(field);
    const name = nameMatch ? nameMatch[0] : '';
    if (name === '' || /^\d+$/.test(name)) {
        throw new PlaceholderError(`command has a positional placeholder '{${field}}'; only named ones exist`);
    }
    let value = values.get(name);
    if (value === undefined)
        throw new PlaceholderError(`command has an unrecognized placeholder: '${name}'`);
    let rest = field.slice(name.length);
    while (rest.length > 0) {
        if (rest.startsWith('.')) {
            throw new PlaceholderError(`placeholder '{${field}}' uses attribute access, which has no meaning here`);
        }
        const index = /^\[([^\]]*)\]/.exec(rest);
        if (!index)
            throw new PlaceholderError(`placeholder '{${field}}' is malformed`);
        const key = index[1] ?? '';
        if (!/^\d+$/.test(key)) {
            throw new PlaceholderError(`placeholder '{${field}}': indices must be integers (negative ones are not allowed either)`);
        }
        const position = Number(key);
        const items = typeof value === 'string' ? [...value] : value;
        if (position >= items.length) {
            throw new PlaceholderError(`placeholder '{${field}}': index ${position} is out of range (${items.length} items)`);
        }
        value = items[position] ?? '';
        rest = rest.slice(index[0].length);
    }
    return value;
}
/** Substitute `{name}` fields in `template`; throws PlaceholderError as Python would fail. */
function formatCommand(template, values) {
    let out = '';
    let i = 0;
    while (i < template.length) {
        const ch = template[i];
        if (ch === '}') {
            if (template[i + 1] !== '}')
                throw new PlaceholderError("single '}' encountered in the command");
            out += '}';
            i += 2;
            continue;
        }
        if (ch !== '{') {
            out += ch;
            i++;
            continue;
        }
        if (template[i + 1] === '{') {
            out += '{';
            i += 2;
            continue;
        }
        const end = template.indexOf('}', i + 1);
        if (end < 0)
            throw new PlaceholderError("single '{' encountered in the command");
        const body = template.slice(i + 1, end);
        if (body.includes('{'))
            throw new PlaceholderError(`nested placeholders are not supported: '{${body}}'`);
        const colon = body.indexOf(':');
        const head = colon < 0 ? body : body.slice(0, colon);
        const spec = colon < 0 ? '' : body.slice(colon + 1);
        const bang = head.indexOf('!');
        const field = bang < 0 ? head : head.slice(0, bang);
        const conversion = bang < 0 ? null : head.slice(bang + 1);
        const value = resolveField(field, values);
        if (conversion !== null) {
            if (conversion === 'r' || conversion === 'a')
                out += applySpec(reprValue(value), spec);
            else if (conversion === 's')
                out += applySpec(typeof value === 'string' ? value : reprValue(value), spec);
            else
                throw new PlaceholderError(`unknown conversion '!${conversion}' in '{${body}}'`);
        }
        else if (typeof value === 'string') {
            out += applySpec(value, spec);
        }
        else {
            out += value.map(item => applySpec(item, spec)).join(' ');
        }
        i = end + 1;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/execute/safe-paths.ts
/** Paths from run records are untrusted: they must stay inside the checkout they apply to. */


class UnsafePathError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UnsafePathError';
    }
}
/**
 * Turn a record path (relative to the record's pwd) into a path relative to the dataset root.
 * Absolute paths and paths that climb out of the dataset are refused.
 */
function rootRelative(pwd, recordPath, what) {
    if (external_node_path_default().posix.isAbsolute(recordPath) || external_node_path_default().posix.isAbsolute(pwd)) {
        throw new UnsafePathError(`${what} ${JSON.stringify(recordPath)} is absolute; a run record must use paths inside the dataset`);
    }
    const joined = external_node_path_default().posix.normalize(external_node_path_default().posix.join(pwd, recordPath));
    if (joined === '..' || joined.startsWith('../')) {
        throw new UnsafePathError(`${what} ${JSON.stringify(recordPath)} (from pwd ${JSON.stringify(pwd)}) points outside the dataset`);
    }
    const trailing = recordPath.endsWith('/') && !joined.endsWith('/') ? '/' : '';
    return joined === '.' ? '.' : joined.replace(/^\.\//, '') + trailing;
}
/** The real path of `target`'s deepest existing ancestor must lie inside `root` (symlinks included). */
function assertInside(root, target) {
    const realRoot = external_node_fs_default().realpathSync(root);
    let probe = external_node_path_default().resolve(target);
    let suffix = '';
    for (;;) {
        try {
            const real = external_node_fs_default().realpathSync(probe);
            const full = external_node_path_default().join(real, suffix);
            if (full !== realRoot && !full.startsWith(realRoot + (external_node_path_default()).sep)) {
                throw new UnsafePathError(`${external_node_path_default().relative(root, target)} leads outside the checkout (to ${full})`);
            }
            return;
        }
        catch (e) {
            if (e instanceof UnsafePathError)
                throw e;
            const parent = external_node_path_default().dirname(probe);
            if (parent === probe)
                throw new UnsafePathError(`cannot resolve ${target}`);
            suffix = external_node_path_default().join(external_node_path_default().basename(probe), suffix);
            probe = parent;
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/shell-quote.ts
/** POSIX shell quoting exactly as Python's `shlex.quote`, which datalad uses for paths and list commands. */
const UNSAFE = /[^\w@%+=:,./-]/;
function shellQuote(value) {
    if (value === '')
        return "''";
    if (!UNSAFE.test(value))
        return value;
    return `'${value.replace(/'/g, `'"'"'`)}'`;
}

;// CONCATENATED MODULE: ./src/engine/execute/prepare-checkout.ts
/**
 * Bring a fresh checkout of the parent into the state the original run started from, minus
 * anything that could pass as a stale output: inputs available, outputs deleted, directories made.
 */






class PreparationError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'PreparationError';
    }
}
async function lstatOrNull(p) {
    return external_node_fs_default().promises.lstat(p).catch(() => null);
}
/** Annexed files at or under `rel` (relative to `root`) whose content is not in the checkout. */
async function missingAnnexContent(root, rel) {
    const abs = external_node_path_default().join(root, rel);
    const stat = await lstatOrNull(abs);
    if (!stat)
        return [];
    if (stat.isDirectory()) {
        if (external_node_path_default().basename(abs) === '.git')
            return [];
        const nested = await Promise.all((await external_node_fs_default().promises.readdir(abs)).map(name => missingAnnexContent(root, rel === '.' ? name : `${rel}/${name}`)));
        return nested.flat();
    }
    if (stat.isSymbolicLink()) {
        const target = await external_node_fs_default().promises.readlink(abs);
        if (!keyFromSymlinkTarget(target))
            return [];
        return external_node_fs_default().existsSync(abs) ? [] : [rel];
    }
    if (stat.size < MAX_POINTER_SIZE) {
        const head = await external_node_fs_default().promises.readFile(abs);
        if (keyFromPointer(head))
            return [rel];
    }
    return [];
}
/** Remove everything in a directory output except the files in `keep` (relative to the root). */
async function emptyDirectory(root, rel, keep) {
    for (const entry of await external_node_fs_default().promises.readdir(external_node_path_default().join(root, rel))) {
        const child = `${rel}/${entry}`;
        if (keep.includes(child))
            continue;
        const abs = external_node_path_default().join(root, child);
        const keepsSome = keep.some(k => k.startsWith(`${child}/`));
        if (keepsSome && (await lstatOrNull(abs))?.isDirectory())
            await emptyDirectory(root, child, keep);
        else
            await external_node_fs_default().promises.rm(abs, { recursive: true, force: true });
    }
}
/** Replace an annex symlink by a writable copy of its content, as `git annex unlock` would. */
async function unlock(abs) {
    const stat = await lstatOrNull(abs);
    if (!stat?.isSymbolicLink() || !keyFromSymlinkTarget(await external_node_fs_default().promises.readlink(abs)))
        return;
    const copy = `${abs}.rerun-action-unlock`;
    await external_node_fs_default().promises.copyFile(abs, copy);
    await external_node_fs_default().promises.chmod(copy, 0o644);
    await external_node_fs_default().promises.rename(copy, abs);
}
async function prepareCheckout(worktree, commit, record, annex) {
    const pwd = rootRelative('.', record.pwd, 'pwd');
    const cwd = external_node_path_default().join(worktree, pwd);
    assertInside(worktree, cwd);
    await external_node_fs_default().promises.mkdir(cwd, { recursive: true });
    // Expand against the parent's tree: the state the original run saw before it ran.
    const inputs = expandPatterns(record.inputs, cwd);
    const extraInputs = expandPatterns(record.extraInputs, cwd);
    const outputs = expandPatterns(record.outputs, cwd);
    const toRoot = (p, what) => rootRelative(pwd, p, what);
    const inputPaths = [
        ...inputs.expanded.map(p => toRoot(p, 'input')),
        ...extraInputs.expanded.map(p => toRoot(p, 'extra input'))
    ];
    const outputPaths = outputs.expanded.map(p => toRoot(p, 'output'));
    // The final component may be an annex symlink into .git; what matters is where it sits.
    for (const p of [...inputPaths, ...outputPaths])
        assertInside(worktree, external_node_path_default().dirname(external_node_path_default().join(worktree, p)));
    const misses = [...inputs.misses, ...extraInputs.misses];
    if (misses.length > 0) {
        throw new PreparationError(`input ${misses.map(m => JSON.stringify(m)).join(', ')} matches no file in the parent commit`, 'error');
    }
    const missing = (await Promise.all(inputPaths.map(p => missingAnnexContent(worktree, p.replace(/\/+$/, '') || '.')))).flat();
    if (missing.length > 0) {
        if (!annex) {
            throw new PreparationError(`annexed input ${missing[0]} has no content here and git-annex is not available`, 'unverifiable');
        }
        const failures = await annex.get(worktree, [...new Set(missing)]);
        if (failures.length > 0) {
            const list = failures.map(f => `${f.file}: ${f.message}`).join('; ');
            throw new PreparationError(`annexed input content could not be fetched (${list})`, 'unverifiable');
        }
    }
    const protectedInputs = inputPaths.map(p => p.replace(/\/+$/, ''));
    const isInput = (p) => protectedInputs.some(i => p === i || p.startsWith(`${i}/`) || i === '.');
    const stale = new Set([
        ...outputPaths.map(p => p.replace(/\/+$/, '')),
        ...commit.changes.filter(c => c.status !== 'D').map(c => c.path)
    ]);
    // Files the run commit deleted stay for the command to delete (`rm` of a missing file fails);
    // if it no longer deletes them, the comparison reports them as still there.
    const deletedByRun = commit.changes.filter(c => c.status === 'D').map(c => c.path);
    for (const rel of stale) {
        if (rel === '' || rel === '.' || deletedByRun.includes(rel))
            continue;
        const abs = external_node_path_default().join(worktree, rel);
        assertInside(worktree, external_node_path_default().dirname(abs));
        const stat = await lstatOrNull(abs);
        if (!stat)
            continue;
        if (isInput(rel)) {
            // An input that is also an output is changed in place: keep it, but make it writable.
            await unlock(abs);
        }
        else if (stat.isDirectory()) {
            await emptyDirectory(worktree, rel, deletedByRun);
        }
        else {
            await external_node_fs_default().promises.rm(abs, { force: true });
        }
    }
    // git does not track empty directories, yet the original run may have relied on one.
    for (const spec of record.outputs) {
        const parent = literalParent(toRoot(spec, 'output').replace(/\/+$/, '/x'));
        if (parent === '' || parent === '.')
            continue;
        const abs = external_node_path_default().join(worktree, parent);
        assertInside(worktree, abs);
        await external_node_fs_default().promises.mkdir(abs, { recursive: true });
    }
    return { cwd, inputs: inputs.expanded.map(shellQuote), outputs: outputs.expanded.map(shellQuote) };
}

;// CONCATENATED MODULE: ./src/engine/execute/replay-commit.ts
/** Re-execute one run commit on a fresh checkout of its parent and judge the result. */









function describeList(outputs) {
    const shown = outputs.slice(0, 3).map(o => `${o.path} (${o.status})`);
    const more = outputs.length > 3 ? ` and ${outputs.length - 3} more` : '';
    return shown.join(', ') + more;
}
function judge(record, run, outputs, timeoutSeconds) {
    if (run.aborted)
        return { status: 'error', reason: 'cancelled before the command finished' };
    if (run.timedOut)
        return { status: 'failed', reason: `timed out after ${timeoutSeconds} s` };
    if (run.exitCode !== record.exit) {
        return {
            status: 'failed',
            reason: `command exited with ${run.exitCode ?? 'no code'}, the record says ${record.exit}`
        };
    }
    const differing = outputs.filter(o => o.status === 'modified' || o.status === 'missing');
    if (differing.length > 0) {
        const noun = differing.length === 1 ? 'output differs' : 'outputs differ';
        return { status: 'mismatch', reason: `${differing.length} ${noun}: ${describeList(differing)}` };
    }
    const unverifiable = outputs.filter(o => o.status === 'unverifiable');
    if (unverifiable.length > 0) {
        return {
            status: 'unverifiable',
            reason: `${unverifiable.length} output(s) could not be verified: ${describeList(unverifiable)}`
        };
    }
    return { status: 'reproduced' };
}
async function replayCommit(context, commit) {
    const started = Date.now();
    const base = { sha: commit.sha, subject: commit.subject, outputs: [] };
    const record = commit.record;
    if (commit.verdict || !record) {
        return {
            ...base,
            status: commit.verdict?.status ?? 'error',
            reason: commit.verdict?.reason ?? 'no run record',
            durationMs: 0
        };
    }
    const { git, annex, workspace, settings } = context;
    const exit = { recorded: record.exit, actual: null };
    if (settings.signal?.aborted) {
        return { ...base, status: 'error', reason: 'cancelled before it started', exit, durationMs: 0 };
    }
    const checkout = await workspace.checkout(commit.parents[0] ?? '');
    let command;
    try {
        const prepared = await prepareCheckout(checkout.dir, commit, record, annex);
        let tmpdir = '';
        if (record.cmd.includes('{tmpdir}')) {
            tmpdir = external_node_path_default().join(checkout.scratch, 'tmpdir');
            await external_node_fs_default().promises.mkdir(tmpdir);
        }
        const values = new Map(Object.entries(commit.substitutions));
        values.set('pwd', prepared.cwd);
        values.set('dspath', checkout.dir);
        values.set('tmpdir', tmpdir);
        values.set('inputs', prepared.inputs);
        values.set('outputs', prepared.outputs);
        command = formatCommand(record.cmd, values);
        const env = commandEnvironment(process.env, settings.passEnv, {
            TMPDIR: checkout.scratch,
            // Tools that honour it (reproducible-builds.org) stop embedding the current time.
            SOURCE_DATE_EPOCH: String(commit.committedAt)
        });
        const run = await runShellCommand(command, {
            cwd: prepared.cwd,
            env,
            timeoutMs: settings.timeoutSeconds * 1000,
            tailBytes: settings.tailBytes,
            signal: settings.signal
        });
        exit.actual = run.timedOut || run.aborted ? null : run.exitCode;
        const pwd = rootRelative('.', record.pwd, 'pwd');
        const declared = expandPatterns(record.outputs, prepared.cwd).expanded.map(p => rootRelative(pwd, p, 'output'));
        const outputs = run.aborted
            ? []
            : await compareOutputs({
                git,
                annex,
                worktree: checkout.dir,
                runCommit: commit.sha,
                declared,
                changes: commit.changes,
                excluded: new Set(commit.source?.kind === 'sidecar' ? [commit.source.path] : [])
            });
        return {
            ...base,
            ...judge(record, run, outputs, settings.timeoutSeconds),
            command,
            exit,
            durationMs: Date.now() - started,
            outputs,
            log: { tail: run.tail, totalBytes: run.totalBytes, truncatedBytes: run.truncatedBytes }
        };
    }
    catch (e) {
        if (e instanceof PreparationError) {
            return {
                ...base,
                status: e.status,
                reason: e.message,
                command,
                exit,
                durationMs: Date.now() - started
            };
        }
        if (e instanceof UnsafePathError || e instanceof PlaceholderError) {
            return {
                ...base,
                status: 'error',
                reason: e.message,
                command,
                exit,
                durationMs: Date.now() - started
            };
        }
        const message = e instanceof Error ? e.message : String(e);
        return {
            ...base,
            status: 'error',
            reason: `rerun-action could not verify this commit: ${message}`,
            command,
            exit,
            durationMs: Date.now() - started
        };
    }
    finally {
        await workspace.release(checkout);
    }
}

;// CONCATENATED MODULE: ./src/engine/git/git-command-manager.ts
/**
 * The git commands the engine needs, behind one small interface (as actions/checkout does).
 * Short commands go through simple-git; history, trees and blobs are read in bulk streams
 * (one process for many commits) so planning does not pay a git process per commit.
 */


/**
 * Options for git commands in rerun-action's own worktrees. No hooks: git-annex's post-checkout
 * hook costs a git-annex start per checkout, and the user's hooks are not part of a replay. No
 * annex filter: its clean/smudge process costs ~0.3 s per command; locked files (symlinks) need
 * no filter, unlocked ones stay pointer files until an input needs them (`git annex get`), and
 * comparisons read keys from pointers themselves.
 */
const WORKTREE_CONFIG = [
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'filter.annex.process=',
    '-c',
    'filter.annex.smudge=',
    '-c',
    'filter.annex.clean='
];
function splitZ(text) {
    return text.split('\0').filter(part => part.length > 0);
}
class GitCli {
    root;
    git;
    constructor(root) {
        this.root = root;
        this.git = wo({ baseDir: root, maxConcurrentProcesses: 6, trimmed: false });
    }
    async run(args, cwd = this.root, input) {
        const result = await runProcess('git', args, { cwd, input });
        if (result.code !== 0) {
            const detail = result.stderr.toString('utf8').trim();
            throw new ProcessError(`git ${args[0] ?? ''} failed: ${detail}`, result);
        }
        return result.stdout;
    }
    async resolveCommit(rev) {
        try {
            const out = await this.git.raw([
                'rev-parse',
                '--verify',
                '--quiet',
                '--end-of-options',
                `${rev}^{commit}`
            ]);
            return out.trim() || null;
        }
        catch {
            return null;
        }
    }
    async logCommits(revisions, onCommit, messagePrefix = '') {
        // -z separates commits with NUL, which git never allows in a commit message. Each record is
        // "<sha> <committer time> <parents...>\n<message>". Only messages that start with the prefix
        // are decoded at all: in a long history most commits are skipped as raw bytes.
        const prefix = Buffer.from(messagePrefix, 'utf8');
        let pending = Buffer.alloc(0);
        const handle = (record) => {
            const newline = record.indexOf(0x0a);
            if (newline < 0)
                return;
            const body = record.subarray(newline + 1);
            if (prefix.length > 0 && !body.subarray(0, prefix.length).equals(prefix))
                return;
            const [sha = '', time = '0', ...parents] = record
                .subarray(0, newline)
                .toString('latin1')
                .split(' ');
            onCommit({
                sha,
                parents: parents.filter(Boolean),
                committedAt: Number(time),
                message: body.toString('utf8')
            });
        };
        // Date order streams while git walks; callers get the order from topologicalPositions().
        const args = ['log', '-z', '--no-color', '--format=%H %ct %P%n%B', ...revisions, '--'];
        const result = await streamProcess('git', args, { cwd: this.root }, chunk => {
            const data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
            let start = 0;
            for (let end = data.indexOf(0, start); end >= 0; end = data.indexOf(0, start)) {
                handle(data.subarray(start, end));
                start = end + 1;
            }
            pending = data.subarray(start);
        });
        if (result.code !== 0) {
            throw new ProcessError(`git log failed: ${result.stderr.toString('utf8').trim()}`, result);
        }
        if (pending.length > 0)
            handle(pending);
    }
    async topologicalPositions(revisions) {
        const positions = new Map();
        let pending = '';
        const result = await streamProcess('git', ['rev-list', '--topo-order', '--reverse', ...revisions, '--'], { cwd: this.root }, chunk => {
            const lines = (pending + chunk.toString('latin1')).split('\n');
            pending = lines.pop() ?? '';
            for (const sha of lines)
                if (sha)
                    positions.set(sha, positions.size);
        });
        if (result.code !== 0) {
            throw new ProcessError(`git rev-list failed: ${result.stderr.toString('utf8').trim()}`, result);
        }
        if (pending)
            positions.set(pending, positions.size);
        return positions;
    }
    async changesOf(shas) {
        const changes = new Map();
        if (shas.length === 0)
            return changes;
        const out = await this.run(['diff-tree', '--stdin', '-r', '-z', '--no-renames', '--raw', '--no-abbrev'], this.root, shas.join('\n') + '\n');
        const parts = out.toString('utf8').split('\0');
        let current;
        for (let i = 0; i < parts.length; i++) {
            const part = parts[i] ?? '';
            if (part.startsWith(':')) {
                const [, newMode, , newObject, status] = part.slice(1).split(' ');
                const path = parts[++i] ?? '';
                const kind = (status ?? 'M')[0];
                const change = kind === 'D'
                    ? { status: 'D', path }
                    : { status: kind, path, mode: newMode, object: newObject };
                current?.push(change);
            }
            else if (/^[0-9a-f]{40,64}$/.test(part)) {
                current = [];
                changes.set(part, current);
            }
        }
        for (const sha of shas)
            if (!changes.has(sha))
                changes.set(sha, []);
        return changes;
    }
    async readObjects(specs) {
        const objects = new Map();
        if (specs.length === 0)
            return objects;
        for (const spec of specs) {
            if (spec.includes('\n'))
                throw new Error(`object name with a newline: ${JSON.stringify(spec)}`);
        }
        const out = await this.run(['cat-file', '--batch'], this.root, specs.join('\n') + '\n');
        let offset = 0;
        for (const spec of specs) {
            const end = out.indexOf(0x0a, offset);
            const header = out.subarray(offset, end).toString('utf8');
            offset = end + 1;
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                objects.set(spec, null);
                continue;
            }
            const size = Number(header.split(' ')[2]);
            objects.set(spec, Buffer.from(out.subarray(offset, offset + size)));
            offset += size + 1;
        }
        return objects;
    }
    async listTree(rev, paths) {
        if (paths.length === 0)
            return [];
        const out = await this.run([
            '--literal-pathspecs',
            'ls-tree',
            '-r',
            '-z',
            '--full-tree',
            '--format=%(objectmode) %(objecttype) %(objectname) %(objectsize)%x09%(path)',
            rev,
            '--',
            ...paths
        ]);
        return splitZ(out.toString('utf8')).map(line => {
            const tab = line.indexOf('\t');
            const [mode = '', type = 'blob', object = '', size = '-'] = line.slice(0, tab).split(' ');
            return {
                mode,
                type: type,
                object,
                size: size === '-' ? null : Number(size),
                path: line.slice(tab + 1)
            };
        });
    }
    async resolveObjects(specs) {
        const ids = new Map();
        if (specs.length === 0)
            return ids;
        const out = await this.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], this.root, specs.join('\n') + '\n');
        const lines = out.toString('utf8').split('\n');
        specs.forEach((spec, i) => {
            const line = lines[i] ?? '';
            const found = !line.endsWith(' missing') && !line.endsWith(' ambiguous') && line !== '';
            ids.set(spec, found ? (line.split(' ')[0] ?? null) : null);
        });
        return ids;
    }
    async configOfBlob(object) {
        const result = await runProcess('git', ['config', '-z', '--blob', object, '--list'], {
            cwd: this.root
        });
        const config = new Map();
        // A config file git cannot parse configures nothing.
        if (result.code !== 0)
            return config;
        for (const entry of splitZ(result.stdout.toString('utf8'))) {
            const newline = entry.indexOf('\n');
            if (newline < 0)
                config.set(entry, 'true');
            else
                config.set(entry.slice(0, newline), entry.slice(newline + 1));
        }
        return config;
    }
    async refExists(ref) {
        const result = await runProcess('git', ['show-ref', '--verify', '--quiet', ref], {
            cwd: this.root
        });
        return result.code === 0;
    }
    async listRefs(pattern) {
        const out = await this.git.raw(['for-each-ref', '--format=%(refname)', pattern]);
        return out.split('\n').filter(Boolean);
    }
    async gitCommonDir() {
        const out = await this.git.raw(['rev-parse', '--path-format=absolute', '--git-common-dir']);
        return out.trim();
    }
    /**
     * Another verification of the same repository may hold one of git's lock files for a moment;
     * retry such commands a few times instead of failing the commit.
     */
    async runRetryingLocks(args) {
        for (let attempt = 1;; attempt++) {
            try {
                return await this.run(args);
            }
            catch (e) {
                const locked = e instanceof ProcessError &&
                    /\.lock'?: File exists|Unable to create .*\.lock/.test(e.message);
                if (!locked || attempt >= 8)
                    throw e;
                await new Promise(resolve => setTimeout(resolve, 50 * attempt));
            }
        }
    }
    async addWorktree(dir, commit) {
        await this.runRetryingLocks([
            ...WORKTREE_CONFIG,
            'worktree',
            'add',
            '--detach',
            '--force',
            dir,
            commit
        ]);
    }
    async switchWorktree(worktree, commit) {
        await this.run([...WORKTREE_CONFIG, 'checkout', '--quiet', '--force', '--detach', commit], worktree);
        // -x: files the last command wrote are gone even where .gitignore hides them; -ff: nested repos too.
        await this.run([...WORKTREE_CONFIG, 'clean', '-ffdxq'], worktree);
    }
    async removeWorktree(dir) {
        await this.runRetryingLocks(['worktree', 'remove', '--force', '--force', dir]);
    }
    async listWorktrees() {
        const out = await this.run(['worktree', 'list', '--porcelain', '-z']);
        return splitZ(out.toString('utf8'))
            .filter(line => line.startsWith('worktree '))
            .map(line => line.slice('worktree '.length));
    }
    async pruneWorktrees() {
        await this.runRetryingLocks(['worktree', 'prune']);
    }
    async worktreeChanges(worktree) {
        const [modified, created] = await Promise.all([
            this.run([...WORKTREE_CONFIG, 'diff-files', '--name-only', '-z', '--no-renames'], worktree),
            this.run([...WORKTREE_CONFIG, 'ls-files', '-z', '--others', '--exclude-standard'], worktree)
        ]);
        return [...splitZ(modified.toString('utf8')), ...splitZ(created.toString('utf8'))];
    }
    async ignoredPaths(worktree, paths) {
        if (paths.length === 0)
            return new Set();
        const result = await runProcess('git', ['check-ignore', '-z', '--stdin'], {
            cwd: worktree,
            input: paths.join('\0') + '\0'
        });
        // Exit 1 means "none ignored".
        if (result.code !== 0 && result.code !== 1) {
            throw new ProcessError(`git check-ignore failed: ${result.stderr.toString('utf8')}`, result);
        }
        return new Set(splitZ(result.stdout.toString('utf8')));
    }
}

;// CONCATENATED MODULE: ./src/engine/records/run-record.ts

const RUN_MESSAGE_PATTERN = /^\[DATALAD RUNCMD\] ([\s\S]*)=== Do not change lines below ===\n([\s\S]*)\n\^\^\^ Do not change lines above \^\^\^/;
/** A record that cannot be used; `message` says precisely why. */
class RecordError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RecordError';
    }
}
/** Cheap pre-filter before the regex, for long histories of mostly non-run commits. */
const RUN_MESSAGE_TAG = '[DATALAD RUNCMD] ';
function looksLikeRunMessage(message) {
    return message.startsWith(RUN_MESSAGE_TAG);
}
function parseRunMessage(message) {
    if (!looksLikeRunMessage(message))
        return null;
    const match = RUN_MESSAGE_PATTERN.exec(message);
    if (!match)
        return null;
    return { runMessage: (match[1] ?? '').trimEnd(), recordText: match[2] ?? '' };
}
/** Decide whether the record text is an inline record or a sidecar id, as datalad does. */
function interpretRecordText(recordText) {
    let value;
    try {
        value = JSON.parse(recordText);
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        throw new RecordError(`run record is not valid JSON (${why})`);
    }
    if (typeof value === 'string') {
        if (!/^[^/\\\0]+$/.test(value) || value === '.' || value === '..') {
            throw new RecordError(`run record sidecar id ${JSON.stringify(value)} is not a plain file name`);
        }
        return { kind: 'sidecar', id: value };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new RecordError(`run record must be a JSON object or a sidecar id string, found ${Array.isArray(value) ? 'a list' : JSON.stringify(value)}`);
    }
    return { kind: 'record', value: value };
}
function stringList(value, key) {
    if (value === undefined || value === null)
        return [];
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value) && value.every(item => typeof item === 'string'))
        return value;
    throw new RecordError(`run record field "${key}" must be a list of strings`);
}
/** datalad's `normalize_command`: a list becomes one shell string. */
function normaliseCommand(cmd) {
    if (typeof cmd === 'string')
        return cmd;
    if (Array.isArray(cmd) && cmd.every(item => typeof item === 'string')) {
        const items = cmd[0] === '--' ? cmd.slice(1) : cmd;
        if (items.length === 1)
            return items[0] ?? '';
        return items.map(shellQuote).join(' ');
    }
    throw new RecordError('run record field "cmd" must be a string or a list of strings');
}
/** Validate a decoded record and fill in datalad's defaults; unknown keys are ignored. */
function normaliseRecord(raw) {
    if (!('cmd' in raw))
        throw new RecordError('run record has no command ("cmd" is missing)');
    const cmd = normaliseCommand(raw.cmd);
    if (cmd.trim() === '')
        throw new RecordError('run record has an empty command');
    if (cmd.includes('\0'))
        throw new RecordError('run record command contains a NUL byte, which no shell can run');
    const exit = 'exit' in raw ? raw.exit : 0;
    if (typeof exit !== 'number' || !Number.isSafeInteger(exit) || Math.abs(exit) > 255) {
        throw new RecordError(`run record field "exit" must be an exit code (an integer from -255 to 255), found ${JSON.stringify(exit)}`);
    }
    const pwd = raw.pwd ?? '.';
    if (typeof pwd !== 'string')
        throw new RecordError('run record field "pwd" must be a string');
    if (raw.dsid !== undefined && raw.dsid !== null && typeof raw.dsid !== 'string') {
        throw new RecordError('run record field "dsid" must be a string');
    }
    return {
        cmd,
        exit,
        dsid: typeof raw.dsid === 'string' ? raw.dsid : undefined,
        inputs: stringList(raw.inputs, 'inputs'),
        extraInputs: stringList(raw.extra_inputs, 'extra_inputs'),
        outputs: stringList(raw.outputs, 'outputs'),
        pwd,
        chain: stringList(raw.chain, 'chain')
    };
}

;// CONCATENATED MODULE: ./src/engine/records/sidecar.ts
/**
 * Sidecar run records: `.datalad/runinfo/<id>` in the run commit's own tree, xz-compressed JSON
 * lines (datalad's dump2stream), usually annexed. datalad reads it from the working tree and never
 * fetches it; we read the commit's tree and fetch annexed content.
 */



const DEFAULT_RECORD_DIRECTORY = '.datalad/runinfo';
/**
 * The annex key a sidecar blob stands for (a locked file's symlink target or an unlocked file's
 * pointer), or null when the blob is the compressed record itself.
 */
function sidecarKey(blob) {
    if (blob.length < 4096 && !blob.includes(0)) {
        const key = keyFromSymlinkTarget(blob.toString('utf8'));
        if (key)
            return key;
    }
    return keyFromPointer(blob);
}
/** Decode xz-compressed JSON lines and return the first record, as datalad's load_stream does. */
async function decodeSidecar(compressed, where) {
    let result;
    try {
        result = await runProcess('xz', ['--decompress', '--stdout', '--quiet'], {
            cwd: process.cwd(),
            input: compressed
        });
    }
    catch {
        throw new RecordError(`cannot read sidecar record ${where}: the xz program is not installed`);
    }
    if (result.code !== 0) {
        throw new RecordError(`sidecar record ${where} is not valid xz data (${result.stderr.toString('utf8').trim()})`);
    }
    const firstLine = result.stdout
        .toString('utf8')
        .split('\n')
        .find(line => line.trim() !== '');
    if (firstLine === undefined)
        throw new RecordError(`sidecar record ${where} is empty`);
    let value;
    try {
        value = JSON.parse(firstLine);
    }
    catch (e) {
        throw new RecordError(`sidecar record ${where} is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new RecordError(`sidecar record ${where} does not hold a JSON object`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/engine/history/plan.ts




const SUBSTITUTION_PREFIX = 'datalad.run.substitutions.';
function subjectOf(message) {
    return (message.split('\n')[0] ?? '').trim();
}
async function resolveOrFail(git, rev, what) {
    const sha = await git.resolveCommit(rev);
    if (!sha)
        throw new UsageError(`unknown revision ${JSON.stringify(rev)} (${what}): no such commit in ${git.root}`);
    return sha;
}
/**
 * The commits of `revisions` accepted by `keep`, oldest first in topological order. Messages
 * stream from `git log` (in date order, so parsing overlaps git's walk) while a parallel
 * `git rev-list --topo-order` gives the order.
 */
async function logInTopologicalOrder(git, revisions, keep, messagePrefix) {
    const kept = [];
    const [positions] = await Promise.all([
        git.topologicalPositions(revisions),
        git.logCommits(revisions, commit => void (keep(commit) && kept.push(commit)), messagePrefix)
    ]);
    return kept.sort((a, b) => (positions.get(a.sha) ?? 0) - (positions.get(b.sha) ?? 0));
}
async function collectRunCommits(git, request) {
    if (request.commits && request.commits.length > 0) {
        const shas = await Promise.all(request.commits.map(c => resolveOrFail(git, c, 'commit to verify')));
        const wanted = new Set(shas);
        const ordered = await logInTopologicalOrder(git, shas, commit => wanted.has(commit.sha));
        for (const commit of ordered) {
            if (!looksLikeRunMessage(commit.message)) {
                throw new UsageError(`commit ${commit.sha.slice(0, 12)} (${subjectOf(commit.message)}) is not a DataLad run commit`);
            }
        }
        const newest = ordered[ordered.length - 1]?.sha ?? '';
        return { range: { since: null, until: newest, commits: shas }, logged: ordered };
    }
    const untilRev = request.until ?? 'HEAD';
    const until = await resolveOrFail(git, untilRev, '--until');
    const since = request.since?.trim() ? await resolveOrFail(git, request.since, '--since') : null;
    const logged = await logInTopologicalOrder(git, since ? [`${since}..${until}`] : [until], commit => looksLikeRunMessage(commit.message), RUN_MESSAGE_TAG);
    return { range: { since, until, commits: null }, logged };
}
const BUILTIN_PLACEHOLDERS = new Set(['inputs', 'outputs', 'pwd', 'dspath', 'tmpdir']);
/** Whether a command names a placeholder that only `datalad.run.substitutions.*` can fill. */
function usesCustomPlaceholder(cmd) {
    for (const match of cmd.replace(/\{\{|\}\}/g, '').matchAll(/\{([^{}!:.[]*)/g)) {
        if (!BUILTIN_PLACEHOLDERS.has(match[1] ?? ''))
            return true;
    }
    return false;
}
/** The parsed `.datalad/config` of each commit, each distinct blob read once. */
async function datasetConfigs(git, shas) {
    const ids = await git.resolveObjects(shas.map(sha => `${sha}:.datalad/config`));
    const byBlob = new Map();
    for (const id of new Set(ids.values()))
        if (id)
            byBlob.set(id, await git.configOfBlob(id));
    const configs = new Map();
    for (const sha of shas) {
        const config = byBlob.get(ids.get(`${sha}:.datalad/config`) ?? '');
        if (config)
            configs.set(sha, config);
    }
    return configs;
}
async function planVerification(git, annex, request, 
/** Listing a plan needs no file changes; replaying does. */
options = { readChanges: true }) {
    const { range, logged } = await collectRunCommits(git, request);
    const datasetId = (await datasetConfigs(git, [range.until]))
        .get(range.until)
        ?.get('datalad.dataset.id');
    const commits = [];
    for (const commit of logged) {
        const parsed = parseRunMessage(commit.message);
        if (!parsed)
            continue; // mentions the tag, but is not a run record
        const planned = {
            sha: commit.sha,
            parents: commit.parents,
            subject: subjectOf(parsed.runMessage),
            committedAt: commit.committedAt,
            changes: [],
            substitutions: {}
        };
        commits.push(planned);
        if (commit.parents.length === 0) {
            planned.verdict = {
                status: 'skipped',
                reason: 'run record on the root commit: there is no parent to re-execute it on'
            };
            continue;
        }
        if (commit.parents.length > 1) {
            planned.verdict = {
                status: 'skipped',
                reason: `run record on a merge commit (${commit.parents.length} parents): it is not re-executed`
            };
            continue;
        }
        try {
            const value = interpretRecordText(parsed.recordText);
            if (value.kind === 'record') {
                planned.source = { kind: 'inline' };
                planned.record = normaliseRecord(value.value);
            }
            else {
                planned.source = { kind: 'sidecar', id: value.id, path: '' };
            }
        }
        catch (e) {
            if (!(e instanceof RecordError))
                throw e;
            planned.verdict = { status: 'error', reason: e.message };
        }
    }
    const runnable = commits.filter(c => !c.verdict);
    // A commit's .datalad/config matters only for its sidecar location and custom placeholders;
    // looking it up costs a tree walk per commit, so only those commits pay it.
    const configured = runnable.filter(c => c.source?.kind === 'sidecar' || usesCustomPlaceholder(c.record?.cmd ?? ''));
    const configs = await datasetConfigs(git, configured.map(c => c.sha));
    const changes = options.readChanges
        ? await git.changesOf(runnable.map(c => c.sha))
        : new Map();
    for (const commit of runnable) {
        commit.changes = changes.get(commit.sha) ?? [];
        const config = configs.get(commit.sha) ?? new Map();
        for (const [key, value] of config) {
            if (key.startsWith(SUBSTITUTION_PREFIX))
                commit.substitutions[key.slice(SUBSTITUTION_PREFIX.length)] = value;
        }
        if (commit.source?.kind === 'sidecar') {
            const directory = (config.get('datalad.run.record-directory') ?? DEFAULT_RECORD_DIRECTORY).replace(/\/+$/, '');
            commit.source.path = `${directory}/${commit.source.id}`;
        }
    }
    await loadSidecars(git, annex, runnable.filter(c => c.source?.kind === 'sidecar'));
    for (const commit of runnable) {
        if (commit.verdict || !commit.record)
            continue;
        if (datasetId && commit.record.dsid && commit.record.dsid !== datasetId) {
            commit.verdict = {
                status: 'skipped',
                reason: `run record comes from another dataset (dsid ${commit.record.dsid}, this dataset is ${datasetId})`
            };
        }
    }
    return { range, datasetId, commits };
}
async function loadSidecars(git, annex, commits) {
    const specOf = (c) => `${c.sha}:${c.source?.kind === 'sidecar' ? c.source.path : ''}`;
    const blobs = await git.readObjects(commits.map(specOf));
    for (const commit of commits) {
        const where = commit.source?.kind === 'sidecar' ? commit.source.path : '?';
        try {
            const blob = blobs.get(specOf(commit));
            if (!blob)
                throw new RecordError(`run record sidecar ${where} is not in the commit's tree`);
            let compressed = blob;
            const key = sidecarKey(blob);
            if (key) {
                if (!annex) {
                    commit.verdict = {
                        status: 'unverifiable',
                        reason: `run record sidecar ${where} is annexed and git-annex is not available to fetch it`
                    };
                    continue;
                }
                const content = await annex.contentOf(key.key);
                if ('failure' in content) {
                    commit.verdict = {
                        status: 'unverifiable',
                        reason: `run record sidecar ${where} (${key.key}) could not be fetched: ${content.failure}`
                    };
                    continue;
                }
                compressed = await external_node_fs_default().promises.readFile(content.path);
            }
            commit.record = normaliseRecord(await decodeSidecar(compressed, where));
        }
        catch (e) {
            if (!(e instanceof RecordError))
                throw e;
            commit.verdict = { status: 'error', reason: e.message };
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/history/shard.ts
/**
 * Splitting a plan across CI runners (a GitHub Actions matrix): deterministic, so every shard
 * computes the same split independently, and balanced by cost, so shards finish together.
 */

function parseShard(text) {
    const match = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count) {
        throw new UsageError(`shard must look like i/n with 1 ≤ i ≤ n (e.g. 2/3), not ${JSON.stringify(text)}`);
    }
    return { index, count };
}
/**
 * Longest-processing-time-first assignment: the most expensive commit goes to the currently
 * cheapest shard. Ties are broken by SHA, never by timing, so the split is reproducible.
 * @param cost estimated seconds per commit (a recorded duration, or 1 when unknown)
 * @returns for each commit of `commits`, the 1-based shard it belongs to
 */
function assignShards(commits, count, cost) {
    const order = commits
        .map((commit, position) => ({
        position,
        sha: commit.sha,
        cost: commit.verdict ? 0 : Math.max(0, cost(commit))
    }))
        .sort((a, b) => b.cost - a.cost || (a.sha < b.sha ? -1 : a.sha > b.sha ? 1 : 0));
    const load = new Array(count).fill(0);
    const sizes = new Array(count).fill(0);
    const assignment = new Array(commits.length).fill(1);
    for (const item of order) {
        let best = 0;
        for (let shard = 1; shard < count; shard++) {
            const lighter = (load[shard] ?? 0) < (load[best] ?? 0);
            const tie = load[shard] === load[best] && (sizes[shard] ?? 0) < (sizes[best] ?? 0);
            if (lighter || tie)
                best = shard;
        }
        load[best] = (load[best] ?? 0) + item.cost;
        sizes[best] = (sizes[best] ?? 0) + 1;
        assignment[item.position] = best + 1;
    }
    return assignment;
}

;// CONCATENATED MODULE: ./src/engine/history/plan-commands.ts
/**
 * The command each planned commit would run, without running it (`verify --plan`, like
 * `datalad rerun --report`). Globs stay as recorded: they are expanded only in a checkout.
 */



function plannedCommand(commit, root) {
    const base = { sha: commit.sha, subject: commit.subject };
    const record = commit.record;
    if (commit.verdict || !record) {
        return {
            ...base,
            status: commit.verdict?.status ?? 'error',
            reason: commit.verdict?.reason ?? 'no run record'
        };
    }
    const values = new Map(Object.entries(commit.substitutions));
    values.set('pwd', external_node_path_default().join(root, record.pwd));
    values.set('dspath', root);
    values.set('tmpdir', record.cmd.includes('{tmpdir}') ? '$TMPDIR/datalad-run-tmpdir' : '');
    values.set('inputs', record.inputs.filter(p => p !== '.').map(shellQuote));
    values.set('outputs', record.outputs.filter(p => p !== '.').map(shellQuote));
    const details = { pwd: record.pwd, inputs: record.inputs, outputs: record.outputs };
    try {
        return { ...base, status: 'run', command: formatCommand(record.cmd, values), ...details };
    }
    catch (e) {
        if (!(e instanceof PlaceholderError))
            throw e;
        return { ...base, status: 'error', reason: e.message, command: record.cmd, ...details };
    }
}

;// CONCATENATED MODULE: ./src/engine/cache/verdict-cache.ts
/**
 * "Never verify twice": a run commit already verified `reproduced` with the same record in the
 * same environment is reported from the cache instead of being re-executed. The key covers the
 * commit, its record and an environment fingerprint (OS, tool versions, files the user names, such
 * as lock files), so a change to any of them re-executes.
 */





/** Where cached verdicts live: a directory locally, restored from and saved to the Actions cache in CI. */
class VerdictStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    /** The default local store, under the repository's git directory. */
    static async forRepository(git) {
        return new VerdictStore(external_node_path_default().join(await git.gitCommonDir(), 'rerun-action', 'verdicts'));
    }
    file(key) {
        return external_node_path_default().join(this.dir, `${key}.json`);
    }
    async get(key) {
        try {
            const value = JSON.parse(await external_node_fs_default().promises.readFile(this.file(key), 'utf8'));
            return value.key === key && value.verdict?.status === 'reproduced' ? value : null;
        }
        catch {
            return null;
        }
    }
    async put(entry) {
        await external_node_fs_default().promises.mkdir(this.dir, { recursive: true });
        const temp = `${this.file(entry.key)}.${process.pid}.tmp`;
        await external_node_fs_default().promises.writeFile(temp, JSON.stringify(entry) + '\n');
        await external_node_fs_default().promises.rename(temp, this.file(entry.key));
    }
}
async function toolVersion(args) {
    try {
        const result = await runProcess(args[0] ?? '', args.slice(1), { cwd: process.cwd() });
        return result.code === 0
            ? (result.stdout.toString('utf8').split('\n')[0] ?? '').trim()
            : 'absent';
    }
    catch {
        return 'absent';
    }
}
/**
 * What, besides the commit itself, decides whether a command reproduces: the platform, the
 * tools rerun-action drives, and the content (blob ids at `rev`) of files the user names.
 */
async function environmentFingerprint(git, rev, files) {
    const blobs = await git.resolveObjects(files.map(file => `${rev}:${file}`));
    const parts = {
        platform: `${external_node_os_default().platform()} ${external_node_os_default().arch()} ${external_node_os_default().release()}`,
        git: await toolVersion(['git', '--version']),
        annex: await toolVersion(['git', 'annex', 'version', '--raw']),
        files: Object.fromEntries(files.map(file => [file, blobs.get(`${rev}:${file}`) ?? 'absent']))
    };
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(JSON.stringify(parts)).digest('hex');
}
function cacheKey(commit, fingerprint) {
    const identity = {
        v: 1,
        sha: commit.sha,
        record: commit.record,
        substitutions: commit.substitutions,
        fingerprint
    };
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(JSON.stringify(identity)).digest('hex');
}
/** A store bound to one environment fingerprint: look verdicts up, record new reproduced ones. */
class VerdictCache {
    store;
    fingerprint;
    run;
    constructor(store, fingerprint, run) {
        this.store = store;
        this.fingerprint = fingerprint;
        this.run = run;
    }
    static async open(git, rev, options) {
        const store = options.store ?? (await VerdictStore.forRepository(git));
        const fingerprint = await environmentFingerprint(git, rev, options.keyFiles ?? []);
        return new VerdictCache(store, fingerprint, options.run ?? 'local');
    }
    lookup(commit) {
        return commit.record && !commit.verdict
            ? this.store.get(cacheKey(commit, this.fingerprint))
            : Promise.resolve(null);
    }
    async record(commit, verdict) {
        await this.store.put({
            key: cacheKey(commit, this.fingerprint),
            sha: commit.sha,
            verifiedAt: new Date().toISOString(),
            run: this.run,
            durationMs: verdict.durationMs,
            verdict
        });
    }
}

;// CONCATENATED MODULE: ./src/engine/verify.ts
/**
 * The engine's entry point: plan a range, replay its run commits (in parallel, each in its own
 * worktree), compare, and hand back verdicts oldest-first. Knows nothing of GitHub.
 */














/**
 * The commits this run verifies: all of them, or one shard. Every shard job must compute the same
 * split on its own, so the split depends only on the plan — never on what a job's cache holds.
 * Commits that will not run (skipped, malformed) cost nothing; the others count one each.
 */
function selectCommits(commits, shard) {
    const all = commits.map((commit, position) => ({ commit, position }));
    if (!shard)
        return all;
    const assignment = assignShards(commits, shard.count, () => 1);
    return all.filter(item => assignment[item.position] === shard.index);
}
async function repositoryRoot(dir) {
    try {
        const top = await wo({ baseDir: external_node_path_default().resolve(dir) }).raw([
            'rev-parse',
            '--show-toplevel'
        ]);
        return top.trim();
    }
    catch {
        throw new UsageError(`${external_node_path_default().resolve(dir)} is not a git repository (or a DataLad dataset); use --repo to point at one`);
    }
}
async function openDataset(repo, tempParent, notice, onFetched) {
    const root = await repositoryRoot(repo);
    const git = new GitCli(root);
    const plain = { root, git, worktrees: git, annex: null, close: () => Promise.resolve() };
    if (!(await usesAnnex(git)))
        return plain;
    if (!(await annexInstalled())) {
        throw new UsageError('this dataset uses git-annex, but git-annex is not installed: install it (e.g. `apt-get install git-annex`, or `brew install git-annex`) and run again');
    }
    const annex = new AnnexRepository(root, onFetched);
    if (await annex.isInitialised())
        return { ...plain, annex };
    notice(`git-annex is not initialised in ${root}: working in a private clone, so that your repository stays as it is`);
    await external_node_fs_default().promises.mkdir(tempParent, { recursive: true });
    const clone = await createPrivateClone(root, tempParent);
    return {
        ...plain,
        worktrees: new GitCli(clone),
        annex: new AnnexRepository(clone, onFetched),
        close: () => removeTree(clone)
    };
}
/** What `verify` would run, without running anything (`verify --plan`). */
async function listPlan(options) {
    const notice = options.onNotice ?? (() => undefined);
    const dataset = await openDataset(options.repo, Workspace.defaultParent(), notice);
    try {
        const plan = await planVerification(dataset.git, dataset.annex, options.range, {
            readChanges: false
        });
        return {
            repository: dataset.root,
            range: plan.range,
            commands: plan.commits.map(c => plannedCommand(c, dataset.root))
        };
    }
    finally {
        await dataset.close();
    }
}
async function verify(options) {
    const startedAt = new Date();
    for (const name of options.passEnv ?? []) {
        if (isForbiddenVariable(name)) {
            throw new UsageError(`environment variable ${name} can never be passed to replayed commands (it carries credentials or workflow state)`);
        }
    }
    if (!Number.isInteger(options.jobs) || options.jobs < 1)
        throw new UsageError(`jobs must be a whole number of at least 1, not ${options.jobs}`);
    if (!(options.timeoutSeconds > 0))
        throw new UsageError(`timeout must be a positive number of seconds, not ${options.timeoutSeconds}`);
    const tempParent = options.tempParent ?? Workspace.defaultParent();
    const dataset = await openDataset(options.repo, tempParent, options.onNotice ?? (() => undefined), options.onAnnexFetched);
    try {
        return await verifyDataset(dataset, tempParent, options, startedAt);
    }
    finally {
        await dataset.close();
    }
}
async function verifyDataset(dataset, tempParent, options, startedAt) {
    const { root, git, annex } = dataset;
    const plan = await planVerification(git, annex, options.range);
    options.onPlan?.(plan);
    const settings = {
        timeoutSeconds: options.timeoutSeconds,
        passEnv: options.passEnv ?? [],
        tailBytes: options.tailBytes ?? 64 * 1024,
        signal: options.signal
    };
    for (const stale of await Workspace.removeStale(git)) {
        options.onNotice?.(`removed ${stale}, left behind by an earlier run that was killed`);
    }
    const cache = options.cache ? await VerdictCache.open(git, plan.range.until, options.cache) : null;
    const selected = selectCommits(plan.commits, options.shard);
    const verdicts = new Array(selected.length);
    const workspace = await Workspace.create(dataset.worktrees, tempParent, annex !== null);
    let next = 0;
    let emitted = 0;
    const emitReady = () => {
        while (emitted < verdicts.length && verdicts[emitted] !== undefined) {
            options.onVerdict?.(verdicts[emitted], emitted, verdicts.length);
            emitted++;
        }
    };
    const verifyOne = async ({ commit, position }) => {
        const hit = await cache?.lookup(commit);
        if (hit) {
            return {
                ...hit.verdict,
                position,
                cached: { verifiedAt: hit.verifiedAt, run: hit.run },
                durationMs: 0
            };
        }
        const verdict = await replayCommit({ git, annex, workspace, settings }, commit);
        if (verdict.status === 'reproduced')
            await cache?.record(commit, verdict);
        return { ...verdict, position };
    };
    const worker = async () => {
        while (next < selected.length && !options.signal?.aborted) {
            const index = next++;
            const item = selected[index];
            if (!item)
                continue;
            verdicts[index] = await verifyOne(item);
            emitReady();
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.min(options.jobs, Math.max(1, selected.length)) }, worker));
    }
    finally {
        await workspace.dispose();
    }
    return {
        repository: root,
        range: plan.range,
        shard: options.shard,
        // After a cancellation the commits that never started have no verdict: the report is partial.
        commits: verdicts.filter(v => v !== undefined),
        incomplete: options.signal?.aborted ? true : undefined,
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime()
    };
}

;// CONCATENATED MODULE: ./src/engine/model.ts
/** Domain types shared by every stage of the engine (records → plan → execute → compare → verdicts). */
const COMMIT_STATUSES = [
    'reproduced',
    'mismatch',
    'failed',
    'unverifiable',
    'error',
    'skipped'
];

;// CONCATENATED MODULE: ./src/report/json-report.ts
/** The JSON report (schema `rerun-action/report@1`, documented in schema/report.schema.json). */

const REPORT_SCHEMA = 'rerun-action/report@1';
function countStatuses(result) {
    const counts = Object.fromEntries(COMMIT_STATUSES.map(s => [s, 0]));
    for (const commit of result.commits)
        counts[commit.status]++;
    return { ...counts, total: result.commits.length };
}
/** Commits that make a run unsuccessful: everything but reproduced and skipped. */
function notReproduced(result) {
    return result.commits.filter(c => c.status !== 'reproduced' && c.status !== 'skipped').length;
}
function buildJsonReport(result) {
    return {
        schema: REPORT_SCHEMA,
        repository: result.repository,
        range: result.range,
        shard: result.shard,
        incomplete: result.incomplete,
        startedAt: result.startedAt,
        durationMs: result.durationMs,
        commits: result.commits,
        summary: countStatuses(result)
    };
}

;// CONCATENATED MODULE: ./src/report/merge-reports.ts
/**
 * Merging the JSON reports of a sharded verification (one per matrix job) back into the report an
 * unsharded run would have written: same commits, same order, same verdicts.
 */



function describe(source, report) {
    return report.shard ? `${source} (shard ${report.shard.index}/${report.shard.count})` : source;
}
/** Check that a parsed JSON value is a report of our schema; `source` names it in errors. */
function asReport(value, source) {
    const report = value;
    if (!report ||
        typeof report !== 'object' ||
        report.schema !== REPORT_SCHEMA ||
        !Array.isArray(report.commits)) {
        throw new UsageError(`${source} is not a rerun-action report (expected "schema": "${REPORT_SCHEMA}")`);
    }
    return report;
}
/** Reads and checks one report file (a shard's artifact); errors name the file. */
function readReportFile(file) {
    let value;
    try {
        value = JSON.parse(external_node_fs_default().readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new UsageError(`cannot read report ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return { source: file, report: asReport(value, file) };
}
function mergeReports(reports) {
    const first = reports[0];
    if (!first)
        throw new UsageError('merge needs at least one report');
    const until = first.report.range.until;
    for (const { source, report } of reports) {
        if (report.range.until !== until) {
            throw new UsageError(`${describe(source, report)} verified a range ending at ${report.range.until}, not ${until}: these reports are not shards of one run`);
        }
    }
    const sharded = reports.filter(r => r.report.shard);
    if (sharded.length > 0) {
        const count = sharded[0]?.report.shard?.count ?? 0;
        const seen = new Map();
        for (const { source, report } of sharded) {
            if (report.shard?.count !== count)
                throw new UsageError(`${describe(source, report)} does not belong to a split into ${count} shards`);
            const other = seen.get(report.shard.index);
            if (other)
                throw new UsageError(`shard ${report.shard.index}/${count} appears twice: ${other} and ${source}`);
            seen.set(report.shard.index, source);
        }
        const missing = Array.from({ length: count }, (_, i) => i + 1).filter(i => !seen.has(i));
        if (missing.length > 0)
            throw new UsageError(`shard ${missing.map(i => `${i}/${count}`).join(', ')} missing: every shard's report is needed for a complete result`);
    }
    const bySha = new Map();
    const commits = reports.flatMap(({ source, report }) => report.commits.map(commit => {
        const other = bySha.get(commit.sha);
        if (other)
            throw new UsageError(`commit ${commit.sha} is in both ${other} and ${source}`);
        bySha.set(commit.sha, source);
        return commit;
    }));
    commits.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    const startedAt = reports.map(r => r.report.startedAt).sort()[0] ?? first.report.startedAt;
    return buildJsonReport({
        repository: first.report.repository,
        range: first.report.range,
        // A cancelled shard lists only the commits it got to.
        incomplete: reports.some(r => r.report.incomplete) ? true : undefined,
        commits,
        startedAt,
        durationMs: Math.max(...reports.map(r => r.report.durationMs))
    });
}

;// CONCATENATED MODULE: ./src/report/text-report.ts

const MARKS = {
    reproduced: '✓',
    mismatch: '✗',
    failed: '✗',
    unverifiable: '?',
    error: '!',
    skipped: '-'
};
function shortSha(sha) {
    return sha.slice(0, 8);
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}
/** One line per finished commit: `[ 2/5] ✗ mismatch      1.2 s  1a2b3c4d  subject`. */
function progressLine(verdict, index, total) {
    const width = String(total).length;
    const counter = `[${String(index + 1).padStart(width)}/${total}]`;
    const duration = formatDuration(verdict.durationMs).padStart(8);
    const cached = verdict.cached
        ? ` (cached: verified ${verdict.cached.verifiedAt} by ${verdict.cached.run})`
        : '';
    return `${counter} ${MARKS[verdict.status]} ${verdict.status.padEnd(12)} ${duration}  ${shortSha(verdict.sha)}  ${verdict.subject}${cached}`;
}
function outputLine(output) {
    const reason = output.reason ? `  ${output.reason}` : '';
    return `      ${output.status.padEnd(12)} ${output.path}${reason}`;
}
function indentBlock(text, prefix) {
    return text
        .replace(/\n$/, '')
        .split('\n')
        .map(line => prefix + line);
}
/** The details a person needs for each commit that was not reproduced. */
function commitDetails(verdict, logLines = 20) {
    const lines = [
        `${MARKS[verdict.status]} ${verdict.status}: ${shortSha(verdict.sha)} ${verdict.subject}`
    ];
    if (verdict.reason)
        lines.push(`    ${verdict.reason}`);
    if (verdict.command)
        lines.push(`    command: ${verdict.command}`);
    if (verdict.exit &&
        verdict.exit.actual !== null &&
        verdict.exit.actual !== verdict.exit.recorded) {
        lines.push(`    exit code: ${verdict.exit.actual} (recorded ${verdict.exit.recorded})`);
    }
    const notable = verdict.outputs.filter(o => o.status !== 'match');
    if (notable.length > 0) {
        lines.push('    outputs:');
        lines.push(...notable.map(outputLine));
    }
    const log = verdict.log;
    if (log &&
        log.tail.trim() !== '' &&
        (verdict.status === 'failed' || verdict.status === 'error')) {
        const tailLines = log.tail.replace(/\n$/, '').split('\n');
        const shown = tailLines.slice(-logLines);
        const cut = log.truncatedBytes > 0 || shown.length < tailLines.length;
        lines.push(`    command output${cut ? ` (last ${shown.length} lines)` : ''}:`);
        lines.push(...indentBlock(shown.join('\n'), '      | '));
    }
    return lines;
}
function summaryLine(result) {
    const counts = countStatuses(result);
    if (counts.total === 0)
        return 'No run commits to verify in this range.';
    const parts = Object.keys(counts)
        .filter(k => k !== 'total' && counts[k] > 0)
        .map(k => `${counts[k]} ${k}`);
    const noun = counts.total === 1 ? 'run commit' : 'run commits';
    return `${counts.total} ${noun}: ${parts.join(', ')} (${formatDuration(result.durationMs)})`;
}
/** Everything printed after the progress lines: details of what went wrong, then the summary. */
function renderTextReport(result) {
    const lines = [];
    const problems = result.commits.filter(c => c.status !== 'reproduced' && c.status !== 'skipped');
    for (const verdict of problems)
        lines.push('', ...commitDetails(verdict));
    const skipped = result.commits.filter(c => c.status === 'skipped');
    if (skipped.length > 0) {
        lines.push('', 'Skipped:');
        for (const verdict of skipped)
            lines.push(`    ${shortSha(verdict.sha)} ${verdict.subject}: ${verdict.reason ?? ''}`);
    }
    lines.push('', summaryLine(result));
    return lines.join('\n') + '\n';
}
/** `verify --plan`: each run commit with the command it would run, or why it would not. */
function planText(commands) {
    if (commands.length === 0)
        return 'No run commits in this range.\n';
    const lines = [];
    for (const planned of commands) {
        lines.push(`${shortSha(planned.sha)}  ${planned.subject}`);
        if (planned.command !== undefined) {
            const where = planned.pwd && planned.pwd !== '.' ? ` (in ${planned.pwd})` : '';
            lines.push(`    $ ${planned.command}${where}`);
        }
        if (planned.status !== 'run')
            lines.push(`    ${planned.status}: ${planned.reason ?? ''}`);
    }
    const runnable = commands.filter(c => c.status === 'run').length;
    lines.push('', `${commands.length} run commit(s), ${runnable} to re-execute.`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/arguments.ts
/** Every CLI argument read and validated in one place, into one typed settings object. */




const USAGE = `Usage: rerun-action verify [options] [COMMIT...]
       rerun-action merge [--json FILE] REPORT...

verify: re-execute the DataLad run commits of a range, each on a fresh checkout of its parent,
and check that they reproduce the outputs they committed.

Range (default: every run commit in the history of HEAD):
  --since REV          only commits after REV (REV..HEAD); --since '' means the whole history
  --until REV          end of the range instead of HEAD
  COMMIT...            exactly these commits instead of a range

Options:
  --repo DIR           the dataset (default: the current directory)
  --jobs N             commits re-executed at once (default: number of CPUs)
  --timeout SECONDS    per command (default: 3600); on expiry the command's process group is killed
  --env NAME           also pass this environment variable to replayed commands (repeatable)
  --json FILE          write the JSON report (schema rerun-action/report@1) to FILE
  --plan               list the run commits and the commands they would run; run nothing
  --shard I/N          verify only shard I of N (a CI matrix job); merge the reports afterwards
  --no-cache           re-execute commits already verified as reproduced in this environment
  --cache-key-file F   a file (e.g. a lock file) whose content is part of the cache key (repeatable)
  -h, --help           show this help
  --version            show the version

merge: combine the JSON reports of the shards of one verification into one report.

Exit codes: 0 all reproduced (or nothing to verify), 1 some commit not reproduced, 2 usage error.`;
function positiveNumber(value, option, integer) {
    if (value === undefined)
        return undefined;
    const number = Number(value);
    if (value.trim() === '' ||
        !Number.isFinite(number) ||
        number <= 0 ||
        (integer && !Number.isInteger(number))) {
        throw new UsageError(`${option} takes a ${integer ? 'whole number' : 'number'} greater than 0, not ${JSON.stringify(value)}`);
    }
    return number;
}
function parseCliArguments(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                since: { type: 'string' },
                until: { type: 'string' },
                repo: { type: 'string' },
                jobs: { type: 'string', short: 'j' },
                timeout: { type: 'string' },
                env: { type: 'string', multiple: true },
                json: { type: 'string' },
                plan: { type: 'boolean' },
                shard: { type: 'string' },
                'no-cache': { type: 'boolean' },
                'cache-key-file': { type: 'string', multiple: true },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' }
            }
        });
    }
    catch (e) {
        throw new UsageError(e instanceof Error ? e.message : String(e));
    }
    const { values, positionals } = parsed;
    const [subcommand, ...rest] = positionals;
    if (values.help)
        return { command: 'help' };
    if (values.version)
        return { command: 'version' };
    const jsonReport = values.json ?? null;
    if (subcommand === 'merge') {
        if (rest.length === 0)
            throw new UsageError('merge needs the JSON reports to combine');
        return { command: 'merge', reports: rest, jsonReport };
    }
    if (subcommand === undefined)
        throw new UsageError('no command given; did you mean `rerun-action verify`?');
    if (subcommand !== 'verify') {
        throw new UsageError(`unknown command ${JSON.stringify(subcommand)}; the commands are \`verify\` and \`merge\``);
    }
    if (rest.length > 0 && (values.since !== undefined || values.until !== undefined)) {
        throw new UsageError('give either COMMIT... or --since/--until, not both');
    }
    return {
        command: 'verify',
        repo: values.repo ?? '.',
        range: rest.length > 0 ? { commits: rest } : { since: values.since, until: values.until },
        jobs: positiveNumber(values.jobs, '--jobs', true) ?? Math.max(1, external_node_os_default().availableParallelism()),
        timeoutSeconds: positiveNumber(values.timeout, '--timeout', false) ?? 3600,
        passEnv: values.env ?? [],
        jsonReport,
        planOnly: values.plan ?? false,
        shard: values.shard === undefined ? undefined : parseShard(values.shard),
        cache: !(values['no-cache'] ?? false),
        cacheKeyFiles: values['cache-key-file'] ?? []
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/** The `rerun-action` CLI: a thin shell over the engine that prints progress and reports. */







const VERSION = '0.1.0';
function writeJson(file, value) {
    if (file)
        external_node_fs_default().writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}
async function runVerify(settings, io, signal) {
    const notice = (message) => io.err(`rerun-action: ${message}\n`);
    if (settings.planOnly) {
        const listing = await listPlan({ repo: settings.repo, range: settings.range, onNotice: notice });
        io.out(planText(listing.commands));
        writeJson(settings.jsonReport, { schema: 'rerun-action/plan@1', ...listing });
        return 0;
    }
    const result = await verify({
        repo: settings.repo,
        range: settings.range,
        jobs: settings.jobs,
        timeoutSeconds: settings.timeoutSeconds,
        passEnv: settings.passEnv,
        shard: settings.shard,
        cache: settings.cache ? { keyFiles: settings.cacheKeyFiles } : undefined,
        signal,
        onNotice: notice,
        onPlan: plan => {
            const n = plan.commits.length;
            const where = plan.range.commits
                ? 'the given commits'
                : plan.range.since
                    ? `${plan.range.since.slice(0, 8)}..${plan.range.until.slice(0, 8)}`
                    : `the history of ${plan.range.until.slice(0, 8)}`;
            const shard = settings.shard ? `, shard ${settings.shard.index}/${settings.shard.count}` : '';
            io.out(n === 0
                ? `No run commits in ${where}: nothing to verify.\n`
                : `Verifying ${n} run commit${n === 1 ? '' : 's'} in ${where}${shard} with up to ${settings.jobs} job(s)\n`);
        },
        onVerdict: (verdict, index, total) => io.out(progressLine(verdict, index, total) + '\n')
    });
    return finish(result, buildJsonReport(result), settings.jsonReport, io, signal);
}
function finish(result, report, jsonFile, io, signal) {
    if (result.commits.length > 0)
        io.out(renderTextReport(result));
    writeJson(jsonFile, report);
    if (signal?.aborted) {
        io.err('rerun-action: cancelled; the report is incomplete\n');
        return 1;
    }
    return notReproduced(result) > 0 ? 1 : 0;
}
function runMerge(settings, io) {
    const reports = settings.reports.map(readReportFile);
    const merged = mergeReports(reports);
    io.out(`Merged ${reports.length} report(s): ${merged.commits.length} run commit(s)\n`);
    return finish(merged, merged, settings.jsonReport, io);
}
async function main(argv, io, signal) {
    try {
        const settings = parseCliArguments(argv);
        switch (settings.command) {
            case 'help':
                io.out(USAGE + '\n');
                return 0;
            case 'version':
                io.out(`rerun-action ${VERSION}\n`);
                return 0;
            case 'merge':
                return runMerge(settings, io);
            case 'verify':
                return await runVerify(settings, io, signal);
        }
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.err(`rerun-action: ${e.message}\nRun \`rerun-action --help\` for usage.\n`);
            return 2;
        }
        io.err(`rerun-action: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        return 3;
    }
}


/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 18:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(255);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map