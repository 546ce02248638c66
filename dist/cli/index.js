#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7117:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


function __export(m) {
    for (var p in m) if (!exports.hasOwnProperty(p)) exports[p] = m[p];
}
Object.defineProperty(exports, "__esModule", ({ value: true }));
__export(__nccwpck_require__(3972));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3972:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const fs_1 = __nccwpck_require__(9896);
const debug_1 = __importDefault(__nccwpck_require__(2830));
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

/***/ 9997:
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

/***/ 6110:
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

module.exports = __nccwpck_require__(897)(exports);

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

/***/ 897:
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
	createDebug.humanize = __nccwpck_require__(744);
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

/***/ 2830:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Detect Electron renderer / nwjs process, which is node, but we should
 * treat as a browser.
 */

if (typeof process === 'undefined' || process.type === 'renderer' || process.browser === true || process.__nwjs) {
	module.exports = __nccwpck_require__(6110);
} else {
	module.exports = __nccwpck_require__(5108);
}


/***/ }),

/***/ 5108:
/***/ ((module, exports, __nccwpck_require__) => {

/**
 * Module dependencies.
 */

const tty = __nccwpck_require__(2018);
const util = __nccwpck_require__(9023);

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
	const supportsColor = __nccwpck_require__(1450);

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

module.exports = __nccwpck_require__(897)(exports);

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

/***/ 3813:
/***/ ((module) => {



module.exports = (flag, argv = process.argv) => {
	const prefix = flag.startsWith('-') ? '' : (flag.length === 1 ? '-' : '--');
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf('--');
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
};


/***/ }),

/***/ 744:
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

/***/ 1450:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const os = __nccwpck_require__(857);
const tty = __nccwpck_require__(2018);
const hasFlag = __nccwpck_require__(3813);

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

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(658);
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

/***/ 658:
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

;// CONCATENATED MODULE: ./node_modules/@simple-git/args-pathspec/dist/index.mjs
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

// EXTERNAL MODULE: ./node_modules/@kwsites/file-exists/dist/index.js
var dist = __nccwpck_require__(7117);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./node_modules/debug/src/index.js
var src = __nccwpck_require__(2830);
// EXTERNAL MODULE: ./node_modules/@kwsites/promise-deferred/dist/index.js
var promise_deferred_dist = __nccwpck_require__(9997);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./node_modules/@simple-git/argv-parser/dist/index.mjs

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
;// CONCATENATED MODULE: ./node_modules/simple-git/dist/index.mjs









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
async function runProcess(file, args, options) {
    const out = [];
    const result = await streamProcess(file, args, options, chunk => out.push(chunk));
    return { ...result, stdout: Buffer.concat(out) };
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
            stdio: ['pipe', options.stdoutFd ?? 'pipe', 'pipe']
        });
        const err = [];
        let failure;
        child.stdout?.on('data', (chunk) => {
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
        child.stderr?.on('data', (chunk) => err.push(chunk));
        child.on('error', reject);
        child.on('close', (code, signal) => {
            if (failure !== undefined)
                reject(failure);
            else
                resolve({ code, signal, stdout: Buffer.alloc(0), stderr: Buffer.concat(err) });
        });
        child.stdin?.on('error', () => undefined); // the child may exit before reading all input
        child.stdin?.end(options.input ?? '');
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
const LAUNCHER_READY = 'ready';
/** The launcher could not isolate the command, which did not run. */
class LaunchError extends Error {
    constructor(message) {
        super(message);
        this.name = 'LaunchError';
    }
}
/**
 * The command runs under an intermediate shell started with the scrubbed environment, so that
 * its parent's /proc/<pid>/environ holds no secrets either (rerun-action's own process keeps the
 * environment the runner gave it). `; status=$?` keeps the shell from exec'ing the command in its
 * place; a death by signal is passed on as one, so that it is reported as datalad reports it.
 */
const INTERMEDIATE_SHELL = '/bin/sh -c "$1"; status=$?; if [ $status -gt 128 ] && [ $status -lt 160 ]; then trap - $((status - 128)); kill -$((status - 128)) $$; fi; exit $status';
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
        const shell = ['/bin/sh', '-c', INTERMEDIATE_SHELL, 'rerun-action', cmd];
        const [file = '', ...args] = [...(options.launcher?.prefix ?? []), ...shell];
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe', options.launcher ? 'pipe' : 'ignore']
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
        const launcherReport = [];
        const launcherPipe = child.stdio[3];
        if (options.launcher && launcherPipe && 'on' in launcherPipe) {
            launcherPipe.on('data', (chunk) => launcherReport.push(chunk));
        }
        child.stdout?.on('data', (chunk) => tail.push(chunk));
        child.stderr?.on('data', (chunk) => tail.push(chunk));
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
            if (options.launcher) {
                const report = Buffer.concat(launcherReport).toString('utf8').trim();
                if (report !== LAUNCHER_READY && !aborted) {
                    const detail = report || tail.text().trim() || `exit code ${code ?? signal}`;
                    reject(new LaunchError(`the command was not run: isolating it failed: ${detail}`));
                    return;
                }
            }
            let exitCode = code ?? (signal ? -external_node_os_namespaceObject.constants.signals[signal] : null);
            // Under a launcher the intermediate shell is a PID namespace's init, which cannot die by a
            // signal it sends itself: it exits with 128+N instead, which means the same here.
            if (options.launcher && exitCode !== null && exitCode > 128 && exitCode < 160)
                exitCode = 128 - exitCode;
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
/** `worktree add` of `-c k=v -c k=v worktree add ...`, for error messages. */
function subcommandOf(args) {
    const rest = args.filter((arg, i) => arg !== '-c' && args[i - 1] !== '-c' && !arg.startsWith('--'));
    return rest.slice(0, rest[0] === 'worktree' ? 2 : 1).join(' ');
}
function splitZ(text) {
    return text.split('\0').filter(part => part.length > 0);
}
/** The entries `git config -z` prints, in order; a key alone (no `=`) means true, as git reads it. */
function parseConfigEntries(out) {
    return splitZ(out.toString('utf8')).map(entry => {
        const newline = entry.indexOf('\n');
        return newline < 0
            ? { key: entry, value: 'true' }
            : { key: entry.slice(0, newline), value: entry.slice(newline + 1) };
    });
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
            throw new ProcessError(`git ${subcommandOf(args)} failed: ${detail}`, result);
        }
        return result.stdout;
    }
    async resolveCommit(rev) {
        const result = await runProcess('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], { cwd: this.root });
        return result.code === 0 ? result.stdout.toString('utf8').trim() || null : null;
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
            const [sha = '', time = '0', ...parents] = record
                .subarray(0, newline)
                .toString('latin1')
                .split(' ');
            const body = record.subarray(newline + 1);
            if (prefix.length > 0 && !body.subarray(0, prefix.length).equals(prefix))
                return;
            onCommit({
                sha,
                parents: parents.filter(Boolean),
                committedAt: Number(time),
                message: body.toString('utf8')
            });
        };
        // git itself skips commits whose message lacks the prefix anywhere (--grep, a superset of
        // "starts with"), so a long history of ordinary commits costs little more than git's walk.
        const grep = messagePrefix ? ['--fixed-strings', `--grep=${messagePrefix}`] : [];
        const args = [
            'log',
            '-z',
            '--topo-order',
            '--reverse',
            '--no-color',
            ...grep,
            '--format=%H %ct %P%n%B',
            ...revisions,
            '--'
        ];
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
    async writeBlob(object, file) {
        const out = await external_node_fs_default().promises.open(file, 'w');
        try {
            // git writes into the file itself: a large blob never passes through this process.
            const result = await runProcess('git', ['cat-file', 'blob', object], {
                cwd: this.root,
                stdoutFd: out.fd
            });
            if (result.code !== 0) {
                throw new ProcessError(`git cat-file blob ${object} failed: ${result.stderr.toString('utf8').trim()}`, result);
            }
        }
        finally {
            await out.close();
        }
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
        // A config file git cannot parse configures nothing.
        if (result.code !== 0)
            return new Map();
        return new Map(parseConfigEntries(result.stdout).map(({ key, value }) => [key, value]));
    }
    async listRefs(patterns) {
        const out = await this.run(['for-each-ref', '--format=%(refname)', ...patterns]);
        return out.toString('utf8').split('\n').filter(Boolean);
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
        // One status (modified, deleted, retyped and untracked-but-not-ignored files) instead of
        // diff-files plus ls-files: a process per commit is most of the per-commit cost.
        const out = await this.run([
            ...WORKTREE_CONFIG,
            'status',
            '--porcelain=v1',
            '-z',
            '--untracked-files=all',
            '--no-renames'
        ], worktree);
        return splitZ(out.toString('utf8')).map(entry => entry.slice(3));
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
    return (await git.listRefs(['refs/heads/git-annex', 'refs/remotes/*/git-annex'])).length > 0;
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
    indexPath;
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
        }).then(result => parseConfigEntries(result.stdout).flatMap(({ key, value }) => isRelativePath(value) ? ['-c', `${key}=${external_node_path_default().resolve(this.root, value)}`] : []));
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
        // Where the index is does not change: asked once, not once per git-annex call.
        this.indexPath ??= runProcess('git', ['rev-parse', '--path-format=absolute', '--git-path', 'index'], { cwd }).then(result => result.stdout.toString('utf8').trim());
        const index = await this.indexPath;
        const scratch = await external_node_fs_default().promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'rerun-action-index-'));
        try {
            const copy = external_node_path_default().join(scratch, 'index');
            // A repository without commits has no index yet; git-annex then starts from an empty one.
            await external_node_fs_default().promises.copyFile(index, copy).catch(() => undefined);
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
    /**
     * Path of a key's content in the local annex; when it is not present, fetched first (unless
     * `fetch` is false).
     */
    async contentOf(key, fetch = true) {
        const located = async () => {
            const result = await this.annex(['contentlocation', key]);
            const rel = result.stdout.toString('utf8').trim();
            return result.code === 0 && rel ? external_node_path_default().resolve(this.root, rel) : null;
        };
        const present = await located();
        if (present)
            return { path: present };
        if (!fetch)
            return { failure: `the content of ${key} is not in the local annex` };
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/engine/config/comparison-rules.ts
/**
 * Comparison rules from `.rerun.yml` (docs/comparison-rules.md, schema/rerun-config.schema.json):
 * which outputs are ignored, compared with a numeric tolerance, or compared without some lines.
 * Validation is strict and every error names the file, the line and the key, because a rule that
 * silently does nothing would let a real mismatch pass as reproduced.
 */


/** An invalid `.rerun.yml`: a usage error (exit 2), never silently ignored. */
class ConfigError extends UsageError {
    constructor(source, line, key, problem) {
        super(`${source}:${line}: ${key}: ${problem}`);
        this.name = 'ConfigError';
    }
}
class ComparisonRules {
    rules;
    constructor(rules) {
        this.rules = rules;
    }
    get isEmpty() {
        return this.rules.length === 0;
    }
    /** Rules are applied in file order; each key a later matching rule sets replaces the earlier one. */
    ruleFor(outputPath) {
        const merged = { ignore: false, ignoreLines: [] };
        for (const rule of this.rules) {
            if (!rule.pattern.test(outputPath))
                continue;
            if (rule.ignore !== undefined)
                merged.ignore = rule.ignore;
            if (rule.tolerance !== undefined)
                merged.tolerance = rule.tolerance;
            if (rule.ignoreLines !== undefined)
                merged.ignoreLines = rule.ignoreLines;
        }
        return merged;
    }
}
/** Where a dataset keeps its comparison rules, relative to its root. */
const DEFAULT_CONFIG_FILE = '.rerun.yml';
const EMPTY_RULES = new ComparisonRules([]);
/** Translate one path component that is not `**`: `*`, `?`, `[...]`, `\` escapes the next character. */
function componentToRegExp(component) {
    let out = '';
    for (let i = 0; i < component.length; i++) {
        const c = component.charAt(i);
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '\\' && i + 1 < component.length)
            out += escapeRegExp(component.charAt(++i));
        else if (c === '[') {
            let end = i + 1;
            if (component[end] === '!' || component[end] === '^')
                end++;
            if (component[end] === ']')
                end++;
            while (end < component.length && component[end] !== ']')
                end++;
            if (end >= component.length)
                throw new SyntaxError(`unclosed "[" in "${component}"`);
            const body = component.slice(i + 1, end);
            const negated = body.startsWith('!') || body.startsWith('^');
            const members = (negated ? body.slice(1) : body).replace(/[\\\]^]/g, '\\$&');
            // A class never matches the separator, as `*` and `?` do not.
            out += `(?!/)[${negated ? '^' : ''}${members}]`;
            i = end;
        }
        else
            out += escapeRegExp(c);
    }
    return out;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/**
 * The matcher for a rule's `path`: a glob over paths relative to the dataset root, anchored at the
 * root. `**` as a whole component matches any number of directories (zero included), `*` and `?`
 * never cross `/`, `[...]`/`[!...]` are character classes, `\` escapes; a trailing `/` means
 * everything below that directory. Throws SyntaxError for an unclosed or invalid class.
 */
function globToRegExp(pattern) {
    const components = (pattern.endsWith('/') ? `${pattern}**` : pattern).split('/');
    const source = components
        .map((component, index) => {
        const last = index === components.length - 1;
        if (component === '**')
            return last ? '.*' : '(?:[^/]*/)*';
        return componentToRegExp(component) + (last ? '' : '/');
    })
        .join('');
    return new RegExp(`^${source}$`, 's');
}
/** A glob that matches exactly `path` (for suggesting a rule for one output). */
function escapeGlob(path) {
    return path.replace(/[*?[\]\\]/g, '\\$&');
}
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
        throw new ConfigError(this.source, this.lineOf(node, fallback), key, problem);
    }
    resolve(node) {
        if ((0,yaml_dist/* isAlias */.Vj)(node))
            return node.resolve(this.document) ?? null;
        return (0,yaml_dist/* isScalar */.jn)(node) || (0,yaml_dist/* isMap */.jh)(node) || (0,yaml_dist/* isSeq */.oP)(node) ? node : null;
    }
    /** The entries of a mapping, rejecting keys outside `allowed`. */
    entries(node, key, allowed, fallbackLine = 1) {
        if (!(0,yaml_dist/* isMap */.jh)(node)) {
            this.fail(node, key, `must be a mapping with keys ${allowed.join(', ')}, got ${describeValue(node)}`, fallbackLine);
        }
        return node.items.map(pair => {
            const keyNode = this.resolve(pair.key);
            const name = (0,yaml_dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : '';
            const where = key === '' ? name : `${key}.${name}`;
            if (!allowed.includes(name)) {
                const close = allowed.find(a => a === name.replace(/_/g, '-').toLowerCase());
                this.fail(keyNode, where || key, `unknown key${close ? ` (did you mean "${close}"?)` : ''}; allowed: ${allowed.join(', ')}`, this.lineOf(node));
            }
            return { name, keyNode: keyNode, value: this.resolve(pair.value) };
        });
    }
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
function describeValue(node) {
    if (node === null)
        return 'nothing';
    if ((0,yaml_dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,yaml_dist/* isSeq */.oP)(node))
        return 'a list';
    const value = (0,yaml_dist/* isScalar */.jn)(node) ? node.value : undefined;
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
        const number = (0,yaml_dist/* isScalar */.jn)(value) ? value.value : undefined;
        if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
            reader.fail(value ?? keyNode, `${key}.${name}`, `must be a finite number ≥ 0 (e.g. 1e-6), got ${describeValue(value)}`);
        }
        tolerance[name] = number;
    }
    return tolerance;
}
function readIgnoreLines(reader, node, key, line) {
    const example = `e.g. ['^Generated at ']`;
    if (!(0,yaml_dist/* isSeq */.oP)(node)) {
        reader.fail(node, key, `must be a list of regular expressions, ${example}`, line);
    }
    return node.items.map((item, index) => {
        const itemNode = reader.resolve(item);
        const itemKey = `${key}[${index}]`;
        const text = (0,yaml_dist/* isScalar */.jn)(itemNode) ? itemNode.value : undefined;
        if (typeof text !== 'string' || text === '') {
            reader.fail(itemNode, itemKey, `must be a non-empty regular expression string, ${example}`, line);
        }
        try {
            return new RegExp(text);
        }
        catch (error) {
            const why = messageOf(error).replace(/^Invalid regular expression: /, '');
            return reader.fail(itemNode, itemKey, `invalid regular expression (${why})`, line);
        }
    });
}
function readRule(reader, node, key, line) {
    if (node === null || !(0,yaml_dist/* isMap */.jh)(node)) {
        reader.fail(node, key, `must be a mapping with path and ignore, tolerance or ignore-lines, got ${describeValue(node)}`, line);
    }
    const ruleLine = reader.lineOf(node, line);
    let pattern;
    const rule = {};
    for (const { name, value, keyNode } of reader.entries(node, key, RULE_KEYS)) {
        const where = `${key}.${name}`;
        const valueLine = reader.lineOf(keyNode, ruleLine);
        if (name === 'path') {
            const glob = (0,yaml_dist/* isScalar */.jn)(value) ? value.value : undefined;
            if (typeof glob !== 'string' || glob === '') {
                reader.fail(value, where, `must be a non-empty glob string such as "results/**/*.csv", got ${describeValue(value)}`, valueLine);
            }
            if (glob.startsWith('/')) {
                reader.fail(value, where, 'must be relative to the dataset root (no leading "/")', valueLine);
            }
            try {
                pattern = globToRegExp(glob.replace(/^(\.\/)+/, ''));
            }
            catch (error) {
                reader.fail(value, where, `invalid glob: ${messageOf(error)}`, valueLine);
            }
        }
        else if (name === 'ignore') {
            const flag = (0,yaml_dist/* isScalar */.jn)(value) ? value.value : undefined;
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
    const lines = new yaml_dist/* LineCounter */.HN();
    const document = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: true });
    const syntax = document.errors[0];
    if (syntax) {
        const line = syntax.linePos?.[0].line ?? 1;
        // yaml's message ends with the position and an excerpt; the line is given separately.
        const message = syntax.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new ConfigError(source, line, 'invalid YAML', message);
    }
    const reader = new RuleReader(source, document, lines);
    const root = reader.resolve(document.contents);
    if (root === null || ((0,yaml_dist/* isScalar */.jn)(root) && root.value === null))
        return EMPTY_RULES;
    if (!(0,yaml_dist/* isMap */.jh)(root)) {
        reader.fail(root, 'top level', `must be a mapping with a "rules:" list, got ${describeValue(root)}`);
    }
    const top = reader.entries(root, '', ['rules']);
    const rulesEntry = top[0];
    if (!rulesEntry) {
        reader.fail(root, 'rules', 'missing; the file holds a top-level "rules:" list');
    }
    const list = rulesEntry.value;
    if (!(0,yaml_dist/* isSeq */.oP)(list)) {
        reader.fail(list, 'rules', `must be a list of rules, got ${describeValue(list)}`, reader.lineOf(rulesEntry.keyNode));
    }
    const listLine = reader.lineOf(list);
    return new ComparisonRules(list.items.map((item, index) => readRule(reader, reader.resolve(item), `rules[${index}]`, listLine)));
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
        for (const entry of parseConfigEntries(Buffer.from(remotes))) {
            const { key } = entry;
            let { value } = entry;
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

;// CONCATENATED MODULE: ./src/engine/execute/secret-files.ts
/**
 * Files a replayed command could read credentials from although its environment is scrubbed:
 * git config that a CI checkout (or the user) left tokens in, git's credential stores, and what
 * the caller names (a CI runner's own files). Each is paired with what an isolated command sees
 * in its place: a scrubbed copy of the config, an empty file, an empty directory.
 */





/** An http(s) URL carrying a user name or token before the host. */
const URL_WITH_CREDENTIALS = /^(https?:\/\/)[^/@]+@/i;
async function readConfigFile(file) {
    const result = await runProcess('git', ['config', '--file', file, '--no-includes', '--null', '--list'], { cwd: external_node_path_default().dirname(file) });
    return result.code === 0 ? parseConfigEntries(result.stdout) : null;
}
/** Where an include.path / includeIf.*.path value points, as git resolves it. */
function includedFile(value, includingFile, home) {
    if (value.startsWith('~/'))
        return external_node_path_default().join(home, value.slice(2));
    return external_node_path_default().resolve(external_node_path_default().dirname(includingFile), value);
}
/** The git commands that remove the credentials from a copy of a config file; none if clean. */
function scrubCommands(entries) {
    const commands = [];
    const done = new Set();
    for (const { key, value } of entries) {
        if (done.has(key))
            continue;
        const lower = key.toLowerCase();
        if (/^http\.(.*\.)?extraheader$/.test(lower)) {
            commands.push(['--unset-all', key]);
            done.add(key);
        }
        else if (/^url\..*\.(insteadof|pushinsteadof)$/.test(lower)) {
            const base = key.slice('url.'.length, key.lastIndexOf('.'));
            if (URL_WITH_CREDENTIALS.test(base) && !done.has(`url.${base}`)) {
                commands.push(['--remove-section', `url.${base}`]);
                done.add(`url.${base}`);
            }
        }
        else if (/\.(url|pushurl)$/.test(lower) && URL_WITH_CREDENTIALS.test(value)) {
            commands.push(['--unset-all', key]);
            for (const other of entries.filter(e => e.key === key)) {
                commands.push(['--add', key, other.value.replace(URL_WITH_CREDENTIALS, '$1')]);
            }
            done.add(key);
        }
    }
    return commands;
}
async function existing(file, isDirectory) {
    const stat = await external_node_fs_default().promises.stat(file).catch(() => null);
    if (!stat || stat.isDirectory() !== isDirectory)
        return null;
    return external_node_fs_default().promises.realpath(file);
}
let copies = 0;
/**
 * Scrubbed copies of every config file in the chain git reads (repository, global, XDG, and
 * what they include) that holds credentials, written into `dir`.
 */
async function scrubbedConfigs(sources, { home, xdg }, dir) {
    const pending = [
        ...sources.gitDirs.map(gitDir => external_node_path_default().join(gitDir, 'config')),
        external_node_path_default().join(home, '.gitconfig'),
        external_node_path_default().join(xdg, 'git', 'config'),
        ...(sources.env.GIT_CONFIG_GLOBAL ? [sources.env.GIT_CONFIG_GLOBAL] : [])
    ];
    const seen = new Set();
    const steps = [];
    while (pending.length > 0) {
        const real = await existing(pending.shift() ?? '', false);
        if (!real || seen.has(real))
            continue;
        seen.add(real);
        const entries = await readConfigFile(real);
        if (!entries)
            continue;
        for (const { key, value } of entries) {
            if (/^include(if\..*)?\.path$/i.test(key))
                pending.push(includedFile(value, real, home));
        }
        const commands = scrubCommands(entries);
        if (commands.length === 0)
            continue;
        const copy = external_node_path_default().join(dir, `config-${++copies}`);
        await external_node_fs_default().promises.copyFile(real, copy);
        for (const args of commands) {
            const result = await runProcess('git', ['config', '--file', copy, ...args], { cwd: dir });
            if (result.code !== 0) {
                throw new Error(`cannot scrub credentials from a copy of ${real}: ${result.stderr.toString('utf8').trim()}`);
            }
        }
        steps.push({ kind: 'replace', target: real, source: copy });
    }
    return steps;
}
/** What to hide from replayed commands, and what they see instead; copies go into `dir`. */
async function secretFiles(sources, dir) {
    const home = sources.env.HOME || external_node_os_default().homedir();
    const xdg = sources.env.XDG_CONFIG_HOME || external_node_path_default().join(home, '.config');
    const empty = external_node_path_default().join(dir, 'empty');
    await external_node_fs_default().promises.writeFile(empty, '', { mode: 0o444 });
    const steps = await scrubbedConfigs(sources, { home, xdg }, dir);
    const files = [
        // git's credential stores (`credential.helper store`).
        external_node_path_default().join(home, '.git-credentials'),
        external_node_path_default().join(xdg, 'git', 'credentials'),
        ...sources.hidden.files
    ];
    for (const file of files) {
        const target = await existing(file, false);
        if (target)
            steps.push({ kind: 'replace', target, source: empty });
    }
    for (const directory of sources.hidden.directories) {
        const target = await existing(directory, true);
        if (target)
            steps.push({ kind: 'empty-dir', target });
    }
    return steps;
}

;// CONCATENATED MODULE: ./src/engine/execute/isolation.ts
/**
 * Replayed commands run as the runner's user, so a scrubbed environment alone does not keep
 * secrets from them: files hold some (see secret-files.ts) and /proc shows rerun-action's own
 * environment. On Linux, where the kernel lets us, each command therefore runs in its own mount
 * and PID namespaces (util-linux `unshare`): files with credentials are covered by scrubbed
 * copies or emptiness, and /proc shows only the command's own processes. Nothing is changed
 * outside the namespace, so the user's files stay exactly as they are.
 */







const ISOLATION_MODES = ['auto', 'required', 'off'];
/**
 * Runs as root of the new namespaces: covers each secret, reports on fd 3, then execs the
 * command's shell in a nested user namespace that maps the caller's own uid and gid back, so
 * that files it writes are the caller's as before, and the command, holding no capability over
 * the mount namespace, cannot undo the covers (not even when the caller is root).
 */
const SETUP_SCRIPT = `
fail() { printf '%s\\n' "$1" >&3; exit 125; }
uid=$1 gid=$2
shift 2
while [ "$1" != -- ]; do
  case $1 in
    replace) out=$(mount --bind "$2" "$3" 2>&1) || fail "cannot cover $3: $out"; shift 3 ;;
    empty-dir) out=$(mount -t tmpfs -o size=16k,mode=0500 rerun-action "$2" 2>&1) || fail "cannot cover $2: $out"; shift 2 ;;
    *) fail "unknown isolation step $1" ;;
  esac
done
shift
printf '%s\\n' ${LAUNCHER_READY} >&3
exec 3>&-
exec unshare --user --map-user="$uid" --map-group="$gid" "$@"
`;
function launcherFor(steps) {
    const uid = process.getuid?.() ?? 0;
    const gid = process.getgid?.() ?? 0;
    // root can mount as it is; anyone else becomes root of a user namespace to mount.
    const namespaces = uid === 0 ? [] : ['--user', '--map-root-user'];
    const operations = steps.flatMap(step => step.kind === 'replace' ? ['replace', step.source, step.target] : ['empty-dir', step.target]);
    return {
        prefix: [
            'unshare',
            ...namespaces,
            ...['--mount', '--pid', '--fork', '--mount-proc'],
            ...['/bin/sh', '-c', SETUP_SCRIPT, 'rerun-action-isolation'],
            ...[String(uid), String(gid)],
            ...operations,
            '--'
        ]
    };
}
/** Why isolated commands cannot run here, or null when a trial run covered a file and a directory. */
async function unavailableBecause(dir) {
    if (process.platform !== 'linux')
        return `namespaces exist only on Linux, not ${process.platform}`;
    const file = external_node_path_default().join(dir, 'probe-file');
    const directory = external_node_path_default().join(dir, 'probe-dir');
    await external_node_fs_default().promises.writeFile(file, 'visible\n');
    await external_node_fs_default().promises.mkdir(directory, { recursive: true });
    const launcher = launcherFor([
        { kind: 'replace', target: file, source: '/dev/null' },
        { kind: 'empty-dir', target: directory }
    ]);
    try {
        // Covered file and directory, and a /proc of its own: there, process 1 is the launched shell,
        // whose command line holds this check and so its unique marker.
        const marker = `rerun-action-probe-${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
        const check = `test ! -s ${shellQuote(file)} && test -z "$(ls -A ${shellQuote(directory)})" && grep -q ${marker} /proc/1/cmdline`;
        const run = await runShellCommand(check, {
            cwd: dir,
            env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
            timeoutMs: 20_000,
            tailBytes: 4096,
            launcher
        });
        if (run.exitCode === 0)
            return null;
        return `a trial isolated command exited with ${run.exitCode}${run.tail.trim() ? `: ${run.tail.trim()}` : ''}`;
    }
    catch (e) {
        const error = e;
        if (error.code === 'ENOENT')
            return '`unshare` (util-linux) is not installed';
        return error.message;
    }
    finally {
        await external_node_fs_default().promises.rm(file, { force: true });
        await external_node_fs_default().promises.rm(directory, { recursive: true, force: true });
    }
}
/** What to do about it, where there is something to do (Linux without user namespaces). */
function enableHint() {
    if (process.platform !== 'linux')
        return '';
    return (' Ubuntu 24.04 restricts unprivileged user namespaces with AppArmor; ' +
        '`sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` lifts that.');
}
/**
 * The launcher that isolates replayed commands, or null when they run without one (mode off,
 * or auto where namespaces are unavailable, which `notice` reports). Scrubbed copies of config
 * files go into `dir`, which the caller removes at the end.
 */
async function prepareIsolation(mode, sources, dir, notice) {
    if (mode === 'off')
        return null;
    await external_node_fs_default().promises.mkdir(dir, { recursive: true, mode: 0o700 });
    const reason = await unavailableBecause(dir);
    if (reason !== null) {
        if (mode === 'required') {
            throw new UsageError(`isolation is required, but replayed commands cannot be isolated here: ${reason}.${enableHint()}`);
        }
        notice(`replayed commands run without isolation (${reason}): they can read what this user can, ` +
            `git credentials included.${enableHint()}`);
        return null;
    }
    const steps = await secretFiles(sources, dir);
    const covered = steps.map(step => step.target);
    if (covered.length > 0) {
        notice(`replayed commands run isolated; hidden from them: ${covered.join(', ')}`);
    }
    return launcherFor(steps);
}

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

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
var promises_default = /*#__PURE__*/__nccwpck_require__.n(promises_namespaceObject);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/engine/compare/content/limits.ts
/**
 * Every cap of the content comparison in one place (documented in docs/comparison-rules.md):
 * reports stay readable and memory stays flat whatever the size of an output.
 */
/** Files are read in chunks of this size; memory per comparison is a few chunks. */
const CHUNK_BYTES = 1 << 20;
/** How much of each file is sniffed for a NUL byte to tell text from binary. */
const SNIFF_BYTES = 8 << 10;
/** A line longer than this is not text as far as diffing goes: the output is compared as binary. */
const MAX_LINE_BYTES = 1 << 20;
/** Unified diff shown per output. */
const MAX_DIFF_LINES = 200;
const MAX_DIFF_BYTES = 32 << 10;
/** A longer diff line is shown cut, with the number of characters left out. */
const MAX_DIFF_LINE_CHARS = 1000;
/** Lines of context around each change in the unified diff. */
const DIFF_CONTEXT_LINES = 3;
/**
 * One changed region is diffed in a window of this many lines (and characters) per side, grown
 * by DIFF_WINDOW_GROWTH until the region closes or the window reaches DIFF_WINDOW_MAX_LINES:
 * a one-line change costs a small diff, a long one still gets a window that holds it.
 */
const DIFF_WINDOW_LINES = 64;
const DIFF_WINDOW_CHARS = 64 << 10;
const DIFF_WINDOW_GROWTH = 4;
const DIFF_WINDOW_MAX_LINES = 4096;
/** A window is grown only while its diff needs at most this many edits (bounding diff time). */
const DIFF_MAX_EDITS = 2048;
/** A region is closed when both sides end with this many lines in common after its last change. */
const DIFF_SYNC_LINES = 8;
/** Lines fed to the diff algorithm per output, in all windows together; beyond it lines are counted. */
const DIFF_BUDGET_LINES = 200_000;
/** JSON and CSV/TSV files larger than this (either side) are compared as text. */
const MAX_STRUCTURED_BYTES = 4 << 20;
/** Changed JSON paths or CSV/TSV cells listed per output. */
const MAX_STRUCTURED_CHANGES = 100;
/** JSON values longer than this (as JSON) are shown abbreviated in the list of changes. */
const MAX_VALUE_PREVIEW_CHARS = 200;
/** Row alignment of tables with different row counts gives up beyond this edit distance. */
const MAX_ROW_EDITS = 2000;
/** Outputs are checked for reordered lines only when both are at most this large. */
const MAX_REORDER_BYTES = 4 << 20;
/** A whitespace-only difference is looked for across at most this many words of drift. */
const MAX_PENDING_WORDS = 100_000;
/** Above this size the regenerated file's digest is computed on a second thread. */
const PARALLEL_DIGEST_BYTES = 64 << 20;

;// CONCATENATED MODULE: ./src/engine/compare/content/bytes.ts
/** Byte-level helpers shared by the binary comparison and the text fast path. */


/**
 * Index of the first byte where a and b differ within their common length, or -1. Bisects with
 * native comparisons, so a 1 MiB chunk costs about two memcmp passes instead of a JS loop.
 */
function firstDifferentIndex(a, b) {
    let low = 0;
    let high = Math.min(a.length, b.length);
    if (Buffer.compare(a.subarray(low, high), b.subarray(low, high)) === 0)
        return -1;
    while (high - low > 64) {
        const middle = (low + high) >>> 1;
        if (Buffer.compare(a.subarray(low, middle), b.subarray(low, middle)) === 0)
            low = middle;
        else
            high = middle;
    }
    for (let i = low; i < high; i++)
        if (a[i] !== b[i])
            return i;
    return -1;
}
function countNewlines(bytes, start = 0, end = bytes.length) {
    let count = 0;
    for (let i = bytes.indexOf(10, start); i !== -1 && i < end; i = bytes.indexOf(10, i + 1))
        count++;
    return count;
}
/** Fill `buffer` from `position` as far as the file allows; returns the bytes read. */
async function readAt(handle, buffer, position) {
    let filled = 0;
    while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, position + filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return buffer.subarray(0, filled);
}
/** The first `bytes` bytes of a file (fewer when it is shorter). */
async function readHead(file, bytes) {
    const handle = await promises_default().open(file, 'r');
    try {
        return await readAt(handle, Buffer.alloc(bytes), 0);
    }
    finally {
        await handle.close();
    }
}
/** A NUL byte in the first SNIFF_BYTES: the file is binary, whatever its name says. */
async function looksBinary(file) {
    return (await readHead(file, SNIFF_BYTES)).includes(0);
}
/**
 * Two files read side by side in CHUNK_BYTES steps, the next pair being read while the caller
 * works on the current one (two buffers per file, so a chunk stays valid until the next is
 * asked for). Ends when both are read to their size (default: to the end of the file).
 * `wantSecond(position)`, asked before each read ahead, may stop reading the second file: its
 * chunks are then empty.
 */
async function* chunkPairs(first, second, sizes = [Infinity, Infinity], wantSecond = () => true) {
    const slots = [0, 1].map(() => [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)]);
    const empty = Buffer.alloc(0);
    const readPair = async (position, slot) => {
        const [bufferA = empty, bufferB = empty] = slots[slot % 2] ?? [];
        return Promise.all([
            position < sizes[0] ? readAt(first, bufferA, position) : empty,
            position < sizes[1] && wantSecond(position) ? readAt(second, bufferB, position) : empty
        ]);
    };
    let pending = readPair(0, 0);
    try {
        for (let position = 0, slot = 0;; position += CHUNK_BYTES, slot++) {
            const pair = await pending;
            if (pair[0].length === 0 && pair[1].length === 0)
                return;
            pending = readPair(position + CHUNK_BYTES, slot + 1);
            yield pair;
        }
    }
    finally {
        // A caller that stops early closes its handles only once the read ahead has settled.
        await pending.catch(() => undefined);
    }
}
/** Whether two files hold the same bytes, read until the first difference: far cheaper than hashing. */
async function identicalFiles(a, b) {
    const [first, second] = await Promise.all([promises_default().open(a, 'r'), promises_default().open(b, 'r')]);
    try {
        const [statA, statB] = await Promise.all([first.stat(), second.stat()]);
        if (statA.size !== statB.size)
            return false;
        // To the end of both, not to the sizes: a file that changed size under us reads short.
        for await (const [chunkA, chunkB] of chunkPairs(first, second)) {
            if (!chunkA.equals(chunkB))
                return false;
        }
        return true;
    }
    finally {
        await Promise.all([first.close(), second.close()]);
    }
}

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
createReadStream(workerData, { highWaterMark: ${CHUNK_BYTES} })
  .on('data', chunk => hash.update(chunk))
  .on('error', error => { throw error })
  .on('end', () => parentPort.postMessage(hash.digest('hex')))
`;
function sha256OnWorker(file) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_namespaceObject.Worker(DIGEST_WORKER, { eval: true, workerData: file });
        worker.once('message', (digest) => resolve(String(digest)));
        worker.once('error', reject);
        worker.once('exit', code => reject(new Error(`digest worker exited with code ${code}`)));
    });
}
/** Hash both files and find the first difference in one pass; `regenerated` is not hashed when null. */
async function scan(committed, regenerated, sizes, regeneratedHash) {
    const committedHash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    // undefined: no difference found yet; null: one file is a prefix of the other (or equal).
    let firstDifferentByte;
    // The regenerated file is read only while it is hashed here or compared.
    const pairs = chunkPairs(committed, regenerated, [sizes.committed, sizes.regenerated], () => regeneratedHash !== null || firstDifferentByte === undefined);
    let position = 0;
    for await (const [committedChunk, regeneratedChunk] of pairs) {
        committedHash.update(committedChunk);
        regeneratedHash?.update(regeneratedChunk);
        if (firstDifferentByte === undefined) {
            const index = firstDifferentIndex(committedChunk, regeneratedChunk);
            if (index >= 0)
                firstDifferentByte = position + index;
            else if (committedChunk.length !== regeneratedChunk.length)
                firstDifferentByte = null;
        }
        position += CHUNK_BYTES;
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
            const parallel = sizes.regenerated >= PARALLEL_DIGEST_BYTES;
            const regeneratedHash = parallel ? null : (0,external_node_crypto_namespaceObject.createHash)('sha256');
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

;// CONCATENATED MODULE: ./src/engine/compare/content/numbers.ts
/** Under a tolerance, column alignment that shifts with a number's width does not count. */
const BLANKS = /[ \t]+/g;
const isDigit = (code) => code >= 48 && code <= 57;
const DOT = 46;
/** Letters, digits and `_`: what a number must not be glued to. */
const isWordCode = (code) => isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
/** Index just after the run of digits starting at `i`. */
function digitsEnd(line, i) {
    while (isDigit(line.charCodeAt(i)))
        i++;
    return i;
}
/**
 * The end of the number starting at `start`, or -1. A number is an optional sign, digits with an
 * optional fraction (or a fraction alone), and an optional exponent, taken as long as it goes; it
 * counts only standing on its own: not preceded by a word character or `.`, not followed by a
 * word character or by `.` and a digit. So `run2`, `0x1F`, `v1.2.3` and `1e` stay text, and a
 * sign after a word character is text: `2024-01-05` is 2024, `-`, 01, `-`, 05.
 */
function numberEnd(line, start) {
    const before = line.charCodeAt(start - 1);
    if (isWordCode(before) || before === DOT)
        return -1;
    let i = start;
    const first = line.charCodeAt(i);
    if (first === 43 || first === 45)
        i++; // + or -
    const integerEnd = digitsEnd(line, i);
    let end = integerEnd;
    if (line.charCodeAt(end) === DOT) {
        const fractionEnd = digitsEnd(line, end + 1);
        if (fractionEnd > end + 1 || integerEnd > i)
            end = fractionEnd;
    }
    if (end === i || (end === i + 1 && line.charCodeAt(i) === DOT))
        return -1;
    const e = line.charCodeAt(end);
    if (e === 69 || e === 101) {
        const sign = line.charCodeAt(end + 1);
        const exponentStart = sign === 43 || sign === 45 ? end + 2 : end + 1;
        const exponentEnd = digitsEnd(line, exponentStart);
        if (exponentEnd > exponentStart)
            end = exponentEnd;
    }
    const after = line.charCodeAt(end);
    if (isWordCode(after) || (after === DOT && isDigit(line.charCodeAt(end + 1))))
        return -1;
    return end;
}
function collapseBlanks(text) {
    return text.includes('  ') || text.includes('\t') ? text.replace(BLANKS, ' ') : text;
}
function tokenise(line) {
    const skeleton = [];
    const numbers = [];
    let last = 0;
    for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        if (!isDigit(code) && code !== DOT && code !== 43 && code !== 45)
            continue;
        const end = numberEnd(line, i);
        if (end < 0)
            continue;
        const text = line.slice(i, end);
        skeleton.push(collapseBlanks(line.slice(last, i)));
        numbers.push({ text, value: Number(text) });
        last = end;
        i = end - 1;
    }
    skeleton.push(collapseBlanks(line.slice(last)));
    return { skeleton, numbers };
}
const isBlank = (code) => code === 32 || code === 9;
/**
 * Where two lines differ, widened to whole blank-separated words: tokenising just that part gives
 * the same tokens as tokenising the whole lines (no number and no run of blanks crosses its
 * edges), which makes comparing long lines that differ in one number cheap.
 */
function differingSpan(a, b) {
    const shorter = Math.min(a.length, b.length);
    let start = 0;
    while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start))
        start++;
    let suffix = 0;
    while (suffix < shorter - start &&
        a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) {
        suffix++;
    }
    // Back over blanks, then over the word, to a word start preceded by a blank (or 0).
    while (start > 0 && isBlank(a.charCodeAt(start - 1)))
        start--;
    while (start > 0 && !isBlank(a.charCodeAt(start - 1)))
        start--;
    // Forward over blanks, then over the word, inside the common suffix.
    let end = a.length - suffix;
    while (end < a.length && isBlank(a.charCodeAt(end)))
        end++;
    while (end < a.length && !isBlank(a.charCodeAt(end)))
        end++;
    const endA = end;
    const endB = end + b.length - a.length;
    return { start, endA, endB };
}
/**
 * The pairs of numbers whose values differ, when the two lines differ in nothing else (text
 * between numbers equal up to runs of blanks); null when they differ in something else.
 */
function differingNumbers(committed, regenerated) {
    // The walk compares a pair and the cause evidence looks at the same pair right after.
    if (lastPair.committed === committed && lastPair.regenerated === regenerated) {
        return lastPair.result;
    }
    const result = tokenisedDifference(committed, regenerated);
    lastPair = { committed, regenerated, result };
    return result;
}
let lastPair = {
    committed: '',
    regenerated: '',
    result: []
};
function tokenisedDifference(committed, regenerated) {
    const { start, endA, endB } = differingSpan(committed, regenerated);
    const a = tokenise(committed.slice(start, endA));
    const b = tokenise(regenerated.slice(start, endB));
    if (a.numbers.length !== b.numbers.length)
        return null;
    if (a.skeleton.some((text, i) => text !== b.skeleton[i]))
        return null;
    const pairs = [];
    a.numbers.forEach((number, i) => {
        const other = b.numbers[i];
        if (other && number.value !== other.value)
            pairs.push({ committed: number, regenerated: other });
    });
    return pairs;
}
/** |a − b| and |a − b| / max(|a|, |b|); both 0 when the values are equal. */
function deviationBetween(a, b) {
    if (a === b)
        return { absolute: 0, relative: 0 };
    const absolute = Math.abs(a - b);
    return { absolute, relative: absolute / Math.max(Math.abs(a), Math.abs(b)) };
}
/** Absolute OR relative: the documented rule, symmetric in a and b. */
function withinTolerance(a, b, tolerance) {
    if (a === b)
        return true;
    const { absolute, relative } = deviationBetween(a, b);
    if (!Number.isFinite(absolute))
        return false;
    return absolute <= tolerance.absolute || relative <= tolerance.relative;
}
/**
 * The line with every number taken out: lines equal within any tolerance have equal keys, so
 * comparing keys first rules out most pairs cheaply when many are compared (diffing a window).
 */
function textAroundNumbers(line) {
    return tokenise(line).skeleton.join('\u0000');
}
/** Whether two lines (or cells) are equal within the tolerance. */
function equalWithinTolerance(committed, regenerated, tolerance) {
    if (committed === regenerated)
        return true;
    const pairs = differingNumbers(committed, regenerated);
    return (pairs !== null &&
        pairs.every(pair => withinTolerance(pair.committed.value, pair.regenerated.value, tolerance)));
}
/** Written with a decimal point or an exponent: a computed value rather than a count. */
function looksFloatingPoint(token) {
    return /[.eE]/.test(token.text);
}
/** The largest absolute and relative deviation seen (each maximised on its own). */
class DeviationTracker {
    absolute = 0;
    relative = 0;
    seen = false;
    record(a, b) {
        const deviation = deviationBetween(a, b);
        // Overflowed numbers (1e999) differ, but have no finite deviation worth reporting.
        if (Number.isFinite(deviation.absolute)) {
            this.absolute = Math.max(this.absolute, deviation.absolute);
            this.relative = Math.max(this.relative, deviation.relative);
            this.seen = true;
        }
        return deviation;
    }
    get deviation() {
        return this.seen ? { absolute: this.absolute, relative: this.relative } : undefined;
    }
}

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
    deviations = new DeviationTracker();
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
        const pairs = differingNumbers(committed, regenerated);
        if (pairs === null) {
            this.numericOnly = this.floatDrift = false;
            return;
        }
        for (const pair of pairs) {
            this.driftingNumbers++;
            const { relative } = this.deviations.record(pair.committed.value, pair.regenerated.value);
            const floating = looksFloatingPoint(pair.committed) || looksFloatingPoint(pair.regenerated);
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
        return value.length > MAX_VALUE_PREVIEW_CHARS
            ? `${value.slice(0, MAX_VALUE_PREVIEW_CHARS)}…`
            : value;
    }
    if (typeof value !== 'object' || value === null)
        return value;
    if (JSON.stringify(value).length <= MAX_VALUE_PREVIEW_CHARS)
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
        if (this.changes.length < MAX_STRUCTURED_CHANGES)
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
                withinTolerance(committed, regenerated, this.tolerance);
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
    const same = (x, y) => x === y || (tolerance !== undefined && equalWithinTolerance(x, y, tolerance));
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
        if (!(0,external_node_buffer_namespaceObject.isUtf8)(bytes))
            throw new NotTextError(`line ${this.nextNumber} is not valid UTF-8`);
        this.cursor = terminated ? end + 1 : end;
        return { text: bytes.toString('utf8'), terminated, number: this.nextNumber++ };
    }
    async refill() {
        const rest = this.buffer.length - this.cursor;
        if (rest > MAX_LINE_BYTES) {
            throw new NotTextError(`line ${this.nextNumber} is longer than ${MAX_LINE_BYTES} bytes`);
        }
        if (this.stores.length === 0) {
            this.stores = [0, 1].map(() => Buffer.allocUnsafe(MAX_LINE_BYTES + CHUNK_BYTES));
        }
        this.store ^= 1;
        const next = this.stores[this.store];
        this.buffer.copy(next, 0, this.cursor);
        const read = await readAt(this.handle, next.subarray(rest, rest + CHUNK_BYTES), this.position);
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
            this.scratch = [0, 1].map(() => Buffer.allocUnsafe(CHUNK_BYTES));
        return readAt(this.handle, this.scratch[slot].subarray(0, length), offset);
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
        const index = firstDifferentIndex(committedChunk, regeneratedChunk);
        if (index >= 0) {
            differenceAt = chunkStart + index;
            break;
        }
        newlinesBeforeChunk += countNewlines(committedChunk);
        previous = committedChunk;
        const nextStart = chunkStart + committedChunk.length;
        const length = Math.min(CHUNK_BYTES, committed.size - committedStart - nextStart, regenerated.size - regeneratedStart - nextStart);
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
        ? newlinesBeforeChunk + countNewlines(committedChunk, 0, stop - chunkStart)
        : newlinesBeforeChunk - countNewlines(previous, stop - (chunkStart - previous.length));
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

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/array.js

class ArrayDiff extends Diff {
    tokenize(value) {
        return value.slice();
    }
    join(value) {
        return value;
    }
    removeEmpty(value) {
        return value;
    }
}
const arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
    return arrayDiff.diff(oldArr, newArr, options);
}

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
            (this.tolerance !== undefined && equalWithinTolerance(a.trim(), b.trim(), this.tolerance)));
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
            if (this.cells.length < MAX_STRUCTURED_CHANGES) {
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
    const changes = diffArrays([...committed], [...regenerated], {
        comparator: (a, b) => comparison.rowsEqual(a, b),
        maxEditLength: MAX_ROW_EDITS
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

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/line.js


class LineDiff extends Diff {
    constructor() {
        super(...arguments);
        this.tokenize = tokenize;
    }
    equals(left, right, options) {
        // If we're ignoring whitespace, we need to normalise lines by stripping
        // whitespace before checking equality. (This has an annoying interaction
        // with newlineIsToken that requires special handling: if newlines get their
        // own token, then we DON'T want to trim the *newline* tokens down to empty
        // strings, since this would cause us to treat whitespace-only line content
        // as equal to a separator between lines, which would be weird and
        // inconsistent with the documented behavior of the options.)
        if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes('\n')) {
                left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes('\n')) {
                right = right.trim();
            }
        }
        else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith('\n')) {
                left = left.slice(0, -1);
            }
            if (right.endsWith('\n')) {
                right = right.slice(0, -1);
            }
        }
        return super.equals(left, right, options);
    }
}
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
    return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
    options = generateOptions(options, { ignoreWhitespace: true });
    return lineDiff.diff(oldStr, newStr, options);
}
// Exported standalone so it can be used from jsonDiff too.
function tokenize(value, options) {
    if (options.stripTrailingCr) {
        // remove one \r before \n to match GNU diff's --strip-trailing-cr behavior
        value = value.replace(/\r\n/g, '\n');
    }
    const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
    // Ignore the final empty token that occurs if the string ends with a new line
    if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
    }
    // Merge the content and line separators into single tokens
    for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
            retLines[retLines.length - 1] += line;
        }
        else {
            retLines.push(line);
        }
    }
    return retLines;
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/patch/create.js

/**
 * Returns true if the filename contains characters that require C-style
 * quoting (as used by Git and GNU diffutils in diff output).
 */
function needsQuoting(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] < '\x20' || s[i] > '\x7e' || s[i] === '"' || s[i] === '\\') {
            return true;
        }
    }
    return false;
}
/**
 * C-style quotes a filename, encoding special characters as escape sequences
 * and non-ASCII bytes as octal escapes. This is the inverse of
 * `parseQuotedFileName` in parse.ts.
 *
 * Non-ASCII bytes are encoded as UTF-8 before being emitted as octal escapes.
 * This matches the behaviour of both Git and GNU diffutils, which always emit
 * UTF-8 octal escapes regardless of the underlying filesystem encoding (e.g.
 * Git for Windows converts from NTFS's UTF-16 to UTF-8 internally).
 *
 * If the filename doesn't need quoting, returns it as-is.
 */
function quoteFileNameIfNeeded(s) {
    if (!needsQuoting(s)) {
        return s;
    }
    let result = '"';
    const bytes = new TextEncoder().encode(s);
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        // See https://en.wikipedia.org/wiki/Escape_sequences_in_C#Escape_sequences
        if (b === 0x07) {
            result += '\\a';
        }
        else if (b === 0x08) {
            result += '\\b';
        }
        else if (b === 0x09) {
            result += '\\t';
        }
        else if (b === 0x0a) {
            result += '\\n';
        }
        else if (b === 0x0b) {
            result += '\\v';
        }
        else if (b === 0x0c) {
            result += '\\f';
        }
        else if (b === 0x0d) {
            result += '\\r';
        }
        else if (b === 0x22) {
            result += '\\"';
        }
        else if (b === 0x5c) {
            result += '\\\\';
        }
        else if (b >= 0x20 && b <= 0x7e) {
            // Just a printable ASCII character that is neither a double quote nor a
            // backslash; no need to escape it.
            result += String.fromCharCode(b);
        }
        else {
            // Either part of a non-ASCII character or a control character without a
            // special escape sequence; needs escaping as a 3-digit octal escape
            result += '\\' + b.toString(8).padStart(3, '0');
        }
        i++;
    }
    result += '"';
    return result;
}
const INCLUDE_HEADERS = {
    includeIndex: true,
    includeUnderline: true,
    includeFileHeaders: true
};
const FILE_HEADERS_ONLY = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: true
};
const OMIT_HEADERS = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: false
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    let optionsObj;
    if (!options) {
        optionsObj = {};
    }
    else if (typeof options === 'function') {
        optionsObj = { callback: options };
    }
    else {
        optionsObj = options;
    }
    if (typeof optionsObj.context === 'undefined') {
        optionsObj.context = 4;
    }
    // We copy this into its own variable to placate TypeScript, which thinks
    // optionsObj.context might be undefined in the callbacks below.
    const context = optionsObj.context;
    // @ts-expect-error (runtime check for something that is correctly a static type error)
    if (optionsObj.newlineIsToken) {
        throw new Error('newlineIsToken may not be used with patch-generation functions, only with diffing functions');
    }
    if (!optionsObj.callback) {
        return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
    }
    else {
        const { callback } = optionsObj;
        diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
                const patch = diffLinesResultToPatch(diff);
                // TypeScript is unhappy without the cast because it does not understand that `patch` may
                // be undefined here only if `callback` is StructuredPatchCallbackAbortable:
                callback(patch);
            } }));
    }
    function diffLinesResultToPatch(diff) {
        // STEP 1: Build up the patch with no "\ No newline at end of file" lines and with the arrays
        //         of lines containing trailing newline characters. We'll tidy up later...
        if (!diff) {
            return;
        }
        diff.push({ value: '', lines: [] }); // Append an empty value to make cleanup easier
        function contextLines(lines) {
            return lines.map(function (entry) { return ' ' + entry; });
        }
        const hunks = [];
        let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (let i = 0; i < diff.length; i++) {
            const current = diff[i], lines = current.lines || splitLines(current.value);
            current.lines = lines;
            if (current.added || current.removed) {
                // If we have previous context, start with that
                if (!oldRangeStart) {
                    const prev = diff[i - 1];
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (prev) {
                        curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                        oldRangeStart -= curRange.length;
                        newRangeStart -= curRange.length;
                    }
                }
                // Output our changes
                for (const line of lines) {
                    curRange.push((current.added ? '+' : '-') + line);
                }
                // Track the updated file position
                if (current.added) {
                    newLine += lines.length;
                }
                else {
                    oldLine += lines.length;
                }
            }
            else {
                // Identical context lines. Track line changes
                if (oldRangeStart) {
                    // Close out any changes that have been output (or join overlapping)
                    if (lines.length <= context * 2 && i < diff.length - 2) {
                        // Overlapping
                        for (const line of contextLines(lines)) {
                            curRange.push(line);
                        }
                    }
                    else {
                        // end the range and output
                        const contextSize = Math.min(lines.length, context);
                        for (const line of contextLines(lines.slice(0, contextSize))) {
                            curRange.push(line);
                        }
                        const hunk = {
                            oldStart: oldRangeStart,
                            oldLines: (oldLine - oldRangeStart + contextSize),
                            newStart: newRangeStart,
                            newLines: (newLine - newRangeStart + contextSize),
                            lines: curRange
                        };
                        hunks.push(hunk);
                        oldRangeStart = 0;
                        newRangeStart = 0;
                        curRange = [];
                    }
                }
                oldLine += lines.length;
                newLine += lines.length;
            }
        }
        // Step 2: eliminate the trailing `\n` from each line of each hunk, and, where needed, add
        //         "\ No newline at end of file".
        for (const hunk of hunks) {
            for (let i = 0; i < hunk.lines.length; i++) {
                if (hunk.lines[i].endsWith('\n')) {
                    hunk.lines[i] = hunk.lines[i].slice(0, -1);
                }
                else {
                    hunk.lines.splice(i + 1, 0, '\\ No newline at end of file');
                    i++; // Skip the line we just added, then continue iterating
                }
            }
        }
        return {
            oldFileName: oldFileName, newFileName: newFileName,
            oldHeader: oldHeader, newHeader: newHeader,
            hunks: hunks
        };
    }
}
/**
 * creates a unified diff patch.
 *
 * @param patch either a single structured patch object (as returned by `structuredPatch`) or an
 *   array of them (as returned by `parsePatch`).
 * @param headerOptions behaves the same as the `headerOptions` option of `createTwoFilesPatch`.
 *   Ignored for patches where `isGit` is `true`.
 *
 * When a patch has `isGit: true`, `formatPatch` output is changed to more closely match Git's
 * output: it emits a `diff --git` header, emits Git extended headers as appropriate based on
 * properties like `isRename`, `isCreate`, `newMode`, etc, and will omit `---`/`+++` file
 * headers for patches with no hunks (e.g. renames without content changes).
 */
function formatPatch(patch, headerOptions) {
    var _a, _b, _c, _d, _e, _f;
    if (!headerOptions) {
        headerOptions = INCLUDE_HEADERS;
    }
    if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every(p => p.isGit)) {
            throw new Error('Cannot omit file headers on a multi-file patch. '
                + '(The result would be unparseable; how would a tool trying to apply '
                + 'the patch know which changes are to which file?)');
        }
        return patch.map(p => formatPatch(p, headerOptions)).join('\n');
    }
    const ret = [];
    // Git patches have a fixed header format (diff --git, extended headers,
    // and ---/+++ when hunks are present), so headerOptions is ignored.
    if (patch.isGit) {
        headerOptions = INCLUDE_HEADERS;
        // Emit Git-style diff --git header and extended headers.
        // Git never puts /dev/null in the "diff --git" line; for file
        // creations/deletions it uses the real filename on both sides.
        if (!patch.oldFileName) {
            throw new Error('oldFileName must be specified for Git patches');
        }
        if (!patch.newFileName) {
            throw new Error('newFileName must be specified for Git patches');
        }
        let gitOldName = patch.oldFileName;
        let gitNewName = patch.newFileName;
        if (patch.isCreate && gitOldName === '/dev/null') {
            gitOldName = gitNewName.replace(/^b\//, 'a/');
        }
        else if (patch.isDelete && gitNewName === '/dev/null') {
            gitNewName = gitOldName.replace(/^a\//, 'b/');
        }
        ret.push('diff --git ' + quoteFileNameIfNeeded(gitOldName) + ' ' + quoteFileNameIfNeeded(gitNewName));
        if (patch.isDelete) {
            ret.push('deleted file mode ' + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : '100644'));
        }
        if (patch.isCreate) {
            ret.push('new file mode ' + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : '100644'));
        }
        if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
            ret.push('old mode ' + patch.oldMode);
            ret.push('new mode ' + patch.newMode);
        }
        if (patch.isRename) {
            ret.push('rename from ' + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : '').replace(/^a\//, '')));
            ret.push('rename to ' + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : '').replace(/^b\//, '')));
        }
        if (patch.isCopy) {
            ret.push('copy from ' + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : '').replace(/^a\//, '')));
            ret.push('copy to ' + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : '').replace(/^b\//, '')));
        }
    }
    else {
        if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== undefined) {
            ret.push('Index: ' + patch.oldFileName);
        }
        if (headerOptions.includeUnderline) {
            ret.push('===================================================================');
        }
    }
    // Emit --- / +++ file headers. For Git patches with no hunks (e.g.
    // pure renames, mode-only changes), Git omits these, so we do too.
    const hasHunks = patch.hunks.length > 0;
    if (headerOptions.includeFileHeaders && patch.oldFileName !== undefined && patch.newFileName !== undefined
        && (!patch.isGit || hasHunks)) {
        ret.push('--- ' + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? '\t' + patch.oldHeader : ''));
        ret.push('+++ ' + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? '\t' + patch.newHeader : ''));
    }
    for (let i = 0; i < patch.hunks.length; i++) {
        const hunk = patch.hunks[i];
        // Unified Diff Format quirk: If the chunk size is 0,
        // the first number is one lower than one would expect.
        // https://www.artima.com/weblogs/viewpost.jsp?thread=164293
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        ret.push('@@ -' + oldStart + ',' + hunk.oldLines
            + ' +' + newStart + ',' + hunk.newLines
            + ' @@');
        for (const line of hunk.lines) {
            ret.push(line);
        }
    }
    return ret.join('\n') + '\n';
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    if (typeof options === 'function') {
        options = { callback: options };
    }
    if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
            return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
    }
    else {
        const { callback } = options;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: patchObj => {
                if (!patchObj) {
                    callback(undefined);
                }
                else {
                    callback(formatPatch(patchObj, options.headerOptions));
                }
            } }));
    }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
    return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
/**
 * Split `text` into an array of lines, including the trailing newline character (where present)
 */
function splitLines(text) {
    const hasTrailingNl = text.endsWith('\n');
    const result = text.split('\n').map(line => line + '\n');
    if (hasTrailingNl) {
        result.pop();
    }
    else {
        result.push(result.pop().slice(0, -1));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/engine/compare/content/text-evidence.ts


const withNewline = (line) => (line.terminated ? `${line.text}\n` : line.text);
const MAX_PENDING_LINES = 2 * DIFF_WINDOW_MAX_LINES;
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
    words = new Pairing(MAX_PENDING_WORDS, (a, b) => a === b);
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
            if (this.keptLines < MAX_DIFF_LINES) {
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
        const text = formatPatch({
            oldFileName: `a/${this.outputPath}`,
            newFileName: `b/${this.outputPath}`,
            oldHeader: 'committed',
            newHeader: 'regenerated',
            hunks: this.hunks
        }, FILE_HEADERS_ONLY);
        const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
        const shown = [];
        let bytes = 0;
        for (const line of lines) {
            const cut = line.length > MAX_DIFF_LINE_CHARS
                ? `${line.slice(0, MAX_DIFF_LINE_CHARS)} [… ${line.length - MAX_DIFF_LINE_CHARS} more characters]`
                : line;
            bytes += Buffer.byteLength(cut) + 1;
            if (shown.length >= MAX_DIFF_LINES || bytes > MAX_DIFF_BYTES)
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
                (tolerance !== undefined && equalWithinTolerance(a.text, b.text, tolerance))),
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
        const keys = new Map([...committed, ...regenerated].map(line => [line, textAroundNumbers(line.text)]));
        const changes = diffArrays(committed, regenerated, {
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
    const patch = structuredPatch('', '', asText(committed), asText(shown), undefined, undefined, {
        context: DIFF_CONTEXT_LINES,
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
        synced: committed.length - committedEnd + trailingContext >= DIFF_SYNC_LINES
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
            const evidence = new TextEvidence(Math.max(committedSize, regeneratedSize) <= MAX_REORDER_BYTES);
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
                if ((await skipIdenticalLines(committed, regenerated, DIFF_CONTEXT_LINES)) > 0) {
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
        if (committed.length > DIFF_CONTEXT_LINES) {
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
        for (let scale = 1;; scale *= DIFF_WINDOW_GROWTH) {
            committedWindow.lines.push(...(await this.fill(this.committed, committedWindow.lines, scale)));
            regeneratedWindow.lines.push(...(await this.fill(this.regenerated, regeneratedWindow.lines, scale)));
            // A window is diffed only while that stays cheap; the last one that was is kept.
            const wider = diffWindows(committedWindow, regeneratedWindow, this.comparison, DIFF_MAX_EDITS);
            if (!wider)
                break;
            region = wider;
            if (ended() || region.synced || DIFF_WINDOW_LINES * scale >= DIFF_WINDOW_MAX_LINES)
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
        if (!region.synced || this.diffedLines > DIFF_BUDGET_LINES)
            this.stopped = true;
        return !this.stopped;
    }
    fill(source, window, scale) {
        const chars = window.reduce((sum, line) => sum + line.text.length, 0);
        return source.take(DIFF_WINDOW_LINES * scale - window.length, DIFF_WINDOW_CHARS * scale - chars);
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
async function detectFormat(outputPath, committedFile, regeneratedFile) {
    const binary = await Promise.all([looksBinary(committedFile), looksBinary(regeneratedFile)]);
    if (binary.some(Boolean))
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
    return contents.every(bytes => (0,external_node_buffer_namespaceObject.isUtf8)(bytes))
        ? contents.map(bytes => bytes.toString('utf8'))
        : null;
}
async function analyse(committedFile, regeneratedFile, outputPath, rule, largestSize) {
    const format = await detectFormat(outputPath, committedFile, regeneratedFile);
    if (format === 'binary')
        return compareAsBinary(committedFile, regeneratedFile);
    let structuredCause;
    // ignore-lines works on lines, so an output with that rule is compared as text.
    if (format !== 'text' && rule.ignoreLines.length === 0 && largestSize <= MAX_STRUCTURED_BYTES) {
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

;// CONCATENATED MODULE: ./src/engine/compare/explain-difference.ts
/**
 * For an output whose bytes differ from the run commit's: get both contents onto disk (the
 * committed one from git, or from the annex when it is there or cheap to fetch) and let the
 * format-aware analysis say how they differ and whether the .rerun.yml rule accepts it.
 */





/** Committed annexed content is fetched for a diff only up to this size, and only for text. */
const MAX_FETCHED_FOR_DIFF = 64 * 1024 * 1024;
function contentPathOf(state) {
    if (state.kind === 'file')
        return state.path;
    if (state.kind === 'annex')
        return state.contentPath;
    return null;
}
let extracted = 0;
/**
 * The committed content on disk: a git blob extracted into the scratch directory (temporary,
 * removed by the caller), or the annexed content when it is in the annex or cheap to fetch.
 */
async function committedContent(context, committed, regeneratedFile, known) {
    if (committed.kind === 'git') {
        const file = external_node_path_default().join(context.scratch, `committed-${process.pid}-${++extracted}`);
        await context.git.writeBlob(committed.object, file);
        return { file, temporary: true };
    }
    if (committed.kind === 'annex' && context.annex) {
        const { key } = committed;
        const fetchable = (key.size ?? Infinity) <= MAX_FETCHED_FOR_DIFF && !(await looksBinary(regeneratedFile));
        // Not asked again where the comparison already found it absent and it will not be fetched.
        if (fetchable || !known.committedNotLocal) {
            const content = await context.annex.contentOf(key.key, fetchable);
            if ('path' in content)
                return { file: content.path, temporary: false };
        }
    }
    return { file: null, temporary: false };
}
async function explainDifference(context, outputPath, committed, regenerated, rule, known = {}) {
    const regeneratedFile = contentPathOf(regenerated);
    if (!regeneratedFile)
        return { status: 'modified' };
    const { file: committedFile, temporary } = known.committedFile
        ? { file: known.committedFile, temporary: false }
        : await committedContent(context, committed, regeneratedFile, known);
    try {
        if (!committedFile) {
            if (committed.kind !== 'annex')
                return { status: 'modified' };
            const { key } = committed;
            const size = (await external_node_fs_default().promises.stat(regeneratedFile)).size;
            const digest = known.regeneratedDigest ??
                (key.algorithm
                    ? (await digestFile(regeneratedFile, [key.algorithm])).digests.get(key.algorithm)
                    : undefined);
            return {
                status: 'modified',
                diff: {
                    kind: 'annex-unavailable',
                    committedKey: key.key,
                    committedSize: key.size,
                    regenerated: { size, digest }
                }
            };
        }
        const analysis = await analyseDifference(committedFile, regeneratedFile, outputPath, rule);
        if (!analysis.equivalent) {
            return {
                status: 'modified',
                diff: analysis.diff,
                cause: analysis.cause,
                deviation: analysis.deviation
            };
        }
        const { deviation } = analysis;
        const largest = deviation
            ? ` (largest deviation ${deviation.absolute} absolute, ${deviation.relative} relative)`
            : '';
        return {
            status: 'within-tolerance',
            reason: `equal under its .rerun.yml rule${largest}`,
            cause: analysis.cause,
            deviation
        };
    }
    finally {
        if (temporary && committedFile)
            await external_node_fs_default().promises.rm(committedFile, { force: true });
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
 * (so committed annexed content need not be downloaded), symlinks by target. A large annexed
 * output whose committed content is in the local annex is compared byte for byte with it instead:
 * one read of both files, and a differing one goes straight to the analysis with no digest pass.
 */







/**
 * From this size on, an annexed output is compared with the committed content in the local annex
 * (when it is there) rather than hashed: finding the content costs a `git annex contentlocation`
 * (≈ 15 ms, the time to hash ≈ 10 MB), and comparing bytes is about 3× faster than hashing them.
 */
const COMPARE_IN_PLACE_BYTES = 16 << 20;
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
            return same
                ? { status: 'match' }
                : {
                    status: 'modified',
                    reason: 'annex key differs',
                    contentDiffers: true,
                    // Same algorithm: the regenerated key holds the digest the explanation would compute.
                    known: { regeneratedDigest: regenerated.key.digest }
                };
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
        return {
            status: 'modified',
            reason: `size ${size} bytes, committed ${key.size} bytes`,
            contentDiffers: true
        };
    }
    if (!key.digest) {
        return {
            status: 'unverifiable',
            reason: `committed key ${key.backend}-… has no checksum (only the size could be checked, and it matches)`
        };
    }
    let committedNotLocal = false;
    if (annex && size >= COMPARE_IN_PLACE_BYTES) {
        const local = await annex.contentOf(key.key, false);
        committedNotLocal = !('path' in local);
        if ('path' in local) {
            return (await identicalFiles(local.path, contentPath))
                ? { status: 'match' }
                : {
                    status: 'modified',
                    reason: 'content differs from the committed content',
                    contentDiffers: true,
                    known: { committedFile: local.path }
                };
        }
    }
    if (key.algorithm) {
        const digest = (await digestFile(contentPath, [key.algorithm])).digests.get(key.algorithm);
        return digest === key.digest
            ? { status: 'match' }
            : {
                status: 'modified',
                reason: `${key.backend} checksum differs`,
                contentDiffers: true,
                known: { regeneratedDigest: digest, committedNotLocal }
            };
    }
    const calculated = annex ? await annex.calculateKey(contentPath, key.backend) : null;
    const recalculated = calculated ? parseAnnexKey(calculated) : null;
    if (!recalculated?.digest) {
        return { status: 'unverifiable', reason: `no way to compute a ${key.backend} checksum here` };
    }
    return recalculated.digest === key.digest
        ? { status: 'match' }
        : { status: 'modified', reason: `${key.backend} checksum differs`, contentDiffers: true };
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
                    reason: `size ${size} bytes, committed ${committed.size} bytes`,
                    contentDiffers: true
                };
            }
            const format = committed.object.length === 64 ? 'sha256' : 'sha1';
            const { gitBlob } = await digestFile(file, [], format);
            if (gitBlob !== committed.object)
                return { status: 'modified', reason: 'content differs', contentDiffers: true };
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
    // The run commit's entries for the expected paths are read while git status runs; only the
    // paths the rerun changed beyond those (rarely any) need a second look-up.
    const expectedListing = [...new Set([...declaredFiles, ...declaredDirs, ...changed.keys()])];
    const [worktreeChanges, expectedEntries] = await Promise.all([
        git.worktreeChanges(worktree),
        git.listTree(request.runCommit, expectedListing)
    ]);
    const alreadyListed = new Set(expectedListing);
    const underListedDir = (p) => declaredDirs.some(d => p.startsWith(`${d}/`));
    const extra = worktreeChanges.filter(p => !alreadyListed.has(p) && !underListedDir(p));
    const entries = new Map();
    for (const entry of [...expectedEntries, ...(await git.listTree(request.runCommit, extra))]) {
        entries.set(entry.path, entry);
    }
    for (const p of entries.keys())
        if (underListedDir(p))
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
        const rule = request.rules.ruleFor(p);
        if (rule.ignore) {
            if (expected.has(p) || !committed)
                verdicts.push(verdict('ignored', 'ignored by a .rerun.yml rule'));
            continue;
        }
        if (!committed && !regenerated) {
            if (changed.get(p)?.status === 'D')
                verdicts.push(verdict('match', 'deleted, as in the run commit'));
            continue;
        }
        if (committed && !regenerated) {
            verdicts.push({
                ...verdict('missing', 'in the run commit, but the rerun did not produce it'),
                cause: 'missing'
            });
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
            const explanation = comparison.contentDiffers
                ? await explainDifference(request, p, committed, regenerated, rule, comparison.known)
                : {};
            verdicts.push({ ...verdict(comparison.status, comparison.reason), ...explanation });
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
    // An input of "everything" (`.`, or a pwd-relative path that comes to the root) protects
    // nothing: stale outputs must still go.
    const protectedInputs = inputPaths
        .map(p => p.replace(/\/+$/, ''))
        .filter(p => p !== '.' && p !== '');
    const isInput = (p) => protectedInputs.some(i => p === i || p.startsWith(`${i}/`));
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
            // Inputs that live inside a directory output are still needed by the command.
            await emptyDirectory(worktree, rel, [...deletedByRun, ...protectedInputs]);
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
/**
 * A POSIX shell cannot tell `exit 137` from a death by SIGKILL (both are status 137), so a
 * recorded 128+N and an actual death by signal N are the same outcome.
 */
function sameExit(actual, recorded) {
    return actual === recorded || (actual !== null && actual < 0 && recorded === 128 - actual);
}
function judge(record, run, outputs, timeoutSeconds) {
    if (run.aborted)
        return { status: 'error', reason: 'cancelled before the command finished' };
    if (run.timedOut)
        return { status: 'failed', reason: `timed out after ${timeoutSeconds} s` };
    if (!sameExit(run.exitCode, record.exit)) {
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
async function fingerprint(worktree, paths) {
    const prints = new Map();
    for (const rel of paths) {
        const file = external_node_path_default().join(worktree, rel);
        const stat = await external_node_fs_default().promises.stat(file).catch(() => null);
        prints.set(rel, stat?.isFile() ? ((await digestFile(file, ['sha256'])).digests.get('sha256') ?? '') : 'absent');
    }
    return prints;
}
/** One execution on a fresh checkout of the parent; throws PreparationError and friends. */
async function execute(context, commit, record, onCommand) {
    const { git, annex, workspace, settings } = context;
    const checkout = await workspace.checkout(commit.parents[0] ?? '');
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
        const command = formatCommand(record.cmd, values);
        onCommand(command);
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
            signal: settings.signal,
            launcher: settings.launcher
        });
        if (run.aborted)
            return { command, run, outputs: [], fingerprints: new Map() };
        const pwd = rootRelative('.', record.pwd, 'pwd');
        const declared = expandPatterns(record.outputs, prepared.cwd).expanded.map(p => rootRelative(pwd, p, 'output'));
        const comparisonScratch = external_node_path_default().join(checkout.scratch, 'compare');
        await external_node_fs_default().promises.mkdir(comparisonScratch, { recursive: true });
        const outputs = await compareOutputs({
            git,
            annex,
            worktree: checkout.dir,
            runCommit: commit.sha,
            declared,
            changes: commit.changes,
            excluded: new Set(commit.source?.kind === 'sidecar' ? [commit.source.path] : []),
            rules: settings.rules,
            scratch: comparisonScratch
        });
        const fingerprints = settings.repeat > 1
            ? await fingerprint(checkout.dir, outputs.map(o => o.path))
            : new Map();
        return { command, run, outputs, fingerprints };
    }
    finally {
        await workspace.release(checkout);
    }
}
/**
 * With --repeat: outputs whose regenerated content differs between executions are not
 * deterministic, which is a different finding from "changed since it was recorded".
 */
function markNonDeterministic(first, repeats) {
    const unstable = new Set();
    for (const repeat of repeats) {
        const paths = new Set([...first.fingerprints.keys(), ...repeat.fingerprints.keys()]);
        for (const p of paths) {
            if ((first.fingerprints.get(p) ?? 'absent') !== (repeat.fingerprints.get(p) ?? 'absent'))
                unstable.add(p);
        }
    }
    for (const output of first.outputs) {
        if (unstable.has(output.path)) {
            output.cause = 'non-deterministic';
            output.reason = `${output.reason ? `${output.reason}; ` : ''}differs between the ${repeats.length + 1} executions`;
        }
    }
    return [...unstable].sort();
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
    const { settings } = context;
    const exit = { recorded: record.exit, actual: null };
    if (settings.signal?.aborted) {
        return { ...base, status: 'error', reason: 'cancelled before it started', exit, durationMs: 0 };
    }
    let command;
    const failure = (status, reason) => ({
        ...base,
        status,
        reason,
        command,
        exit,
        durationMs: Date.now() - started
    });
    try {
        const first = await execute(context, commit, record, c => (command = c));
        const { run, outputs } = first;
        exit.actual = run.timedOut || run.aborted ? null : run.exitCode;
        let { status, reason } = judge(record, run, outputs, settings.timeoutSeconds);
        const repeats = [];
        while (repeats.length < settings.repeat - 1 &&
            !run.aborted &&
            !run.timedOut &&
            !settings.signal?.aborted) {
            repeats.push(await execute(context, commit, record, () => undefined));
        }
        const unstable = markNonDeterministic(first, repeats);
        if (repeats.length > 0) {
            const executions = `${repeats.length + 1} executions`;
            if (unstable.length > 0) {
                if (status === 'reproduced')
                    status = 'mismatch';
                reason = `not deterministic: ${unstable.join(', ')} differ${unstable.length === 1 ? 's' : ''} between ${executions}${reason ? `; ${reason}` : ''}`;
            }
            else if (status === 'mismatch') {
                reason = `changed since it was recorded (the same in all ${executions}): ${reason ?? ''}`;
            }
        }
        return {
            ...base,
            status,
            reason,
            command,
            exit,
            durationMs: Date.now() - started,
            outputs,
            log: { tail: run.tail, totalBytes: run.totalBytes, truncatedBytes: run.truncatedBytes }
        };
    }
    catch (e) {
        if (e instanceof PreparationError)
            return failure(e.status, e.message);
        if (e instanceof UnsafePathError || e instanceof PlaceholderError)
            return failure('error', e.message);
        const message = e instanceof Error ? e.message : String(e);
        return failure('error', `rerun-action could not verify this commit: ${message}`);
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
/** The commits of `revisions` accepted by `keep`, oldest first in topological order. */
async function logInTopologicalOrder(git, revisions, keep, messagePrefix) {
    const kept = [];
    await git.logCommits(revisions, commit => void (keep(commit) && kept.push(commit)), messagePrefix);
    return kept;
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
    const [until, since] = await Promise.all([
        resolveOrFail(git, request.until ?? 'HEAD', '--until'),
        request.since?.trim() ? resolveOrFail(git, request.since, '--since') : null
    ]);
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
    static async open(git, rev, options, 
    /** How outputs are judged (comparison rules, repeats): a verdict holds only for the same. */
    judging) {
        const store = options.store ?? (await VerdictStore.forRepository(git));
        const environment = await environmentFingerprint(git, rev, options.keyFiles ?? []);
        const fingerprint = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${environment}\n${judging}`).digest('hex');
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
/** The .rerun.yml rules: a missing default file means none; a missing named file is an error. */
async function loadRules(root, configFile) {
    const file = configFile ? external_node_path_default().resolve(configFile) : external_node_path_default().join(root, DEFAULT_CONFIG_FILE);
    let text;
    try {
        text = await external_node_fs_default().promises.readFile(file, 'utf8');
    }
    catch (e) {
        if (!configFile && e.code === 'ENOENT') {
            return { rules: EMPTY_RULES, text: '' };
        }
        throw new UsageError(`cannot read the comparison rules ${file}: ${e.message}`);
    }
    return { rules: parseComparisonRules(text, configFile ?? DEFAULT_CONFIG_FILE), text };
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
    if (options.repeat !== undefined && (!Number.isInteger(options.repeat) || options.repeat < 1))
        throw new UsageError(`repeat must be a whole number of at least 1, not ${options.repeat}`);
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
/** How replayed commands are launched: in namespaces that hide credentials, when possible. */
async function isolationLauncher(dataset, workspace, options) {
    const gitDirs = new Set([
        await dataset.git.gitCommonDir(),
        await dataset.worktrees.gitCommonDir()
    ]);
    const launcher = await prepareIsolation(options.isolation ?? 'auto', {
        gitDirs: [...gitDirs],
        env: process.env,
        hidden: options.hidden ?? { files: [], directories: [] }
    }, external_node_path_default().join(workspace.root, 'isolation'), options.onNotice ?? (() => undefined));
    return launcher ?? undefined;
}
async function verifyDataset(dataset, tempParent, options, startedAt) {
    const { root, git, annex } = dataset;
    const plan = await planVerification(git, annex, options.range);
    options.onPlan?.(plan);
    const rules = await loadRules(root, options.configFile);
    const settings = {
        timeoutSeconds: options.timeoutSeconds,
        passEnv: options.passEnv ?? [],
        tailBytes: options.tailBytes ?? 64 * 1024,
        rules: rules.rules,
        repeat: options.repeat ?? 1,
        signal: options.signal
    };
    for (const stale of await Workspace.removeStale(git)) {
        options.onNotice?.(`removed ${stale}, left behind by an earlier run that was killed`);
    }
    const judging = JSON.stringify({ rules: rules.text, repeat: settings.repeat });
    const cache = options.cache
        ? await VerdictCache.open(git, plan.range.until, options.cache, judging)
        : null;
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
        settings.launcher = await isolationLauncher(dataset, workspace, options);
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
        isolated: settings.launcher !== undefined,
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
/** A commit that makes a run unsuccessful: anything but reproduced and skipped. */
function isProblem(verdict) {
    return verdict.status !== 'reproduced' && verdict.status !== 'skipped';
}
/** How many commits make a run unsuccessful. */
function notReproduced(result) {
    return result.commits.filter(isProblem).length;
}
function buildJsonReport(result) {
    return {
        schema: REPORT_SCHEMA,
        repository: result.repository,
        range: result.range,
        shard: result.shard,
        incomplete: result.incomplete,
        isolated: result.isolated,
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
        isolated: reports.every(r => r.report.isolated === true),
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
const DIFF_PREVIEW_LINES = 12;
/** The first lines of what changed, enough to see it in a terminal; the JSON report has all. */
function diffPreview(diff) {
    switch (diff.kind) {
        case 'text': {
            const lines = diff.unified.replace(/\n$/, '').split('\n');
            const shown = lines.slice(0, DIFF_PREVIEW_LINES);
            const more = lines.length - shown.length + diff.truncatedLines;
            return more > 0 ? [...shown, `… ${more} more diff lines`] : shown;
        }
        case 'binary':
            return [
                `binary: committed ${diff.committed.size} bytes, regenerated ${diff.regenerated.size} bytes, ` +
                    (diff.firstDifferentByte === null
                        ? 'one is a prefix of the other'
                        : `first difference at byte ${diff.firstDifferentByte}`)
            ];
        case 'json':
            return diff.changes
                .slice(0, DIFF_PREVIEW_LINES)
                .map(c => `${c.path}: ${c.change}${c.change === 'changed' ? ` ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}` : ''}`);
        case 'table':
            return [
                ...diff.cells
                    .slice(0, DIFF_PREVIEW_LINES)
                    .map(c => `row ${c.row}, ${c.column}: ${c.old} → ${c.new}`),
                ...(diff.addedRows > 0 ? [`${diff.addedRows} rows added`] : []),
                ...(diff.removedRows > 0 ? [`${diff.removedRows} rows removed`] : [])
            ];
        case 'annex-unavailable':
            return [
                `committed content (${diff.committedKey}) was not downloaded; regenerated ${diff.regenerated.size} bytes` +
                    (diff.regenerated.digest ? `, digest ${diff.regenerated.digest}` : '')
            ];
    }
}
function outputLines(output) {
    const reason = output.reason ? `  ${output.reason}` : '';
    const lines = [`      ${output.status.padEnd(12)} ${output.path}${reason}`];
    if (output.cause)
        lines.push(`          likely cause: ${output.cause}`);
    if (output.diff)
        lines.push(...diffPreview(output.diff).map(line => `          | ${line}`));
    return lines;
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
        lines.push(...notable.flatMap(outputLines));
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
    const problems = result.commits.filter(isProblem);
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

;// CONCATENATED MODULE: ./src/action/github-files.ts
/**
 * Files of GitHub's own tools that replayed commands must not reach, for the engine to cover
 * when it isolates them: a runner's step file commands (a write to GITHUB_ENV or GITHUB_PATH
 * would reach the workflow's later steps), the runner's credentials, and the gh CLI's tokens.
 * Used by the action and by the CLI, which may run in a workflow step or beside gh too.
 */


function githubFiles(env, execPath) {
    // Actions run on the runner's own node, in <runner>/externals/nodeNN/bin/node.
    const runnerRoot = external_node_path_default().resolve(external_node_path_default().dirname(execPath), '..', '..', '..');
    const config = env.XDG_CONFIG_HOME || external_node_path_default().join(env.HOME || external_node_os_default().homedir(), '.config');
    return {
        files: [
            ...['.credentials', '.credentials_rsaparams'].map(name => external_node_path_default().join(runnerRoot, name)),
            external_node_path_default().join(config, 'gh', 'hosts.yml')
        ],
        directories: env.RUNNER_TEMP ? [external_node_path_default().join(env.RUNNER_TEMP, '_runner_file_commands')] : []
    };
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
  --config FILE        comparison rules (default: .rerun.yml at the dataset root, if present)
  --repeat N           execute each run commit N times, to tell non-determinism from change
  --isolation MODE     auto (default): run commands in namespaces that hide credentials where
                       the kernel allows it; required: refuse to run otherwise; off: never
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
function isolationMode(value) {
    if (value === undefined)
        return 'auto';
    const mode = ISOLATION_MODES.find(m => m === value);
    if (mode)
        return mode;
    throw new UsageError(`--isolation takes ${ISOLATION_MODES.join(', ')}, not ${JSON.stringify(value)}`);
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
                config: { type: 'string' },
                repeat: { type: 'string' },
                isolation: { type: 'string' },
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
        configFile: values.config,
        repeat: positiveNumber(values.repeat, '--repeat', true) ?? 1,
        isolation: isolationMode(values.isolation),
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
        configFile: settings.configFile,
        repeat: settings.repeat,
        isolation: settings.isolation,
        hidden: githubFiles(process.env, process.execPath),
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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
