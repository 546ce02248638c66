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
/* harmony import */ var _engine_v8_flags_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6956);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7356);
/* harmony import */ var _status_line_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2849);
/** Entry point of the bundled CLI (dist/cli.js). */
// First, before the rest of the bundle is evaluated.




/** What shells report for a death by `signal`: 130 for SIGINT, 143 for SIGTERM. */
const exitFor = (signal) => 128 + node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal];
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
const io = (0,_status_line_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalIo */ .l2)({ out: writerTo(process.stdout), err: writerTo(process.stderr) }, process.stdout, process.env);
// However the process ends (a second signal, an internal error), it leaves no live line behind.
process.on('exit', () => io.status?.stop());
const controller = new AbortController();
let stoppedBy;
const cancel = (signal) => {
    if (controller.signal.aborted)
        process.exit(exitFor(signal));
    stoppedBy = signal;
    io.err('rerun-action: stopping replayed commands and cleaning up (again to force)\n');
    controller.abort();
};
process.on('SIGINT', cancel);
process.on('SIGTERM', cancel);
const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .i)(process.argv.slice(2), io, controller.signal);
// Stopped by a signal, the run ends as a death by it would, not like a mismatch (1).
process.exitCode = stoppedBy ? exitFor(stoppedBy) : code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7356:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __nccwpck_require__(7679);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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
/** A spawned child process, followed as a StartedCommand. */
function followChild(child) {
    const exited = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    // Followed once the process runs; a spawn that fails rejects `pid` instead.
    exited.catch(() => undefined);
    const report = child.stdio[3];
    return {
        pid: child.pid === undefined
            ? new Promise((_, reject) => child.once('error', reject))
            : Promise.resolve(child.pid),
        onStdout: listener => child.stdout?.on('data', listener),
        onStderr: listener => child.stderr?.on('data', listener),
        onReport: listener => {
            if (report && 'on' in report)
                report.on('data', listener);
        },
        exited,
        closed: new Promise(resolve => child.once('close', () => resolve())),
        kill: signal => {
            if (child.pid !== undefined)
                killGroup(child.pid, signal);
        },
        abandon: () => {
            for (const stream of child.stdio)
                stream?.destroy();
        }
    };
}
const LAUNCHER_READY = 'ready';
/**
 * Set in each command's environment to a value of its own: its processes carry it wherever
 * they go (setsid, double forks), so those left behind are found in /proc and killed.
 */
const EXECUTION_VARIABLE = 'RERUN_ACTION_EXECUTION';
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
 * The launch server needs none: its parent of the command is a fork of its own, which holds
 * nothing of rerun-action's environment.
 */
const INTERMEDIATE_SHELL = '/bin/sh -c "$1"; status=$?; if [ $status -gt 128 ] && [ $status -lt 160 ]; then trap - $((status - 128)); kill -$((status - 128)) $$; fi; exit $status';
/**
 * Random, and shared by the markers of all executions this process starts: the watchdog kills
 * by it, so it is never told a marker, and recognises those of executions it was not told of.
 */
const MARKER_PREFIX = (0,external_node_crypto_.randomUUID)().slice(0, 23);
/** A marker of its own for one execution, shaped like a UUID. */
function newMarker() {
    return `${MARKER_PREFIX}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
}
/** Rounds of a sweep, and the pause between them: a process may fork while it is killed. */
const SWEEP_ROUNDS = 20;
const SWEEP_PAUSE_MS = 50;
/**
 * What must outlive a SIGKILL of rerun-action: while it lives, sweep() does the work in this
 * process, at no cost in processes. One watchdog serves all executions of this process (a
 * process per command would cost milliseconds each); it reads its input with builtins only, and
 * is started again should it die. Executions without a launcher are registered on its input, a
 * line each: `+N DIR` (a `find -lname` pattern, empty for none), `=N GROUP` once the command
 * runs, `-N` once it has been swept. When its input ends (rerun-action died, SIGKILL included,
 * which closes the pipe, or exited) it kills the groups of the executions still registered,
 * then every process that carries one of this process's markers in its environment ($1 is the
 * part they share) or, being this user's, works in a registered directory, round after round
 * until none is left. The marker is checked whatever the uid, since only the commands'
 * descendants carry it (a root command may switch users).
 */
const WATCHDOG_SCRIPT = `
prefix=$1
live=' '
while IFS= read -r line; do
  n=\${line%% *} value=\${line#* }
  op=\${n%"\${n#?}"} n=\${n#?}
  case $n in ''|*[!0-9]*) continue ;; esac
  case $op in
    +)
      eval "confine_$n=\\$value"
      case $live in *" $n "*) ;; *) live="$live$n " ;; esac ;;
    =) eval "group_$n=\\$value" ;;
    -)
      unset "confine_$n" "group_$n"
      case $live in *" $n "*) live="\${live%% $n *} \${live#* $n }" ;; esac ;;
  esac
done
[ -d /proc/self ] || exit 0
uid=$(id -u)
set --
for n in $live; do
  eval "group=\\\${group_$n-} confine=\\\${confine_$n-}"
  if [ -n "$group" ]; then kill -s KILL -- "-$group" 2>/dev/null; fi
  if [ -n "$confine" ]; then set -- "$@" -o -lname "$confine" -o -lname "$confine/*"; fi
done
[ $# -eq 0 ] || shift
rounds=0
while [ $rounds -lt ${SWEEP_ROUNDS} ]; do
  pids=$({
    grep -lz -- "^$prefix" /proc/[0-9]*/environ
    if [ $# -gt 0 ]; then find /proc/[0-9]*/cwd -maxdepth 0 -uid "$uid" \\( "$@" \\); fi
  } 2>/dev/null | sed -n 's,^/proc/\\([0-9]*\\)/.*,\\1,p')
  [ -n "$pids" ] || exit 0
  kill -KILL $pids 2>/dev/null
  rounds=$((rounds + 1))
  sleep 0.05 2>/dev/null || sleep 1
done
`;
/** How long to wait for output pipes that a process which escaped the sweep still holds. */
const PIPE_GRACE_MS = 2000;
let setpriv;
/** The executable `name` in the directories of PATH, then in `alsoIn`; null where there is none. */
function findProgram(name, alsoIn = []) {
    const dirs = [...(process.env.PATH ?? '').split(':'), ...alsoIn];
    for (const dir of dirs.filter(d => external_node_path_default().isAbsolute(d))) {
        const file = external_node_path_default().join(dir, name);
        try {
            external_node_fs_default().accessSync(file, (external_node_fs_default()).constants.X_OK);
            return file;
        }
        catch {
            // not here
        }
    }
    return null;
}
/**
 * `setpriv --pdeathsig KILL` (util-linux), where it is installed: the program it execs is
 * SIGKILLed when this process dies, however it dies. A parent-death signal survives exec (of
 * programs that are not set-user-ID). Empty where there is no setpriv, or one too old for
 * --pdeathsig (util-linux before 2.33), which is tried once.
 */
function parentDeathPrefix() {
    if (process.platform !== 'linux')
        return [];
    if (setpriv === undefined) {
        const found = findProgram('setpriv', ['/usr/bin', '/bin']);
        const works = found !== null &&
            (0,external_node_child_process_namespaceObject.spawnSync)(found, ['--pdeathsig', 'KILL', '--', '/bin/sh', '-c', ':'], { stdio: 'ignore' })
                .status === 0;
        setpriv = works ? found : null;
    }
    return setpriv ? [setpriv, '--pdeathsig', 'KILL'] : [];
}
function killGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // the group is already gone
    }
}
/** `dir` resolved, or null where nothing can be confined to it (none given, or `/`). */
function confinedDir(dir) {
    if (!dir)
        return null;
    let real = dir;
    try {
        real = external_node_fs_default().realpathSync.native(dir);
    }
    catch {
        // gone already: nothing can work in it
    }
    return real === '/' ? null : real;
}
/**
 * `dir` as a `find -lname` pattern that matches it literally; a newline, which would end the
 * watchdog's line, matches as any one character (at worst a sibling's processes die too).
 */
function lnamePattern(dir) {
    return dir === null ? '' : dir.replace(/[\\*?[\]]/g, '\\$&').replace(/\n/g, '?');
}
let watchdog;
let lastWatch = 0;
/** What the watchdog was told of each live execution, told again to a new one. */
const watched = new Map();
function tellWatchdog(line) {
    watchdog?.stdin?.write(`${line}\n`);
}
/** The watchdog, started when first needed, or again when it died (it may be killed). */
function ensureWatchdog() {
    if (watchdog)
        return;
    const child = (0,external_node_child_process_namespaceObject.spawn)('/bin/sh', ['-c', WATCHDOG_SCRIPT, 'rerun-action-watchdog', `${EXECUTION_VARIABLE}=${MARKER_PREFIX}-`], {
        // Neither in a command's directory nor carrying a marker, so it never sweeps itself.
        cwd: '/',
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C' },
        // Its own session and process group: killing a command's group, or a Ctrl-C, leaves it.
        detached: true,
        stdio: ['pipe', 'ignore', 'ignore']
    });
    const gone = () => {
        if (watchdog === child)
            watchdog = undefined;
    };
    child.on('exit', () => {
        gone();
        // Killed (a command may, being this user's): executions that still run need another.
        if (watched.size > 0)
            ensureWatchdog();
    });
    child.on('error', gone);
    child.stdin?.on('error', () => undefined);
    // It must not keep this process alive: the end of its input is its cue.
    child.unref();
    child.stdin?.unref?.();
    if (child.pid === undefined)
        return;
    watchdog = child;
    for (const lines of watched.values())
        for (const line of lines)
            tellWatchdog(line);
}
/**
 * Tells the watchdog `line` about execution `id`. The write reaches the pipe at once (libuv
 * writes to an idle pipe synchronously), so it is there before the command starts.
 */
function register(id, line) {
    ensureWatchdog();
    watched.set(id, [...(watched.get(id) ?? []), line]);
    tellWatchdog(line);
}
function unregister(id) {
    watched.delete(id);
    tellWatchdog(`-${id}`);
}
const NUL = Buffer.from([0]);
/** Whether `/proc/<pid>/environ` holds `record` (`\0NAME=value\0`) as one of its entries. */
function carries(pid, record) {
    let environ;
    try {
        environ = external_node_fs_default().readFileSync(`/proc/${pid}/environ`);
    }
    catch {
        return false; // gone, or not ours to read
    }
    return Buffer.concat([NUL, environ, NUL]).includes(record);
}
/** Whether process `pid` is `uid`'s and works in `dir`, as `find -uid U -lname` tells it. */
function worksIn(pid, dir, uid) {
    const link = `/proc/${pid}/cwd`;
    try {
        if (uid !== undefined && external_node_fs_default().lstatSync(link).uid !== uid)
            return false;
        const cwd = external_node_fs_default().readlinkSync(link);
        return cwd === dir || cwd.startsWith(`${dir}/`);
    }
    catch {
        return false;
    }
}
/** The processes that carry `record` in their environment, or (this user's) work in `dir`. */
function leftovers(record, dir) {
    let entries;
    try {
        entries = external_node_fs_default().readdirSync('/proc');
    }
    catch {
        return []; // no /proc: nothing to find
    }
    const uid = process.getuid?.();
    const spared = new Set([process.pid, watchdog?.pid]);
    const found = [];
    for (const entry of entries) {
        if (!/^[0-9]+$/.test(entry) || spared.has(Number(entry)))
            continue;
        if (carries(entry, record) || (dir !== null && worksIn(entry, dir, uid)))
            found.push(Number(entry));
    }
    return found;
}
/**
 * Kills, round after round until none is left, every process that carries the execution's
 * marker in its environment, whatever its uid (only the command's descendants carry it, and a
 * root command may switch users), or that is this user's and works in `dir`. In this process:
 * /proc is read directly, which costs far less than the tools a shell would run for it.
 */
async function sweep(marker, dir) {
    const record = Buffer.from(`\0${EXECUTION_VARIABLE}=${marker}\0`);
    for (let round = 0; round < SWEEP_ROUNDS; round++) {
        const found = leftovers(record, dir);
        if (found.length === 0)
            return;
        for (const pid of found) {
            try {
                process.kill(pid, 'SIGKILL');
            }
            catch {
                // gone meanwhile, or not ours to kill
            }
        }
        await new Promise(resolve => setTimeout(resolve, SWEEP_PAUSE_MS));
    }
}
/**
 * Run `cmd` with `/bin/sh -c` in its own process group, output captured (never echoed).
 * On timeout the whole group gets SIGTERM, then SIGKILL after a grace period; once the shell
 * has exited, whatever it left running is killed too, and the promise settles only then.
 *
 * Without a launcher, the shell runs under parentDeathPrefix(), and what the command left
 * running is found by its marker (EXECUTION_VARIABLE) or its directory (`confine`) and killed:
 * by sweep() when it ends, by the watchdog when rerun-action is SIGKILLed. A process that
 * clears its environment, leaves `confine` and starts a session of its own escapes that: only
 * a launcher (a PID namespace) contains it.
 */
function runShellCommand(cmd, options) {
    const started = Date.now();
    const tail = new TailBuffer(options.tailBytes);
    return new Promise((resolve, reject) => {
        const marker = newMarker();
        const server = options.launcher?.server;
        const shell = server
            ? ['/bin/sh', '-c', cmd]
            : ['/bin/sh', '-c', INTERMEDIATE_SHELL, 'rerun-action', cmd];
        const prefix = options.launcher?.prefix ?? parentDeathPrefix();
        const confine = options.launcher ? null : confinedDir(options.confine);
        // Registered first, so that there is no moment at which a command runs unwatched.
        const watch = options.launcher ? undefined : ++lastWatch;
        if (watch !== undefined)
            register(watch, `+${watch} ${lnamePattern(confine)}`);
        const argv = [...prefix, ...shell];
        const env = { ...options.env, [EXECUTION_VARIABLE]: marker };
        let command;
        if (server) {
            command = server.start(argv, { cwd: options.cwd, env });
        }
        else {
            const [file = '', ...args] = argv;
            const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
                cwd: options.cwd,
                env,
                detached: true,
                stdio: ['ignore', 'pipe', 'pipe', options.launcher ? 'pipe' : 'ignore']
            });
            if (child.pid !== undefined && watch !== undefined)
                register(watch, `=${watch} ${child.pid}`);
            command = followChild(child);
        }
        // Listened to at once: a server may pass on output and the report before the pid arrives.
        const launcherReport = [];
        if (options.launcher)
            command.onReport(chunk => launcherReport.push(chunk));
        command.onStdout(chunk => tail.push(chunk));
        command.onStderr(chunk => tail.push(chunk));
        command.pid.then(() => follow(command), (error) => {
            if (watch !== undefined)
                unregister(watch);
            reject(error instanceof Error ? error : new Error(String(error)));
        });
        const follow = (running) => {
            let timedOut = false;
            let aborted = false;
            let killTimer;
            let pipeTimer;
            const stop = () => {
                running.kill('SIGTERM');
                killTimer = setTimeout(() => running.kill('SIGKILL'), options.killGraceMs ?? 3000);
            };
            const timer = setTimeout(() => {
                timedOut = true;
                stop();
            }, options.timeoutMs);
            const onAbort = () => {
                aborted = true;
                stop();
            };
            if (options.signal?.aborted)
                onAbort();
            else
                options.signal?.addEventListener('abort', onAbort, { once: true });
            /** Once the command has ended, what it left has been killed, and its output is in. */
            const settle = (ended) => {
                clearTimeout(timer);
                clearTimeout(killTimer);
                clearTimeout(pipeTimer);
                options.signal?.removeEventListener('abort', onAbort);
                const { code, signal } = ended;
                if (options.launcher) {
                    const report = Buffer.concat(launcherReport).toString('utf8').trim();
                    const [first, ...after] = report.split('\n');
                    if (first === LAUNCHER_READY && after.length > 0 && !aborted) {
                        reject(new Error(`the command could not be started: ${after.join('; ')}`));
                        return;
                    }
                    if (report !== LAUNCHER_READY && !aborted) {
                        const detail = report || tail.text().trim() || `exit code ${code ?? signal}`;
                        reject(new LaunchError(`the command was not run: isolating it failed: ${detail}`));
                        return;
                    }
                }
                let exitCode = code ?? (signal ? -external_node_os_.constants.signals[signal] : null);
                // Under a launcher the PID namespace's init (the intermediate shell, or the server's perl)
                // cannot die by a signal it sends itself: it exits with 128+N instead, the same here.
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
            };
            running.exited.then(ended => {
                // What the command left in its group goes first; the sweep then finds the rest.
                running.kill('SIGKILL');
                const afterSweep = () => {
                    // A process that escaped the sweep may hold the pipes open forever: stop reading them.
                    pipeTimer = setTimeout(() => running.abandon(), PIPE_GRACE_MS);
                    void running.closed.then(() => settle(ended));
                };
                if (watch === undefined) {
                    afterSweep();
                    return;
                }
                const onSwept = () => {
                    // The watchdog forgets the execution only now: it would sweep it if this process died.
                    unregister(watch);
                    afterSweep();
                };
                sweep(marker, confine).then(onSwept, onSwept);
            }, (error) => {
                clearTimeout(timer);
                if (watch !== undefined)
                    unregister(watch);
                reject(error instanceof Error ? error : new Error(String(error)));
            });
        };
    });
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
// EXTERNAL MODULE: ./node_modules/debug/src/index.js
var src = __nccwpck_require__(2830);
// EXTERNAL MODULE: ./node_modules/@kwsites/promise-deferred/dist/index.js
var promise_deferred_dist = __nccwpck_require__(9997);
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
  return e && (0,external_node_path_.normalize)(e);
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

;// CONCATENATED MODULE: ./src/engine/git/git-environment.ts
/**
 * The environment and options every git and git-annex process of rerun-action runs with. A
 * replayed command runs as the same user as rerun-action and may plant configuration wherever
 * that user can write (global config, attributes, hooks): git must read none of it, run no
 * program it names, and see none of the runner's tokens.
 */
/** Variables git and git-annex may see: what they need to find programs, remotes and a locale. */
const PASSED_NAMES = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TMPDIR',
    // git-annex fetches input content from remotes: ssh agents and proxies are how it gets there.
    'SSH_AUTH_SOCK',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    // The locale: the categories the C library reads.
    'LC_ALL',
    'LC_CTYPE',
    'LC_MESSAGES',
    'LC_COLLATE',
    'LC_NUMERIC',
    'LC_TIME',
    'LC_MONETARY',
    'LC_PAPER',
    'LC_NAME',
    'LC_ADDRESS',
    'LC_TELEPHONE',
    'LC_MEASUREMENT',
    'LC_IDENTIFICATION'
];
/**
 * Set for every call. No system or global config (a command can write ~/.gitconfig), no replace
 * objects or grafts (a command could make git show a forged run commit), no prompts, pagers or
 * editors. git-annex commits to its branch and needs an identity that CI runners often lack.
 */
const FIXED = {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_ATTR_NOSYSTEM: '1',
    GIT_NO_REPLACE_OBJECTS: '1',
    // A path that does not exist: grafts would rewrite history, and an empty file draws a warning.
    GIT_GRAFT_FILE: '/nonexistent/rerun-action/grafts',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '/bin/false',
    SSH_ASKPASS: '/bin/false',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_EDITOR: '/bin/false',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_AUTHOR_NAME: 'rerun-action',
    GIT_AUTHOR_EMAIL: 'rerun-action@localhost',
    GIT_COMMITTER_NAME: 'rerun-action',
    GIT_COMMITTER_EMAIL: 'rerun-action@localhost'
};
/**
 * `-c` options for every call: git runs no hook and no fsmonitor program whatever a
 * repository's config says, reads no per-user attributes or ignore files, and verifies no
 * signatures (which would run gpg); git-annex runs none of the commands its config may name for
 * freezing, thawing or erasing content, HTTP headers or commit messages (an unisolated command
 * could have planted one in the repository's config). `safe.directory` is honoured only from the
 * command line once global config is off; rerun-action only runs git in the user's repository
 * and its own.
 */
const HARDENED_CONFIG = [
    'core.hooksPath=/dev/null',
    'core.fsmonitor=false',
    'core.attributesFile=/dev/null',
    'core.excludesFile=/dev/null',
    'log.showSignature=false',
    'annex.freezecontent-command=',
    'annex.thawcontent-command=',
    'annex.secure-erase-command=',
    'annex.http-headers-command=',
    'annex.commitmessage-command=',
    'safe.directory=*'
];
function hardenedArguments(args) {
    return [...HARDENED_CONFIG.flatMap(option => ['-c', option]), ...args];
}
/** The allow-listed environment of a git process, from `source` (rerun-action's own). */
function hardenedEnvironment(source = process.env, extra = {}) {
    const env = {};
    // Each looked up by name: listing process.env goes through Node's C++ for every variable, and
    // a CI runner's environment holds a hundred.
    for (const name of PASSED_NAMES) {
        const value = source[name];
        if (value !== undefined)
            env[name] = value;
    }
    env.PATH ??= '/usr/local/bin:/usr/bin:/bin';
    // git-annex cannot handle non-ASCII file names in the C locale.
    if (!env.LANG && !env.LC_ALL)
        env.LANG = 'C.UTF-8';
    return { ...env, ...FIXED, ...extra };
}

;// CONCATENATED MODULE: ./src/engine/git/git-port.ts
/**
 * The one way rerun-action starts git or git-annex: every process gets the hardened environment
 * and options of git-environment.ts. Nothing else in the code base spawns git (a test checks).
 * simple-git for one-shot text queries; captured or streamed processes for binary output, stdin
 * and long listings.
 */




function spawnOptions(options) {
    return {
        cwd: options.cwd,
        input: options.input,
        stdoutFd: options.stdoutFd,
        env: hardenedEnvironment(process.env, options.env)
    };
}
/** Run `git ARGS` to completion, output captured. */
function runGit(args, options) {
    return runProcess('git', hardenedArguments(args), spawnOptions(options));
}
/** Like runGit, but a non-zero exit throws, naming the subcommand and git's message. */
async function gitOutput(args, options) {
    const result = await runGit(args, options);
    if (result.code !== 0) {
        const subcommand = args.find(arg => !arg.startsWith('-')) ?? '';
        const detail = result.stderr.toString('utf8').trim() || `exit ${result.code ?? result.signal}`;
        throw new ProcessError(`git ${subcommand} failed: ${detail}`, result);
    }
    return result.stdout;
}
/** Run `git ARGS`, handing stdout to `onChunk` as it arrives (whole histories, large listings). */
function streamGit(args, options, onChunk) {
    return streamProcess('git', hardenedArguments(args), spawnOptions(options), onChunk);
}
/**
 * A simple-git instance for one-shot text queries in `dir`, hardened like every other call.
 * simple-git refuses to pass hook, fsmonitor, pager, editor, askpass and config-path settings
 * unless told: here they are the hardening itself, each set to a value that disables it.
 */
function simpleGitAt(dir) {
    const env = hardenedEnvironment();
    return wo({
        baseDir: dir,
        trimmed: false,
        allowEnvironment: Object.keys(env),
        config: [...HARDENED_CONFIG],
        unsafe: {
            allowUnsafeHooksPath: true,
            allowUnsafeFsMonitor: true,
            allowUnsafeConfigPaths: true,
            allowUnsafePager: true,
            allowUnsafeEditor: true,
            allowUnsafeAskPass: true
        }
    }).env(env);
}
/** Start a long-running git process (`cat-file --batch`) that the caller talks to over stdio. */
function startGit(args, options) {
    return (0,external_node_child_process_namespaceObject.spawn)('git', hardenedArguments(args), {
        cwd: options.cwd,
        env: hardenedEnvironment(process.env, options.env),
        stdio: ['pipe', 'pipe', 'pipe']
    });
}

;// CONCATENATED MODULE: ./src/engine/git/lru-cache.ts
/**
 * A map that keeps what was used last: each value has a weight (bytes, entries), and once their
 * sum passes the limit the least recently used values are dropped until it is within it again.
 */
class LruCache {
    limit;
    /** In order of use, the most recent last. */
    items = new Map();
    total = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** The value of `key`, which counts as a use. */
    get(key) {
        const item = this.items.get(key);
        if (!item)
            return undefined;
        this.items.delete(key);
        this.items.set(key, item);
        return item.value;
    }
    /** The value of `key`, without counting as a use. */
    peek(key) {
        return this.items.get(key)?.value;
    }
    /** Keep `value` (in place of what `key` held) as the most recently used. */
    set(key, value, weight) {
        this.delete(key);
        this.items.set(key, { value, weight });
        this.total += weight;
        for (const [old, item] of this.items) {
            if (this.total <= this.limit)
                return;
            this.items.delete(old);
            this.total -= item.weight;
        }
    }
    delete(key) {
        const item = this.items.get(key);
        if (!item)
            return;
        this.items.delete(key);
        this.total -= item.weight;
    }
}

;// CONCATENATED MODULE: ./src/engine/git/object-store.ts


/** One `cat-file` process; answers come back in request order. */
class BatchProcess {
    root;
    mode;
    objectFormatLength;
    child = null;
    queue = [];
    buffer = Buffer.alloc(0);
    failure = null;
    closed = false;
    constructor(root, mode, objectFormatLength) {
        this.root = root;
        this.mode = mode;
        this.objectFormatLength = objectFormatLength;
    }
    start() {
        const child = startGit(['cat-file', this.mode], { cwd: this.root });
        const errors = [];
        child.stdout?.on('data', (chunk) => {
            this.buffer = this.buffer.length > 0 ? Buffer.concat([this.buffer, chunk]) : chunk;
            this.drain();
        });
        child.stderr?.on('data', (chunk) => errors.push(chunk));
        child.stdin?.on('error', () => undefined);
        const fail = (error) => {
            this.failure = error;
            this.child = null;
            for (const pending of this.queue.splice(0))
                pending.reject(error);
        };
        child.on('error', fail);
        child.on('close', code => {
            if (this.child === child)
                fail(new Error(`git cat-file ${this.mode} ended (${code}): ${Buffer.concat(errors).toString('utf8').trim()}`));
            // Closed: git answered what it was asked before its input ended; nothing else will come.
            else if (this.closed)
                for (const pending of this.queue.splice(0))
                    pending.reject(this.closedError());
        });
        return child;
    }
    drain() {
        for (;;) {
            const pending = this.queue[0];
            if (!pending)
                return;
            const newline = this.buffer.indexOf(0x0a);
            if (newline < 0)
                return;
            const header = this.buffer.subarray(0, newline).toString('utf8');
            const fields = header.split(' ');
            const missing = fields.length < 3 || fields[1] === 'missing' || fields[1] === 'ambiguous';
            if (this.mode === '--batch-check' || missing) {
                this.buffer = this.buffer.subarray(newline + 1);
                this.queue.shift();
                pending.resolve({ header, data: null });
                continue;
            }
            const size = Number(fields[2]);
            const end = newline + 1 + size;
            if (this.buffer.length < end + 1)
                return;
            const data = Buffer.from(this.buffer.subarray(newline + 1, end));
            this.buffer = this.buffer.subarray(end + 1);
            this.queue.shift();
            pending.resolve({ header, data });
        }
    }
    /** Start the process now, if it is not running, so that its start overlaps other work. */
    warm() {
        if (!this.failure && !this.closed)
            this.child ??= this.start();
    }
    request(object) {
        if (!/^[0-9a-f]+$/.test(object) || object.length !== this.objectFormatLength()) {
            return Promise.reject(new Error(`not an object id: ${JSON.stringify(object)}`));
        }
        return this.ask(object);
    }
    /**
     * Ask about any object name cat-file reads (`HEAD^{commit}`, `<rev>:<path>`). The callers make
     * sure it is one line: an object id is, and ObjectStore.resolve turns others away.
     */
    ask(name) {
        if (this.failure)
            return Promise.reject(this.failure);
        // A reader started after close() would never be closed, and keep rerun-action running.
        if (this.closed)
            return Promise.reject(this.closedError());
        this.child ??= this.start();
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject });
            this.child?.stdin?.write(`${name}\n`);
        });
    }
    closedError() {
        return new Error(`git cat-file ${this.mode} was closed: the verification is over`);
    }
    /** For good: what asks after this (a plan still under way as a run ends) gets an error. */
    close() {
        this.closed = true;
        const child = this.child;
        this.child = null;
        child?.stdin?.end();
    }
}
/** Parse a tree object: `<mode> <name>\0<binary id>` repeated. */
function parseTree(data, idLength) {
    const entries = [];
    let offset = 0;
    while (offset < data.length) {
        const space = data.indexOf(0x20, offset);
        const nul = data.indexOf(0, space);
        if (space < 0 || nul < 0 || nul + 1 + idLength > data.length) {
            throw new Error('malformed tree object');
        }
        const mode = data.subarray(offset, space).toString('latin1').padStart(6, '0');
        entries.push({
            mode,
            name: data.subarray(space + 1, nul).toString('utf8'),
            object: data.subarray(nul + 1, nul + 1 + idLength).toString('hex')
        });
        offset = nul + 1 + idLength;
    }
    return entries;
}
/**
 * Tree entries kept parsed, counted over all cached trees: consecutive commits share most
 * subtrees, while each has a root tree of its own, so the cache keeps the most recently used
 * and memory does not grow with the length of the history verified.
 */
const MAX_CACHED_ENTRIES = 20_000;
/**
 * Small objects are kept as read, up to a bound in bytes: each commit's execution asks again for
 * its commit object, its parent's, `.gitattributes` and `.datalad/config`, each a round trip to
 * git otherwise. Replay moves forward through the history, so what is asked again is recent: a
 * few hundred objects cover every commit in flight. Each is weighed with what keeping it costs
 * besides its bytes (its Buffer, the Buffer's memory outside the heap, the map's entry and key),
 * so that the bound is on memory, not on content.
 */
const MAX_SMALL_OBJECT_BYTES = 16 * 1024;
const MAX_SMALL_BYTES = 256 * 1024;
const SMALL_ENTRY_OVERHEAD_BYTES = 512;
class ObjectStore {
    root;
    hexLength;
    contents;
    checks;
    /** Parsed trees, weighed by their number of entries once parsed. */
    trees = new LruCache(MAX_CACHED_ENTRIES);
    /** Small objects as read, weighed in bytes. */
    small = new LruCache(MAX_SMALL_BYTES);
    /** @param hexLength 40 for SHA-1 repositories, 64 for SHA-256 ones. */
    constructor(root, hexLength = 40) {
        this.root = root;
        this.hexLength = hexLength;
        this.contents = new BatchProcess(root, '--batch', () => this.hexLength);
        this.checks = new BatchProcess(root, '--batch-check', () => this.hexLength);
    }
    /** An object's type and content, or null when the store lacks it. */
    async read(object) {
        const cached = this.small.get(object);
        // The caller gets a copy of its own: what it does with it cannot change the one kept.
        if (cached)
            return { type: cached.type, data: Buffer.from(cached.data) };
        const found = await this.readFromGit(object);
        if (!found || found.data.length > MAX_SMALL_OBJECT_BYTES)
            return found;
        // A copy in memory of its own: a small Buffer is a slice of an 8 KiB slab of Node's pool,
        // and kept, it would keep the whole slab alive.
        const own = Buffer.allocUnsafeSlow(found.data.length);
        found.data.copy(own);
        this.small.set(object, { type: found.type, data: own }, own.length + SMALL_ENTRY_OVERHEAD_BYTES);
        return found;
    }
    async readFromGit(object) {
        const { header, data } = await this.contents.request(object);
        return data ? { type: header.split(' ')[1], data } : null;
    }
    /** An object's size without reading it, or null when the store lacks it. */
    async size(object) {
        const cached = this.small.peek(object);
        if (cached)
            return cached.data.length;
        const { header } = await this.checks.request(object);
        const fields = header.split(' ');
        return fields.length === 3 && fields[1] !== 'missing' ? Number(fields[2]) : null;
    }
    /**
     * The object a name stands for (a revision such as `HEAD^{commit}`, or `<rev>:<path>`), as
     * cat-file resolves it, or null when it names nothing (or is ambiguous). Names are written to
     * the reader's stdin, never passed as arguments; one holding a line break names nothing.
     */
    async resolve(name) {
        if (/[\n\r]/.test(name))
            return null;
        const { header } = await this.checks.ask(name);
        const [object = '', type = ''] = header.split(' ');
        const found = header.endsWith(' missing') || header.endsWith(' ambiguous') ? null : object;
        return found && /^[0-9a-f]+$/.test(found) ? { object: found, type: type } : null;
    }
    /**
     * The entries of a tree object (cached parsed: trees are shared by many commits; their raw
     * objects are not kept besides).
     */
    tree(object) {
        const cached = this.trees.get(object);
        if (cached)
            return cached;
        const entries = this.readFromGit(object).then(found => {
            if (found?.type !== 'tree')
                throw new Error(`tree ${object} is not in the repository`);
            const parsed = parseTree(found.data, this.hexLength / 2);
            // Weighed once parsed; meanwhile it weighs nothing, and those who ask share the reading.
            if (this.trees.peek(object) === entries)
                this.trees.set(object, entries, parsed.length);
            return parsed;
        });
        // A tree that cannot be read is asked for again next time.
        entries.catch(() => {
            if (this.trees.peek(object) === entries)
                this.trees.delete(object);
        });
        this.trees.set(object, entries, 0);
        return entries;
    }
    /** The root tree of a commit. */
    async rootTree(commit) {
        const found = await this.read(commit);
        if (found?.type !== 'commit')
            throw new Error(`commit ${commit} is not in the repository`);
        const match = /^tree ([0-9a-f]+)\n/.exec(found.data.subarray(0, 100).toString('latin1'));
        if (!match?.[1])
            throw new Error(`commit ${commit} names no tree`);
        return match[1];
    }
    /** Start both readers now (they start at the first request otherwise). */
    warm() {
        this.contents.warm();
        this.checks.warm();
    }
    close() {
        this.contents.close();
        this.checks.close();
    }
}

;// CONCATENATED MODULE: ./src/engine/git/git-command-manager.ts
/**
 * The git commands the engine needs, behind one small interface (as actions/checkout does), all
 * through the hardened git port. History and changes are read in bulk streams (one process for
 * many commits); committed trees and blobs come from long-running readers (object-store.ts).
 */





/** Ids of the empty tree, which git knows without storing it. */
const EMPTY_TREE = {
    sha1: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
    sha256: '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321'
};
/** The RepositoryDetails of the repository holding `dir`, from one `git rev-parse`. */
async function repositoryDetails(dir) {
    const out = await simpleGitAt(dir).raw([
        'rev-parse',
        '--show-object-format',
        '--path-format=absolute',
        '--git-common-dir'
    ]);
    // The format is a word; the directory, all that follows it (a path may hold a newline).
    const newline = out.indexOf('\n');
    return {
        objectFormat: out.slice(0, newline),
        commonDir: out.slice(newline + 1).replace(/\n$/, '')
    };
}
/**
 * The RepositoryDetails of the repository holding `dir` and the root of its work tree, from one
 * `git rev-parse`; null where git refuses (not a repository, no work tree) or its answer is
 * ambiguous (a path holding a newline): asked one at a time, each then answers or fails alone.
 */
async function repositoryLocation(dir) {
    const result = await runGit([
        'rev-parse',
        '--show-object-format',
        '--path-format=absolute',
        '--git-common-dir',
        '--show-toplevel'
    ], { cwd: dir }).catch(() => null);
    if (result?.code !== 0)
        return null;
    // Three answers, each ended by a newline: then none holds one.
    const [objectFormat, commonDir, root, ...rest] = result.stdout.toString('utf8').split('\n');
    if (rest.length !== 1 || rest[0] !== '' || !objectFormat || !commonDir || !root)
        return null;
    return { objectFormat, commonDir, root };
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
/** One entry of `diff-tree --raw -z`: `:<old mode> <new mode> <old id> <new id> <status>`, then the path. */
function rawDiffEntry(header, p, withPrevious = true) {
    const [oldMode, newMode, oldObject, newObject, status] = header.slice(1).split(' ');
    const kind = (status ?? 'M')[0];
    const before = kind === 'A' || !withPrevious ? {} : { previousMode: oldMode, previousObject: oldObject };
    return kind === 'D'
        ? { status: 'D', path: p, ...before }
        : { status: kind, path: p, mode: newMode, object: newObject, ...before };
}
/** Deeper trees than this are refused: a walk of them would exhaust path lengths and the stack. */
const MAX_TREE_DEPTH = 512;
class GitCli {
    root;
    store;
    commonDir;
    format;
    config;
    constructor(root, hexLength = 40) {
        this.root = root;
        this.store = new ObjectStore(root, hexLength);
    }
    /**
     * A GitCli for the repository at `root`, its object format and common git directory asked of
     * git at once, in one process: each process costs rerun-action a fork of itself. Asked in
     * `askIn` (a directory of the same repository) where the caller does not know `root` yet.
     */
    static async open(root, askIn = repositoryDetails(root)) {
        const { objectFormat, commonDir } = await askIn;
        const git = new GitCli(root, objectFormat === 'sha256' ? 64 : 40);
        git.format = Promise.resolve(objectFormat);
        git.commonDir = Promise.resolve(commonDir);
        return git;
    }
    /**
     * `use` with a GitCli for `root`, its long-running readers stopped afterwards whatever happens:
     * a reader left running would keep the process alive.
     */
    static async using(root, use) {
        const git = new GitCli(root);
        try {
            return await use(git);
        }
        finally {
            git.close();
        }
    }
    run(args, input) {
        return gitOutput(args, { cwd: this.root, input });
    }
    async resolveCommit(rev) {
        // Asked of the long-running reader (no process of its own), as `rev-parse --verify` would.
        return (await this.store.resolve(`${rev}^{commit}`))?.object ?? null;
    }
    async logCommits(revisions, onCommit, messagePrefix = '') {
        // -z separates commits with NUL, which git never allows in a commit message. Each record is
        // "<sha> <committer time> <parents...>\n<message>". Only messages that start with the prefix
        // are decoded at all: in a long history most commits are skipped as raw bytes. Records are
        // cut from a list of chunks, so a long message costs time linear in its length.
        const prefix = Buffer.from(messagePrefix, 'utf8');
        let pending = [];
        // The record is bytes start..end of `data`: read in place, so that a skipped commit costs no
        // copy and a kept one only its strings.
        const handle = (data, start, end) => {
            const newline = data.indexOf(0x0a, start);
            if (newline < 0 || newline >= end)
                return;
            const bodyStart = newline + 1;
            if (prefix.length > 0 &&
                (end - bodyStart < prefix.length ||
                    data.compare(prefix, 0, prefix.length, bodyStart, bodyStart + prefix.length) !== 0))
                return;
            const [sha = '', time = '0', ...parents] = data.toString('latin1', start, newline).split(' ');
            onCommit({
                sha,
                parents: parents.filter(Boolean),
                committedAt: Number(time),
                message: data.toString('utf8', bodyStart, end)
            });
        };
        /** A record that arrived in more than one chunk, joined. */
        const handleJoined = (pieces) => {
            const record = Buffer.concat(pieces);
            handle(record, 0, record.length);
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
        const result = await streamGit(args, { cwd: this.root }, chunk => {
            let start = 0;
            for (let end = chunk.indexOf(0, start); end >= 0; end = chunk.indexOf(0, start)) {
                if (pending.length > 0) {
                    handleJoined([...pending, chunk.subarray(start, end)]);
                    pending = [];
                }
                else
                    handle(chunk, start, end);
                start = end + 1;
            }
            if (start < chunk.length)
                pending.push(chunk.subarray(start));
        });
        if (result.code !== 0) {
            throw new ProcessError(`git log failed: ${result.stderr.toString('utf8').trim()}`, result);
        }
        if (pending.length > 0)
            handleJoined(pending);
    }
    async changesOf(shas) {
        const changes = new Map();
        if (shas.length === 0)
            return changes;
        const out = await this.run(['diff-tree', '--stdin', '-r', '-z', '--no-renames', '--raw', '--no-abbrev'], shas.join('\n') + '\n');
        const parts = out.toString('utf8').split('\0');
        let current;
        for (let i = 0; i < parts.length; i++) {
            const part = parts[i] ?? '';
            if (part.startsWith(':')) {
                current?.push(rawDiffEntry(part, parts[++i] ?? '', false));
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
        // A newline would end the request early: such a name cannot be asked for, so it is absent.
        const askable = specs.filter(spec => !spec.includes('\n'));
        for (const spec of specs)
            if (spec.includes('\n'))
                objects.set(spec, null);
        if (askable.length === 0)
            return objects;
        const out = await this.run(['cat-file', '--batch'], askable.join('\n') + '\n');
        let offset = 0;
        for (const spec of askable) {
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
    async readBlobs(objects) {
        const found = await Promise.all(objects.map(object => this.store.read(object)));
        return new Map(objects.map((object, i) => [object, found[i]?.data ?? null]));
    }
    async blobSizes(objects) {
        const sizes = await Promise.all(objects.map(object => this.store.size(object)));
        return new Map(objects.map((object, i) => [object, sizes[i] ?? null]));
    }
    async writeBlob(object, file, permissions = 0o666) {
        const out = await external_node_fs_default().promises.open(file, 'wx', permissions);
        try {
            // git writes into the file itself: a large blob never passes through this process.
            const result = await runGit(['cat-file', 'blob', object], {
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
    async entryOf(p, raw, sized = true) {
        const type = raw.mode === '160000' ? 'commit' : raw.mode === '040000' ? 'tree' : 'blob';
        return {
            mode: raw.mode,
            type,
            object: raw.object,
            size: type === 'blob' && sized ? await this.store.size(raw.object) : null,
            path: p
        };
    }
    /** Every blob and gitlink under a tree, as `ls-tree -r` lists them. */
    async collect(tree, prefix, depth, found, sized = true) {
        if (depth > MAX_TREE_DEPTH)
            throw new Error(`the tree at ${prefix} is nested deeper than ${MAX_TREE_DEPTH} levels`);
        for (const raw of await this.store.tree(tree)) {
            const p = prefix === '' ? raw.name : `${prefix}/${raw.name}`;
            if (raw.mode === '040000')
                await this.collect(raw.object, p, depth + 1, found, sized);
            else if (!found.has(p))
                found.set(p, this.entryOf(p, raw, sized));
        }
    }
    async filesOf(commit) {
        const found = new Map();
        await this.collect(await this.store.rootTree(commit), '', 0, found, false);
        return Promise.all(found.values());
    }
    /** The entry at `p` in a tree, or null. */
    async lookup(tree, p) {
        let current = { mode: '040000', name: '', object: tree };
        for (const name of p.split('/')) {
            if (current.mode !== '040000')
                return null;
            const next = (await this.store.tree(current.object)).find(entry => entry.name === name);
            if (!next)
                return null;
            current = next;
        }
        return current;
    }
    async listTree(commit, paths) {
        if (paths.length === 0)
            return [];
        const root = await this.store.rootTree(commit);
        const found = new Map();
        for (const requested of paths) {
            const p = requested.replace(/\/+$/, '');
            if (p === '' || p === '.') {
                await this.collect(root, '', 0, found);
                continue;
            }
            if (found.has(p))
                continue;
            const raw = await this.lookup(root, p);
            if (!raw)
                continue;
            if (raw.mode === '040000')
                await this.collect(raw.object, p, p.split('/').length, found);
            else
                found.set(p, this.entryOf(p, raw));
        }
        return Promise.all(found.values());
    }
    async entryAt(commit, p) {
        const clean = p.replace(/\/+$/, '');
        if (clean === '' || clean === '.')
            return null;
        const raw = await this.lookup(await this.store.rootTree(commit), clean);
        return raw ? this.entryOf(clean, raw) : null;
    }
    async diffCommits(from, to) {
        const empty = EMPTY_TREE[await this.objectFormat()] ?? EMPTY_TREE.sha1 ?? '';
        const out = await this.run([
            'diff-tree',
            '-r',
            '-z',
            '--no-renames',
            '--raw',
            '--no-abbrev',
            from ?? empty,
            to ?? empty
        ]);
        const parts = out.toString('utf8').split('\0');
        const entries = [];
        for (let i = 0; i < parts.length; i++) {
            const part = parts[i] ?? '';
            if (part.startsWith(':'))
                entries.push(rawDiffEntry(part, parts[++i] ?? ''));
        }
        return entries;
    }
    async resolveObjects(specs) {
        const found = await Promise.all(specs.map(spec => this.store.resolve(spec)));
        return new Map(specs.map((spec, i) => [spec, found[i]?.object ?? null]));
    }
    configEntries() {
        this.config ??= runGit(['config', '-z', '--list'], { cwd: this.root }).then(result => {
            if (result.code !== 0)
                throw new Error(`cannot read the git config of ${this.root}: ${result.stderr.toString('utf8').trim()}`);
            return parseConfigEntries(result.stdout);
        });
        return this.config;
    }
    async configOfBlob(object) {
        // A config file git cannot parse configures nothing.
        const entries = await this.configEntriesOfBlob(object).catch(() => []);
        return new Map(entries.map(({ key, value }) => [key, value]));
    }
    async configEntriesOfBlob(object) {
        return parseConfigEntries(await this.run(['config', '-z', '--blob', object, '--list']));
    }
    async listRefs(patterns) {
        const out = await this.run(['for-each-ref', '--format=%(refname)', ...patterns]);
        return out.toString('utf8').split('\n').filter(Boolean);
    }
    gitCommonDir() {
        this.commonDir ??= simpleGitAt(this.root)
            .raw(['rev-parse', '--path-format=absolute', '--git-common-dir'])
            .then(out => out.trim());
        return this.commonDir;
    }
    objectFormat() {
        this.format ??= simpleGitAt(this.root)
            .raw(['rev-parse', '--show-object-format'])
            .then(out => out.trim());
        return this.format;
    }
    async checkoutOrigin() {
        return {
            objects: external_node_path_default().join(await this.gitCommonDir(), 'objects'),
            sha256: (await this.objectFormat()) === 'sha256'
        };
    }
    async checkoutInto(dir, commit, annexDir) {
        await writeCheckout(dir, commit, { ...(await this.checkoutOrigin()), annexDir });
    }
    startReaders() {
        this.store.warm();
    }
    close() {
        this.store.close();
    }
}
/**
 * The repository rerun-action writes by hand into a checkout at `commit` (HEAD detached there),
 * borrowing `objects` (objects/info/alternates), with `.git/annex` leading to `annexDir`.
 * Nothing of a repository a command touched is used.
 */
function repositoryLayout(commit, from) {
    const config = [
        '[core]',
        `\trepositoryformatversion = ${from.sha256 ? 1 : 0}`,
        '\tfilemode = true',
        '\tbare = false',
        '\tlogallrefupdates = false',
        ...(from.sha256 ? ['[extensions]', '\tobjectformat = sha256'] : [])
    ];
    return [
        { path: '.git', kind: 'directory' },
        { path: '.git/objects', kind: 'directory' },
        { path: '.git/objects/info', kind: 'directory' },
        { path: '.git/refs', kind: 'directory' },
        { path: '.git/refs/heads', kind: 'directory' },
        { path: '.git/config', kind: 'file', content: config.join('\n') + '\n' },
        { path: '.git/HEAD', kind: 'file', content: `${commit}\n` },
        { path: '.git/objects/info/alternates', kind: 'file', content: from.objects + '\n' },
        ...(from.annexDir
            ? [{ path: '.git/annex', kind: 'symlink', content: from.annexDir }]
            : [])
    ];
}
/**
 * Write the repository of repositoryLayout into `dir` (an empty directory, or one git left empty
 * for a gitlink) and check `commit` out into it with git.
 */
async function writeCheckout(dir, commit, from) {
    for (const entry of repositoryLayout(commit, from)) {
        const target = external_node_path_default().join(dir, entry.path);
        if (entry.kind === 'directory')
            await external_node_fs_default().promises.mkdir(target);
        else if (entry.kind === 'symlink')
            await external_node_fs_default().promises.symlink(entry.content ?? '', target);
        else
            await external_node_fs_default().promises.writeFile(target, entry.content ?? '', { flag: 'wx' });
    }
    await gitOutput(['read-tree', '--reset', '-u', commit], { cwd: dir });
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
const DIRECTORY_CHARACTERS = '0123456789zqjxkmvwgpfZQJXKMVWGPF';
/**
 * The two directories git-annex keeps a key's content under in a non-bare repository
 * (`hashDirMixed`, e.g. `q3/K8/`): six characters from the first 32 bits of the MD5 of the key,
 * little-endian, five bits each, swapped in pairs. Computed here because `git annex examinekey`
 * cannot be asked for it reliably (10.20230126 printed two answers for one key).
 */
function hashDirMixed(key) {
    const word = (0,external_node_crypto_.createHash)('md5').update(key).digest().readUInt32LE(0);
    const chars = Array.from({ length: 6 }, (_, i) => DIRECTORY_CHARACTERS[Math.floor(word / 2 ** (6 * i)) % 32] ?? '');
    const swapped = [1, 0, 3, 2, 5, 4].map(i => chars[i] ?? '').join('');
    return `${swapped.slice(0, 2)}/${swapped.slice(2, 4)}/`;
}
/** `hashDirLower` (`e38/2e4/`), the layout of bare repositories. */
function hashDirLower(key) {
    const hex = (0,external_node_crypto_.createHash)('md5').update(key).digest('hex');
    return `${hex.slice(0, 3)}/${hex.slice(3, 6)}/`;
}
/**
 * The `remote.<name>.url` entries of the repository at `cwd`, in config order, a URL that is a
 * relative path resolved against `base`: git resolves it against the work tree, which a checkout
 * or clone elsewhere does not share.
 */
async function remoteUrlEntries(cwd, base) {
    const result = await runGit(['config', '-z', '--get-regexp', '^remote\\..*\\.url$'], { cwd });
    if (result.code !== 0)
        return [];
    return remoteUrlsOf(parseConfigEntries(result.stdout), base);
}
/** remoteUrlEntries, from config entries already read (keys as git prints them: canonical). */
function remoteUrlsOf(entries, base) {
    return entries
        .filter(({ key }) => /^remote\..*\.url$/.test(key))
        .map(({ key, value }) => {
        const relative = isRelativePath(value);
        return { key, value: relative ? external_node_path_default().resolve(base, value) : value, relative };
    });
}
/** A dataset uses git-annex when it, or one of its remotes, has a git-annex branch. */
async function usesAnnex(git) {
    return (await git.listRefs(['refs/heads/git-annex', 'refs/remotes/*/git-annex'])).length > 0;
}
/** True once `git annex init` has run in the repository whose config is `entries`. */
function annexInitialisedBy(entries) {
    // The last value counts, as `git config --get` reads it.
    const uuid = entries.filter(({ key }) => key === 'annex.uuid').pop();
    return uuid !== undefined && uuid.value.trim() !== '';
}
/**
 * Whether `git annex` works here. A git-annex on PATH (where git finds it) is taken at its word:
 * asking it costs a Haskell program's start, beside git log and on the way to the first commit.
 * Only where there is none is git asked, to be sure.
 */
async function annexInstalled() {
    if (findProgram('git-annex'))
        return true;
    try {
        const result = await runGit(['annex', 'version', '--raw'], { cwd: process.cwd() });
        return result.code === 0;
    }
    catch {
        return false;
    }
}
let borrowed = 0;
class AnnexRepository {
    root;
    onFetched;
    borrowFrom;
    make;
    /**
     * @param borrowFrom the objects directory of another annex (a subdataset's in the user's
     *   clone) whose content is copied in before any remote is asked; it is only ever read.
     */
    constructor(root, onFetched, borrowFrom = null, make = null) {
        this.root = root;
        this.onFetched = onFetched;
        this.borrowFrom = borrowFrom;
        this.make = make;
        // A repository made later is a plain clone: its annex is where git puts it in any clone.
        if (make)
            this.annexDir = Promise.resolve(external_node_path_default().join(root, '.git', 'annex'));
    }
    /**
     * A repository that `make` creates at `root` when git-annex is first needed. A private clone
     * costs a clone and a `git annex init`, and most run commits (all of a text2git dataset's)
     * never need git-annex at all. Until then its annex does not exist: no link into it resolves.
     */
    static deferred(root, make, onFetched) {
        return new AnnexRepository(root, onFetched, null, make);
    }
    made;
    ready() {
        if (!this.make)
            return Promise.resolve();
        this.made ??= this.make();
        return this.made;
    }
    remoteUrls;
    indexPath;
    annexDir;
    /** git-annex refuses to fetch a key another process is already fetching: one get at a time. */
    transfers = new Mutex();
    /**
     * `-c remote.NAME.url=ABSOLUTE` for remotes whose URL is a relative path (datalad clone writes
     * them so): git resolves them against the checkout's top, which in a temporary worktree is the
     * wrong directory.
     */
    absoluteRemoteUrls() {
        this.remoteUrls ??= remoteUrlEntries(this.root, this.root).then(entries => entries.flatMap(({ key, value, relative }) => (relative ? ['-c', `${key}=${value}`] : [])));
        return this.remoteUrls;
    }
    /**
     * Run git-annex. In the user's checkout it works on a private copy of the index: git-annex
     * rewrites the index it scans (its cached tree), and the user's index must stay as it was.
     */
    async annex(args, input) {
        await this.ready();
        const cwd = this.root;
        const command = [...(await this.absoluteRemoteUrls()), 'annex', ...args];
        // Where the index is does not change: asked once, not once per git-annex call.
        this.indexPath ??= runGit(['rev-parse', '--path-format=absolute', '--git-path', 'index'], {
            cwd
        }).then(result => result.stdout.toString('utf8').trim());
        const index = await this.indexPath;
        const scratch = await external_node_fs_default().promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'rerun-action-index-'));
        try {
            const copy = external_node_path_default().join(scratch, 'index');
            // A repository without commits has no index yet; git-annex then starts from an empty one.
            await external_node_fs_default().promises.copyFile(index, copy).catch(() => undefined);
            return await runGit(command, { cwd, env: { GIT_INDEX_FILE: copy }, input });
        }
        finally {
            await external_node_fs_default().promises.rm(scratch, { recursive: true, force: true });
        }
    }
    /** True once `git annex init` has run here (a fresh `git clone` has not). */
    async isInitialised() {
        await this.ready();
        const result = await runGit(['config', '-z', '--get-regexp', '^annex\\.uuid$'], {
            cwd: this.root
        });
        return result.code === 0 && annexInitialisedBy(parseConfigEntries(result.stdout));
    }
    async initialise() {
        const result = await this.annex(['init', '--quiet']);
        if (result.code !== 0) {
            throw new Error(`git annex init failed: ${result.stderr.toString('utf8').trim()}`);
        }
    }
    /** Failures of a `git annex get --json` call; successful transfers go to `onFetched`. */
    failures(stdout, stderr, code, fileOfKey = new Map()) {
        const name = (file, key) => file ?? (key ? (fileOfKey.get(key) ?? key) : '?');
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
                        file: name(entry.file, entry.key),
                        message: (messages.join(' ') || entry.note || 'git-annex could not get it') + where
                    });
                }
                else if (entry.success === true && entry.key) {
                    this.onFetched?.({
                        file: name(entry.file, entry.key),
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
    /**
     * Fetch the content of annexed keys (each with the file it is for, in messages) from any remote
     * that has it, in one git-annex process. Keys, not paths: the checkout being prepared is not
     * this repository's work tree.
     */
    async getKeys(fileOfKey) {
        const keys = [];
        for (const key of fileOfKey.keys())
            if (!(await this.borrow(key)))
                keys.push(key);
        if (keys.length === 0)
            return [];
        const result = await this.transfers.run(() => this.annex(['get', '--json', '--json-error-messages', '--batch-keys'], keys.join('\n') + '\n'));
        return this.failures(result.stdout, result.stderr, result.code, fileOfKey);
    }
    /** Where this repository keeps annexed content (`.git/annex/objects`). */
    async objectsDir() {
        this.annexDir ??= runGit(['rev-parse', '--path-format=absolute', '--git-path', 'annex'], {
            cwd: this.root
        }).then(result => result.stdout.toString('utf8').trim());
        return external_node_path_default().join(await this.annexDir, 'objects');
    }
    /** The annex directory itself, which checkouts link to as their `.git/annex`. */
    async annexPath() {
        return external_node_path_default().dirname(await this.objectsDir());
    }
    /**
     * Path of a key's content in the local annex; when it is not present and `fetchFor` names the
     * file it is the content of (the name transfers are reported by), fetched first.
     */
    async contentOf(key, fetchFor) {
        const located = async () => {
            const result = await this.annex(['contentlocation', key]);
            const rel = result.stdout.toString('utf8').trim();
            return result.code === 0 && rel ? external_node_path_default().resolve(this.root, rel) : null;
        };
        await this.borrow(key);
        const present = await located();
        if (present)
            return { path: present };
        if (fetchFor === undefined)
            return { failure: `the content of ${key} is not in the local annex` };
        const result = await this.transfers.run(() => this.annex(['get', '--json', '--json-error-messages', '--key', key]));
        const failures = this.failures(result.stdout, result.stderr, result.code, new Map([[key, fetchFor]]));
        if (failures.length > 0)
            return { failure: failures.map(f => f.message).join('; ') };
        const fetched = await located();
        return fetched && external_node_fs_default().existsSync(fetched)
            ? { path: fetched }
            : { failure: `content of ${key} not found after git annex get` };
    }
    /**
     * Copy a key's content from `borrowFrom` into this annex, where it is not here yet; true when
     * the content is here afterwards. A copy (a reflink where the file system has them), never a
     * hard link: a command that is not isolated could write through one into the user's annex.
     */
    async borrow(key) {
        if (!this.borrowFrom || key.includes('/') || key.startsWith('.'))
            return false;
        const target = external_node_path_default().join(await this.objectsDir(), hashDirMixed(key), key, key);
        if (await isFile(target))
            return true;
        for (const layout of [hashDirMixed(key), hashDirLower(key)]) {
            const source = external_node_path_default().join(this.borrowFrom, layout, key, key);
            if (!(await isFile(source)))
                continue;
            await external_node_fs_default().promises.mkdir(external_node_path_default().dirname(target), { recursive: true });
            const copy = `${target}.rerun-action-${process.pid}-${++borrowed}`;
            try {
                await external_node_fs_default().promises.copyFile(source, copy, (external_node_fs_default()).constants.COPYFILE_FICLONE);
                await external_node_fs_default().promises.chmod(copy, 0o444);
                await external_node_fs_default().promises.rename(copy, target);
            }
            finally {
                await external_node_fs_default().promises.rm(copy, { force: true });
            }
            return true;
        }
        return false;
    }
    /** The key git-annex computes for a file with a given backend (for hashes node lacks). */
    async calculateKey(file, backend) {
        const result = await this.annex([`--backend=${backend}`, 'calckey', file]);
        return result.code === 0 ? result.stdout.toString('utf8').trim() : null;
    }
}
async function isFile(p) {
    return (await external_node_fs_default().promises.lstat(p).catch(() => null))?.isFile() ?? false;
}

// EXTERNAL MODULE: ./src/engine/config/comparison-rules.ts
var comparison_rules = __nccwpck_require__(5898);
;// CONCATENATED MODULE: ./src/engine/annex/private-clone.ts
/**
 * A dataset cloned with plain `git clone` has never run `git annex init`, and initialising it
 * would change the user's git config (annex.uuid, filters) and hooks. rerun-action works in a
 * private clone instead: it shares the user's git objects (`--shared`), takes the user's remotes
 * and git-annex branches, and keeps its worktrees, annex content and git-annex state in a temp
 * directory. The user's repository is only read.
 */






async function git(args, options) {
    return (await gitOutput(args, options)).toString('utf8');
}
/** Where a private clone keeps the source's own git-annex branch, which git-annex merges. */
const SOURCE_ANNEX_BRANCH = 'refs/remotes/rerun-action-source/git-annex';
/**
 * Where a private clone in `parent` may go. The pid in the name lets a later run remove it if
 * this one is killed (Workspace.removeStale).
 */
function privateCloneDir(parent) {
    return external_node_path_default().join(parent, `rerun-action-clone-${process.pid}-${(0,external_node_crypto_.randomUUID)()}`);
}
/**
 * Clone `userRoot` into `dir`, which must not exist yet (so that nothing planted there is used).
 * @param options.sourceAnnexBranch also take the source's own `git-annex` branch (for a
 *   subdataset installed in the user's clone: what it knows of where content is)
 */
async function createPrivateClone(userRoot, dir, options = {}) {
    await external_node_fs_default().promises.mkdir(dir, { mode: 0o700 });
    try {
        await git(['clone', '--quiet', '--shared', '--no-checkout', userRoot, dir], {
            cwd: external_node_path_default().dirname(dir)
        });
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
        const own = await runGit(['rev-parse', '--verify', '--quiet', 'refs/heads/git-annex'], {
            cwd: userRoot
        });
        if (options.sourceAnnexBranch && own.code === 0) {
            await git([
                'fetch',
                '--quiet',
                '--no-write-fetch-head',
                userRoot,
                `+refs/heads/git-annex:${SOURCE_ANNEX_BRANCH}`
            ], here);
        }
        await git(['annex', 'init', '--quiet', 'rerun-action private clone'], here);
        return dir;
    }
    catch (e) {
        await external_node_fs_default().promises.rm(dir, { recursive: true, force: true });
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/engine/git/index-file.ts
/**
 * git's index file (version 2, gitformat-index(5)), written by rerun-action for the checkouts it
 * writes itself: one git process less per execution, and stat data that match the files, so that
 * git in a replayed command sees a clean checkout at once, as after git's own checkout.
 */

const low32 = (value) => Number(value & 0xffffffffn);
function indexStat(stat) {
    const seconds = (ns) => low32(ns / 1000000000n);
    const nanoseconds = (ns) => Number(ns % 1000000000n);
    return [
        seconds(stat.ctimeNs),
        nanoseconds(stat.ctimeNs),
        seconds(stat.mtimeNs),
        nanoseconds(stat.mtimeNs),
        low32(stat.dev),
        low32(stat.ino),
        low32(stat.uid),
        low32(stat.gid),
        low32(stat.size)
    ];
}
/** Names of this many bytes or more store 0xFFF as their length (git finds the NUL instead). */
const NAME_MASK = 0xfff;
/** The bytes of an index holding `entries` (stage 0), in git's order, with its checksum. */
function encodeIndex(entries, sha256) {
    const idLength = sha256 ? 32 : 20;
    const named = entries
        .map(entry => ({ entry, name: Buffer.from(entry.path, 'utf8') }))
        .sort((a, b) => Buffer.compare(a.name, b.name));
    const header = Buffer.alloc(12);
    header.write('DIRC', 0, 'latin1');
    header.writeUInt32BE(2, 4);
    header.writeUInt32BE(named.length, 8);
    const parts = [header];
    for (const { entry, name } of named) {
        // The fixed part, the name and 1 to 8 NULs, to a multiple of 8 bytes.
        const fixed = 40 + idLength + 2;
        const record = Buffer.alloc((fixed + name.length + 8) & ~7);
        const [ctimeS, ctimeNs, mtimeS, mtimeNs, dev, ino, uid, gid, size] = entry.stat ?? [];
        const fields = [ctimeS, ctimeNs, mtimeS, mtimeNs, dev, ino, entry.mode, uid, gid, size];
        fields.forEach((value, i) => record.writeUInt32BE(value ?? 0, i * 4));
        if (Buffer.from(entry.object, 'hex').copy(record, 40) !== idLength ||
            entry.object.length !== idLength * 2)
            throw new Error(`not an object id: ${entry.object}`);
        record.writeUInt16BE(Math.min(name.length, NAME_MASK), 40 + idLength);
        name.copy(record, fixed);
        parts.push(record);
    }
    const body = Buffer.concat(parts);
    const checksum = (0,external_node_crypto_.createHash)(sha256 ? 'sha256' : 'sha1')
        .update(body)
        .digest();
    return Buffer.concat([body, checksum]);
}

;// CONCATENATED MODULE: ./src/engine/execute/checkout-snapshot.ts
/**
 * What a replayed command changed in its checkout, found by rerun-action itself: a stat
 * snapshot before the command, compared with the checkout after it. Never `git status` in the
 * checkout: the command controls that directory, its `.git` included, and would steer git.
 *
 * Every write changes an inode's ctime, which no unprivileged program can set back. Once the
 * file system's clock has passed the newest ctime in the snapshot (`settle`), any change the
 * command makes shows as a new ctime, even one that restores size and mtime.
 */


/** Deeper checkouts are refused rather than walked: paths would outgrow what the kernel takes. */
const MAX_DEPTH = 256;
class CheckoutWalkError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CheckoutWalkError';
    }
}
const KIND_LETTERS = { directory: 'd', file: 'f', symlink: 'l', other: 'o' };
function walkedEntry(stat) {
    const kind = stat.isDirectory()
        ? 'directory'
        : stat.isSymbolicLink()
            ? 'symlink'
            : stat.isFile()
                ? 'file'
                : 'other';
    const letter = KIND_LETTERS[kind];
    return {
        kind,
        permissions: Number(stat.mode & 4095n),
        signature: kind === 'directory'
            ? letter
            : `${letter}:${stat.ino}:${stat.size}:${stat.mode}:${stat.mtimeNs}:${stat.ctimeNs}`
    };
}
/**
 * Every entry under `root`, never following a symbolic link, and the newest ctime among them.
 * The root's `.git` (rerun-action's own repository, not the dataset) is left out unless
 * `withGitDirectory`.
 */
async function walkCheckout(root, withGitDirectory = false) {
    const entries = new Map();
    // Paths are joined by hand: entry names hold no slash and are never . or .., and path.join's
    // normalising of each was a quarter of what the walk allocated.
    const base = external_node_path_default().resolve(root);
    const prefix = base === (external_node_path_default()).sep ? base : `${base}${(external_node_path_default()).sep}`;
    let newest = 0n;
    let sinceYield = 0;
    const visit = async (rel, depth) => {
        if (depth > MAX_DEPTH) {
            throw new CheckoutWalkError(`the checkout holds directories nested deeper than ${MAX_DEPTH} levels (${rel.slice(0, 200)}…)`);
        }
        for (const name of readNames(rel === '' ? base : prefix + rel, rel)) {
            const child = rel === '' ? name : `${rel}/${name}`;
            // The checkout's own repository is rerun-action's bookkeeping, not the dataset.
            if (child === '.git' && !withGitDirectory)
                continue;
            const stat = lstatIn(prefix + child, child);
            entries.set(child, walkedEntry(stat));
            if (stat.ctimeNs > newest)
                newest = stat.ctimeNs;
            // Synchronous calls cost a third of promised ones on a checkout the page cache holds;
            // other executions get the event loop back every so many entries.
            if (++sinceYield >= YIELD_EVERY) {
                sinceYield = 0;
                await new Promise(resolve => setImmediate(resolve));
            }
            if (stat.isDirectory())
                await visit(child, depth + 1);
        }
    };
    await visit('', 0);
    return { entries, newest };
}
/** Entries walked between two turns of the event loop. */
const YIELD_EVERY = 2000;
/** The names in the directory `dir`, which is `rel` in the checkout. */
function readNames(dir, rel) {
    try {
        return external_node_fs_default().readdirSync(dir);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENAMETOOLONG')
            throw new CheckoutWalkError(`a path in the checkout is too long to read: ${rel.slice(0, 200)}…`);
        if (code === 'EACCES')
            throw new CheckoutWalkError(`the directory ${rel} in the checkout cannot be read`);
        throw e;
    }
}
/** lstat(2) of `file`, which is `rel` in the checkout. */
function lstatIn(file, rel) {
    try {
        return external_node_fs_default().lstatSync(file, { bigint: true });
    }
    catch (e) {
        if (e.code === 'ENAMETOOLONG')
            throw new CheckoutWalkError(`a path in the checkout is too long to read: ${rel.slice(0, 200)}…`);
        throw e;
    }
}
async function takeSnapshot(root) {
    const { entries, newest } = await walkCheckout(root);
    return { entries, newestChange: newest };
}
/** The file settle() writes to read the clock: rerun-action's own, beside the checkout. */
const CLOCK_PROBE = '.rerun-action-clock';
/**
 * Wait until the file system's clock, as a fresh write in `probeDir` shows it, is past every
 * ctime in the snapshot. Timestamps tick in coarse steps (a few ms), so without this a command
 * that rewrites a file at once, keeping its size and mtime, could leave an identical stat.
 * The probe is written twice, looked at in between: file systems with multigrain timestamps
 * (Linux 6.13 and later) then stamp the second write finely, and every later change at least as
 * late, so the wait is over at once; elsewhere the clock is read again each millisecond. The
 * check is the same either way. The calls are synchronous: a few microseconds each, where a
 * promised call costs tens.
 */
async function settle(snapshot, probeDir) {
    const probe = external_node_path_default().join(probeDir, CLOCK_PROBE);
    // Never through a link, never waiting on a FIFO: the probe is rerun-action's own file.
    const { O_WRONLY, O_CREAT, O_NOFOLLOW, O_NONBLOCK } = (external_node_fs_default()).constants;
    for (let attempt = 0;; attempt++) {
        // Rewritten in place, never truncated: a truncation costs as much as a new file.
        const fd = external_node_fs_default().openSync(probe, O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK, 0o600);
        try {
            // Written and looked at, then written again within the same tick: the second write is
            // the one a multigrain file system stamps finely.
            external_node_fs_default().writeSync(fd, 'x', 0);
            external_node_fs_default().fstatSync(fd);
            external_node_fs_default().writeSync(fd, 'x', 0);
            const { ctimeNs } = external_node_fs_default().fstatSync(fd, { bigint: true });
            if (ctimeNs > snapshot.newestChange)
                return;
        }
        finally {
            external_node_fs_default().closeSync(fd);
        }
        if (attempt > 10_000)
            throw new Error('the file system clock does not advance');
        await new Promise(resolve => setTimeout(resolve, 1));
    }
}
async function changedSince(root, before) {
    const { entries } = await walkCheckout(root, true);
    const changed = [];
    for (const [p, now] of entries) {
        if (p === '.git' || p.startsWith('.git/'))
            continue;
        if (now.kind !== 'directory' && before.entries.get(p)?.signature !== now.signature)
            changed.push(p);
    }
    for (const [p, then] of before.entries) {
        // Removed, or replaced by a directory.
        if (then.kind !== 'directory' && (entries.get(p)?.kind ?? 'directory') === 'directory')
            changed.push(p);
    }
    return { paths: changed.sort(), entries };
}

;// CONCATENATED MODULE: ./src/engine/execute/checkout-restore.ts
/**
 * A worker's checkout kept from one execution to the next and brought to the next commit's tree
 * by rewriting only what differs from it, instead of writing every file of the dataset again.
 *
 * What a replayed command left is never trusted: every entry is looked at with lstat(2), and a
 * file or link is kept only where its stat signature is still the one rerun-action recorded when
 * it wrote (or last verified) that very content. A write, a rename, a new link, a chmod or a
 * replacement all change the inode or its ctime, which no unprivileged program can set back
 * (checkout-snapshot.ts waits for the clock before each command, so no change can share a ctime
 * with rerun-action's own writes). Such a file that the next commit wants with another content
 * (HEAD, the index, a blob that changed between the parents) is written over in place, its
 * signature checked again on the open descriptor. Everything else is removed and written anew,
 * never written through: a file is created with O_EXCL after the old entry is gone, so a link
 * planted by the command leads nowhere. The repository in `.git` is kept to the same rules, and
 * its index is written by rerun-action (index-file.ts): no git runs in a checkout at all.
 *
 * Only a checkout whose command ran isolated is kept (no process of it can outlive the
 * execution and change it behind rerun-action's back); trees that git would write differently
 * from their blobs (end-of-line or ident conversion, names git refuses) are checked out by git.
 */






/** The identity of an entry's content, as KnownEntry records it. */
function contentKey(entry) {
    const content = entry.content;
    if (content === undefined)
        return 'directory';
    const kind = entry.kind === 'symlink' ? 'link' : entry.executable ? 'executable' : 'file';
    return 'object' in content ? `${kind} ${content.object}` : `${kind} text ${content.text}`;
}
/** A file, an executable file or a link: the first word of a content key. */
const kindOf = (key) => key.slice(0, key.indexOf(' '));
/** Names git would refuse to check out or write differently: those checkouts are git's to write. */
function writableByHand(name) {
    if (name === '' || name === '.' || name === '..')
        return false;
    if (/[\\/\0\uFFFD]/.test(name))
        return false;
    const trimmed = name.toLowerCase().replace(/[. ]+$/, '');
    return trimmed !== '.git' && !/^git~\d+$/.test(trimmed);
}
const MODES = {
    '100644': { kind: 'file', executable: false },
    '100755': { kind: 'file', executable: true },
    '120000': { kind: 'symlink' },
    // A gitlink is checked out as an empty directory: its subdataset is installed later, if at all.
    '160000': { kind: 'directory' }
};
/**
 * Every entry of a checkout of the commit whose files are `files`, with its repository `layout`:
 * work tree entries, the directories that hold them, and `.git`. Null where a name or a mode is
 * one that git itself must judge.
 */
function wantedCheckout(files, layout) {
    const wanted = new Map();
    for (const file of files) {
        const mode = MODES[file.mode];
        const names = file.path.split('/');
        if (!mode || !names.every(writableByHand))
            return null;
        for (let i = 1; i < names.length; i++)
            wanted.set(names.slice(0, i).join('/'), { kind: 'directory' });
        wanted.set(file.path, mode.kind === 'directory'
            ? { kind: 'directory', gitlink: file.object }
            : { ...mode, content: { object: file.object } });
    }
    for (const entry of layout) {
        wanted.set(entry.path, entry.kind === 'directory'
            ? { kind: 'directory' }
            : { kind: entry.kind, content: { text: entry.content ?? '' } });
    }
    return wanted;
}
/**
 * Attributes under which git's checkout differs from the blob (end of line, `$Id$`, encodings).
 * rerun-action's repositories configure no filter drivers, so `filter` changes nothing.
 */
const CONVERTING_ATTRIBUTES = /\b(?:eol|crlf|ident|working-tree-encoding)\b/;
/** Whether any `.gitattributes` of the commit asks git to convert files it checks out. */
async function convertsOnCheckout(files, git) {
    const attributes = files.filter(f => (f.path === '.gitattributes' || f.path.endsWith('/.gitattributes')) && f.type === 'blob');
    if (attributes.length === 0)
        return false;
    const blobs = await git.readBlobs(attributes.map(f => f.object));
    return [...blobs.values()].some(blob => blob === null || CONVERTING_ATTRIBUTES.test(blob.toString('latin1')));
}
/**
 * What to change in a checkout that holds `walked` (all of it, `.git` included) to make it hold
 * `wanted`, given what rerun-action `known` of the files it wrote. Pure.
 */
function planRestore(walked, known, wanted, directoryPermissions) {
    const plan = {
        chmod: [],
        remove: [],
        make: [],
        write: [],
        rewrite: new Map(),
        kept: new Map()
    };
    const removed = new Set();
    const underRemoved = (p) => {
        for (let slash = p.indexOf('/'); slash >= 0; slash = p.indexOf('/', slash + 1))
            if (removed.has(p.slice(0, slash)))
                return true;
        return false;
    };
    const remove = (p) => {
        plan.remove.push(p);
        removed.add(p);
    };
    // Sorted, a directory comes before everything under it.
    for (const p of [...walked.keys()].sort()) {
        if (underRemoved(p))
            continue;
        const entry = walked.get(p);
        const want = wanted.get(p);
        if (!want) {
            remove(p);
        }
        else if (want.kind === 'directory') {
            if (entry.kind !== 'directory')
                remove(p);
            else if (entry.permissions !== directoryPermissions)
                plan.chmod.push(p);
        }
        else {
            const was = known.get(p);
            const wantedContent = contentKey(want);
            if (entry.kind !== want.kind || was === undefined || was.signature !== entry.signature)
                remove(p);
            else if (was.content === wantedContent)
                plan.kept.set(p, was);
            else if (want.kind === 'file' && kindOf(was.content) === kindOf(wantedContent))
                plan.rewrite.set(p, was);
            else
                remove(p);
        }
    }
    const present = (p) => walked.has(p) && !removed.has(p) && !underRemoved(p);
    for (const [p, want] of wanted) {
        if (want.kind === 'directory') {
            if (!present(p))
                plan.make.push(p);
        }
        else if (!plan.kept.has(p) && !plan.rewrite.has(p)) {
            plan.write.push(p);
        }
    }
    plan.make.sort();
    return plan;
}
/** The index of a checkout's repository, relative to the checkout. */
const INDEX = '.git/index';
/** Blobs at least this large are streamed to their file by git rather than read into memory. */
const STREAMED_BLOB_BYTES = 4 * 1024 * 1024;
/** Blobs read from git at once: few round trips, bounded memory. */
const BLOBS_AT_ONCE = 64;
async function inBatches(items, size, each) {
    for (let start = 0; start < items.length; start += size)
        await each(items.slice(start, start + size));
}
/**
 * Carry out `plan` in the checkout at `dir`; returns what is known of its files afterwards.
 * The file system calls are synchronous: a few microseconds each, where a promised call costs
 * tens in its round trip through the thread pool, and a commit usually changes few files.
 */
async function applyRestore(dir, plan, wanted, directoryPermissions, git) {
    const at = (p) => external_node_path_default().join(dir, p);
    // Permissions first: a directory the command made read-only still has entries to remove.
    for (const p of plan.chmod)
        external_node_fs_default().chmodSync(at(p), directoryPermissions);
    for (const p of plan.remove)
        external_node_fs_default().rmSync(at(p), { recursive: true, force: true });
    for (const p of plan.make)
        external_node_fs_default().mkdirSync(at(p));
    const targets = [...plan.write, ...plan.rewrite.keys()];
    const objects = [
        ...new Set(targets.flatMap(p => {
            const content = wanted.get(p)?.content;
            return typeof content === 'object' && 'object' in content ? [content.object] : [];
        }))
    ];
    const sizes = await git.blobSizes(objects);
    const known = new Map(plan.kept);
    await inBatches(targets, BLOBS_AT_ONCE, async (batch) => {
        // Link targets are short (the kernel takes at most a page): only files are streamed.
        const read = batch.flatMap(p => {
            const want = wanted.get(p);
            const content = want?.content;
            return typeof content === 'object' &&
                'object' in content &&
                (want?.kind === 'symlink' || (sizes.get(content.object) ?? 0) < STREAMED_BLOB_BYTES)
                ? [content.object]
                : [];
        });
        const blobs = await git.readBlobs(read);
        for (const p of batch) {
            const want = wanted.get(p);
            const was = plan.rewrite.get(p);
            const content = was && contentOf(want, blobs);
            try {
                if (was && content) {
                    known.set(p, knownEntry(want, rewriteInPlace(at(p), content, was.signature)));
                }
                else {
                    // A blob streamed to its file by git: a new file.
                    if (was)
                        external_node_fs_default().rmSync(at(p));
                    known.set(p, await writeEntry(at(p), want, blobs, git));
                }
            }
            catch (e) {
                throw new Error(`could not write ${p} into the checkout: ${await writeFailure(e, dir)}`, {
                    cause: e
                });
            }
        }
    });
    return known;
}
/** A file's content where it is at hand: its text, or its blob read into memory. */
function contentOf(want, blobs) {
    const content = want.content;
    if (content === undefined)
        return undefined;
    if ('text' in content)
        return Buffer.from(content.text);
    return blobs.get(content.object) ?? undefined;
}
/** What is known of a file written with `want`'s content, from its stat once written. */
function knownEntry(want, stat) {
    return {
        content: contentKey(want),
        signature: walkedEntry(stat).signature,
        stat: indexStat(stat)
    };
}
/**
 * Write `content` over a file of rerun-action's that still has the stat `signature` it had when
 * rerun-action last wrote or looked at it (else it is not rerun-action's to write into, and this
 * throws); its stat once written.
 */
function rewriteInPlace(file, content, signature) {
    // Never through a link, never waiting on a FIFO, and never truncated first: a truncation costs
    // as much as a new file.
    const { O_WRONLY, O_NOFOLLOW, O_NONBLOCK } = (external_node_fs_default()).constants;
    const fd = external_node_fs_default().openSync(file, O_WRONLY | O_NOFOLLOW | O_NONBLOCK);
    try {
        if (walkedEntry(external_node_fs_default().fstatSync(fd, { bigint: true })).signature !== signature)
            throw new Error(`${file} changed since rerun-action looked at it`);
        for (let done = 0; done < content.length;)
            done += external_node_fs_default().writeSync(fd, content, done, content.length - done, done);
        external_node_fs_default().ftruncateSync(fd, content.length);
        return external_node_fs_default().fstatSync(fd, { bigint: true });
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
/** Write one file or link of a checkout where nothing is; what is then known of it. */
async function writeEntry(file, want, blobs, git) {
    const content = want.content;
    if (!content)
        throw new Error('a directory is made, not written');
    const permissions = want.executable ? 0o777 : 0o666;
    if ('text' in content) {
        if (want.kind === 'symlink')
            external_node_fs_default().symlinkSync(content.text, file);
        else
            external_node_fs_default().writeFileSync(file, content.text, { flag: 'wx', mode: permissions });
    }
    else {
        const blob = blobs.get(content.object);
        if (blob === null)
            throw new Error(`blob ${content.object} is not in the repository`);
        if (blob === undefined)
            await git.writeBlob(content.object, file, permissions);
        else if (want.kind === 'symlink')
            external_node_fs_default().symlinkSync(blob, file);
        else
            external_node_fs_default().writeFileSync(file, blob, { flag: 'wx', mode: permissions });
    }
    return knownEntry(want, external_node_fs_default().lstatSync(file, { bigint: true }));
}
/** Why a write failed, saying so where the disk is full (git's own message does not). */
async function writeFailure(e, dir) {
    const message = (0,errors/* messageOf */.b)(e);
    const space = await external_node_fs_default().promises.statfs(dir).catch(() => null);
    return space?.bavail === 0 && !/ENOSPC/.test(message)
        ? `${message} (no space left on the device)`
        : message;
}
/**
 * The checkout of a commit that `wanted` describes (see wantedFor), made in `dir`: from `kept`,
 * what an earlier execution in this worker left there, rewriting only what differs; without it,
 * into the empty directory `dir`. Its index is written last, from the tree and the files' stat
 * data. Returns what to keep for the next execution; throws where the checkout cannot be
 * restored (the caller then writes a fresh one).
 */
async function restoreCheckout(git, dir, wanted, kept, sha256) {
    const root = external_node_fs_default().lstatSync(dir, { bigint: true });
    if (!root.isDirectory() || (kept && root.ino !== kept.rootInode))
        throw new Error(`${dir} is no longer the directory rerun-action made`);
    const rootPermissions = walkedEntry(root).permissions;
    const directoryPermissions = kept?.directoryPermissions ?? rootPermissions;
    if (rootPermissions !== directoryPermissions)
        external_node_fs_default().chmodSync(dir, directoryPermissions);
    const walked = kept
        ? (kept.walked ?? (await walkCheckout(dir, true)).entries)
        : new Map();
    const plan = planRestore(walked, kept?.known ?? new Map(), wanted, directoryPermissions);
    // The index is never wanted (it is written last, from what was written): where it is still
    // the one rerun-action wrote, it is written over rather than replaced.
    const ownIndex = kept !== null && walked.get(INDEX)?.signature === kept.index;
    if (ownIndex)
        plan.remove = plan.remove.filter(p => p !== INDEX);
    const known = await applyRestore(dir, plan, wanted, directoryPermissions, git);
    const entries = [];
    // The index holds what comes from the tree: blobs, and gitlinks (the only directories it holds).
    for (const [p, want] of wanted) {
        if (want.gitlink) {
            entries.push({ path: p, mode: 0o160000, object: want.gitlink, stat: null });
        }
        else if (want.content && 'object' in want.content) {
            const mode = want.kind === 'symlink' ? 0o120000 : want.executable ? 0o100755 : 0o100644;
            const stat = known.get(p)?.stat ?? null;
            entries.push({ path: p, mode, object: want.content.object, stat });
        }
    }
    const index = external_node_path_default().join(dir, INDEX);
    const encoded = encodeIndex(entries, sha256);
    let written;
    if (ownIndex) {
        written = rewriteInPlace(index, encoded, kept.index);
    }
    else {
        external_node_fs_default().writeFileSync(index, encoded, { flag: 'wx', mode: 0o666 });
        written = external_node_fs_default().lstatSync(index, { bigint: true });
    }
    return { rootInode: root.ino, directoryPermissions, known, index: walkedEntry(written).signature };
}
/**
 * What a checkout of `commit` holds, `.git` with `.git/annex` leading to `annexDir` included; null
 * where git must write it (its attributes convert files on checkout, or it has names git judges).
 */
async function wantedFor(git, commit, annexDir) {
    const [files, origin] = await Promise.all([git.filesOf(commit), git.checkoutOrigin()]);
    const wanted = wantedCheckout(files, repositoryLayout(commit, { ...origin, annexDir }));
    return wanted && !(await convertsOnCheckout(files, git))
        ? { wanted, sha256: origin.sha256 }
        : null;
}

;// CONCATENATED MODULE: ./src/engine/execute/workspace.ts
/**
 * Where replays happen: one temp directory per verification, outside the user's repository, with
 * one worker directory per concurrent replay. An execution starts from a checkout that holds
 * exactly the commit's tree and a repository that borrows the user's objects: written into an
 * empty worker directory, or, after a command that ran isolated, restored from what that command
 * left (checkout-restore.ts). Nothing a command wrote survives into the next execution, and no
 * git ever runs on anything a command wrote.
 */






/** Remove a tree even where a replayed command left read-only or very deep directories. */
async function removeTree(dir) {
    try {
        await external_node_fs_default().promises.rm(dir, { recursive: true, force: true, maxRetries: 2 });
    }
    catch {
        // chmod and rm walk with openat, so no path length limits them; node's rm has such limits.
        await runQuietly('chmod', ['-R', 'u+rwx', '--', dir]);
        await runQuietly('rm', ['-rf', '--', dir]);
    }
}
function runQuietly(program, args) {
    return new Promise(resolve => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(program, args, { stdio: 'ignore' });
        child.on('error', () => resolve());
        child.on('close', () => resolve());
    });
}
/** rerun-action's temp directories carry the pid of the process that made them. */
const OWN_ENTRY = /^rerun-action-(?:clone-)?(\d+)-/;
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/** A worker's entries besides its checkout: the command's scratch space. */
const SCRATCH = 'tmp';
const DATASET = 'dataset';
/** Whether `dir` is a directory (not a link) with these permissions and nothing in it. */
function emptyDirectory(dir, permissions) {
    const stat = external_node_fs_default().lstatSync(dir, { throwIfNoEntry: false });
    if (!stat?.isDirectory() || (stat.mode & 0o7777) !== permissions)
        return false;
    return external_node_fs_default().readdirSync(dir).length === 0;
}
class Workspace {
    root;
    idle = [];
    workers = 0;
    /** Checkouts of idle workers that the next execution may restore rather than write anew. */
    kept = new Map();
    /** What each busy worker's checkout holds, for release to keep. */
    written = new Map();
    constructor(root) {
        this.root = root;
    }
    static async create(parent) {
        await external_node_fs_default().promises.mkdir(parent, { recursive: true });
        const root = await external_node_fs_default().promises.mkdtemp(external_node_path_default().join(parent, `rerun-action-${process.pid}-`));
        return new Workspace(root);
    }
    static defaultParent() {
        return process.env.RUNNER_TEMP || external_node_os_default().tmpdir();
    }
    /** Remove what runs that were killed outright (SIGKILL) left in `parent`. */
    static async removeStale(parent) {
        const removed = [];
        const entries = await external_node_fs_default().promises.readdir(parent).catch(() => []);
        for (const entry of entries) {
            const match = OWN_ENTRY.exec(entry);
            if (!match || processAlive(Number(match[1])))
                continue;
            const dir = external_node_path_default().join(parent, entry);
            await removeTree(dir);
            removed.push(dir);
        }
        return removed;
    }
    /**
     * A checkout of `commit` in a worker directory: the worker's kept checkout restored, where it
     * has one, else a fresh one. `annexDir` is the annex that the checkout's `.git/annex` leads
     * to, so that annexed files resolve.
     */
    async checkout(git, commit, annexDir) {
        const worker = this.idle.pop() ?? ++this.workers;
        const checkout = {
            worker: external_node_path_default().join(this.root, `worker-${worker}`),
            dir: external_node_path_default().join(this.root, `worker-${worker}`, DATASET),
            scratch: external_node_path_default().join(this.root, `worker-${worker}`, SCRATCH),
            own: external_node_path_default().join(this.root, `own-${worker}`)
        };
        const kept = this.kept.get(worker);
        this.kept.delete(worker);
        try {
            external_node_fs_default().mkdirSync(checkout.own, { recursive: true });
            const target = await wantedFor(git, commit, annexDir);
            if (target && kept) {
                const restored = await this.tidy(checkout, kept.directoryPermissions)
                    .then(() => restoreCheckout(git, checkout.dir, target.wanted, kept, target.sha256))
                    .catch(() => null);
                if (restored) {
                    this.written.set(worker, restored);
                    return checkout;
                }
            }
            await removeTree(checkout.worker);
            await external_node_fs_default().promises.mkdir(checkout.dir, { recursive: true });
            await external_node_fs_default().promises.mkdir(checkout.scratch);
            if (target) {
                this.written.set(worker, await restoreCheckout(git, checkout.dir, target.wanted, null, target.sha256));
            }
            else {
                await git.checkoutInto(checkout.dir, commit, annexDir);
                this.written.set(worker, null);
            }
            return checkout;
        }
        catch (e) {
            await this.release(checkout);
            throw e;
        }
    }
    /**
     * Empty a kept worker of everything but its checkout and an empty scratch directory. Looked
     * at synchronously: usually there is nothing to do, and a promised call costs more than it.
     */
    async tidy(checkout, directoryPermissions) {
        let scratchKept = false;
        for (const entry of external_node_fs_default().readdirSync(checkout.worker)) {
            if (entry === DATASET)
                continue;
            // An empty scratch directory as it was made stays: making one costs more than looking.
            if (entry === SCRATCH && emptyDirectory(checkout.scratch, directoryPermissions)) {
                scratchKept = true;
                continue;
            }
            await removeTree(external_node_path_default().join(checkout.worker, entry));
        }
        if (!scratchKept)
            external_node_fs_default().mkdirSync(checkout.scratch);
    }
    /**
     * Hand a checkout back: its worker directory is free for the next execution. With `keep`
     * (nothing that ran in it can still be running), the next execution restores its checkout,
     * from `walked` where the caller walked it since (see KeptCheckout); otherwise the worker is
     * emptied.
     */
    async release(checkout, keep = false, walked) {
        const worker = Number(external_node_path_default().basename(checkout.worker).slice('worker-'.length));
        const written = this.written.get(worker);
        this.written.delete(worker);
        if (keep && written) {
            this.kept.set(worker, { ...written, walked });
            // The clock probe stays: writing a file anew costs more than rewriting one (settle).
            for (const entry of external_node_fs_default().readdirSync(checkout.own))
                if (entry !== CLOCK_PROBE)
                    await removeTree(external_node_path_default().join(checkout.own, entry));
        }
        else {
            await removeTree(checkout.own);
            await removeTree(checkout.worker);
        }
        this.idle.push(worker);
    }
    /** The temp directories of this verification's private clone and isolation live here too. */
    subdirectory(name) {
        return external_node_path_default().join(this.root, name);
    }
    /** Remove everything, the temp directory itself included. */
    async dispose() {
        await removeTree(this.root);
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

;// CONCATENATED MODULE: ./src/engine/execute/secret-files.ts
/**
 * Files a replayed command could read credentials from although its environment is scrubbed:
 * git config that a CI checkout (or the user) left tokens or credential helpers in, git's
 * credential stores and credential-cache sockets, and what the caller names (a CI runner's own
 * files). Each is paired with what an isolated command sees in its place: a scrubbed copy of
 * the config, an empty file, an empty directory. Every git config file git reads outside the
 * repository is also made read-only, so that a command cannot plant configuration (a pager, an
 * fsmonitor, a credential helper) that a later step of the job would run.
 *
 * Known limit: a global config file that does not exist (~/.gitconfig, the XDG one) cannot be
 * covered, as there is nothing to mount over, so a command may create one. rerun-action's own
 * git never reads it (git-environment.ts), but a later step of the job would.
 */





/** An http(s) URL carrying a user name or token before the host. */
const URL_WITH_CREDENTIALS = /^(https?:\/\/)[^/@]+@/i;
async function readConfigFile(file, cwd) {
    const result = await runGit(['config', '--file', file, '--no-includes', '--null', '--list'], {
        cwd
    });
    return result.code === 0 ? parseConfigEntries(result.stdout) : null;
}
function expandHome(value, home) {
    const match = /^(~|\$HOME|\$\{HOME\})(\/|$)/.exec(value);
    return match ? external_node_path_default().join(home, value.slice(match[1].length)) : value;
}
/** Where an include.path / includeIf.*.path value points, as git resolves it. */
function includedFile(value, includingFile, home) {
    if (value.startsWith('~/'))
        return external_node_path_default().join(home, value.slice(2));
    return external_node_path_default().resolve(external_node_path_default().dirname(includingFile), value);
}
/**
 * The files a credential helper of git's own names: `store --file F`, `cache --socket S` (git
 * runs the value through the shell, hence `~` and $HOME). Relative paths depend on where git
 * runs and are left out; other helpers keep their secrets elsewhere.
 */
function helperFiles(value, home) {
    const words = value
        .trim()
        .split(/\s+/)
        .map(word => word.replace(/^(['"])(.*)\1$/, '$2'));
    const helper = external_node_path_default().basename(words[0] ?? '').replace(/^git-credential-/, '');
    const option = { store: '--file', cache: '--socket' }[helper];
    if (!option)
        return [];
    const files = [];
    words.forEach((word, i) => {
        if (word === option && words[i + 1])
            files.push(words[i + 1]);
        else if (word.startsWith(`${option}=`))
            files.push(word.slice(option.length + 1));
    });
    return files.map(file => expandHome(file, home)).filter(file => external_node_path_default().isAbsolute(file));
}
/** The git commands that remove the credentials from a copy of a config file; none if clean. */
function scrubCommands(entries) {
    const commands = [];
    const done = new Set();
    for (const { key, value } of entries) {
        if (done.has(key))
            continue;
        const lower = key.toLowerCase();
        if (lower.startsWith('credential.')) {
            // Helpers, user names, `credential.<url>.*`: the whole section, of every URL.
            const section = key.slice(0, key.lastIndexOf('.'));
            if (!done.has(section))
                commands.push(['--remove-section', section]);
            done.add(section);
        }
        else if (/^http\.(.*\.)?extraheader$/.test(lower)) {
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
 * Every config file in the chain git reads (system, repository, global, XDG, and what they
 * include): a scrubbed copy, written into `dir`, of each that holds credentials, the others as
 * they are, all read-only. Also the files their credential helpers name.
 */
async function configFiles(sources, places, dir) {
    const pending = [
        '/etc/gitconfig',
        ...sources.gitDirs.map(gitDir => external_node_path_default().join(gitDir, 'config')),
        external_node_path_default().join(places.home, '.gitconfig'),
        external_node_path_default().join(places.xdgConfig, 'git', 'config'),
        ...(sources.env.GIT_CONFIG_GLOBAL ? [sources.env.GIT_CONFIG_GLOBAL] : [])
    ];
    const seen = new Set();
    const named = [];
    const scrubbed = async (real, entries) => {
        const commands = scrubCommands(entries);
        if (commands.length === 0)
            return { kind: 'replace', target: real, source: real };
        const copy = external_node_path_default().join(dir, `config-${++copies}`);
        await external_node_fs_default().promises.copyFile(real, copy);
        for (const args of commands) {
            const result = await runGit(['config', '--file', copy, ...args], { cwd: dir });
            if (result.code !== 0) {
                throw new Error(`cannot scrub credentials from a copy of ${real}: ${result.stderr.toString('utf8').trim()}`);
            }
        }
        return { kind: 'replace', target: real, source: copy };
    };
    // A round at a time (the files, then those they include), each round's files read at once:
    // a git process each, which would otherwise add up before the first commit.
    const steps = [];
    let round = pending;
    while (round.length > 0) {
        const reals = [];
        for (const real of await Promise.all(round.map(file => existing(file, false)))) {
            if (!real || seen.has(real))
                continue;
            seen.add(real);
            reals.push(real);
        }
        const read = await Promise.all(reals.map(async (real) => ({ real, entries: (await readConfigFile(real, dir)) ?? [] })));
        round = [];
        for (const { real, entries } of read) {
            for (const { key, value } of entries) {
                const lower = key.toLowerCase();
                if (/^include(if\..*)?\.path$/.test(lower))
                    round.push(includedFile(value, real, places.home));
                if (/^credential\.(.*\.)?helper$/.test(lower))
                    named.push(...helperFiles(value, places.home));
            }
        }
        steps.push(...(await Promise.all(read.map(({ real, entries }) => scrubbed(real, entries)))));
    }
    return { steps, helperFiles: named };
}
/** What to hide from replayed commands, and what they see instead; copies go into `dir`. */
async function secretFiles(sources, dir) {
    const home = sources.env.HOME || external_node_os_default().homedir();
    const places = {
        home,
        xdgConfig: sources.env.XDG_CONFIG_HOME || external_node_path_default().join(home, '.config'),
        xdgCache: sources.env.XDG_CACHE_HOME || external_node_path_default().join(home, '.cache')
    };
    const empty = external_node_path_default().join(dir, 'empty');
    await external_node_fs_default().promises.writeFile(empty, '', { mode: 0o444 });
    const configs = await configFiles(sources, places, dir);
    const steps = configs.steps;
    const files = [
        // git's credential stores (`credential.helper store`), and the stores and credential-cache
        // sockets that helpers name.
        external_node_path_default().join(home, '.git-credentials'),
        external_node_path_default().join(places.xdgConfig, 'git', 'credentials'),
        ...configs.helperFiles,
        ...sources.hidden.files
    ];
    const directories = [
        // Where `credential.helper cache` keeps its socket.
        external_node_path_default().join(home, '.git-credential-cache'),
        external_node_path_default().join(places.xdgCache, 'git', 'credential'),
        ...sources.hidden.directories
    ];
    const covered = new Set(steps.map(step => step.target));
    for (const file of files) {
        const target = await existing(file, false);
        if (target && !covered.has(target))
            steps.push({ kind: 'replace', target, source: empty });
        if (target)
            covered.add(target);
    }
    for (const directory of directories) {
        const target = await existing(directory, true);
        if (target && !covered.has(target))
            steps.push({ kind: 'empty-dir', target });
        if (target)
            covered.add(target);
    }
    return steps;
}

;// CONCATENATED MODULE: ./src/engine/execute/isolation-setup.ts
/**
 * The programs that set up an isolated command's view of the file system, run as root of its
 * new namespaces: `uid` `gid` (the caller's), then the steps of isolation.ts's setupSteps up to
 * `--`, then the command. Each covers secrets, confines the temp directories, makes paths
 * read-only or writable, reports on fd 3 (LAUNCHER_READY, or why not), then execs the command
 * in a nested user namespace that maps the caller's own uid and gid back, so that files it
 * writes are the caller's as before, and the command, holding no capability over the mount
 * namespace, cannot undo any of it (not even when the caller is root).
 *
 * Two programs do the same. Perl (perl-base is part of every Debian and Ubuntu system) calls
 * the kernel itself, in a fork of one server process per verification (launch-server.ts),
 * instead of setpriv, two unshares, a shell and a mount(8) per step in processes that
 * rerun-action forks, which were most of the cost of launching an isolated command. The shell
 * with util-linux serves where perl is missing or fails, or where this module knows no syscall
 * numbers.
 */

/**
 * `mount -c`: libmount would otherwise resolve /proc/self/fd/4/... to the path it names, which
 * the tmpfs covers by then. A remount takes the flags it keeps (nosuid, nodev, which a user
 * namespace locks) from the mount table; `--bind -o ro` in one go would drop them and fail.
 */
const SHELL_SETUP = `
fail() { printf '%s\\n' "$1" >&3; exit 125; }
must() { what=$1; shift; out=$("$@" 2>&1) || fail "cannot $what: $out"; }
uid=$1 gid=$2
shift 2
# The command's directory, entered again at the end: the one it was started in is the directory
# outside, from which relative paths would lead past every cover. (cd -P sets PWD physically.)
cd -P . && cwd=$PWD || fail "cannot tell the command's directory"
while [ "$1" != -- ]; do
  case $1 in
    cover)
      must "cover $2" mount -c --bind "$3" "$2"
      must "cover $2" mount -c -o remount,bind,ro "$2"
      shift 3 ;;
    empty-dir)
      must "cover $2" mount -t tmpfs -o ro,size=16k,mode=0500 rerun-action "$2"
      shift 2 ;;
    confine)
      # $3 entries of $2 (relative paths) stay, reached through a descriptor opened before.
      dir=$2 count=$3
      shift 3
      exec 4<"$dir" || fail "cannot open $dir"
      must "confine $dir" mount -t tmpfs -o mode=1777 rerun-action "$dir"
      # The mount points of all of them, made by one mkdir (eval sees names of variables only).
      i=0 points=
      while [ "$i" -lt "$count" ]; do
        i=$((i + 1))
        eval "kept=\\\${$i}"
        if [ -d "/proc/self/fd/4/$kept" ]; then
          point=$dir/$kept
        else
          case $kept in */*) point=$dir/\${kept%/*} ;; *) point=$dir ;; esac
        fi
        eval "point_$i=\\$point"
        points="$points \\"\\$point_$i\\""
      done
      [ "$count" -eq 0 ] || eval "must \\"keep entries of \\$dir\\" mkdir -p -- $points"
      while [ "$count" -gt 0 ]; do
        kept=$dir/$1 hidden=/proc/self/fd/4/$1
        [ -d "$hidden" ] || { : >>"$kept"; } 2>/dev/null || fail "cannot keep $kept"
        must "keep $kept" mount -c --rbind "$hidden" "$kept"
        shift
        count=$((count - 1))
      done
      exec 4<&- ;;
    read-only)
      must "make $2 read-only" mount -c --rbind "$2" "$2"
      must "make $2 read-only" mount -c -o remount,bind,ro "$2"
      shift 2 ;;
    remount-read-only)
      must "make $2 read-only" mount -c -o remount,bind,ro "$2"
      shift 2 ;;
    writable)
      must "make $2 writable" mount -c --rbind "$2" "$2"
      must "make $2 writable" mount -c -o remount,bind,rw "$2"
      shift 2 ;;
    *) fail "unknown isolation step $1" ;;
  esac
done
shift
cd -P -- "$cwd" 2>/dev/null || fail "the command's directory $cwd is hidden from it"
printf '%s\\n' ${LAUNCHER_READY} >&3
exec 3>&-
exec unshare --user --map-user="$uid" --map-group="$gid" "$@"
`;
/**
 * The whole launch in perl, as launch(): what setpriv, both unshares and the shell do, with the
 * kernel called directly (`syscall` takes numbers: the first three arguments are those of
 * mount, unshare and prctl). It asks to die with its parent (the server, which dies with
 * rerun-action), makes the namespaces (mapping root to the caller when not root), and forks
 * process 1 of the new PID namespace, which also dies with its parent and gets a /proc of its
 * own, then takes the steps, forks the command and ends as it ended (a death by signal N as exit
 * status 128+N, as a shell reports it: process 1 cannot die by a signal it sends itself); the
 * parent waits and ends as it ended, ignoring SIGINT and SIGTERM meanwhile as `unshare --fork`
 * does. Process 1 being perl rather than a shell spares an exec per command. Paths are
 * passed as strings (pointers), flags and NULL as numbers. A remount keeps the flags the mount
 * has (nosuid, nodev, noexec, atime: a user namespace locks them), read from the mount table as
 * mount(8) does. No module is loaded: the server starts in about a millisecond.
 */
const PERL_SUBS = String.raw `
use strict;
our ($mount, $unshare, $prctl, $exit_group);
sub fail { syswrite(REPORT, "$_[0]\n"); exit 125 }
# The end of a launch's process, at once: perl's own exit destroys the interpreter first, which
# in a fork of the server walks all it inherited, on every command's path between the command's
# end and its report. A launch writes only with syswrite: no buffer is left to flush.
sub finish { syscall($exit_group + 0, $_[0] + 0) if $exit_group; exit $_[0] }
my ($RDONLY, $NOSUID, $NODEV, $NOEXEC, $REMOUNT, $BIND, $REC, $PRIVATE, $STRICTATIME) =
  (1, 2, 4, 8, 32, 4096, 16384, 1 << 18, 1 << 24);
my ($NEWNS, $NEWUSER, $NEWPID) = (0x20000, 0x10000000, 0x20000000);
my %KEPT = (nosuid => 2, nodev => 4, noexec => 8, nosymfollow => 256, noatime => 1024,
  nodiratime => 2048, relatime => 1 << 21);
sub die_with_parent {
  syscall($prctl + 0, 1, 9, 0, 0, 0) == 0 or fail("cannot ask to be killed with rerun-action: $!") }
sub put { my ($file, $text) = @_; my $h;
  open($h, '>', $file) && print($h $text) && close($h) or fail("cannot write $file: $!") }
sub map_user { my ($inside, $outside) = @_;
  put('/proc/self/setgroups', 'deny');
  put('/proc/self/uid_map', "$inside->[0] $outside->[0] 1");
  put('/proc/self/gid_map', "$inside->[1] $outside->[1] 1") }
sub new_namespaces { syscall($unshare + 0, $_[0] + 0) == 0 or fail("cannot make namespaces: $!") }
sub mnt { my ($src, $dst, $type, $flags, $data, $what) = @_;
  syscall($mount + 0, $src, $dst, $type, $flags + 0, $data) == 0 or fail("cannot $what: $!") }
sub unescape { my $s = shift; $s =~ s/\\([0-7]{3})/chr(oct($1))/ge; $s }
sub flags_at { my ($p, $what) = @_; my $opts;
  open(my $table, '<', '/proc/self/mountinfo') or fail("cannot $what: no mount table: $!");
  while (my $line = <$table>) { my @f = split / /, $line; $opts = $f[5] if unescape($f[4]) eq $p }
  close $table;
  defined $opts or fail("cannot $what: no mount at $p");
  my $flags = 0;
  $flags |= $KEPT{$_} // 0 for split /,/, $opts;
  $flags |= $STRICTATIME unless $opts =~ /(^|,)(noatime|relatime)(,|$)/;
  $flags }
sub remount { my ($p, $ro, $what) = @_;
  mnt(0, $p, 0, $REMOUNT | $BIND | $ro | flags_at($p, $what), 0, $what) }
sub mkpath { my $p = ''; for (grep { length } split m{/}, shift) { $p .= "/$_"; mkdir $p } }

# What each path a step binds or remounts is, as device and inode: looked at inside the
# namespace ($side 0: the mount there, made when the launch was prepared) and outside (1: the path
# as it is now). The same on both sides, the view is the one a launch made now would have.
sub identities { my ($side, @steps) = @_; my ($pairs) = step_paths(@steps);
  join(' ', map { my @st = stat($_->[$side]); @st ? "$st[0]:$st[1]" : '-' } @$pairs) }
# The paths the steps bind or remount, each as [inside, outside] (see identities), and how many
# arguments the steps take up to --, read as launch() reads them.
sub step_paths { my @steps = @_; my ($taken, @pairs) = (0);
  while ($taken < @steps && $steps[$taken] ne '--') {
    my $step = $steps[$taken++];
    if ($step eq 'cover') { push @pairs, [@steps[$taken, $taken + 1]]; $taken += 2 }
    elsif ($step eq 'empty-dir') { $taken++ }
    elsif ($step eq 'confine') {
      my ($dir, $count) = @steps[$taken, $taken + 1];
      $taken += 2;
      push @pairs, map { ["$dir/$_", "$dir/$_"] } @steps[$taken .. $taken + $count - 1];
      $taken += $count }
    else { push @pairs, [$steps[$taken], $steps[$taken]]; $taken++ } }
  (\@pairs, $taken) }

# The launch itself: the numbers of mount, unshare and prctl, the pid of the process it must die
# with, the caller's uid and gid, whether to make a user namespace, the steps, --, the command.
# A launch prepared ahead (GO open) has no command yet: once its view is made, it says so on
# PREP with identities(), then waits on GO for the directory, the command and its environment
# (each field NUL-terminated; the end of GO with none means it is not wanted).
sub launch {
($mount, $unshare, $prctl) = splice(@_, 0, 3);
my ($parent, $uid, $gid, $outer, @args) = @_;
my $prepared = defined fileno(GO);
my @steps = @args;
die_with_parent();
# Too late for that once rerun-action has died already.
exit 125 if getppid() != $parent;
# The command's directory, entered again at the end: the one it was started in is the directory
# outside, from which relative paths would lead past every cover.
my $cwd = readlink('/proc/self/cwd');
defined $cwd or fail("cannot tell the command's directory");
new_namespaces($NEWNS | $NEWPID | ($outer ? $NEWUSER : 0));
map_user([0, 0], [$uid, $gid]) if $outer;
$SIG{INT} = $SIG{TERM} = 'IGNORE';
my $init = fork() // fail("cannot fork: $!");
if ($init) {
  close($_) for (*REPORT, *GO, *PREP);
  waitpid($init, 0);
  my $signal = $? & 127;
  finish($? >> 8) unless $signal;
  $SIG{$_} = 'DEFAULT' for ('INT', 'TERM');
  kill($signal, $$);
  exit 125;
}
$SIG{INT} = $SIG{TERM} = 'DEFAULT';
die_with_parent();
mnt('none', '/', 0, $REC | $PRIVATE, 0, 'make the mounts private');
mnt('proc', '/proc', 'proc', $NOSUID | $NODEV | $NOEXEC, 0, 'mount /proc');
while (@args && $args[0] ne '--') {
  my $step = shift @args;
  if ($step eq 'cover') {
    my ($target, $source) = splice(@args, 0, 2);
    mnt($source, $target, 0, $BIND, 0, "cover $target");
    remount($target, $RDONLY, "cover $target");
  } elsif ($step eq 'empty-dir') {
    my $target = shift @args;
    mnt('rerun-action', $target, 'tmpfs', $RDONLY, 'size=16k,mode=0500', "cover $target");
  } elsif ($step eq 'confine') {
    # Entries of the directory (relative paths) stay, reached through a handle opened before.
    my ($dir, $count) = splice(@args, 0, 2);
    opendir(my $handle, $dir) or fail("cannot open $dir: $!");
    my $fd = fileno($handle);
    mnt('rerun-action', $dir, 'tmpfs', 0, 'mode=1777', "confine $dir");
    for my $kept (splice(@args, 0, $count)) {
      my ($hidden, $point) = ("/proc/self/fd/$fd/$kept", "$dir/$kept");
      if (-d $hidden) { mkpath($point) }
      else {
        mkpath($point =~ s{/[^/]*$}{}r);
        open(my $f, '>>', $point) or fail("cannot keep $point: $!") }
      mnt($hidden, $point, 0, $BIND | $REC, 0, "keep $point");
    }
    closedir $handle;
  } elsif ($step eq 'read-only' || $step eq 'writable') {
    my $p = shift @args;
    my $what = $step eq 'writable' ? "make $p writable" : "make $p read-only";
    mnt($p, $p, 0, $BIND | $REC, 0, $what);
    remount($p, $step eq 'writable' ? 0 : $RDONLY, $what);
  } elsif ($step eq 'remount-read-only') {
    my $p = shift @args;
    remount($p, $RDONLY, "make $p read-only");
  } else { fail("unknown isolation step $step") }
}
shift @args;
if ($prepared) {
  syswrite(PREP, 'ok ' . identities(0, @steps) . "\n");
  close(PREP);
  my $go = do { local $/; <GO> };
  close(GO);
  exit 125 unless defined $go && length $go;
  my @fields = split(/\0/, $go, -1);
  pop @fields;
  $cwd = shift @fields;
  @args = splice(@fields, 0, shift @fields);
  %ENV = map { split(/=/, $_, 2) } splice(@fields, 1, $fields[0]);
}
chdir($cwd) or fail("the command's directory $cwd is hidden from it");
new_namespaces($NEWUSER);
map_user([$uid, $gid], [0, 0]);
# The report closes as the command starts (close-on-exec: F_SETFD is 2, FD_CLOEXEC 1), and
# says why where it cannot start.
fcntl(REPORT, 2, 1);
syswrite(REPORT, "${LAUNCHER_READY}\n");
my $command = fork() // fail("cannot fork: $!");
if ($command == 0) {
  exec { $args[0] } @args;
  fail("cannot start the command: $!");
}
close(REPORT);
# Its end is the namespace's: whatever the command left running is killed with this process.
waitpid($command, 0);
finish(($? & 127) ? 128 + ($? & 127) : $? >> 8);
}
`;
/**
 * The launches of one verification, each in a fork of this one process (launch-server.ts): a
 * fork of a small perl costs a fraction of a fork of rerun-action, and the launch's perl is
 * compiled once. Its arguments: the numbers of prctl, setsid and exit_group, and rerun-action's
 * pid, which it dies with. Requests come on stdin, each `<length>\n` and NUL-separated fields:
 * `launch`, an id, the directory, the count of launch arguments (those of launch()), them, the
 * count of environment entries, them; or `kill`, an id and a signal's number, for the launch's
 * process group (the server reaps its launches, so only it knows whether a pid is still theirs).
 * Events go to stdout, each `<type> <id> <length>\n<data>`: S (started: the pid,
 * the leader of a session of its own), O and E (output, error output), R (the launch's report),
 * C (that stream closed: O, E or R), X (exited: the wait status), F (could not start: why).
 * Nothing is run but launch(); a child gets no descriptor of the server's but its pipes.
 *
 * Making the namespaces and the view is most of a launch. Once a setup (the launch arguments up
 * to `--`: a worker's) has been launched twice, each of its launches that ends has the next one
 * prepared, its view made while rerun-action compares outputs and writes the next checkout; the
 * next request of that setup then only hands it the directory, command and environment. It is
 * used only where every path it bound or remounted is still the same file (device and inode)
 * as the path is now, else discarded and the launch made afresh: a view made before a worker
 * directory was replaced would show the old one. Unused, it ends with the requests.
 */
const PERL_SERVER = PERL_SUBS +
    String.raw `
my ($prctl_number, $setsid, $owner);
($prctl_number, $setsid, $exit_group, $owner) = @ARGV;
syscall($prctl_number + 0, 1, 9, 0, 0, 0) == 0 or exit 125;
exit 125 if getppid() != $owner;
my $server = $$;
# Descriptors that whoever started rerun-action left open are none of a command's business.
opendir(my $fds, '/proc/self/fd') or exit 125;
my @inherited = grep { /^\d+$/ && $_ > 2 && $_ != fileno($fds) } readdir($fds);
closedir($fds);
for my $fd (@inherited) { my $h; close($h) if open($h, '<&=', $fd) || open($h, '>&=', $fd) }
pipe(my $wake_r, my $wake_w) or exit 125;
$SIG{CHLD} = sub { syswrite($wake_w, 'x') };
my (%streams, %launches, %pid_of, %setup_of, %uses, %prepared, %prepared_pid, %discarded);
my ($input, $open) = ('', 1);
# Launches of one setup prepared ahead, at most this many at a time (one per setup).
my ($MAX_PREPARED, $preparations) = (8, 0);
# All of $data written to $handle, or false where it cannot be.
sub write_all { my ($handle, $data) = @_;
  while (length $data) {
    my $written = syswrite($handle, $data);
    # Interrupted (4: EINTR) by a child's exit while the reader was not reading: again.
    next if !defined($written) && $! == 4;
    return 0 unless defined $written;
    substr($data, 0, $written) = '' }
  1 }
sub event { my ($type, $id, $data) = @_;
  write_all(\*STDOUT, "$type $id " . length($data) . "\n" . $data) or exit 0 }
# Only a launch not yet reaped is signalled: once reaped, its pid may be another process's.
sub signal { my ($id, $number) = @_;
  my $pid = $pid_of{$id};
  kill(-$number, $pid) if defined $pid }
# The server's own ends of every pipe: a child keeps none of them.
sub server_handles { ($wake_r, $wake_w, (map { $_->[2] } values %streams),
  map { ($_->{go}, $_->{prep}, values %{$_->{read}}) } values %prepared) }
# A child that will run launch(): its output, error output and report go to the pipes of %write.
sub child_of_server { my ($write, @close) = @_;
  $SIG{CHLD} = 'DEFAULT';
  close($_) for (server_handles(), @close);
  open(REPORT, '>&=', fileno($write->{R})) or exit 125;
  open(STDIN, '<', '/dev/null') or fail("cannot read /dev/null: $!");
  open(STDOUT, '>&', $write->{O}) or fail("cannot pass on output: $!");
  open(STDERR, '>&', $write->{E}) or fail("cannot pass on output: $!");
  close($write->{O}); close($write->{E});
  syscall($setsid + 0) >= 0 or fail("cannot start a session: $!") }
sub pipes { my (%read, %write);
  for my $kind ('O', 'E', 'R') { pipe($read{$kind}, $write{$kind}) or return }
  (\%read, \%write) }
sub follow { my ($id, $pid, $setup, $read) = @_;
  $launches{$pid} = $id;
  $pid_of{$id} = $pid;
  $setup_of{$pid} = $setup;
  $streams{fileno($read->{$_})} = [$id, $_, $read->{$_}] for keys %$read;
  event('S', $id, $pid) }
# A launch of this setup made ahead, up to the point where it waits for its command.
sub prepare { my ($setup) = @_;
  my ($read, $write) = pipes() or return;
  pipe(my $go_r, my $go_w) && pipe(my $prep_r, my $prep_w) or return;
  my $pid = fork();
  return unless defined $pid;
  if ($pid == 0) {
    child_of_server($write, values %$read, $go_w, $prep_r);
    open(GO, '<&=', fileno($go_r)) && open(PREP, '>&=', fileno($prep_w)) or exit 125;
    my @args = split(/\0/, $setup, -1);
    $args[3] = $server;
    launch(@args);
  }
  close($_) for (values %$write, $go_r, $prep_w);
  $prepared{$setup} = { pid => $pid, read => $read, go => $go_w, prep => $prep_r, order => ++$preparations };
  $prepared_pid{$pid} = $setup }
# The launch prepared for this setup, taken out of those prepared.
sub take { my ($setup) = @_;
  my $p = delete $prepared{$setup} or return;
  delete $prepared_pid{$p->{pid}};
  $p }
# Not wanted (any more): it ends once its GO ends; its end is reaped, not reported.
sub discard { my $p = take(shift) or return;
  $discarded{$p->{pid}} = 1;
  close($_) for ($p->{go}, $p->{prep}, values %{$p->{read}}) }
# The prepared launch of this setup, given its command, where it is ready and its view is what a
# launch made now would have (else it is discarded, and the launch is made afresh).
sub claim { my ($setup, $cwd, $args, $env) = @_;
  my $p = $prepared{$setup} or return;
  my ($ready, $report) = ('', '');
  vec($ready, fileno($p->{prep}), 1) = 1;
  # Most likely ready long since; else on its way, and done sooner than a launch made afresh.
  sysread($p->{prep}, $report, 65536) if select($ready, undef, undef, 1) > 0;
  my @setup = split(/\0/, $setup, -1);
  my $fresh = 'ok ' . identities(1, @setup[7 .. $#setup]) . "\n";
  unless ($report eq $fresh && -d $cwd) { discard($setup); return }
  take($setup);
  close($p->{prep});
  # A launch that died meanwhile reports so itself; its end of GO is no reason for this to die.
  local $SIG{PIPE} = 'IGNORE';
  write_all($p->{go}, join('', map { "$_\0" } $cwd, scalar(@$args), @$args, scalar(@$env), @$env));
  close($p->{go});
  $p }
sub start { my ($id, $cwd, $count, @rest) = @_;
  my @args = splice(@rest, 0, $count);
  my @env = splice(@rest, 1, $rest[0]);
  # The launch's own arguments up to --: its setup, the same for every command of a worker.
  my (undef, $taken) = step_paths(@args[7 .. $#args]);
  my $setup = join("\0", @args[0 .. 7 + $taken]);
  $uses{$setup}++;
  if (my $p = claim($setup, $cwd, [@args[8 + $taken .. $#args]], \@env)) {
    return follow($id, $p->{pid}, $setup, $p->{read}) }
  my ($read, $write) = pipes() or return event('F', $id, "cannot make a pipe: $!");
  my $pid = fork();
  defined $pid or return event('F', $id, "cannot fork: $!");
  if ($pid == 0) {
    child_of_server($write, values %$read);
    chdir($cwd) or fail("cannot enter $cwd: $!");
    %ENV = map { split(/=/, $_, 2) } @env;
    # The launch dies with this server, which dies with rerun-action.
    $args[3] = $server;
    launch(@args);
  }
  close($_) for values %$write;
  follow($id, $pid, $setup, $read) }
while ($open || %launches || %streams || %discarded) {
  my $wanted = '';
  vec($wanted, fileno($wake_r), 1) = 1;
  vec($wanted, 0, 1) = 1 if $open;
  vec($wanted, $_, 1) = 1 for keys %streams;
  next if select(my $ready = $wanted, undef, undef, undef) < 0;
  sysread($wake_r, my $ignored, 4096) if vec($ready, fileno($wake_r), 1);
  while ((my $pid = waitpid(-1, 1)) > 0) {
    delete $discarded{$pid};
    # A prepared launch that ended by itself (it could not make its view): never claimed.
    if (defined(my $setup = $prepared_pid{$pid})) { discard($setup); delete $discarded{$pid} }
    my $id = delete $launches{$pid};
    my $setup = delete $setup_of{$pid};
    next unless defined $id;
    delete $pid_of{$id};
    event('X', $id, $?);
    # The next command of a setup used more than once (a worker's) finds its view made.
    next unless $open && $uses{$setup} > 1 && !$prepared{$setup};
    # At most so many: the one prepared longest ago (a setup no longer asked for) goes first.
    my ($oldest) = sort { $prepared{$a}{order} <=> $prepared{$b}{order} } keys %prepared;
    discard($oldest) if keys(%prepared) >= $MAX_PREPARED;
    prepare($setup) }
  for my $fd (grep { vec($ready, $_, 1) } keys %streams) {
    my ($id, $kind, $handle) = @{$streams{$fd}};
    my $got = sysread($handle, my $chunk, 65536);
    next if !defined($got) && $! == 4;
    if ($got) { event($kind, $id, $chunk) }
    else { close($handle); delete $streams{$fd}; event('C', $id, $kind) } }
  if ($open && vec($ready, 0, 1)) {
    my $got = sysread(STDIN, $input, 65536, length $input);
    $open = 0 unless $got || (!defined($got) && $! == 4);
    while ($input =~ /\A(\d+)\n/ && length($input) >= length($1) + 1 + $1) {
      my $length = $1;
      my $request = substr($input, length($length) + 1, $length);
      substr($input, 0, length($length) + 1 + $length) = '';
      my ($action, @fields) = split(/\0/, $request, -1);
      if ($action eq 'kill') { signal(@fields) } else { start(@fields) }
    }
    # No more launches: none prepared is wanted.
    discard($_) for $open ? () : keys %prepared } }
`;
/**
 * mount(2), unshare(2), prctl(2), setsid(2) and exit_group(2)'s numbers where this module knows
 * them for sure (the kernel interfaces of the machines GitHub runs jobs on); elsewhere the shell
 * does the work.
 */
const SYSCALLS = {
    x64: [165, 272, 157, 112, 231],
    arm64: [40, 97, 167, 157, 94]
};
/** The setup programs to try, fastest first. */
function setupPrograms() {
    return SYSCALLS[process.arch] === undefined ? ['shell'] : ['perl', 'shell'];
}
/** The numbers of this machine's system calls, where perl can make them. */
function syscalls() {
    const numbers = SYSCALLS[process.arch];
    if (!numbers)
        throw new Error(`no system call numbers for ${process.arch}: only the shell sets up`);
    return numbers;
}
/** The argv of the perl server that launches every command of a verification (launch-server.ts). */
function launchServerCommand() {
    const [, , prctl, setsid, exitGroup] = syscalls();
    return ['perl', '-e', PERL_SERVER, '--', ...[prctl, setsid, exitGroup, process.pid].map(String)];
}
/**
 * The arguments of one launch by the perl server with `steps`, up to the command (those of the
 * script's launch(); the server puts its own pid in, for the launch to die with it).
 */
function serverLaunchArguments(ids, steps) {
    const [mount, unshare, prctl] = syscalls();
    // root can mount as it is; anyone else becomes root of a user namespace to mount.
    const outer = ids.uid !== 0 ? '1' : '';
    return [
        ...[mount, unshare, prctl].map(String),
        'set by the server',
        String(ids.uid),
        String(ids.gid),
        outer,
        ...steps,
        '--'
    ];
}
/**
 * The argv that launches a command isolated by the shell with `steps`, up to the command. It
 * dies with rerun-action, even when that is SIGKILLed: unshare gets SIGKILL then, and
 * --kill-child passes it on to the PID namespace's init, whose death ends every process in the
 * namespace.
 */
function shellLaunchCommand(ids, steps) {
    // root can mount as it is; anyone else becomes root of a user namespace to mount.
    const outer = ids.uid !== 0;
    return [
        ...parentDeathPrefix(),
        'unshare',
        ...(outer ? ['--user', '--map-root-user'] : []),
        ...['--mount', '--pid', '--fork', '--kill-child', '--mount-proc'],
        ...[
            '/bin/sh',
            '-c',
            SHELL_SETUP,
            'rerun-action-isolation',
            String(ids.uid),
            String(ids.gid),
            ...steps,
            '--'
        ]
    ];
}

;// CONCATENATED MODULE: ./src/engine/execute/launch-server.ts
/**
 * One perl process per verification that starts every isolated command (its script is
 * isolation-setup.ts's launchServerCommand). rerun-action's own fork costs milliseconds for its
 * size, and a new perl must compile the launch each time: the server forks itself, a process of
 * a few megabytes with the launch compiled, and relays each command's output, report and exit
 * back over its pipes; a worker's next launch it prepares while rerun-action is busy between
 * commands. It dies with rerun-action (and every launch with it), and ends by itself when its
 * requests end and its launches are over.
 */


const SIGNAL_NAMES = new Map(Object.entries(external_node_os_.constants.signals).map(([name, number]) => [number, name]));
/** The three streams a launch has: output, error output and the launcher's report. */
const STREAMS = ['O', 'E', 'R'];
/** One command started by the server, as runShellCommand follows it. */
class Launch {
    forget;
    listeners = { O: [], E: [], R: [] };
    /** Streams not closed yet (and not abandoned). */
    open = new Set(STREAMS);
    exitSeen = false;
    settlePid;
    settleExit;
    resolveClosed;
    command;
    /**
     * @param forget called once nothing more is to come of this launch
     * @param kill signals its process group
     */
    constructor(forget, kill) {
        this.forget = forget;
        const pid = new Promise((resolve, reject) => (this.settlePid = { resolve, reject }));
        const exited = new Promise((resolve, reject) => (this.settleExit = { resolve, reject }));
        // Followed only once the command runs: a launch that never started rejects `pid` instead.
        exited.catch(() => undefined);
        const closed = new Promise(resolve => (this.resolveClosed = resolve));
        this.command = {
            pid,
            onStdout: listener => this.listeners.O.push(listener),
            onStderr: listener => this.listeners.E.push(listener),
            onReport: listener => this.listeners.R.push(listener),
            exited,
            closed,
            kill,
            abandon: () => {
                this.open.clear();
                this.streamsClosed();
            }
        };
    }
    /** One event of the server's about this launch. */
    handle(type, data) {
        if (type === 'S') {
            this.settlePid.resolve(Number(data.toString('latin1')));
        }
        else if (type === 'F') {
            this.fail(new Error(data.toString('utf8')));
        }
        else if (type === 'O' || type === 'E' || type === 'R') {
            if (this.open.has(type))
                for (const listener of this.listeners[type])
                    listener(data);
        }
        else if (type === 'C') {
            if (this.open.delete(data.toString('latin1')) && this.open.size === 0)
                this.streamsClosed();
        }
        else if (type === 'X') {
            const status = Number(data.toString('latin1'));
            const signal = status & 0x7f;
            this.settleExit.resolve(signal === 0
                ? { code: status >> 8, signal: null }
                : { code: null, signal: SIGNAL_NAMES.get(signal) ?? 'SIGKILL' });
            // Its streams may close before the server sees it exit, or after.
            this.exitSeen = true;
            if (this.open.size === 0)
                this.forget();
        }
    }
    /** The server ended or could not start it: whatever has not happened yet never will. */
    fail(error) {
        this.settlePid.reject(error);
        this.settleExit.reject(error);
        this.open.clear();
        this.resolveClosed();
        this.forget();
    }
    streamsClosed() {
        this.resolveClosed();
        if (this.exitSeen)
            this.forget();
    }
}
class LaunchServer {
    command;
    server = null;
    buffer = Buffer.alloc(0);
    errors = '';
    lastId = 0;
    closed = false;
    launches = new Map();
    /** @param command the server's argv (launchServerCommand) */
    constructor(command) {
        this.command = command;
    }
    start(argv, options) {
        const id = ++this.lastId;
        const launch = new Launch(() => {
            this.launches.delete(id);
            if (this.launches.size === 0)
                this.hold(false);
        }, signal => this.signal(id, signal));
        this.launches.set(id, launch);
        const env = Object.entries(options.env).flatMap(([name, value]) => value === undefined ? [] : [`${name}=${value}`]);
        const fields = [
            'launch',
            String(id),
            options.cwd,
            String(argv.length),
            ...argv,
            String(env.length),
            ...env
        ];
        if (fields.some(field => field.includes('\0'))) {
            launch.fail(new Error('a NUL byte in the command, its directory or its environment'));
            return launch.command;
        }
        // A server started after close() would never be told that no more launches come.
        if (this.closed) {
            launch.fail(new Error('the launch server was closed: the verification is over'));
            return launch.command;
        }
        this.hold(true);
        this.send(fields);
        return launch.command;
    }
    send(fields) {
        const request = Buffer.from(fields.join('\0'), 'utf8');
        const server = this.server ?? this.startServer();
        server.stdin?.write(Buffer.concat([Buffer.from(`${request.length}\n`), request]));
    }
    /** Signal a launch's process group, through the server, which knows whether it still runs. */
    signal(id, signal) {
        if (this.launches.has(id))
            this.send(['kill', String(id), String(external_node_os_.constants.signals[signal])]);
    }
    /** No more launches, for good: the server ends once those running are over. */
    close() {
        this.closed = true;
        this.server?.stdin?.end();
        this.server = null;
    }
    startServer() {
        const [file = 'perl', ...args] = this.command;
        // The server's own environment is what /proc shows of it: nothing of rerun-action's.
        const server = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
            stdio: ['pipe', 'pipe', 'pipe']
        });
        this.server = server;
        this.buffer = Buffer.alloc(0);
        this.errors = '';
        server.stdin?.on('error', () => undefined);
        server.stdout?.on('data', (chunk) => this.receive(chunk));
        // Perl's own complaints, should it fail: the last few kilobytes say why.
        server.stderr?.on('data', (chunk) => {
            this.errors = (this.errors + chunk.toString('utf8')).slice(-4096);
        });
        const ended = (why) => {
            if (this.server === server)
                this.server = null;
            const error = new Error(`the launch server ended (${why})${this.errors ? `: ${this.errors.trim()}` : ''}`);
            for (const launch of [...this.launches.values()])
                launch.fail(error);
        };
        server.on('error', error => ended(error.message));
        server.on('close', (code, signal) => ended(`exit ${code ?? signal}`));
        return server;
    }
    /**
     * The server keeps rerun-action running while launches are under way (their events are still
     * to come), and only then: a verification that is over does not wait for it.
     */
    hold(busy) {
        const server = this.server;
        if (!server)
            return;
        for (const handle of [server, server.stdin, server.stdout, server.stderr]) {
            if (handle && 'ref' in handle && typeof handle.ref === 'function') {
                if (busy)
                    handle.ref();
                else if ('unref' in handle && typeof handle.unref === 'function')
                    handle.unref();
            }
        }
    }
    receive(chunk) {
        this.buffer = this.buffer.length > 0 ? Buffer.concat([this.buffer, chunk]) : chunk;
        for (;;) {
            const newline = this.buffer.indexOf(0x0a);
            if (newline < 0)
                return;
            const [type = '', id = '', length = ''] = this.buffer
                .subarray(0, newline)
                .toString('latin1')
                .split(' ');
            const end = newline + 1 + Number(length);
            if (this.buffer.length < end)
                return;
            const data = Buffer.from(this.buffer.subarray(newline + 1, end));
            this.buffer = this.buffer.subarray(end);
            this.launches.get(Number(id))?.handle(type, data);
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/execute/isolation.ts
/**
 * Replayed commands run as the runner's user, so a scrubbed environment alone does not keep
 * secrets from them: files hold some (see secret-files.ts), /proc shows rerun-action's own
 * environment, and the temp directory holds other checkouts' credentials. On Linux, where the
 * kernel lets us, each execution therefore runs in its own mount and PID namespaces (util-linux
 * `unshare`): files with credentials are covered by scrubbed copies or emptiness, the temp
 * directory shows only the execution's own worker directory and what it may read, the user's
 * repository is read-only, and /proc shows only the command's own processes, all of which die
 * with the execution. Nothing is changed outside the namespaces: the user's files stay as they are.
 */









const ISOLATION_MODES = ['auto', 'required', 'off'];
const isInside = (inner, outer) => inner === outer || inner.startsWith(outer === '/' ? '/' : `${outer}/`);
const depth = (p) => p.split('/').filter(Boolean).length;
function realPath(p) {
    try {
        return external_node_fs_default().realpathSync.native(p);
    }
    catch {
        return null;
    }
}
/** This process's mount table as the kernel lists it now (empty where it cannot be read). */
function mountTable() {
    try {
        return external_node_fs_default().readFileSync('/proc/self/mountinfo', 'utf8');
    }
    catch {
        return '';
    }
}
/** The mount points of a mount table: a remount of a path above one does not reach it. */
function mountPoints(table) {
    return new Set(table
        .split('\n')
        .map(line => line.split(' ')[4])
        .filter((point) => point !== undefined)
        .map(point => point.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8)))));
}
/** The deepest of `paths` that holds `p` (itself included), if any. */
function innermost(p, paths) {
    return paths.filter(o => isInside(p, o)).sort((a, b) => depth(b) - depth(a))[0];
}
function resolveView(scope) {
    const writable = realPath(scope.writable);
    if (writable === null)
        throw new Error(`the command's directory ${scope.writable} does not exist`);
    const readOnly = [...new Set(scope.readOnly.map(realPath))].filter((p) => p !== null && p !== writable);
    const confined = [...new Set(scope.confined.map(realPath))].filter((p) => p !== null && p !== writable && !readOnly.includes(p));
    return { writable, readOnly, confined, mounts: mountTable() };
}
const samePaths = (a, b) => a.length === b.length && a.every((p, i) => p === b[i]);
function sameView(a, b) {
    return (a.writable === b.writable &&
        a.mounts === b.mounts &&
        samePaths(a.readOnly, b.readOnly) &&
        samePaths(a.confined, b.confined));
}
/**
 * The setup steps that give the command the view a scope describes (as resolved in `view`),
 * with the secrets of `hide` covered. Applied in order: the secrets' covers first (they travel
 * with the entries a confinement keeps), then the confinements, then each read-only or writable
 * path, shallowest first, so that the most specific one wins where they nest (a worker directory
 * in a read-only repository, say), then the mounts below read-only paths.
 *
 * Each step costs a mount(8) or two per command, so only those that change the view are taken:
 * nothing is covered that the command cannot see, or only to make it read-only where it lies in
 * a read-only path already; a read-only path in another needs nothing unless something
 * writable or a confinement's tmpfs lies between them; a path that a confinement binds back is
 * remounted without first being bound onto itself; the writable path needs a step only where
 * it lies on a read-only path's mount.
 */
function setupSteps(hide, view) {
    const { writable, readOnly, confined: confinedDirs, mounts } = view;
    const entries = [writable, ...readOnly];
    // A confined directory in another is covered by that one's tmpfs already.
    const confined = confinedDirs.filter(c => !confinedDirs.some(o => o !== c && isInside(c, o)));
    const kept = (dir) => {
        const inside = entries.filter(e => e !== dir && isInside(e, dir));
        return inside.filter(e => !inside.some(o => o !== e && isInside(e, o)));
    };
    const visible = (p) => confined.every(c => !isInside(p, c) || kept(c).some(k => isInside(p, k)));
    // Most specific wins: a path is read-only where the innermost entry holding it is.
    const readOnlyAt = (p) => {
        const holder = innermost(p, entries);
        return holder !== undefined && holder !== writable;
    };
    // Bound back by a confinement: a mount of its own, which a remount reaches directly. (Those
    // of the mount table are bound onto themselves still: one may lie hidden below another.)
    const keptEntries = new Set(confined.flatMap(kept));
    const ownMount = (p) => keptEntries.has(p);
    const steps = coverSteps(hide, visible, readOnlyAt);
    for (const dir of confined) {
        const keep = kept(dir);
        steps.push('confine', dir, String(keep.length), ...keep.map(k => external_node_path_default().relative(dir, k)));
    }
    const remounted = new Set();
    for (const entry of [...entries].sort((a, b) => depth(a) - depth(b))) {
        const holder = innermost(entry, entries.filter(e => e !== entry));
        if (entry === writable) {
            // Writable as it is, unless it lies on the mount of a read-only path (whose remount does
            // not reach a mount of its own).
            if (holder !== undefined && !ownMount(entry))
                steps.push('writable', entry);
            continue;
        }
        // Read-only already where it lies on the mount of a read-only path, with nothing writable
        // and no confinement's tmpfs between them (a mount of its own is remounted below).
        if (holder !== undefined &&
            holder !== writable &&
            !confined.some(c => isInside(c, holder) && isInside(entry, c)))
            continue;
        steps.push(ownMount(entry) ? 'remount-read-only' : 'read-only', entry);
        remounted.add(entry);
    }
    for (const point of mountPoints(mounts)) {
        if (!remounted.has(point) && visible(point) && readOnlyAt(point))
            steps.push('remount-read-only', point);
    }
    return steps;
}
/**
 * The covers that change what the command sees: not of what a confinement or an empty
 * directory's cover hides from it, nor, where a file is covered by itself only to make it
 * read-only, of a file that lies in a read-only path anyway.
 */
function coverSteps(hide, visible, readOnlyAt) {
    const emptied = hide.flatMap(step => step.kind === 'empty-dir' && visible(step.target) ? [step.target] : []);
    const needed = (target) => visible(target) && !emptied.some(d => d !== target && isInside(target, d));
    // Files first: a directory's cover would hide a file below it from its own cover.
    const files = hide.flatMap(step => step.kind === 'replace' &&
        needed(step.target) &&
        !(step.source === step.target && readOnlyAt(step.target))
        ? ['cover', step.target, step.source]
        : []);
    const directories = hide.flatMap(step => step.kind === 'empty-dir' && needed(step.target) ? ['empty-dir', step.target] : []);
    return [...files, ...directories];
}
function launchers(program) {
    const ids = { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
    if (program === 'shell') {
        return {
            program,
            launcher: steps => ({ prefix: shellLaunchCommand(ids, steps) }),
            close: () => undefined
        };
    }
    const server = new LaunchServer(launchServerCommand());
    return {
        program,
        launcher: steps => ({ prefix: serverLaunchArguments(ids, steps), server }),
        close: () => server.close()
    };
}
/**
 * Why isolated commands cannot run here, or null when a trial run did all that isolation does:
 * covered a file and a directory, confined a directory to an entry of it, made that entry
 * read-only and a directory in it writable, made a directory read-only that is no mount of its
 * own, and had a /proc of its own. Run once per verification.
 */
async function unavailableBecause(dir, launcher) {
    if (process.platform !== 'linux')
        return `namespaces exist only on Linux, not ${process.platform}`;
    const probe = external_node_path_default().join(dir, `probe-${(0,external_node_crypto_.randomUUID)()}`);
    const file = external_node_path_default().join(probe, 'file');
    const directory = external_node_path_default().join(probe, 'dir');
    const confined = external_node_path_default().join(probe, 'confined');
    const readOnly = external_node_path_default().join(confined, 'read-only');
    const writable = external_node_path_default().join(readOnly, 'writable');
    // Not kept by the confinement: bound onto itself to be made read-only.
    const unconfined = external_node_path_default().join(probe, 'read-only');
    // A few small files, written at once: the launch server starts in this very turn of the
    // event loop, not after eight round trips through Node's thread pool.
    external_node_fs_default().mkdirSync(writable, { recursive: true });
    external_node_fs_default().mkdirSync(directory);
    external_node_fs_default().mkdirSync(unconfined);
    for (const visible of [
        file,
        external_node_path_default().join(directory, 'file'),
        external_node_path_default().join(confined, 'hidden'),
        external_node_path_default().join(readOnly, 'file'),
        external_node_path_default().join(unconfined, 'file')
    ])
        external_node_fs_default().writeFileSync(visible, 'visible\n');
    const steps = setupSteps([
        { kind: 'replace', target: file, source: '/dev/null' },
        { kind: 'empty-dir', target: directory }
    ], resolveView({ writable, readOnly: [readOnly, unconfined], confined: [confined] }));
    try {
        // In a /proc of its own, the process with the shell's pid ($$, as its namespace numbers it)
        // is that shell, whose command line holds this check and so its unique marker; in the
        // system's /proc, that pid is another process.
        const marker = `rerun-action-probe-${(0,external_node_crypto_.randomUUID)()}`;
        const q = shellQuote;
        const check = [
            `test ! -s ${q(file)}`,
            `test -z "$(ls -A ${q(directory)})"`,
            `test ! -e ${q(external_node_path_default().join(confined, 'hidden'))}`,
            `test -s ${q(external_node_path_default().join(readOnly, 'file'))}`,
            `! (echo changed >> ${q(external_node_path_default().join(readOnly, 'file'))}) 2>/dev/null`,
            `! (echo changed >> ${q(external_node_path_default().join(unconfined, 'file'))}) 2>/dev/null`,
            `echo written > ${q(external_node_path_default().join(writable, 'file'))}`,
            `grep -q ${marker} /proc/$$/cmdline`
        ].join(' && ');
        const run = await runShellCommand(check, {
            cwd: writable,
            env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
            timeoutMs: 20_000,
            tailBytes: 4096,
            launcher: launcher(steps)
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
        await external_node_fs_default().promises.rm(probe, { recursive: true, force: true });
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
 * How replayed commands are isolated, or null when they run without (mode off, or auto where
 * namespaces are unavailable, which `notice` reports). Scrubbed copies of config files go into
 * `dir`, which the caller removes at the end. The first of `programs` that passes the trial sets
 * up every execution.
 */
async function prepareIsolation(mode, sources, dir, notice, programs = setupPrograms()) {
    if (mode === 'off')
        return null;
    await external_node_fs_default().promises.mkdir(dir, { recursive: true, mode: 0o700 });
    // Found while the trial runs (each mostly waits on processes); of no use if it fails.
    const hiding = secretFiles(sources, dir);
    hiding.catch(() => undefined);
    let chosen;
    let reason = null;
    for (const candidate of programs) {
        const tried = launchers(candidate);
        reason = await unavailableBecause(dir, tried.launcher);
        if (reason === null) {
            chosen = tried;
            break;
        }
        tried.close();
    }
    if (chosen === undefined) {
        // Nothing to hide from commands that cannot be isolated: only its files are waited for.
        await hiding.catch(() => undefined);
        if (mode === 'required') {
            throw new errors/* UsageError */.e(`isolation is required, but replayed commands cannot be isolated here: ${reason}.${enableHint()}`);
        }
        notice(`replayed commands run without isolation (${reason}): they can read what this user can, ` +
            `git credentials included.${enableHint()}`);
        return null;
    }
    const hide = await hiding;
    const hidden = hide.filter(step => step.kind === 'empty-dir' || step.source !== step.target);
    if (hidden.length > 0) {
        notice(`replayed commands run isolated; hidden from them: ${hidden.map(step => step.target).join(', ')}`);
    }
    if (chosen.program === 'shell' && parentDeathPrefix().length === 0) {
        notice('setpriv (util-linux) is not installed: a replayed command may outlive rerun-action ' +
            'if rerun-action is killed with SIGKILL');
    }
    const { launcher, close } = chosen;
    // Each worker's last launch, by its directory: the next one's view is most often the same,
    // and its steps then too (computing them costs more than reading what they depend on).
    const last = new Map();
    return {
        launcherFor: scope => {
            const view = resolveView(scope);
            const previous = last.get(view.writable);
            if (previous && sameView(previous.view, view))
                return previous.launcher;
            const made = launcher(setupSteps(hide, view));
            last.set(view.writable, { view, launcher: made });
            return made;
        },
        close
    };
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
/** git never tracks anything in a `.git` directory: an output there cannot be an output. */
function assertTrackable(rel, what) {
    if (rel.split('/').includes('.git')) {
        throw new UnsafePathError(`${what} ${JSON.stringify(rel)} lies in a .git directory, which git never tracks`);
    }
}
/** The real path of `target`'s deepest existing ancestor must lie inside `root` (symlinks included). */
function assertInside(root, target) {
    const realRoot = external_node_fs_default().realpathSync.native(root);
    let probe = external_node_path_default().resolve(target);
    let suffix = '';
    for (;;) {
        try {
            const real = external_node_fs_default().realpathSync.native(probe);
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
/**
 * `rel` as an absolute path inside `root`, or null when a directory on the way is not a real
 * directory (a symlink, a file, absent). What a command left in its checkout is read only there,
 * never through a link it made to somewhere else.
 */
function entryInside(root, rel) {
    const parts = rel.split('/');
    let dir = root;
    for (const part of parts.slice(0, -1)) {
        dir = external_node_path_default().join(dir, part);
        const stat = external_node_fs_default().lstatSync(dir, { throwIfNoEntry: false });
        if (!stat?.isDirectory())
            return null;
    }
    return external_node_path_default().join(root, rel);
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/engine/compare/file-digest.ts
/** Streaming digests: one read of a file feeds every hash needed, memory independent of size. */



const CHUNK = 1 << 20;
const read = (0,external_node_util_namespaceObject.promisify)((external_node_fs_default()).read);
/**
 * Files up to one chunk are read synchronously, in a buffer of their size: most outputs are
 * small, and a promised read costs more than hashing them. Larger ones are streamed.
 */
async function digestFile(file, algorithms, gitObjectFormat) {
    // Never waiting on a FIFO put where a file was: it is opened without blocking, then refused.
    const fd = external_node_fs_default().openSync(file, (external_node_fs_default()).constants.O_RDONLY | (external_node_fs_default()).constants.O_NONBLOCK);
    try {
        const stat = external_node_fs_default().fstatSync(fd);
        if (!stat.isFile())
            throw new Error(`${file} is not a regular file`);
        const { size } = stat;
        const hashes = new Map(algorithms.map(a => [a, (0,external_node_crypto_.createHash)(a)]));
        const blob = gitObjectFormat ? (0,external_node_crypto_.createHash)(gitObjectFormat).update(`blob ${size}\0`) : undefined;
        const small = size < CHUNK;
        // One byte more than a small file holds: its end is found in the same read.
        const buffer = Buffer.allocUnsafe(small ? size + 1 : CHUNK);
        for (;;) {
            const bytesRead = small
                ? external_node_fs_default().readSync(fd, buffer, 0, buffer.length, null)
                : (await read(fd, buffer, 0, buffer.length, null)).bytesRead;
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
        external_node_fs_default().closeSync(fd);
    }
}

;// CONCATENATED MODULE: ./src/engine/compare/ignored-paths.ts
function ancestors(p) {
    const parts = p.split('/').slice(0, -1);
    return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}
async function ignoredPaths(git, commit, paths) {
    if (paths.length === 0)
        return new Set();
    const dirs = new Set(['']);
    for (const p of paths)
        for (const dir of ancestors(p))
            dirs.add(dir);
    const specOf = (dir) => `${commit}:${dir === '' ? '' : `${dir}/`}.gitignore`;
    const files = await git.readObjects([...dirs].map(specOf));
    const rules = new Map();
    // Loaded only where some .gitignore applies: most datasets have none on their outputs' paths.
    let matcher;
    for (const dir of dirs) {
        const text = files.get(specOf(dir));
        if (!text)
            continue;
        matcher ??= (await __nccwpck_require__.e(/* import() */ 298).then(__nccwpck_require__.t.bind(__nccwpck_require__, 298, 23))).default;
        rules.set(dir, matcher().add(text.toString('utf8')));
    }
    /** Whether `entry` (a directory when it ends in `/`) is ignored: the deepest file with an opinion decides. */
    const decides = (entry) => {
        const plain = entry.replace(/\/$/, '');
        for (const dir of ['', ...ancestors(plain)].reverse()) {
            const rule = rules.get(dir);
            if (!rule)
                continue;
            const verdict = rule.test(dir === '' ? entry : entry.slice(dir.length + 1));
            if (verdict.ignored)
                return true;
            if (verdict.unignored)
                return false;
        }
        return false;
    };
    const ignored = new Set();
    for (const p of paths) {
        // Nothing below an ignored directory can be re-included.
        const dirs = ancestors(p).map(dir => `${dir}/`);
        if (dirs.some(decides) || decides(p))
            ignored.add(p);
    }
    return ignored;
}

// EXTERNAL MODULE: ./src/engine/compare/content/bytes.ts
var bytes = __nccwpck_require__(4471);
// EXTERNAL MODULE: ./src/engine/compare/content/numbers.ts
var numbers = __nccwpck_require__(6322);
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
async function committedContent(context, outputPath, committed, regeneratedFile, known) {
    if (committed.kind === 'git') {
        const file = external_node_path_default().join(context.scratch, `committed-${process.pid}-${++extracted}`);
        await context.git.writeBlob(committed.object, file);
        return { file, temporary: true };
    }
    if (committed.kind === 'annex' && context.annex) {
        const { annex } = context;
        const { key } = committed;
        const local = async () => {
            const content = await annex.contentOf(key.key);
            return 'path' in content ? content.path : null;
        };
        const fetchable = (key.size ?? Infinity) <= MAX_FETCHED_FOR_DIFF && !(0,bytes/* looksBinary */.Wb)(regeneratedFile);
        // Not asked again where the comparison already found it absent and it will not be fetched.
        const present = known.committedNotLocal ? null : await local();
        if (present)
            return { file: present, temporary: false };
        if (fetchable) {
            // Fetched as the content of this output, so that progress and failures name its path.
            await annex.getKeys(new Map([[key.key, outputPath]]));
            const fetched = await local();
            if (fetched)
                return { file: fetched, temporary: false };
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
        : await committedContent(context, outputPath, committed, regeneratedFile, known);
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
        // Loaded at the first difference to analyse: a run that reproduces never compiles it.
        const { analyseDifference } = await Promise.all(/* import() */[__nccwpck_require__.e(326), __nccwpck_require__.e(175)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3175));
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
            ? ` (largest deviation ${(0,numbers/* formatSignificant */.bf)(deviation.absolute)} absolute, ${(0,numbers/* formatSignificant */.bf)(deviation.relative)} relative)`
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
/**
 * Where an annex link's content is in the trusted annex (the one rerun-action fetched into, which
 * an isolated command cannot write), found from the key's place in the link, never by following
 * the link: the command could have pointed it at content it made up.
 */
async function trustedContent(target, annexObjects) {
    if (!annexObjects)
        return null;
    const marker = 'annex/objects/';
    const at = target.lastIndexOf(marker);
    const rest = at < 0 ? '' : target.slice(at + marker.length);
    const parts = rest.split('/');
    if (parts.length !== 4 || parts.some(part => part === '' || part === '.' || part === '..'))
        return null;
    if (parts[2] !== parts[3])
        return null;
    const file = external_node_path_default().join(annexObjects, ...parts);
    const stat = await external_node_fs_default().promises.stat(file).catch(() => null);
    return stat?.isFile() ? file : null;
}
/**
 * State of `rel` in the checkout at `root` after the rerun; null when it does not exist or is
 * reached only through something other than real directories (see entryInside).
 */
async function regeneratedState(root, rel, annexObjects) {
    // Synchronous: a few microseconds a call, where a promised one costs tens.
    const file = entryInside(root, rel);
    if (!file)
        return null;
    const stat = external_node_fs_default().lstatSync(file, { throwIfNoEntry: false });
    if (!stat)
        return null;
    if (stat.isSymbolicLink()) {
        const target = external_node_fs_default().readlinkSync(file);
        const key = keyFromSymlinkTarget(target);
        if (!key)
            return { kind: 'symlink', target };
        return { kind: 'annex', key, contentPath: await trustedContent(target, annexObjects) };
    }
    if (stat.isDirectory())
        return { kind: 'directory' };
    if (!stat.isFile())
        return { kind: 'special' };
    if (stat.size < MAX_POINTER_SIZE) {
        const key = keyFromPointer((0,bytes/* readHead */.zy)(file, stat.size));
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
        case 'special':
            return { kind: 'special' };
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









/** Where the committed state of each path comes from: the top dataset (null) or a subdataset. */
class CommittedTrees {
    request;
    trees;
    gitOfEntry = new Map();
    constructor(request, trees) {
        this.request = request;
        this.trees = trees;
    }
    /** The deepest subdataset holding `p` (strictly below its root), or null for the top. */
    holderOf(p) {
        let found = null;
        for (const tree of this.trees) {
            if (p.startsWith(`${tree.path}/`) && (!found || tree.path.length > found.path.length))
                found = tree;
        }
        return found;
    }
    available(tree) {
        return tree !== null && 'commit' in tree;
    }
    /**
     * The run commit's entries at or under `paths`, reading each subdataset from its own store. A
     * gitlink of a subdataset that can be read is left out: its files are listed instead (all of
     * them when a path names it or a directory above it).
     */
    async list(paths) {
        const groups = new Map();
        const add = (tree, rel) => {
            const group = groups.get(tree) ?? new Set();
            group.add(rel);
            groups.set(tree, group);
        };
        for (const requested of paths) {
            const p = requested.replace(/\/+$/, '');
            const holder = this.holderOf(p);
            if (holder === null)
                add(null, p);
            else if (this.available(holder))
                add(holder, p.slice(holder.path.length + 1));
            for (const tree of this.trees) {
                if (this.available(tree) && (tree.path === p || tree.path.startsWith(`${p}/`)))
                    add(tree, '.');
            }
        }
        const listed = [];
        for (const [tree, rels] of groups) {
            const git = tree ? tree.git : this.request.git;
            const entries = await git.listTree(tree ? tree.commit : this.request.runCommit, [...rels]);
            for (const entry of entries) {
                const p = tree ? `${tree.path}/${entry.path}` : entry.path;
                if (entry.mode === '160000' && this.available(this.trees.find(t => t.path === p) ?? null))
                    continue;
                this.gitOfEntry.set(p, git);
                listed.push({ ...entry, path: p });
            }
        }
        return listed;
    }
    /** The blobs of listed entries, each read from the store it was listed from. */
    async blobs(entries) {
        const byStore = new Map();
        for (const entry of entries) {
            const git = this.gitOfEntry.get(entry.path) ?? this.request.git;
            const objects = byStore.get(git) ?? new Set();
            objects.add(entry.object);
            byStore.set(git, objects);
        }
        const blobs = new Map();
        for (const [git, objects] of byStore) {
            for (const [object, data] of await git.readBlobs([...objects]))
                if (data || !blobs.has(object))
                    blobs.set(object, data);
        }
        return blobs;
    }
    /** The git, annex and trusted annex objects for `p`. */
    ownerOf(p) {
        const holder = this.holderOf(p);
        if (this.available(holder))
            return holder;
        return {
            git: this.request.git,
            annex: this.request.annex,
            annexObjects: this.request.annexObjects
        };
    }
    /** Which of `paths` git would ignore, by the `.gitignore` files of the dataset holding each. */
    async ignored(paths) {
        const groups = new Map();
        for (const p of paths) {
            const holder = this.holderOf(p);
            const tree = this.available(holder) ? holder : null;
            groups.set(tree, [...(groups.get(tree) ?? []), p]);
        }
        const ignored = new Set();
        for (const [tree, group] of groups) {
            if (!tree) {
                for (const p of await ignoredPaths(this.request.git, this.request.runCommit, group))
                    ignored.add(p);
                continue;
            }
            const rels = group.map(p => p.slice(tree.path.length + 1));
            for (const rel of await ignoredPaths(tree.git, tree.commit, rels))
                ignored.add(`${tree.path}/${rel}`);
        }
        return ignored;
    }
}
/** A `.git` anywhere on a path: a repository's bookkeeping (a subdataset's), never an output. */
function inGitDirectory(p) {
    return p.split('/').includes('.git');
}
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
            // A subdataset's repository is not part of the directory's content.
            if (entry.name === '.git')
                continue;
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
        if (!regenerated.contentPath) {
            // A link alone proves nothing: anyone can write a link named after the committed key.
            return {
                status: 'unverifiable',
                reason: `the rerun left an annex link to ${regenerated.key.key}, whose content is not in the annex`
            };
        }
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
        const local = await annex.contentOf(key.key);
        committedNotLocal = !('path' in local);
        if ('path' in local) {
            return (await (0,bytes/* identicalFiles */.Nj)(local.path, contentPath))
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
                status: 'modified',
                reason: `committed as a subdataset, regenerated as a ${regenerated.kind}`
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
            const size = external_node_fs_default().statSync(file).size;
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
    const { worktree } = request;
    const trees = new CommittedTrees(request, request.subdatasets ?? []);
    const declaredFiles = new Set();
    const declaredDirs = [];
    for (const declared of request.declared) {
        const clean = declared.replace(/\/+$/, '');
        if (clean === '' || clean === '.')
            continue;
        const abs = entryInside(worktree, clean);
        const stat = abs ? external_node_fs_default().lstatSync(abs, { throwIfNoEntry: false }) : undefined;
        if (stat?.isDirectory()) {
            declaredDirs.push(clean);
            for (const file of await filesUnder(worktree, clean))
                declaredFiles.add(file);
        }
        else
            declaredFiles.add(clean);
    }
    const changed = new Map(request.changes.map(change => [change.path, change]));
    // The run commit's entries for the expected paths; only the paths the rerun changed beyond
    // those (rarely any) need a second look-up.
    const expectedListing = [...new Set([...declaredFiles, ...declaredDirs, ...changed.keys()])];
    const worktreeChanges = request.rerunChanges.filter(p => !inGitDirectory(p));
    const expectedEntries = await trees.list(expectedListing);
    const alreadyListed = new Set(expectedListing);
    const underListedDir = (p) => declaredDirs.some(d => p.startsWith(`${d}/`));
    const extra = worktreeChanges.filter(p => !alreadyListed.has(p) && !underListedDir(p));
    const entries = new Map();
    for (const entry of [...expectedEntries, ...(await trees.list(extra))]) {
        entries.set(entry.path, entry);
    }
    for (const p of entries.keys())
        if (underListedDir(p))
            declaredFiles.add(p);
    const blobs = await trees.blobs([...entries.values()].filter(needsBlob));
    const expected = new Set([...declaredFiles, ...changed.keys()]);
    const all = [...new Set([...expected, ...worktreeChanges])]
        .filter(p => !request.excluded.has(p) && !inGitDirectory(p))
        .sort();
    const verdicts = [];
    const producedUncommitted = [];
    for (const p of all) {
        const entry = entries.get(p);
        const committed = entry ? committedState(entry, blobs.get(entry.object) ?? undefined) : null;
        const owner = trees.ownerOf(p);
        const regenerated = await regeneratedState(worktree, p, owner.annexObjects);
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
        const holder = trees.holderOf(p);
        if (holder && 'unavailable' in holder) {
            // Inside a subdataset whose committed state cannot be read: nothing to compare against.
            verdicts.push(verdict('unverifiable', holder.unavailable));
            continue;
        }
        if (committed?.kind === 'subdataset' && regenerated?.kind === 'directory') {
            // A gitlink whose subdataset could not be read file by file: never taken as reproduced.
            if (expected.has(p)) {
                const tree = (request.subdatasets ?? []).find(t => t.path === p);
                verdicts.push(verdict('unverifiable', tree && 'unavailable' in tree
                    ? tree.unavailable
                    : `subdataset at ${committed.object.slice(0, 8)}, whose files were not compared`));
            }
            continue;
        }
        if (regenerated?.kind === 'directory') {
            // Files inside it are compared one by one; a committed file in its place was not produced.
            if (committed && committed.kind !== 'subdataset')
                verdicts.push(verdict('modified', `committed as a file, regenerated as a directory`));
            continue;
        }
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
            const comparison = await compareStates(committed, regenerated, owner.annex);
            if (!expected.has(p)) {
                // Changed by the rerun, untouched by the run commit: only worth a line when it differs.
                if (comparison.status !== 'match') {
                    verdicts.push(verdict('unexpected', `changed by the rerun, but not by the run commit (${comparison.reason ?? 'differs'})`));
                }
                continue;
            }
            const explanation = comparison.contentDiffers
                ? await explainDifference({ git: owner.git, annex: owner.annex, scratch: request.scratch }, p, committed, regenerated, rule, comparison.known)
                : {};
            verdicts.push({ ...verdict(comparison.status, comparison.reason), ...explanation });
        }
    }
    const ignored = await trees.ignored(producedUncommitted.map(v => v.path));
    verdicts.push(...producedUncommitted.filter(v => !ignored.has(v.path)));
    return verdicts.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __nccwpck_require__(2856);
;// CONCATENATED MODULE: ./src/engine/execute/globs.ts
/**
 * Path patterns of run records, expanded as datalad's GlobbedPaths does with Python's
 * `glob.glob(pattern, recursive=True)`: `*`, `?`, `[...]`, `**` as a whole component,
 * dotfiles hidden from wildcards, each pattern's hits sorted, patterns in record order.
 *
 * Records come from commit messages, so their patterns are attacker-controlled: a component is
 * matched by RE2 (linear in the name, however many `*` it has), `**` walks each directory once per
 * component however many directories it starts from, and one expansion examines a bounded
 * number of directory entries.
 */



const MAGIC = /[*?[]/;
function hasMagic(pattern) {
    return MAGIC.test(pattern);
}
/** The most directory entries one expandPatterns (or globPattern) call examines. */
const MAX_GLOB_ENTRIES = 20_000_000;
/** An expansion that would examine more than MAX_GLOB_ENTRIES directory entries. */
class GlobLimitError extends Error {
    constructor(pattern, limit) {
        super(`expanding the record's paths examines more than ${limit} directory entries (at ${JSON.stringify(pattern)}); the record's globs are refused`);
        this.name = 'GlobLimitError';
    }
}
/**
 * Python's fnmatch._translate for the class `pat[start..end)` (between `[` and `]`), reduced to the
 * set it matches. fnmatch splits the body into chunks at the hyphens that make ranges, drops the
 * ranges whose ends are out of order, and escapes everything else; the items it writes are read
 * back here as Python's regex parser reads them.
 */
function pythonClass(pat, start, end) {
    let i = start;
    let items;
    const literals = (chars) => chars.map(c => ({ literal: c }));
    if (!pat.slice(i, end).includes('-')) {
        items = literals(pat.slice(i, end));
    }
    else {
        const chunks = [];
        let k = pat[i] === '!' ? i + 2 : i + 1;
        for (;;) {
            while (k < end && pat[k] !== '-')
                k++;
            if (k >= end)
                break;
            chunks.push(pat.slice(i, k));
            i = k + 1;
            k = k + 3;
        }
        const chunk = pat.slice(i, end);
        if (chunk.length > 0)
            chunks.push(chunk);
        else
            chunks[chunks.length - 1]?.push('-');
        // Python, from the last chunk to the second: when the range between chunks[k-1] and
        // chunks[k] is out of order, chunks[k-1] = chunks[k-1][:-1] + chunks[k][1:] and chunks[k]
        // goes. The chunk being merged into is kept reversed, so each merge costs only the characters
        // it adds, not the whole (growing) chunk.
        const kept = [];
        let current = [...(chunks[chunks.length - 1] ?? [])].reverse();
        for (let c = chunks.length - 1; c > 0; c--) {
            const before = chunks[c - 1] ?? [];
            const last = before[before.length - 1];
            const first = current[current.length - 1];
            // Python compares one-character strings: code points, as codePointAt does.
            if (last !== undefined && first !== undefined && codeOf(last) > codeOf(first)) {
                current.pop();
                for (let t = before.length - 2; t >= 0; t--)
                    current.push(before[t] ?? '');
            }
            else {
                kept.push(current.reverse());
                current = [...before].reverse();
            }
        }
        kept.push(current.reverse());
        items = kept
            .reverse()
            .flatMap((chars, index) => [...(index > 0 ? ['hyphen'] : []), ...literals(chars)]);
    }
    const first = items[0];
    if (first === undefined)
        return 'never';
    const negated = first !== 'hyphen' && first.literal === '!';
    if (negated && items.length === 1)
        return 'any';
    const ranges = [];
    const body = negated ? items.slice(1) : items;
    for (let p = 0; p < body.length; p++) {
        const low = codeOf(itemChar(body[p]));
        if (body[p + 1] === 'hyphen' && p + 2 < body.length) {
            const high = codeOf(itemChar(body[p + 2]));
            // Python raises "bad character range"; glob.glob would stop with an error.
            if (high < low)
                return 'never';
            ranges.push([low, high]);
            p += 2;
        }
        else if (body[p + 1] === 'hyphen') {
            ranges.push([low, low], [0x2d, 0x2d]);
            p += 1;
        }
        else
            ranges.push([low, low]);
    }
    return { negated, ranges };
}
function itemChar(item) {
    return item === undefined ? '' : item === 'hyphen' ? '-' : item.literal;
}
function codeOf(char) {
    return char.codePointAt(0) ?? 0;
}
/** The inside of an RE2 class holding `ranges`, merged so that RE2 gets each code point once. */
function re2Ranges(ranges) {
    const hex = (code) => `\\x{${code.toString(16)}}`;
    const merged = [];
    for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
        const last = merged[merged.length - 1];
        if (last && from <= last[1] + 1)
            last[1] = Math.max(last[1], to);
        else
            merged.push([from, to]);
    }
    return merged.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('');
}
/** An RE2 atom matching exactly `char` (one code point), whatever it is. */
function re2Literal(char) {
    return /^[A-Za-z0-9_]$/.test(char) ? char : re2Ranges([[codeOf(char), codeOf(char)]]);
}
/**
 * Python's `fnmatch.fnmatchcase(name, pattern)` for one path component, in linear time, for the
 * names a directory can hold: a pattern needing more than NAME_MAX characters matches nothing.
 */
function fnmatch(name, pattern) {
    return componentMatcher(pattern).test(name);
}
/**
 * The longest name a directory entry can have (NAME_MAX, in bytes, so also in characters): a
 * component asking for more characters than that matches nothing, whatever its `*`.
 */
const NAME_MAX = 255;
/** The matcher of no name at all, compiled when first needed (a millisecond and more at start-up). */
let never;
const neverMatcher = () => (never ??= build/* RE2JS */.L3.compile('[^\\x{0}-\\x{10ffff}]'));
/**
 * Python's fnmatch.translate for one path component, as an RE2 matcher of whole names: `*` any
 * characters, `?` one, `[...]` as above, an unclosed `[` itself. Characters are code points, as
 * in Python. Consecutive `*` are one (as in fnmatch), and a component of more than NAME_MAX other
 * items is not compiled at all, so the program RE2 runs over each name stays small.
 */
function componentMatcher(component) {
    const pat = Array.from(component);
    // The first `]` at or after each position, so that a run of unclosed `[` is not rescanned.
    const closing = new Array(pat.length + 1).fill(pat.length);
    for (let p = pat.length - 1; p >= 0; p--)
        closing[p] = pat[p] === ']' ? p : (closing[p + 1] ?? 0);
    const parts = [];
    let characters = 0;
    for (let i = 0; i < pat.length; i++) {
        const c = pat[i] ?? '';
        if (c === '*') {
            if (parts[parts.length - 1] !== '.*')
                parts.push('.*');
            continue;
        }
        if (++characters > NAME_MAX)
            return neverMatcher();
        if (c === '?')
            parts.push('.');
        else if (c === '[') {
            let j = i + 1;
            if (pat[j] === '!')
                j++;
            if (pat[j] === ']')
                j++;
            j = closing[j] ?? pat.length;
            if (j >= pat.length) {
                parts.push(re2Literal('['));
            }
            else {
                const match = pythonClass(pat, i + 1, j);
                if (match === 'never')
                    return neverMatcher();
                else if (match === 'any')
                    parts.push('.');
                else
                    parts.push(`[${match.negated ? '^' : ''}${re2Ranges(match.ranges)}]`);
                i = j;
            }
        }
        else
            parts.push(re2Literal(c));
    }
    return build/* RE2JS */.L3.compile(`^${parts.join('')}$`, build/* RE2JS */.L3.DOTALL);
}
/**
 * The file system below `cwd` as one expansion sees it: each directory is listed and each path
 * examined at most once, and the entries examined are counted against MAX_GLOB_ENTRIES. Nothing
 * changes the tree while an expansion runs.
 */
class TreeView {
    cwd;
    maxEntries;
    listings = new Map();
    /** stat (following links): 0 missing, 1 not a directory, 2 a directory. */
    kinds = new Map();
    /** lstat: 0 missing, 1 not a symbolic link, 2 a symbolic link. */
    links = new Map();
    examined = 0;
    pattern = '';
    constructor(cwd, maxEntries) {
        this.cwd = cwd;
        this.maxEntries = maxEntries;
    }
    /** Count `entries` more examined entries; throws GlobLimitError past the limit. */
    charge(entries) {
        this.examined += entries;
        if (this.examined > this.maxEntries)
            throw new GlobLimitError(this.pattern, this.maxEntries);
    }
    list(rel) {
        let names = this.listings.get(rel);
        if (names === undefined) {
            try {
                names = external_node_fs_default().readdirSync(external_node_path_default().join(this.cwd, rel || '.'));
            }
            catch {
                names = [];
            }
            this.listings.set(rel, names);
        }
        this.charge(names.length);
        return names;
    }
    stat(rel, follow) {
        const cache = follow ? this.kinds : this.links;
        let kind = cache.get(rel);
        if (kind === undefined) {
            const p = external_node_path_default().join(this.cwd, rel);
            try {
                const stats = follow ? external_node_fs_default().statSync(p) : external_node_fs_default().lstatSync(p);
                kind = (follow ? stats.isDirectory() : stats.isSymbolicLink()) ? 2 : 1;
            }
            catch {
                kind = 0;
            }
            cache.set(rel, kind);
        }
        return kind;
    }
    isDirectory(rel) {
        return this.stat(rel, true) === 2;
    }
    isSymbolicLink(rel) {
        return this.stat(rel, false) === 2;
    }
    lexists(rel) {
        return this.stat(rel, false) !== 0;
    }
}
/**
 * `**` from each of `rels`: every non-hidden descendant (directories only unless `files`), pushed
 * onto `found`. A directory is listed once however many of `rels` contain it, so a `**` costs
 * the size of the tree, not the tree times its depth. A symbolic link to a directory is listed
 * only when it is one of `rels`, not when the walk reaches it.
 */
function pushDescendants(tree, rels, files, found) {
    const walked = new Set();
    const stack = [...rels];
    for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
        if (walked.has(dir))
            continue;
        walked.add(dir);
        for (const name of tree.list(dir)) {
            if (name.startsWith('.'))
                continue;
            const child = dir ? `${dir}/${name}` : name;
            const isDir = tree.isDirectory(child);
            if (isDir || files)
                found.push(child);
            if (isDir && !tree.isSymbolicLink(child))
                stack.push(child);
        }
    }
}
function expandOne(pattern, tree) {
    tree.pattern = pattern;
    if (!hasMagic(pattern)) {
        const clean = pattern.endsWith('/') ? pattern.slice(0, -1) : pattern;
        if (pattern.endsWith('/'))
            return tree.isDirectory(clean) ? [pattern] : [];
        return tree.lexists(pattern) ? [pattern] : [];
    }
    const components = pattern.split('/');
    let current = [''];
    components.forEach((component, index) => {
        const last = index === components.length - 1;
        const next = [];
        tree.charge(current.length);
        const join = (rel, name) => (rel ? `${rel}/${name}` : name);
        if (component === '**') {
            // One walk for all of `current`: a directory below several of them is listed once.
            if (last) {
                for (const rel of current)
                    if (rel)
                        next.push(`${rel}/`);
            }
            else
                for (const rel of current)
                    next.push(rel);
            pushDescendants(tree, current, last, next);
        }
        else if (component !== '' && hasMagic(component)) {
            const matcher = componentMatcher(component);
            const showHidden = component.startsWith('.');
            for (const rel of current) {
                for (const name of tree.list(rel)) {
                    if (name.startsWith('.') && !showHidden)
                        continue;
                    if (!matcher.test(name))
                        continue;
                    const candidate = join(rel, name);
                    if (last || tree.isDirectory(candidate))
                        next.push(candidate);
                }
            }
        }
        else {
            for (const rel of current) {
                if (component === '') {
                    // A trailing slash: keep directories only, marked with the slash.
                    if (last && rel && tree.isDirectory(rel))
                        next.push(`${rel}/`);
                    else if (!last)
                        next.push(rel);
                }
                else {
                    const candidate = join(rel, component);
                    if (last ? tree.lexists(candidate) : tree.isDirectory(candidate))
                        next.push(candidate);
                }
            }
        }
        current = [...new Set(next)];
    });
    return current.filter(hit => hit !== '').sort();
}
/** Expand one pattern relative to `cwd`; returns hits relative to `cwd`, sorted. */
function globPattern(pattern, cwd, maxEntries = MAX_GLOB_ENTRIES) {
    return expandOne(pattern, new TreeView(cwd, maxEntries));
}
/**
 * GlobbedPaths.expand(dot=False): `.` is left out, misses are kept literally. Throws
 * GlobLimitError when the patterns together examine more than `maxEntries` directory entries.
 */
function expandPatterns(patterns, cwd, maxEntries = MAX_GLOB_ENTRIES) {
    const tree = new TreeView(cwd, maxEntries);
    const expanded = [];
    const misses = [];
    for (const pattern of patterns) {
        if (pattern === '.')
            continue;
        const hits = expandOne(pattern, tree);
        if (hits.length === 0) {
            misses.push(pattern);
            expanded.push(pattern);
        }
        else
            for (const hit of hits)
                expanded.push(hit);
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
    if (value === undefined) {
        // datalad's message, then the setting that would give it a value.
        throw new PlaceholderError(`command has an unrecognized placeholder: '${name}' (datalad.run.substitutions.${name} is not set)`);
    }
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
/** The next brace from `lastIndex` on: text between braces is copied whole, not a character at a time. */
const BRACE = /[{}]/g;
/** Substitute `{name}` fields in `template`; throws PlaceholderError as Python would fail. */
function formatCommand(template, values) {
    let out = '';
    let i = 0;
    while (i < template.length) {
        BRACE.lastIndex = i;
        const brace = BRACE.exec(template);
        if (!brace) {
            out += template.slice(i);
            break;
        }
        out += template.slice(i, brace.index);
        i = brace.index;
        const ch = template[i];
        if (ch === '}') {
            if (template[i + 1] !== '}')
                throw new PlaceholderError("single '}' encountered in the command");
            out += '}';
            i += 2;
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

;// CONCATENATED MODULE: ./src/engine/execute/prepare-checkout.ts
/**
 * Bring a fresh checkout of the parent into the state the original run started from, minus
 * anything that could pass as a stale output: inputs available, unchanged declared outputs
 * removed, modified files writable, directories made.
 */






class PreparationError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'PreparationError';
    }
}
/**
 * Small file system calls here are synchronous: a few microseconds each, where a promised call
 * costs tens in its round trip through the thread pool. Content is copied with promised calls.
 */
function lstatOrNull(p) {
    return external_node_fs_default().lstatSync(p, { throwIfNoEntry: false }) ?? null;
}
/** Annexed files at or under `rel` (relative to `root`) whose content is not in the checkout. */
function missingAnnexContent(root, rel) {
    const abs = external_node_path_default().join(root, rel);
    const stat = lstatOrNull(abs);
    if (!stat)
        return [];
    if (stat.isDirectory()) {
        if (external_node_path_default().basename(abs) === '.git')
            return [];
        return external_node_fs_default().readdirSync(abs)
            .flatMap(name => missingAnnexContent(root, rel === '.' ? name : `${rel}/${name}`));
    }
    if (stat.isSymbolicLink()) {
        const key = keyFromSymlinkTarget(external_node_fs_default().readlinkSync(abs));
        if (!key || external_node_fs_default().existsSync(abs))
            return [];
        return [{ path: rel, key: key.key, pointer: false }];
    }
    if (stat.size < MAX_POINTER_SIZE) {
        const key = keyFromPointer(external_node_fs_default().readFileSync(abs));
        if (key)
            return [{ path: rel, key: key.key, pointer: true }];
    }
    return [];
}
/**
 * Get the inputs' content into the annex (as `datalad get` would), then give unlocked inputs
 * their content in place of the pointer; links into the annex resolve by themselves.
 */
async function fetchInputContent(worktree, missing, annex) {
    const failures = await annex.getKeys(new Map(missing.map(m => [m.key, m.path])));
    if (failures.length > 0) {
        const list = failures.map(f => `${f.file}: ${f.message}`).join('; ');
        throw new PreparationError(`annexed input content could not be fetched (${list})`, 'unverifiable');
    }
    for (const file of missing.filter(m => m.pointer)) {
        const content = await annex.contentOf(file.key);
        if (!('path' in content))
            throw new PreparationError(content.failure, 'unverifiable');
        const abs = external_node_path_default().join(worktree, file.path);
        const mode = (await external_node_fs_default().promises.stat(abs)).mode;
        const copy = `${abs}.rerun-action-content`;
        await external_node_fs_default().promises.copyFile(content.path, copy);
        await external_node_fs_default().promises.chmod(copy, mode & 0o777);
        await external_node_fs_default().promises.rename(copy, abs);
    }
}
/** Remove everything in a directory output except the files in `keep` (relative to the root). */
function prepare_checkout_emptyDirectory(root, rel, keep) {
    for (const entry of external_node_fs_default().readdirSync(external_node_path_default().join(root, rel))) {
        const child = `${rel}/${entry}`;
        if (keep.includes(child))
            continue;
        const abs = external_node_path_default().join(root, child);
        const keepsSome = keep.some(k => k.startsWith(`${child}/`));
        if (keepsSome && lstatOrNull(abs)?.isDirectory())
            prepare_checkout_emptyDirectory(root, child, keep);
        else
            external_node_fs_default().rmSync(abs, { recursive: true, force: true });
    }
}
/** Replace an annex symlink by a writable copy of its content, as `git annex unlock` would. */
async function unlock(abs) {
    const stat = lstatOrNull(abs);
    if (!stat?.isSymbolicLink() || !keyFromSymlinkTarget(external_node_fs_default().readlinkSync(abs)))
        return;
    const copy = `${abs}.rerun-action-unlock`;
    await external_node_fs_default().promises.copyFile(abs, copy);
    await external_node_fs_default().promises.chmod(copy, 0o644);
    await external_node_fs_default().promises.rename(copy, abs);
}
/** The deepest installed subdataset holding `p`, or null for the top dataset. */
function subdatasetHolding(installed, p) {
    let found = null;
    for (const sub of installed) {
        if (p.startsWith(`${sub.path}/`) && (!found || sub.path.length > found.path.length))
            found = sub;
    }
    return found;
}
/**
 * @param subdatasets what subdatasets.ts installed in the checkout, with the run commit's changes
 *   inside them; null when the dataset has none to consider
 */
async function prepareCheckout(worktree, commit, record, annex, subdatasets = null) {
    const installed = subdatasets?.installed ?? [];
    const changes = subdatasets?.changes ?? commit.changes;
    const pwd = rootRelative('.', record.pwd, 'pwd');
    const cwd = external_node_path_default().join(worktree, pwd);
    assertInside(worktree, cwd);
    external_node_fs_default().mkdirSync(cwd, { recursive: true });
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
    for (const p of outputPaths)
        assertTrackable(p.replace(/\/+$/, ''), 'output');
    // The final component may be an annex symlink into .git; what matters is where it sits.
    for (const p of [...inputPaths, ...outputPaths])
        assertInside(worktree, external_node_path_default().dirname(external_node_path_default().join(worktree, p)));
    const misses = [...inputs.misses, ...extraInputs.misses];
    if (misses.length > 0) {
        throw new PreparationError(`input ${misses.map(m => JSON.stringify(m)).join(', ')} matches no file in the parent commit`, 'error');
    }
    const missing = [
        ...new Set(inputPaths.flatMap(p => missingAnnexContent(worktree, p.replace(/\/+$/, '') || '.')))
    ];
    // Each subdataset has an annex of its own: content goes into the one of the dataset holding it.
    const byDataset = new Map();
    for (const m of missing) {
        const holder = subdatasetHolding(installed, m.path);
        byDataset.set(holder, [...(byDataset.get(holder) ?? []), m]);
    }
    for (const [holder, group] of byDataset) {
        const owner = holder ? holder.annex : annex;
        if (!owner) {
            const where = holder ? ` (in subdataset ${holder.path}, which has no annex)` : '';
            throw new PreparationError(`annexed input ${group[0]?.path} has no content here${where} and git-annex is not available`, 'unverifiable');
        }
        await fetchInputContent(worktree, group, owner);
    }
    // An input of "everything" (`.`, or a pwd-relative path that comes to the root) protects
    // nothing: stale outputs must still go.
    const protectedInputs = inputPaths
        .map(p => p.replace(/\/+$/, ''))
        .filter(p => p !== '.' && p !== '');
    const isInput = (p) => protectedInputs.some(i => p === i || p.startsWith(`${i}/`));
    // Files the run commit modified keep the parent's content, as `datalad rerun` has them: a
    // command that edits in place (`sed -i`, `>>`) needs it, and one that no longer touches them
    // leaves bytes that differ from the committed ones by definition. Declared outputs the run
    // commit left unchanged are removed: a command that stopped writing them must not pass on the
    // parent's copy. Files the commit added are not in the parent at all.
    const modifiedByRun = changes.filter(c => c.status === 'M' || c.status === 'T').map(c => c.path);
    const keptModified = new Set(modifiedByRun);
    // Files the run commit deleted stay for the command to delete (`rm` of a missing file fails);
    // if it no longer deletes them, the comparison reports them as still there.
    const deletedByRun = changes.filter(c => c.status === 'D').map(c => c.path);
    // A directory output holding a subdataset is emptied, but its repository stays.
    const subdatasetRepositories = installed.map(sub => `${sub.path}/.git`);
    const removed = [];
    for (const rel of new Set(outputPaths.map(p => p.replace(/\/+$/, '')))) {
        if (rel === '' || rel === '.' || deletedByRun.includes(rel) || keptModified.has(rel))
            continue;
        const abs = external_node_path_default().join(worktree, rel);
        assertInside(worktree, external_node_path_default().dirname(abs));
        const stat = lstatOrNull(abs);
        if (!stat)
            continue;
        if (isInput(rel)) {
            // An input that is also an output is changed in place: keep it, but make it writable.
            await unlock(abs);
        }
        else if (stat.isDirectory()) {
            // Inputs and modified files inside a directory output are still needed by the command.
            prepare_checkout_emptyDirectory(worktree, rel, [
                ...deletedByRun,
                ...protectedInputs,
                ...modifiedByRun,
                ...subdatasetRepositories
            ]);
        }
        else {
            external_node_fs_default().rmSync(abs, { force: true });
            removed.push(rel);
        }
    }
    for (const rel of modifiedByRun) {
        const abs = external_node_path_default().join(worktree, rel);
        assertInside(worktree, external_node_path_default().dirname(abs));
        // Writable for an in-place edit, where the annexed content is here to copy.
        if (external_node_fs_default().existsSync(abs))
            await unlock(abs);
    }
    // git does not track empty directories, yet the original run may have relied on one.
    for (const spec of record.outputs) {
        const parent = literalParent(toRoot(spec, 'output').replace(/\/+$/, '/x'));
        if (parent === '' || parent === '.')
            continue;
        const abs = external_node_path_default().join(worktree, parent);
        assertInside(worktree, abs);
        external_node_fs_default().mkdirSync(abs, { recursive: true });
    }
    return {
        cwd,
        inputs: inputs.expanded.map(shellQuote),
        outputs: outputs.expanded.map(shellQuote),
        removed
    };
}

;// CONCATENATED MODULE: ./src/engine/execute/missing-program.ts
/**
 * When a replayed command fails because a program it calls is not installed here — typically the
 * container runtime of a `datalad containers-run` record (singularity, apptainer, docker), or an
 * interpreter whose path the record has baked in — name that program, so that the report says
 * what to install instead of only "exited with 127". Pure: the output tail and exit code in, a
 * name out.
 */
/** The shell's exit code for "command not found" (POSIX). */
const NOT_FOUND_EXIT = 127;
/**
 * How shells and `env` say that a program is not there, each capturing its name:
 * dash (Debian's /bin/sh) `/bin/sh: 1: singularity: not found`; busybox `sh: singularity: not
 * found`; bash `bash: line 1: singularity: command not found` (also pyenv's shims); zsh
 * `zsh:1: command not found: singularity`; bash ≥ 5.1 for a script whose `#!` interpreter is
 * missing `bash: ./run.sh: cannot execute: required file not found`; GNU env `env: ‘python’: No
 * such file or directory`.
 */
const PATTERNS = [
    /^\S*sh: (?:\d+: )?(?:exec: )?(.+?): not found$/,
    /: (?:line \d+: )?(.+?): command not found$/,
    /command not found: (.+)$/,
    /^\S*sh: (?:line \d+: )?(.+?): cannot execute: required file not found$/,
    /^\S*env: [‘'"]?(.+?)[’'"]?: No such file or directory$/
];
/** Longer than any program name: a line that long is not a shell's complaint. */
const MAX_NAME_LENGTH = 512;
/**
 * The program the shell could not find, or null. Only for exit code 127, and from the last line
 * of the output that says so: the one that ended the command.
 */
function missingProgram(tail, exitCode) {
    if (exitCode !== NOT_FOUND_EXIT)
        return null;
    const lines = tail.split(/\r?\n/);
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = (lines[i] ?? '').trim();
        for (const pattern of PATTERNS) {
            const name = pattern.exec(line)?.[1]?.trim();
            if (name && name.length <= MAX_NAME_LENGTH)
                return name;
        }
    }
    return null;
}
/** What to install for the container runtimes that `datalad containers-run` records call. */
const CONTAINER_RUNTIMES = {
    singularity: 'a container runtime (as `datalad containers-run` records call): install Apptainer, which provides `singularity`, or SingularityCE',
    apptainer: 'a container runtime (as `datalad containers-run` records call): install Apptainer',
    docker: 'a container runtime (as `datalad containers-run` records call): install Docker',
    podman: 'a container runtime: install Podman'
};
/**
 * The sentence a `failed` reason ends with when a program was not found (starting with `; `), or
 * '' when none was: for `judge()` in replay-commit.ts.
 */
function missingProgramNote(tail, exitCode) {
    const name = missingProgram(tail, exitCode);
    if (name === null)
        return '';
    const base = name.split('/').pop() ?? name;
    const runtime = CONTAINER_RUNTIMES[base];
    if (runtime)
        return `; the program ${JSON.stringify(name)} was not found: ${runtime}`;
    if (name.includes('/')) {
        return `; ${JSON.stringify(name)} was not found: the record names this path, which does not exist here (or it is a script whose #! interpreter is missing)`;
    }
    return `; the program ${JSON.stringify(name)} was not found: install it, or put it on PATH`;
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
function judge(record, run, outputs, timeoutSeconds, removed) {
    if (run.aborted)
        return { status: 'error', reason: 'cancelled before the command finished' };
    if (run.timedOut)
        return { status: 'failed', reason: `timed out after ${timeoutSeconds} s` };
    if (!sameExit(run.exitCode, record.exit)) {
        // A command that read a declared output the run commit left unchanged finds it gone.
        const named = removed.filter(p => run.tail.includes(p));
        const note = named.length > 0
            ? `; rerun-action removed ${named.join(', ')} before the command ran (a declared output the run commit left unchanged), and the command's output names it`
            : '';
        return {
            status: 'failed',
            reason: `command exited with ${run.exitCode ?? 'no code'}, the record says ${record.exit}${note}${missingProgramNote(run.tail, run.exitCode)}`
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
        const file = entryInside(worktree, rel);
        const stat = file ? external_node_fs_default().lstatSync(file, { throwIfNoEntry: false }) : undefined;
        prints.set(rel, file && stat?.isFile()
            ? ((await digestFile(file, ['sha256'])).digests.get('sha256') ?? '')
            : 'absent');
    }
    return prints;
}
/**
 * A command may move its checkout away and put a link to the user's repository (or anything else)
 * in its place: what is there then is not what the command left in the checkout.
 */
function assertSameDirectory(dir, before) {
    const now = external_node_fs_default().lstatSync(dir, { bigint: true, throwIfNoEntry: false });
    if (!now?.isDirectory() || now.ino !== before.ino || now.dev !== before.dev)
        throw new CheckoutWalkError(`the command replaced its checkout directory (${now?.isSymbolicLink() ? 'by a symbolic link' : now ? 'by another one' : 'it is gone'}): its outputs cannot be judged`);
}
/**
 * The run commit's side of the comparison, read while the command runs: the entries of the files
 * the commit changed and the blobs the comparison reads of them (links, pointers, small files),
 * kept by the object store, where compareOutputs finds them once the command has ended instead
 * of waiting on git for each in turn. Nothing a command does reaches the objects.
 */
async function readCommittedAhead(git, commit) {
    const changed = commit.changes.filter(change => change.status !== 'D').map(change => change.path);
    const entries = await git.listTree(commit.sha, changed);
    await git.readBlobs(entries.filter(needsBlob).map(entry => entry.object));
}
/** One execution on a checkout of the parent; throws PreparationError and friends. */
async function execute(context, commit, record, onCommand) {
    const { git, annex, workspace, settings } = context;
    const annexDir = annex ? await annex.annexPath() : null;
    const checkout = await workspace.checkout(git, commit.parents[0] ?? '', annexDir);
    // The checkout is kept for the next execution only once nothing the command started can run;
    // what the walk after the command found is then what the next execution restores from.
    let finished = false;
    let left;
    try {
        const hierarchy = context.subdatasets
            ? await context.subdatasets.prepare(checkout.dir, commit, record)
            : null;
        const prepared = await prepareCheckout(checkout.dir, commit, record, annex, hierarchy);
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
        const env = {
            ...settings.environment,
            TMPDIR: checkout.scratch,
            // Tools that honour it (reproducible-builds.org) stop embedding the current time.
            SOURCE_DATE_EPOCH: String(commit.committedAt)
        };
        // Only a head start: the comparison reads whatever this did not.
        const readAhead = readCommittedAhead(git, commit).catch(() => undefined);
        // What the command changes is judged against this, taken by rerun-action itself.
        const before = await takeSnapshot(checkout.dir);
        const root = external_node_fs_default().lstatSync(checkout.dir, { bigint: true });
        await settle(before, checkout.own);
        const run = await runShellCommand(command, {
            cwd: prepared.cwd,
            env,
            timeoutMs: settings.timeoutSeconds * 1000,
            tailBytes: settings.tailBytes,
            signal: settings.signal,
            launcher: settings.isolation?.launcherFor({
                writable: checkout.worker,
                ...settings.visibility
            }),
            confine: checkout.worker
        });
        // An isolated command's processes all died with its PID namespace.
        finished = settings.isolation !== undefined && !run.aborted;
        if (run.aborted)
            return { command, run, outputs: [], fingerprints: new Map(), removed: prepared.removed };
        assertSameDirectory(checkout.dir, root);
        const after = await changedSince(checkout.dir, before);
        left = after.entries;
        const rerunChanges = after.paths;
        const pwd = rootRelative('.', record.pwd, 'pwd');
        const declared = expandPatterns(record.outputs, prepared.cwd).expanded.map(p => rootRelative(pwd, p, 'output'));
        await readAhead;
        const outputs = await compareOutputs({
            git,
            annex,
            annexObjects: annex ? await annex.objectsDir() : null,
            worktree: checkout.dir,
            runCommit: commit.sha,
            rerunChanges,
            declared,
            changes: hierarchy?.changes ?? commit.changes,
            subdatasets: hierarchy?.committed,
            excluded: new Set(commit.source?.kind === 'sidecar' ? [commit.source.path] : []),
            rules: settings.rules,
            scratch: checkout.own
        });
        const fingerprints = settings.repeat > 1
            ? await fingerprint(checkout.dir, outputs.map(o => o.path))
            : new Map();
        return { command, run, outputs, fingerprints, removed: prepared.removed };
    }
    finally {
        await workspace.release(checkout, finished, left);
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
        let { status, reason } = judge(record, run, outputs, settings.timeoutSeconds, first.removed);
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
        if (e instanceof UnsafePathError ||
            e instanceof PlaceholderError ||
            e instanceof CheckoutWalkError)
            return failure('error', e.message);
        const message = (0,errors/* messageOf */.b)(e);
        return failure('error', `rerun-action could not verify this commit: ${message}`);
    }
}

;// CONCATENATED MODULE: ./src/engine/execute/subdatasets.ts
/**
 * Subdatasets (docs/datalad-run-records.md §10). A replay's checkout gets, at the gitlinks of the
 * parent commit, every subdataset (recursively) that the record's paths or pwd reach, or whose
 * gitlink the run commit changes; each is a repository written by hand into its (empty) gitlink
 * directory, like the top checkout, borrowing the objects of a source:
 *
 * 1. the subdataset installed in the user's clone (`<path>/.git`), or `.git/modules/<name>`;
 * 2. a clone of rerun-action's own, in its temp space, from the URLs `.gitmodules` names at that
 *    commit (relative ones resolved against the parent dataset's remotes, as datalad does;
 *    `url.<base>.insteadOf` of the user's repository honoured).
 *
 * The user's clone is only ever read. Annexed content goes into a private annex per subdataset
 * (private-clone.ts), with what the user's installed subdataset already holds copied in first.
 * The run commit's gitlink changes become the file changes inside the subdatasets, so outputs
 * written into them are compared file by file against the commit the new gitlink names.
 */










const GITLINK = '160000';
function subdatasets_short(sha) {
    return sha.slice(0, 8);
}
/** A change as the rest of the engine sees it, at its path from the top dataset's root. */
function changeAt(change, p) {
    const { status, mode, object } = change;
    return status === 'D' ? { status, path: p } : { status, path: p, mode, object };
}
function join(prefix, rel) {
    return prefix === '' ? rel : `${prefix}/${rel}`;
}
/** The last line git printed, for a reason. */
function lastLine(text) {
    const lines = text.toString('utf8').trim().split('\n');
    return (lines[lines.length - 1] ?? '').trim() || 'failed';
}
/**
 * The sections of a `.gitmodules` file. A path that leaves the dataset or enters a `.git`, or a
 * URL that git would take for an option, makes the whole file invalid.
 */
function parseGitmodules(entries) {
    const byName = new Map();
    for (const { key, value } of entries) {
        if (!key.startsWith('submodule.'))
            continue;
        const dot = key.lastIndexOf('.');
        if (dot <= 'submodule.'.length)
            continue;
        const name = key.slice('submodule.'.length, dot);
        const entry = byName.get(name) ?? { name, path: '', url: null, dataladUrl: null };
        const variable = key.slice(dot + 1);
        if (variable === 'path')
            entry.path = value;
        else if (variable === 'url')
            entry.url = value;
        else if (variable === 'datalad-url')
            entry.dataladUrl = value;
        byName.set(name, entry);
    }
    const valid = [];
    for (const entry of byName.values()) {
        if (entry.path === '')
            continue;
        const clean = external_node_path_default().posix.normalize(entry.path).replace(/\/+$/, '');
        const parts = clean.split('/');
        if (external_node_path_default().posix.isAbsolute(clean) ||
            clean === '.' ||
            parts.includes('..') ||
            parts.includes('.git') ||
            clean.includes('\n')) {
            throw new Error(`submodule ${JSON.stringify(entry.name)} has path ${JSON.stringify(entry.path)}, which is not a path inside the dataset`);
        }
        for (const url of [entry.url, entry.dataladUrl]) {
            if (url?.startsWith('-'))
                throw new Error(`submodule ${JSON.stringify(entry.name)} has URL ${JSON.stringify(url)}, which git would take for an option`);
        }
        valid.push({ ...entry, path: clean });
    }
    return valid;
}
/**
 * `relative` resolved against a remote URL as datalad does (`_get_flexible_source_candidates`): a
 * trailing `/.git` comes off the base, the paths are joined and normalised, and `/.git` goes back.
 */
function resolveAgainst(base, relative) {
    let root = base.replace(/\/+$/, '');
    const dotGit = root.endsWith('/.git');
    if (dotGit)
        root = root.slice(0, -'/.git'.length);
    const withScheme = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i.exec(root);
    const colon = root.indexOf(':');
    const slash = root.indexOf('/');
    let joined;
    if (withScheme) {
        joined =
            (withScheme[1] ?? '') + external_node_path_default().posix.normalize(external_node_path_default().posix.join(withScheme[2] || '/', relative));
    }
    else if (colon > 0 && (slash < 0 || colon < slash)) {
        // scp-like `host:path`
        joined =
            root.slice(0, colon + 1) +
                external_node_path_default().posix.normalize(external_node_path_default().posix.join(root.slice(colon + 1) || '.', relative));
    }
    else {
        joined = external_node_path_default().posix.normalize(external_node_path_default().posix.join(root, relative));
    }
    return dotGit ? `${joined}/.git` : joined;
}
/** Whether a record path (globs allowed) may name something at, in or above `sub`. */
function overlaps(spec, sub) {
    const parts = spec.split('/').filter(part => part !== '' && part !== '.');
    // `.` is "everything" for datalad, which still installs no subdataset for it.
    if (parts.length === 0)
        return false;
    const subParts = sub.split('/');
    for (let i = 0; i < Math.min(parts.length, subParts.length); i++) {
        const part = parts[i] ?? '';
        if (part === '**')
            return true;
        const name = subParts[i] ?? '';
        if (hasMagic(part) ? !fnmatch(name, part) : part !== name)
            return false;
    }
    return true;
}
function within(p, dir) {
    return p === dir || p.startsWith(`${dir}/`);
}
/** A URL that carries credentials: never used to rewrite another (its token would be cloned into view). */
function carriesCredentials(url) {
    const match = /^([a-z][a-z0-9+.-]*):\/\/([^/@]*)@/i.exec(url);
    if (!match)
        return false;
    return /^https?$/i.test(match[1] ?? '') || (match[2] ?? '').includes(':');
}
/** `url.<base>.insteadOf` rules of a repository's own config (keys canonical, as git prints them). */
function insteadOfRules(entries) {
    return entries
        .filter(({ key }) => /^url\..*\.insteadof$/.test(key))
        .map(({ key, value }) => ({
        base: key.slice('url.'.length, -'.insteadof'.length),
        prefix: value
    }))
        .filter(rule => rule.prefix !== '' && !carriesCredentials(rule.base));
}
/** A URL rewritten by the longest matching `insteadOf`, as git and datalad do. */
function rewrite(url, rules) {
    let best = null;
    for (const rule of rules) {
        if (url.startsWith(rule.prefix) && (!best || rule.prefix.length > best.prefix.length))
            best = rule;
    }
    return best ? best.base + url.slice(best.prefix.length) : url;
}
/** The remote URLs of a repository, `origin` first; relative paths resolved against `base`. */
async function remoteUrls(cwd, base) {
    return originFirst(await remoteUrlEntries(cwd, base));
}
function originFirst(entries) {
    const ordered = [
        ...entries.filter(e => e.key === 'remote.origin.url'),
        ...entries.filter(e => e.key !== 'remote.origin.url')
    ];
    return ordered.map(({ value }) => value);
}
/**
 * Protocols git may clone a subdataset over: the ones datalad uses. `ext::` and the like, which
 * run programs, are refused whatever `.gitmodules` says; ssh never prompts.
 */
const CLONE_OPTIONS = [
    '-c',
    'protocol.allow=never',
    ...['file', 'http', 'https', 'ssh', 'git'].flatMap(p => ['-c', `protocol.${p}.allow=always`]),
    '-c',
    'core.sshCommand=ssh -o BatchMode=yes',
    // A server that stops sending fails the clone instead of holding the replay.
    '-c',
    'http.lowSpeedLimit=1',
    '-c',
    'http.lowSpeedTime=120'
];
/** The subdatasets of one verification: their sources, found once and shared by every replay. */
class SubdatasetRegistry {
    top;
    dir;
    rewrites;
    onFetched;
    sources = new Map();
    located = new Map();
    annexes = new Map();
    modules = new Map();
    clones = 0;
    constructor(top, 
    /** rerun-action's own clones and private annexes; removed with the workspace. */
    dir, rewrites, onFetched) {
        this.top = top;
        this.dir = dir;
        this.rewrites = rewrites;
        this.onFetched = onFetched;
    }
    static async open(git, dir, onFetched) {
        const root = git.root;
        const [gitDir, config] = await Promise.all([git.gitCommonDir(), git.configEntries()]);
        const remotes = originFirst(remoteUrlsOf(config, root));
        return new SubdatasetRegistry({ git, root, gitDir, remotes }, dir, insteadOfRules(config), onFetched);
    }
    made;
    /**
     * Made with the first clone: a directory that exists is one more read-only path to set up for
     * every isolated command, and most datasets have no subdatasets.
     */
    ownDir() {
        this.made ??= external_node_fs_default().promises.mkdir(this.dir, { recursive: true });
        return this.made;
    }
    /**
     * Install what the replay of `commit` needs into its checkout of the parent, and work out the
     * run commit's changes inside subdatasets. Throws PreparationError: `unverifiable` when a
     * subdataset the record reaches cannot be had, `error` for an invalid `.gitmodules`.
     */
    async prepare(checkoutDir, commit, record) {
        const parent = commit.parents[0] ?? '';
        const top = { prefix: '', git: this.top.git, source: null };
        const expansion = { changes: [], committed: new Map(), removed: new Set() };
        await this.expand(top, parent, commit.sha, commit.changes, expansion);
        const pwd = rootRelative('.', record.pwd, 'pwd');
        const targets = [
            ...record.inputs.map(p => rootRelative(pwd, p, 'input')),
            ...record.extraInputs.map(p => rootRelative(pwd, p, 'extra input')),
            ...record.outputs.map(p => rootRelative(pwd, p, 'output'))
        ].map(p => ({ path: p.replace(/\/+$/, ''), kind: 'spec' }));
        targets.push({ path: pwd, kind: 'pwd' });
        for (const change of expansion.changes)
            targets.push({ path: change.path, kind: 'change' });
        const installed = await this.install(checkoutDir, top, parent, targets);
        const committed = new Map();
        for (const sub of installed) {
            if ([...expansion.removed].some(r => within(sub.path, r)))
                continue;
            committed.set(sub.path, {
                path: sub.path,
                commit: sub.commit,
                git: sub.source.git,
                annex: sub.annex,
                annexObjects: sub.annex ? await sub.annex.objectsDir() : null
            });
        }
        for (const [p, state] of expansion.committed) {
            if ('unavailable' in state) {
                committed.set(p, { path: p, unavailable: state.unavailable });
                continue;
            }
            const annex = await this.annexOf(state.source, p);
            // A regenerated annex link resolves through the checkout's `.git/annex`: the installed one.
            const inCheckout = installed.find(sub => sub.path === p)?.annex ?? annex;
            committed.set(p, {
                path: p,
                commit: state.commit,
                git: state.source.git,
                annex,
                annexObjects: inCheckout ? await inCheckout.objectsDir() : null
            });
        }
        return { installed, changes: expansion.changes, committed: [...committed.values()] };
    }
    /** Stop the object readers of every source. */
    async close() {
        for (const pending of this.sources.values()) {
            const source = await pending.catch(() => null);
            if (source && typeof source !== 'string')
                source.git.close();
        }
    }
    /**
     * Replace each gitlink change of `changes` (between `from` and `to` of `level`) by the file
     * changes inside that subdataset, recursively. A gitlink whose commits no source provides stays
     * as it is, with the reason.
     */
    async expand(level, from, to, changes, out) {
        for (const change of changes) {
            const p = join(level.prefix, change.path);
            const linkNow = change.mode === GITLINK;
            if (!linkNow && change.status !== 'D' && change.status !== 'T') {
                out.changes.push(changeAt(change, p));
                continue;
            }
            let before = change.previousMode === undefined
                ? null
                : { mode: change.previousMode, object: change.previousObject ?? '' };
            if (!before && from && change.status !== 'A')
                before = await level.git.entryAt(from, change.path);
            const linkBefore = before?.mode === GITLINK;
            if (!linkNow && !linkBefore) {
                out.changes.push(changeAt(change, p));
                continue;
            }
            if (change.status === 'T') {
                out.changes.push(changeAt(change, p));
                out.committed.set(p, {
                    unavailable: `${p} changed between a file and a subdataset; rerun-action compares neither`
                });
                continue;
            }
            const oldLink = linkBefore ? (before?.object ?? null) : null;
            const newLink = linkNow ? (change.object ?? null) : null;
            const located = await this.locateBoth(level, from, to, change.path, oldLink, newLink);
            if ('unavailable' in located) {
                out.changes.push(changeAt(change, p));
                out.committed.set(p, located);
                continue;
            }
            const { source } = located;
            const sub = { prefix: p, git: source.git, source };
            await this.expand(sub, oldLink, newLink, await source.git.diffCommits(oldLink, newLink), out);
            if (newLink)
                out.committed.set(p, { commit: newLink, source });
            else
                out.removed.add(p);
        }
    }
    /** A source holding both ends of a gitlink change (either may be null: added, removed). */
    async locateBoth(level, from, to, rel, oldLink, newLink) {
        const p = join(level.prefix, rel);
        const wanted = [newLink, oldLink].filter((sha) => sha !== null);
        let first = null;
        for (const [sha, commit] of [
            [newLink, to],
            [oldLink, from]
        ]) {
            if (!sha || !commit)
                continue;
            const entry = await this.entryFor(level, commit, rel);
            const located = await this.locate(level, entry, p, sha);
            first ??= located;
            if ('unavailable' in located)
                continue;
            let all = true;
            for (const other of wanted)
                all &&= await this.holds(located.source, other);
            if (all)
                return located;
        }
        if (first && 'unavailable' in first)
            return first;
        return {
            unavailable: `subdataset ${p}: no source holds both ${wanted.map(subdatasets_short).join(' and ')}, so what the run commit changed in it cannot be compared`
        };
    }
    /** Whether a source has a commit, fetched by id into a clone of rerun-action's own if need be. */
    async holds(source, commit) {
        if (await source.git.resolveCommit(commit))
            return true;
        if (!source.ownClone)
            return false;
        await runGit([...CLONE_OPTIONS, 'fetch', '--quiet', 'origin', commit], {
            cwd: external_node_path_default().dirname(source.gitDir)
        });
        return (await source.git.resolveCommit(commit)) !== null;
    }
    /** The `.gitmodules` entries of a dataset at a commit; an Error when the file is invalid. */
    async gitmodules(level, commit) {
        const file = await level.git.entryAt(commit, '.gitmodules');
        if (!file || file.type !== 'blob')
            return [];
        // Parsed once per distinct file: most commits share their parent's .gitmodules.
        const key = `${level.source?.gitDir ?? ''}\0${file.object}`;
        let entries = this.modules.get(key);
        if (!entries) {
            entries = level.git
                .configEntriesOfBlob(file.object)
                .then(parseGitmodules)
                .catch((e) => (e instanceof Error ? e : new Error(String(e))));
            this.modules.set(key, entries);
        }
        const parsed = await entries;
        if (!(parsed instanceof Error))
            return parsed;
        const where = level.prefix === '' ? '' : ` of subdataset ${level.prefix}`;
        return new Error(`.gitmodules${where} at ${subdatasets_short(commit)} is invalid: ${parsed.message}`);
    }
    /** The `.gitmodules` entry for the gitlink at `rel`; one without a URL when none names it. */
    async entryFor(level, commit, rel) {
        const entries = await this.gitmodules(level, commit);
        if (entries instanceof Error)
            throw new PreparationError(entries.message, 'error');
        return (entries.find(entry => entry.path === rel) ?? {
            name: rel,
            path: rel,
            url: null,
            dataladUrl: null
        });
    }
    /** Breadth first from the top: each reached subdataset, then what it registers. */
    async install(checkoutDir, top, parent, targets) {
        const installed = [];
        const queue = [{ level: top, commit: parent }];
        for (let item = queue.shift(); item; item = queue.shift()) {
            const { level, commit } = item;
            for (const reached of await this.reached(level, commit, targets)) {
                const located = await this.locate(level, reached.entry, reached.path, reached.gitlink);
                if ('unavailable' in located) {
                    if (reached.required)
                        throw new PreparationError(located.unavailable, 'unverifiable');
                    continue;
                }
                const { source } = located;
                const annex = await this.annexOf(source, reached.path);
                const dir = external_node_path_default().join(checkoutDir, reached.path);
                assertInside(checkoutDir, dir);
                await writeCheckout(dir, reached.gitlink, {
                    objects: external_node_path_default().join(source.gitDir, 'objects'),
                    annexDir: annex ? await annex.annexPath() : null,
                    sha256: (await source.git.objectFormat()) === 'sha256'
                });
                installed.push({ path: reached.path, commit: reached.gitlink, source, annex });
                queue.push({
                    level: { prefix: reached.path, git: source.git, source },
                    commit: reached.gitlink
                });
            }
        }
        return installed;
    }
    /** The subdatasets of `level` at `commit` that the targets reach, with their gitlinks. */
    async reached(level, commit, targets) {
        const relevant = targets.filter(t => level.prefix === '' || within(t.path, level.prefix));
        if (relevant.length === 0)
            return [];
        const entries = await this.gitmodules(level, commit);
        // Gitlinks on the literal part of the record's paths, registered in .gitmodules or not.
        const crossed = await this.gitlinksOnPaths(level, commit, relevant);
        if (entries instanceof Error) {
            if (crossed.size > 0)
                throw new PreparationError(entries.message, 'error');
            return [];
        }
        const candidates = [...entries];
        for (const rel of crossed) {
            if (!entries.some(entry => entry.path === rel))
                candidates.push({ name: rel, path: rel, url: null, dataladUrl: null });
        }
        const found = [];
        for (const entry of candidates) {
            const p = join(level.prefix, entry.path);
            const by = relevant.filter(t => (t.kind === 'spec' ? overlaps(t.path, p) : within(t.path, p)));
            if (by.length === 0)
                continue;
            const gitlink = await level.git.entryAt(commit, entry.path);
            if (gitlink?.mode !== GITLINK)
                continue;
            found.push({
                entry,
                path: p,
                gitlink: gitlink.object,
                required: by.some(t => t.kind !== 'change')
            });
        }
        return found;
    }
    /** Gitlinks (relative to `level`) that the record's paths or pwd pass through or name. */
    async gitlinksOnPaths(level, commit, targets) {
        const found = new Set();
        for (const target of targets) {
            if (target.kind === 'change')
                continue;
            const rel = level.prefix === '' ? target.path : target.path.slice(level.prefix.length + 1);
            const parts = rel.split('/').filter(part => part !== '' && part !== '.');
            const literal = parts.findIndex(hasMagic);
            const walked = literal < 0 ? parts : parts.slice(0, literal);
            for (let i = 1; i <= walked.length; i++) {
                const prefix = walked.slice(0, i).join('/');
                const entry = await level.git.entryAt(commit, prefix);
                if (entry?.mode === GITLINK)
                    found.add(prefix);
                if (entry?.type !== 'tree')
                    break;
            }
        }
        return found;
    }
    /** Where a subdataset's commit can be had, the user's clone first; memoised per verification. */
    locate(level, entry, p, commit) {
        const key = `${level.source?.gitDir ?? ''}\0${p}\0${commit}`;
        let located = this.located.get(key);
        if (!located) {
            located = this.search(level, entry, p, commit);
            this.located.set(key, located);
        }
        return located;
    }
    async search(level, entry, p, commit) {
        const tried = [];
        const inClone = external_node_path_default().join(this.top.root, p);
        const clonePlace = `your clone's ${p}`;
        const installedDir = await this.installedGitDir(inClone);
        if (installedDir) {
            const found = await this.tryLocal(installedDir, inClone, clonePlace, commit, tried);
            if (found)
                return found;
        }
        else
            tried.push(`${clonePlace} (not installed)`);
        const parentGitDir = level.source ? level.source.gitDir : this.top.gitDir;
        const nameParts = entry.name.split('/');
        if (!level.source?.ownClone && !nameParts.includes('..') && !external_node_path_default().isAbsolute(entry.name)) {
            const modules = external_node_path_default().join(parentGitDir, 'modules', entry.name);
            if (external_node_fs_default().existsSync(modules)) {
                const found = await this.tryLocal(modules, null, modules, commit, tried);
                if (found)
                    return found;
            }
            else
                tried.push(`${modules} (absent)`);
        }
        for (const url of this.candidateUrls(level, entry, inClone)) {
            if (url.startsWith('ria+')) {
                tried.push(`${url} (a RIA store URL, which rerun-action does not clone)`);
                continue;
            }
            const source = await this.cloneOf(url);
            if (typeof source === 'string')
                tried.push(`${url} (${source})`);
            else if (await this.holds(source, commit))
                return { source };
            else
                tried.push(`${url} (has no commit ${subdatasets_short(commit)})`);
        }
        if (!entry.url && !entry.dataladUrl)
            tried.push('no URL: .gitmodules does not register it');
        return {
            unavailable: `subdataset ${p} (commit ${subdatasets_short(commit)}) is not available from any source; tried: ${tried.join('; ')}`
        };
    }
    async tryLocal(gitDir, userPath, label, commit, tried) {
        const source = await this.localSource(gitDir, userPath, label);
        if (typeof source === 'string')
            tried.push(`${label} (${source})`);
        else if (await source.git.resolveCommit(commit))
            return { source };
        else
            tried.push(`${label} (has no commit ${subdatasets_short(commit)})`);
        return null;
    }
    /**
     * The git directory of a subdataset installed in the user's clone at `dir`, reached through
     * real directories only (never a symlink out of the clone), or null.
     */
    async installedGitDir(dir) {
        const real = await external_node_fs_default().promises.realpath(dir).catch(() => null);
        const root = await external_node_fs_default().promises.realpath(this.top.root).catch(() => null);
        if (!real || !root || real !== external_node_path_default().join(root, external_node_path_default().relative(this.top.root, dir)))
            return null;
        const dotGit = external_node_path_default().join(dir, '.git');
        const stat = await external_node_fs_default().promises.lstat(dotGit).catch(() => null);
        if (stat?.isDirectory())
            return dotGit;
        if (!stat?.isFile() || stat.size > 4096)
            return null;
        const match = /^gitdir: (.+)$/m.exec(await external_node_fs_default().promises.readFile(dotGit, 'utf8'));
        return match?.[1] ? external_node_path_default().resolve(dir, match[1].trim()) : null;
    }
    /** Candidate URLs in datalad's order of cost (§10.2), rewritten by `insteadOf`, each once. */
    candidateUrls(level, entry, inClone) {
        const remotes = level.source ? level.source.remotes : this.top.remotes;
        const own = level.source ? level.source.userPath : this.top.root;
        const urls = [];
        const { url, dataladUrl } = entry;
        if (dataladUrl) {
            if (!isRelativePath(dataladUrl))
                urls.push(dataladUrl);
            // datalad hands a relative one to git clone, run from the superdataset's root.
            else if (own)
                urls.push(external_node_path_default().resolve(own, dataladUrl));
        }
        if (url) {
            if (!isRelativePath(url))
                urls.push(url);
            else
                for (const remote of remotes)
                    urls.push(resolveAgainst(remote, url));
        }
        for (const remote of remotes)
            urls.push(resolveAgainst(remote, entry.path));
        if (url && isRelativePath(url) && own)
            urls.push(external_node_path_default().resolve(own, url));
        const unique = [...new Set(urls.map(u => rewrite(u, this.rewrites)))];
        // The installed subdataset in the user's clone was tried already.
        return unique.filter(u => external_node_path_default().resolve(u) !== inClone);
    }
    localSource(gitDir, userPath, label) {
        let source = this.sources.get(gitDir);
        if (!source) {
            source = (async () => {
                let git;
                try {
                    git = await GitCli.open(gitDir);
                }
                catch {
                    return 'not a git repository';
                }
                const remotes = await remoteUrls(gitDir, userPath ?? gitDir);
                return { label, gitDir, git, remotes, userPath, ownClone: false };
            })();
            this.sources.set(gitDir, source);
        }
        return source;
    }
    /** A clone of rerun-action's own from `url`, in its temp space; or why there is none. */
    cloneOf(url) {
        let source = this.sources.get(`url:${url}`);
        if (!source) {
            source = (async () => {
                await this.ownDir();
                const dir = external_node_path_default().join(this.dir, `clone-${++this.clones}`);
                const result = await runGit([...CLONE_OPTIONS, 'clone', '--quiet', '--no-checkout', '--', url, dir], { cwd: this.dir });
                if (result.code !== 0) {
                    await removeTree(dir);
                    return `clone failed: ${lastLine(result.stderr)}`;
                }
                const git = await GitCli.open(dir);
                return {
                    label: url,
                    gitDir: external_node_path_default().join(dir, '.git'),
                    git,
                    remotes: [url],
                    userPath: null,
                    ownClone: true
                };
            })();
            this.sources.set(`url:${url}`, source);
        }
        return source;
    }
    /**
     * The annex a subdataset's checkouts lead to: a private clone of its source in rerun-action's
     * temp space (the user's subdataset is never initialised or written), or null without git-annex.
     */
    annexOf(source, p) {
        let annex = this.annexes.get(source);
        if (!annex) {
            annex = (async () => {
                if (!(await usesAnnex(source.git)))
                    return null;
                if (!(await annexInstalled())) {
                    throw new PreparationError(`subdataset ${p} uses git-annex, which is not installed`, 'unverifiable');
                }
                const from = source.userPath ?? (source.ownClone ? external_node_path_default().dirname(source.gitDir) : source.gitDir);
                await this.ownDir();
                const clone = await createPrivateClone(from, privateCloneDir(this.dir), {
                    sourceAnnexBranch: true
                });
                const borrow = source.ownClone ? null : external_node_path_default().join(source.gitDir, 'annex', 'objects');
                return new AnnexRepository(clone, this.onFetched, borrow);
            })();
            this.annexes.set(source, annex);
        }
        return annex;
    }
}

;// CONCATENATED MODULE: ./src/engine/records/run-record.ts


/**
 * datalad's pattern, `\[DATALAD RUNCMD\] (.*)=== Do not change lines below ===\n(.*)\n\^\^\^
 * Do not change lines above \^\^\^` (re.match, DOTALL), is not run as a regular expression: its
 * greedy groups backtrack over every start marker for every end marker, which is quadratic in a
 * message of repeated markers. parseRunMessage finds the same match with two scans instead.
 */
const RECORD_START = '=== Do not change lines below ===\n';
const RECORD_END = '\n^^^ Do not change lines above ^^^';
/** The largest record (inline JSON, or a sidecar's decompressed content) that is decoded. */
const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** The most paths a record may list in inputs, extra_inputs and outputs together. */
const MAX_RECORD_PATHS = 1_000_000;
/** A record that cannot be used; `message` says precisely why. */
class RecordError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RecordError';
    }
}
/** Cheap pre-filter before the parse, for long histories of mostly non-run commits. */
const RUN_MESSAGE_TAG = '[DATALAD RUNCMD] ';
function looksLikeRunMessage(message) {
    return message.startsWith(RUN_MESSAGE_TAG);
}
/**
 * The message and record text of a run commit's message, or null when it is not one; the same
 * result as datalad's anchored pattern with greedy groups, found in linear time. The greedy
 * record group ends at the last end marker in the message. The greedy message group then ends at
 * the last start marker that still leaves room for the record before that end marker: a start
 * marker after it (or overlapping it) cannot be followed by an end marker, so the pattern can
 * only match with an earlier one.
 */
function parseRunMessage(message) {
    if (!looksLikeRunMessage(message))
        return null;
    const end = message.lastIndexOf(RECORD_END);
    if (end < 0)
        return null;
    const start = message.lastIndexOf(RECORD_START, end - RECORD_START.length);
    if (start < RUN_MESSAGE_TAG.length)
        return null;
    return {
        runMessage: message.slice(RUN_MESSAGE_TAG.length, start).trimEnd(),
        recordText: message.slice(start + RECORD_START.length, end)
    };
}
/** Refuse a record of `bytes` bytes when it is larger than MAX_RECORD_BYTES. */
function assertRecordSize(bytes, what) {
    if (bytes > MAX_RECORD_BYTES) {
        throw new RecordError(`${what} is too large to be read (${bytes} bytes, more than the limit of ${MAX_RECORD_BYTES} bytes)`);
    }
}
/** Decide whether the record text is an inline record or a sidecar id, as datalad does. */
function interpretRecordText(recordText) {
    assertRecordSize(Buffer.byteLength(recordText, 'utf8'), 'run record');
    let value;
    try {
        value = JSON.parse(recordText);
    }
    catch (e) {
        const why = (0,errors/* messageOf */.b)(e);
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
    const inputs = stringList(raw.inputs, 'inputs');
    const extraInputs = stringList(raw.extra_inputs, 'extra_inputs');
    const outputs = stringList(raw.outputs, 'outputs');
    const paths = inputs.length + extraInputs.length + outputs.length;
    if (paths > MAX_RECORD_PATHS) {
        throw new RecordError(`run record lists too many paths (${paths} in inputs, extra_inputs and outputs; at most ${MAX_RECORD_PATHS})`);
    }
    return {
        cmd,
        exit,
        dsid: typeof raw.dsid === 'string' ? raw.dsid : undefined,
        inputs,
        extraInputs,
        outputs,
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
/**
 * Decompress a sidecar, reading at most MAX_RECORD_BYTES of its content: a few KiB of xz can
 * expand to gigabytes, so xz is stopped there and the record refused.
 */
async function decompress(compressed, where) {
    const chunks = [];
    let size = 0;
    let result;
    try {
        result = await streamProcess('xz', ['--decompress', '--stdout', '--quiet'], { cwd: process.cwd(), input: compressed }, chunk => {
            size += chunk.length;
            if (size > MAX_RECORD_BYTES) {
                throw new RecordError(`sidecar record ${where} is too large to be read (it decompresses to more than the limit of ${MAX_RECORD_BYTES} bytes)`);
            }
            chunks.push(chunk);
        });
    }
    catch (e) {
        if (e instanceof RecordError)
            throw e;
        throw new RecordError(`cannot read sidecar record ${where}: the xz program is not installed`);
    }
    if (result.code !== 0) {
        throw new RecordError(`sidecar record ${where} is not valid xz data (${result.stderr.toString('utf8').trim()})`);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** Decode xz-compressed JSON lines and return the first record, as datalad's load_stream does. */
async function decodeSidecar(compressed, where) {
    const firstLine = (await decompress(compressed, where))
        .split('\n')
        .find(line => line.trim() !== '');
    if (firstLine === undefined)
        throw new RecordError(`sidecar record ${where} is empty`);
    let value;
    try {
        value = JSON.parse(firstLine);
    }
    catch (e) {
        throw new RecordError(`sidecar record ${where} is not valid JSON (${(0,errors/* messageOf */.b)(e)})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new RecordError(`sidecar record ${where} does not hold a JSON object`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/engine/history/substitutions.ts
/**
 * Values of custom placeholders (`datalad.run.substitutions.<name>`) with datalad's precedence at
 * rerun time, lowest first: the commit's committed `.datalad/config`, the repository's git config,
 * `DATALAD_CONFIG_OVERRIDES_JSON`, `DATALAD_*` variables (datalad's ConfigManager reads them in
 * that order), and rerun-action's own overrides (`--substitution`, action input `substitutions`).
 */

const SUBSTITUTION_PREFIX = 'datalad.run.substitutions.';
/** Placeholders datalad fills itself; a custom value of the same name is never used. */
const BUILTIN_PLACEHOLDERS = new Set([
    'inputs',
    'outputs',
    'pwd',
    'dspath',
    'tmpdir'
]);
const OVERRIDES_JSON = 'DATALAD_CONFIG_OVERRIDES_JSON';
/** The config key datalad reads from a `DATALAD_*` variable (config.py `_update_from_env`). */
function configKeyOfVariable(variable) {
    return variable.replace(/__/g, '-').replace(/_/g, '.').toLowerCase();
}
/** The characters that end a field's name in a format string. */
const FIELD_NAME_END = new Set(['{', '}', '!', ':', '.', '[']);
/** The custom placeholder names a command uses (`{name}`, `{name[0]}`, `{name!r}`, ...). */
function customPlaceholderNames(cmd) {
    // Every `{` left once the literal `{{` and `}}` are gone opens a field, whose name runs up to
    // the first of `{}!:.[`. A scan, not a regex: planning asks this of every run commit.
    const text = cmd.includes('{{') || cmd.includes('}}') ? cmd.replace(/\{\{|\}\}/g, '') : cmd;
    let names;
    for (let open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
        let end = open + 1;
        while (end < text.length && !FIELD_NAME_END.has(text.charAt(end)))
            end++;
        const name = text.slice(open + 1, end);
        if (!BUILTIN_PLACEHOLDERS.has(name))
            (names ??= new Set()).add(name);
    }
    return names ? [...names] : [];
}
function nameOf(key) {
    return key.startsWith(SUBSTITUTION_PREFIX) ? key.slice(SUBSTITUTION_PREFIX.length) : null;
}
/**
 * `DATALAD_RUN_SUBSTITUTIONS_<NAME>` variables, over the substitutions in
 * `DATALAD_CONFIG_OVERRIDES_JSON` (what `datalad -c` hands to the processes it starts). A JSON
 * value that is not a string (a multi-valued key) gives its last string, as git reads such keys.
 */
function substitutionsFromEnvironment(env) {
    const found = new Map();
    const json = env[OVERRIDES_JSON];
    if (json) {
        let overrides;
        try {
            overrides = JSON.parse(json);
        }
        catch (e) {
            throw new errors/* UsageError */.e(`${OVERRIDES_JSON} is not valid JSON: ${(0,errors/* messageOf */.b)(e)}`);
        }
        if (overrides && typeof overrides === 'object' && !Array.isArray(overrides)) {
            for (const [key, raw] of Object.entries(overrides)) {
                const name = nameOf(key);
                const values = (Array.isArray(raw) ? raw : [raw]).filter(v => typeof v === 'string');
                const value = values[values.length - 1];
                if (name && value !== undefined)
                    found.set(name, { value, source: { kind: 'environment', variable: OVERRIDES_JSON } });
            }
        }
    }
    // Sorted, so that when two variables name the same key the outcome does not depend on the
    // order of the environment.
    for (const variable of Object.keys(env).sort()) {
        const value = env[variable];
        if (value === undefined || variable === OVERRIDES_JSON || !variable.startsWith('DATALAD_'))
            continue;
        const name = nameOf(configKeyOfVariable(variable));
        if (name)
            found.set(name, { value, source: { kind: 'environment', variable } });
    }
    return found;
}
/**
 * `datalad.run.substitutions.*` in the git config of the repository: its own config (and
 * worktree config and includes), read through the hardened git port, which ignores global and
 * system config (a replayed command could have written `~/.gitconfig`). Of a key set more than
 * once, the last value counts, as for git.
 */
async function substitutionsFromGitConfig(git) {
    const entries = await git.configEntries().catch((e) => {
        throw new errors/* UsageError */.e(`cannot read ${SUBSTITUTION_PREFIX}* from the git config: ${(0,errors/* messageOf */.b)(e)}`);
    });
    const found = new Map();
    for (const { key, value } of entries) {
        const name = nameOf(key);
        if (name)
            found.set(name, { value, source: { kind: 'git-config' } });
    }
    return found;
}
/** A name that can stand in a placeholder (`{name}`), as Python's str.format parses one. */
const PLACEHOLDER_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/**
 * `NAME=VALUE` assignments (CLI `--substitution`, action input `substitutions`) as a map; `what`
 * names the option in messages. The value is everything after the first `=`, possibly empty.
 */
function parseSubstitutionAssignments(assignments, what) {
    const parsed = new Map();
    for (const assignment of assignments) {
        const equals = assignment.indexOf('=');
        const name = equals < 0 ? assignment : assignment.slice(0, equals);
        if (equals < 0 || !PLACEHOLDER_NAME.test(name)) {
            throw new errors/* UsageError */.e(`${what} takes NAME=VALUE, where NAME is a placeholder name (letters, digits, _ and -), not ${JSON.stringify(assignment)}`);
        }
        if (BUILTIN_PLACEHOLDERS.has(name)) {
            throw new errors/* UsageError */.e(`${what}: {${name}} is a placeholder datalad fills itself; it cannot be given a value`);
        }
        if (parsed.has(name))
            throw new errors/* UsageError */.e(`${what}: ${name} is given more than once`);
        parsed.set(name, assignment.slice(equals + 1));
    }
    return parsed;
}
/**
 * Every value that overrides a commit's committed `.datalad/config`, each with its source:
 * the repository's git config, then the environment, then `overrides` (highest).
 */
async function substitutionOverrides(git, env, overrides) {
    const merged = new Map([
        ...(await substitutionsFromGitConfig(git)),
        ...substitutionsFromEnvironment(env)
    ]);
    for (const [name, value] of Object.entries(overrides))
        merged.set(name, { value, source: { kind: 'override' } });
    return merged;
}

;// CONCATENATED MODULE: ./src/engine/history/plan.ts






function subjectOf(message) {
    return (message.split('\n')[0] ?? '').trim();
}
async function resolveOrFail(git, rev, what) {
    const sha = await git.resolveCommit(rev);
    if (!sha)
        throw new errors/* UsageError */.e(`unknown revision ${JSON.stringify(rev)} (${what}): no such commit in ${git.root}`);
    return sha;
}
/** The commits of `revisions` accepted by `keep`, oldest first in topological order. */
async function logInTopologicalOrder(git, revisions, keep, messagePrefix) {
    const kept = [];
    await git.logCommits(revisions, commit => void (keep(commit) && kept.push(commit)), messagePrefix);
    return kept;
}
/**
 * The range's run commits, oldest first, and the `.datalad/config` of its newest commit: read
 * while git walks the history where the range names that commit, after it otherwise.
 */
async function collectRunCommits(git, request) {
    if (request.commits && request.commits.length > 0) {
        const shas = await Promise.all(request.commits.map(c => resolveOrFail(git, c, 'commit to verify')));
        const wanted = new Set(shas);
        const ordered = await logInTopologicalOrder(git, shas, commit => wanted.has(commit.sha));
        for (const commit of ordered) {
            if (!looksLikeRunMessage(commit.message)) {
                throw new errors/* UsageError */.e(`commit ${commit.sha.slice(0, 12)} (${subjectOf(commit.message)}) is not a DataLad run commit`);
            }
        }
        const newest = ordered[ordered.length - 1]?.sha ?? '';
        const newestConfig = (await datasetConfigs(git, [newest])).get(newest);
        return { range: { since: null, until: newest, commits: shas }, logged: ordered, newestConfig };
    }
    const [until, since] = await Promise.all([
        resolveOrFail(git, request.until ?? 'HEAD', '--until'),
        request.since?.trim() ? resolveOrFail(git, request.since, '--since') : null
    ]);
    const [logged, configs] = await Promise.all([
        logInTopologicalOrder(git, since ? [`${since}..${until}`] : [until], commit => looksLikeRunMessage(commit.message), RUN_MESSAGE_TAG),
        datasetConfigs(git, [until])
    ]);
    return { range: { since, until, commits: null }, logged, newestConfig: configs.get(until) };
}
/** Whether a command names a placeholder that only `datalad.run.substitutions.*` can fill. */
function usesCustomPlaceholder(cmd) {
    return customPlaceholderNames(cmd).length > 0;
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
/**
 * Why a merge commit carrying a run record is not a datalad run-merge, or null when it is one.
 * datalad ≥ 1.6 records a run whose command made commits itself as `git commit-tree <tree of
 * HEAD> -p <HEAD before> -p <HEAD after>` (save.py `_create_merge_commit`): the first parent is an
 * ancestor of the second, and the merge's tree is the second parent's. A merge of branches that
 * diverged, or one whose tree differs from its second parent's, was made some other way.
 */
async function notARunMerge(git, commit, trees) {
    const [first = '', second = ''] = commit.parents;
    const short = (sha) => sha.slice(0, 12);
    const secondTree = trees.get(`${second}^{tree}`);
    if (!secondTree) {
        return `run record on a merge commit whose second parent ${short(second)} is not in this clone: whether it is a datalad run-merge cannot be told, so it is not re-executed (fetch the whole history, e.g. fetch-depth: 0)`;
    }
    if (trees.get(`${commit.sha}^{tree}`) !== secondTree) {
        return "run record on a merge commit whose tree is not its second parent's: not a datalad run-merge (a merge of two lines of work), so it is not re-executed";
    }
    const ancestry = await runGit(['merge-base', '--is-ancestor', first, second], { cwd: git.root });
    if (ancestry.code === 1) {
        return `run record on a merge commit whose first parent ${short(first)} is not an ancestor of its second ${short(second)}: not a datalad run-merge (a merge of two lines of work), so it is not re-executed`;
    }
    if (ancestry.code !== 0) {
        return `run record on a merge commit whose parents could not be compared (${ancestry.stderr.toString('utf8').trim()}), so it is not re-executed`;
    }
    return null;
}
/** Skip the records on merges that are not run-merges (see notARunMerge), saying why. */
async function skipOtherMerges(git, commits) {
    const merges = commits.filter(c => !c.verdict && c.parents.length === 2);
    if (merges.length === 0)
        return;
    const trees = await git.resolveObjects(merges.flatMap(c => [`${c.sha}^{tree}`, `${c.parents[1] ?? ''}^{tree}`]));
    for (const merge of merges) {
        const reason = await notARunMerge(git, merge, trees);
        if (reason)
            merge.verdict = { status: 'skipped', reason };
    }
}
/**
 * The file changes of each commit against its first parent. A merge is given to
 * `diff-tree --stdin` as `<merge> <first parent>`, which diffs it against that parent alone
 * (alone on its line, a merge gives a combined diff, which --raw leaves empty).
 */
async function changesAgainstFirstParent(git, commits) {
    return git.changesOf(commits.map(c => (c.parents.length > 1 ? `${c.sha} ${c.parents[0] ?? ''}` : c.sha)));
}
/**
 * Each commit's custom placeholder values: its committed `.datalad/config`, overridden as datalad
 * does at rerun time. Only commits whose command uses a custom placeholder take overrides, so
 * that a value set for one step does not change the verdict cache's key of every other.
 */
function applySubstitutions(commit, config, overrides) {
    for (const [key, value] of config) {
        if (!key.startsWith(SUBSTITUTION_PREFIX))
            continue;
        const name = key.slice(SUBSTITUTION_PREFIX.length);
        commit.substitutions[name] = value;
        (commit.substitutionSources ??= {})[name] = { kind: 'dataset' };
    }
    if (!commit.record || !usesCustomPlaceholder(commit.record.cmd))
        return;
    for (const [name, { value, source }] of overrides) {
        commit.substitutions[name] = value;
        (commit.substitutionSources ??= {})[name] = source;
    }
}
/** The config of a commit whose `.datalad/config` was not looked up (or is absent). */
const NO_CONFIG = new Map();
/**
 * @param annex how annexed sidecars are fetched: awaited only for one, so that the history is
 *   read while the caller still finds out whether the dataset uses git-annex
 */
async function planVerification(git, annex, request, options = {}) {
    const { range, logged, newestConfig } = await collectRunCommits(git, request);
    const datasetId = newestConfig?.get('datalad.dataset.id');
    // Read before any command runs, so that no replayed command can change them for a later one.
    const overrides = await substitutionOverrides(git, options.env ?? process.env, options.substitutions ?? {});
    const commits = [];
    // The record text of commits[i], parsed once merges are sorted out.
    const recordTexts = [];
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
        recordTexts.push(parsed.recordText);
        if (commit.parents.length === 0) {
            planned.verdict = {
                status: 'skipped',
                reason: 'run record on the root commit: there is no parent to re-execute it on'
            };
        }
        else if (commit.parents.length > 2) {
            planned.verdict = {
                status: 'skipped',
                reason: `run record on a merge commit with ${commit.parents.length} parents: datalad records a run as a merge of two (a run-merge), so it is not re-executed`
            };
        }
    }
    // A run-merge is verified like any run commit: replayed on its first parent, compared with its tree.
    await skipOtherMerges(git, commits);
    commits.forEach((planned, i) => {
        if (planned.verdict)
            return;
        try {
            const value = interpretRecordText(recordTexts[i] ?? '');
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
    });
    const runnable = commits.filter(c => !c.verdict);
    // A commit's .datalad/config matters only for its sidecar location and custom placeholders;
    // looking it up costs a tree walk per commit, so only those commits pay it.
    const configured = runnable.filter(c => c.source?.kind === 'sidecar' || usesCustomPlaceholder(c.record?.cmd ?? ''));
    const configs = await datasetConfigs(git, configured.map(c => c.sha));
    const changes = (options.readChanges ?? true)
        ? await changesAgainstFirstParent(git, runnable)
        : new Map();
    for (const commit of runnable) {
        commit.changes = changes.get(commit.sha) ?? [];
        const config = configs.get(commit.sha) ?? NO_CONFIG;
        if (commit.source?.kind === 'sidecar') {
            const directory = (config.get('datalad.run.record-directory') ?? DEFAULT_RECORD_DIRECTORY).replace(/\/+$/, '');
            commit.source.path = `${directory}/${commit.source.id}`;
        }
    }
    await loadSidecars(git, annex, runnable.filter(c => c.source?.kind === 'sidecar'));
    for (const commit of runnable) {
        // After the sidecars: only then is every command known.
        applySubstitutions(commit, configs.get(commit.sha) ?? NO_CONFIG, overrides);
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
async function loadSidecars(git, annexFound, commits) {
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
                const annex = await annexFound;
                if (!annex) {
                    commit.verdict = {
                        status: 'unverifiable',
                        reason: `run record sidecar ${where} is annexed and git-annex is not available to fetch it`
                    };
                    continue;
                }
                const content = await annex.contentOf(key.key, where);
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
 * Picked once per verification (reading the process's environment is a call into Node's C++
 * for each variable); each execution adds its own TMPDIR and SOURCE_DATE_EPOCH.
 * @param source the environment to pick from (the process's own)
 * @param passThrough extra names the user asked for; forbidden names are rejected by the caller
 */
function commandEnvironment(source, passThrough) {
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
    return env;
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
        throw new errors/* UsageError */.e(`shard must look like i/n with 1 ≤ i ≤ n (e.g. 2/3), not ${JSON.stringify(text)}`);
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




function usedSubstitutions(commit, names) {
    return names.flatMap(name => {
        const value = commit.substitutions[name];
        if (value === undefined)
            return [];
        return [{ name, value, source: commit.substitutionSources?.[name] ?? { kind: 'dataset' } }];
    });
}
function plannedCommand(commit, root) {
    const record = commit.record;
    if (commit.verdict || !record) {
        return {
            sha: commit.sha,
            subject: commit.subject,
            status: commit.verdict?.status ?? 'error',
            reason: commit.verdict?.reason ?? 'no run record'
        };
    }
    // Only the values the command can use: a plan lists thousands of commands, and most use a few
    // placeholders (a field `{name...}` always starts with its name; `{{` may make a few more).
    const { cmd } = record;
    const used = usedSubstitutions(commit, customPlaceholderNames(cmd));
    const values = new Map(used.map(({ name, value }) => [name, value]));
    if (cmd.includes('{pwd'))
        values.set('pwd', external_node_path_default().join(root, record.pwd));
    if (cmd.includes('{dspath'))
        values.set('dspath', root);
    if (cmd.includes('{tmpdir'))
        values.set('tmpdir', cmd.includes('{tmpdir}') ? '$TMPDIR/datalad-run-tmpdir' : '');
    if (cmd.includes('{inputs'))
        values.set('inputs', record.inputs.filter(p => p !== '.').map(shellQuote));
    if (cmd.includes('{outputs'))
        values.set('outputs', record.outputs.filter(p => p !== '.').map(shellQuote));
    let command;
    let reason;
    try {
        command = formatCommand(cmd, values);
    }
    catch (e) {
        if (!(e instanceof PlaceholderError))
            throw e;
        command = cmd;
        reason = e.message;
    }
    // Each field written out, not spread together: a plan lists thousands of these, and objects
    // merged from several spreads are many times larger and slower to make.
    const { sha, subject } = commit;
    const { pwd, inputs, outputs } = record;
    const planned = reason === undefined
        ? { sha, subject, status: 'run', command, pwd, inputs, outputs }
        : { sha, subject, status: 'error', reason, command, pwd, inputs, outputs };
    if (used.length > 0)
        planned.substitutions = used;
    return planned;
}

;// CONCATENATED MODULE: ./src/engine/history/dependencies.ts
/**
 * Dependencies between the run commits of a plan: a commit depends on the run commit that last
 * produced a file it reads. Pure: computed from what planning already knows (records and file
 * changes), with nothing read from git or the file system.
 *
 * - A commit produces the files it changed (added, modified, deleted, retyped) and its declared
 *   outputs that are literal paths. A glob output is known by the files the commit changed.
 * - A commit reads its inputs and extra inputs. A literal input covers that path and everything
 *   below it; a glob input covers every produced path it matches, and everything below a match.
 * - Of the producers of a path, only the latest earlier one (in plan order) counts. A producer of
 *   a directory stands for the paths below it: a file read is its unless the file itself was
 *   produced later; a directory read below it names it in any case (which files it wrote there
 *   is not known).
 *
 * Histories can hold tens of thousands of run commits, so the cost is bounded: produced paths are
 * kept in a tree whose every directory knows, newest first, the latest producers of the paths
 * below it. A write costs the depth of its path, a literal input that depth plus the dependencies
 * it finds, and each commit keeps at most MAX_DEPENDENCIES (the newest). Glob inputs walk the
 * tree within one budget for the whole plan (GlobLimits); once it is spent, a glob is read as the
 * directory it starts from, which can only add dependencies, never lose one.
 */


/** The most dependencies listed per commit; a commit reading from more keeps the newest. */
const MAX_DEPENDENCIES = 100;
const GLOB_LIMITS = { visits: 2_000_000, matches: 20_000 };
/**
 * Plan indices with how many paths each holds, to be listed newest first. Every index added is
 * at least every index already held (commits are processed in plan order), so a doubly linked
 * list in insertion order is ordered by recency, and listing the newest k costs k.
 */
class Producers {
    counts = new Map();
    older = new Map();
    newer = new Map();
    newest;
    add(index) {
        const count = this.counts.get(index);
        if (count !== undefined) {
            this.counts.set(index, count + 1);
            return;
        }
        this.counts.set(index, 1);
        if (this.newest !== undefined) {
            this.older.set(index, this.newest);
            this.newer.set(this.newest, index);
        }
        this.newest = index;
    }
    remove(index) {
        const count = this.counts.get(index) ?? 0;
        if (count > 1) {
            this.counts.set(index, count - 1);
            return;
        }
        this.counts.delete(index);
        const older = this.older.get(index);
        const newer = this.newer.get(index);
        this.older.delete(index);
        this.newer.delete(index);
        if (newer === undefined)
            this.newest = older;
        else if (older === undefined)
            this.older.delete(newer);
        else
            this.older.set(newer, older);
        if (older !== undefined) {
            if (newer === undefined)
                this.newer.delete(older);
            else
                this.newer.set(older, newer);
        }
    }
    /** Up to `limit` indices above `floor`, newest first. */
    newestAbove(floor, limit) {
        const found = [];
        for (let i = this.newest; i !== undefined && i > floor && found.length < limit;) {
            found.push(i);
            i = this.older.get(i);
        }
        return found;
    }
}
/** A produced path (or a directory on the way to one). */
class PathNode {
    children = new Map();
    /** The run commit (plan index) that last produced exactly this path. */
    own;
    /** The latest producers of this path and of every path below it. */
    producers = new Producers();
}
class BudgetSpent extends Error {
}
/** What glob inputs may still spend, shared by the whole plan (GlobLimits). */
class GlobBudget {
    visits;
    matchings;
    /** Results of wildcard components against names: the same glob recurs in many records. */
    memo = new Map();
    constructor(limits) {
        this.visits = limits.visits;
        this.matchings = limits.matches;
    }
    visit() {
        if (--this.visits < 0)
            throw new BudgetSpent();
    }
    get spent() {
        return this.visits < 0 || this.matchings < 0;
    }
    /** Whether a name matches a wildcard component, as Python's glob does (dotfiles hidden). */
    matches(component, name) {
        if (name.startsWith('.') && !component.startsWith('.'))
            return false;
        if (component === '*')
            return true;
        let results = this.memo.get(component);
        if (!results)
            this.memo.set(component, (results = new Map()));
        let result = results.get(name);
        if (result === undefined) {
            if (--this.matchings < 0)
                throw new BudgetSpent();
            result = fnmatch(name, component);
            results.set(name, result);
        }
        return result;
    }
}
function newer(a, b) {
    return b !== undefined && b > a ? b : a;
}
class ProducedPaths {
    root = new PathNode();
    /** `index` produced `path` (root-relative, no trailing slash, not the root itself). */
    write(path, index) {
        const chain = [this.root];
        let node = this.root;
        for (const name of path.split('/')) {
            let child = node.children.get(name);
            if (!child)
                node.children.set(name, (child = new PathNode()));
            chain.push(child);
            node = child;
        }
        const previous = node.own;
        if (previous === index)
            return;
        for (const n of chain) {
            if (previous !== undefined)
                n.producers.remove(previous);
            n.producers.add(index);
        }
        node.own = index;
    }
    /** The node at `path` ('' is the root), if any, and the newest producer of a directory above it. */
    find(path) {
        let node = this.root;
        let above = -1;
        for (const name of path === '' ? [] : path.split('/')) {
            above = newer(above, node.own);
            node = node.children.get(name);
            if (!node)
                break;
        }
        return { node, above };
    }
    /** Paths a read of `pattern` covers (root-relative, no trailing slash; '' is everything). */
    covered(pattern, budget) {
        const start = hasMagic(pattern) ? literalParent(pattern) : pattern;
        const origin = this.find(start);
        if (start === pattern || budget.spent || !origin.node)
            return [origin];
        const components = pattern.split('/').slice(start === '' ? 0 : start.split('/').length);
        try {
            return this.match({ node: origin.node, above: origin.above }, components, budget);
        }
        catch (e) {
            if (!(e instanceof BudgetSpent))
                throw e;
            return [origin];
        }
    }
    /** Python glob's walk of `components` from `origin`, over the produced paths only. */
    match(origin, components, budget) {
        let current = [origin];
        components.forEach((component, i) => {
            const next = [];
            const seen = new Set();
            const push = (item) => {
                if (seen.has(item.node))
                    return;
                seen.add(item.node);
                next.push(item);
            };
            for (const item of current) {
                budget.visit();
                const below = newer(item.above, item.node.own);
                if (component === '**') {
                    // The last component: everything below; otherwise each directory below, at any depth.
                    if (i === components.length - 1)
                        push(item);
                    else
                        this.directoriesBelow(item, budget).forEach(push);
                }
                else if (!hasMagic(component)) {
                    const child = item.node.children.get(component);
                    if (child)
                        push({ node: child, above: below });
                }
                else {
                    for (const [name, child] of item.node.children) {
                        budget.visit();
                        if (budget.matches(component, name))
                            push({ node: child, above: below });
                    }
                }
            }
            current = next;
        });
        return current;
    }
    /** `from` and every directory below it that is not hidden, as `**` walks them. */
    directoriesBelow(from, budget) {
        const found = [];
        const stack = [from];
        for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
            found.push(item);
            const below = newer(item.above, item.node.own);
            for (const [name, child] of item.node.children) {
                budget.visit();
                if (child.children.size > 0 && !name.startsWith('.'))
                    stack.push({ node: child, above: below });
            }
        }
        return found;
    }
}
/** A record path relative to the dataset root without a trailing slash, or null when unsafe. */
function fromRoot(pwd, recordPath) {
    try {
        const rel = rootRelative(pwd, recordPath, 'path').replace(/\/+$/, '');
        return rel === '.' ? '' : rel;
    }
    catch (e) {
        // Such a record is refused when it is replayed; it neither reads nor produces anything here.
        if (e instanceof UnsafePathError)
            return null;
        throw e;
    }
}
/** What one commit reads (patterns) and produces (paths), relative to the dataset root. */
function readsAndWrites(commit) {
    const record = commit.record;
    const writes = new Set(commit.changes.map(change => change.path));
    if (!record)
        return { reads: [], writes: [...writes] };
    const pwd = fromRoot('.', record.pwd);
    if (pwd === null)
        return { reads: [], writes: [...writes] };
    const resolve = (paths) => paths.flatMap(p => {
        const rel = fromRoot(pwd || '.', p);
        return rel === null ? [] : [rel];
    });
    // An output of the whole dataset names no file; the commit's changes say what it produced.
    for (const output of resolve(record.outputs))
        if (output && !hasMagic(output))
            writes.add(output);
    return { reads: resolve([...record.inputs, ...record.extraInputs]), writes: [...writes] };
}
/** Each planned commit's dependencies, by sha: the commits of `commits` (plan order) it reads from. */
function runDependencies(commits, limits = GLOB_LIMITS) {
    const produced = new ProducedPaths();
    const budget = new GlobBudget(limits);
    const result = new Map();
    commits.forEach((commit, index) => {
        const { reads, writes } = readsAndWrites(commit);
        const found = new Set();
        for (const pattern of reads) {
            for (const { node, above } of produced.covered(pattern, budget)) {
                // A directory's producer stands for the path unless the path itself was produced later.
                if (above >= 0 && (node?.own ?? -1) <= above)
                    found.add(above);
                for (const i of node?.producers.newestAbove(above, MAX_DEPENDENCIES + 1) ?? [])
                    found.add(i);
            }
        }
        const newestFirst = [...found].sort((a, b) => b - a);
        result.set(commit.sha, {
            dependencies: newestFirst
                .slice(0, MAX_DEPENDENCIES)
                .reverse()
                .map(i => commits[i]?.sha ?? ''),
            truncated: newestFirst.length > MAX_DEPENDENCIES
        });
        for (const path of writes)
            produced.write(path, index);
    });
    return result;
}
/** A verdict with its commit's dependencies (from runDependencies), whatever it carried before. */
function withDependencies(verdict, found) {
    const { dependencies = [], truncated = false } = found.get(verdict.sha) ?? {};
    const attached = { ...verdict, dependencies };
    if (truncated)
        attached.dependenciesTruncated = true;
    else
        delete attached.dependenciesTruncated;
    return attached;
}

;// CONCATENATED MODULE: ./src/engine/cache/verdict-cache.ts
/**
 * "Never verify twice": a run commit already verified `reproduced` with the same record in the
 * same environment is reported from the cache instead of being re-executed. The key covers the
 * commit, its record and an environment fingerprint (OS, tool versions, files the user names, such
 * as lock files), so a change to any of them re-executes.
 */





/**
 * The `run` of a verification outside CI. Recorded with its host and repository, which `lookup`
 * names instead; left alone (entries of older versions recorded nothing more), it is all we know.
 */
const UNRECORDED_LOCAL_RUN = 'local';
/** Where a verified verdict was found again in the clone that verified it. */
const THIS_CLONE = 'this clone';
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
async function toolVersion(gitArgs) {
    try {
        const result = await runGit(gitArgs, { cwd: process.cwd() });
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
        git: await toolVersion(['--version']),
        annex: await toolVersion(['annex', 'version', '--raw']),
        files: Object.fromEntries(files.map(file => [file, blobs.get(`${rev}:${file}`) ?? 'absent']))
    };
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(parts)).digest('hex');
}
function cacheKey(commit, fingerprint) {
    const identity = {
        v: 1,
        sha: commit.sha,
        record: commit.record,
        substitutions: commit.substitutions,
        fingerprint
    };
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(identity)).digest('hex');
}
/** Where a cached verdict was verified, said from the clone that finds it. */
function verifiedWhere(entry, here) {
    if (entry.host === undefined || entry.repository === undefined)
        return entry.run;
    return entry.host === here.host && entry.repository === here.repository
        ? THIS_CLONE
        : `${entry.host}:${entry.repository}`;
}
/** A store bound to one environment fingerprint: look verdicts up, record new reproduced ones. */
class VerdictCache {
    store;
    fingerprint;
    run;
    here;
    constructor(store, fingerprint, run, here) {
        this.store = store;
        this.fingerprint = fingerprint;
        this.run = run;
        this.here = here;
    }
    static async open(git, rev, options, 
    /** How outputs are judged (comparison rules, repeats): a verdict holds only for the same. */
    judging) {
        const store = options.store ?? (await VerdictStore.forRepository(git));
        const environment = await environmentFingerprint(git, rev, options.keyFiles ?? []);
        const fingerprint = (0,external_node_crypto_.createHash)('sha256').update(`${environment}\n${judging}`).digest('hex');
        return new VerdictCache(store, fingerprint, options.run, {
            host: external_node_os_default().hostname(),
            repository: git.root
        });
    }
    /** The cached verdict of a commit, its `run` saying where it was verified. */
    async lookup(commit) {
        if (!commit.record || commit.verdict)
            return null;
        const entry = await this.store.get(cacheKey(commit, this.fingerprint));
        return entry && { ...entry, run: verifiedWhere(entry, this.here) };
    }
    async record(commit, verdict) {
        await this.store.put({
            key: cacheKey(commit, this.fingerprint),
            sha: commit.sha,
            verifiedAt: new Date().toISOString(),
            // A CI run is named by its URL; a local one by the machine and the repository.
            ...(this.run === undefined ? { run: UNRECORDED_LOCAL_RUN, ...this.here } : { run: this.run }),
            durationMs: verdict.durationMs,
            verdict
        });
    }
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __nccwpck_require__(8877);
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
var external_node_vm_default = /*#__PURE__*/__nccwpck_require__.n(external_node_vm_namespaceObject);
;// CONCATENATED MODULE: ./src/engine/heap-bound.ts
/**
 * A full garbage collection between commits whenever V8's old generation has grown by
 * GROWTH_BOUND since the last one. The replay leaves a steady trickle of objects that outlive two
 * scavenges (verdicts, the object store's caches as entries are replaced, each worker's record of
 * its kept checkout), and V8 lets the old generation grow to its initial limit (about 16 MB)
 * before its first full collection, then to four times what was live: the peak memory of a
 * verification grew with its history (BENCHMARKS.md, section 5). A collection of this heap takes
 * about 10 ms, once every few hundred commits here. Node has no call for one but `gc`, which V8
 * puts in contexts made once its flag is set.
 */


const GROWTH_BOUND = 2 * 1024 * 1024;
/** Bytes used in the old generation after the last full collection (or at the first look). */
let collectedTo;
let collect;
function oldGeneration() {
    return (external_node_v8_default().getHeapSpaceStatistics().find(space => space.space_name === 'old_space')?.space_used_size ??
        0);
}
function gcFunction() {
    external_node_v8_default().setFlagsFromString('--expose-gc');
    return external_node_vm_default().runInNewContext('gc');
}
/**
 * Called between commits: collects when the old generation has grown by the bound since the
 * last collection (or the first call, or a collection V8 made itself); says whether it did.
 */
function boundHeap() {
    const used = oldGeneration();
    if (collectedTo === undefined || used < collectedTo) {
        collectedTo = used;
        return false;
    }
    if (used - collectedTo < GROWTH_BOUND)
        return false;
    collect ??= gcFunction();
    collect();
    collectedTo = oldGeneration();
    return true;
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
    const file = configFile ? external_node_path_default().resolve(configFile) : external_node_path_default().join(root, comparison_rules/* DEFAULT_CONFIG_FILE */.Cu);
    let text;
    try {
        text = await external_node_fs_default().promises.readFile(file, 'utf8');
    }
    catch (e) {
        if (!configFile && e.code === 'ENOENT') {
            return { rules: comparison_rules/* EMPTY_RULES */.oq, text: '' };
        }
        throw new errors/* UsageError */.e(`cannot read the comparison rules ${file}: ${(0,errors/* messageOf */.b)(e)}`);
    }
    // Loaded here, not at start: only a dataset with rules pays for compiling the YAML parser.
    const { parseComparisonRules } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(825)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9825));
    return { rules: parseComparisonRules(text, configFile ?? comparison_rules/* DEFAULT_CONFIG_FILE */.Cu), text };
}
async function repositoryRoot(dir) {
    try {
        const top = await simpleGitAt(external_node_path_default().resolve(dir)).raw(['rev-parse', '--show-toplevel']);
        return top.trim();
    }
    catch {
        throw new errors/* UsageError */.e(`${external_node_path_default().resolve(dir)} is not a git repository (or a DataLad dataset); use --repo to point at one`);
    }
}
async function openDataset(repo, tempParent, notice, onFetched) {
    const dir = external_node_path_default().resolve(repo);
    const located = await repositoryLocation(dir);
    // Otherwise both asked at once: each waits on a git process.
    const details = located ? Promise.resolve(located) : repositoryDetails(dir);
    details.catch(() => undefined);
    const root = located?.root ?? (await repositoryRoot(repo));
    const git = await GitCli.open(root, details);
    const found = findAnnex(git, tempParent, notice, onFetched);
    const annex = found.then(f => f.annex);
    // Awaited by whoever needs the annex, and by close(): never an unhandled rejection.
    annex.catch(() => undefined);
    return {
        root,
        git,
        annex,
        close: async () => {
            git.close();
            const clone = (await found.catch(() => null))?.clone;
            if (clone)
                await removeTree(clone);
        }
    };
}
/** How the dataset's annexed content is reached (see OpenDataset), and the private clone's place. */
async function findAnnex(git, tempParent, notice, onFetched) {
    const root = git.root;
    // The config is read now, beside the refs: annex, substitutions and subdatasets ask it.
    const [annexed] = await Promise.all([usesAnnex(git), git.configEntries()]);
    if (!annexed)
        return { annex: null, clone: null };
    const [installed, initialised] = await Promise.all([
        annexInstalled(),
        git.configEntries().then(annexInitialisedBy)
    ]);
    if (!installed) {
        throw new errors/* UsageError */.e('this dataset uses git-annex, but git-annex is not installed: install it (e.g. `apt-get install git-annex`, or `brew install git-annex`) and run again');
    }
    if (initialised)
        return { annex: new AnnexRepository(root, onFetched), clone: null };
    const clone = privateCloneDir(tempParent);
    const makeClone = async () => {
        notice(`git-annex is not initialised in ${root}: working in a private clone, so that your repository stays as it is`);
        await external_node_fs_default().promises.mkdir(tempParent, { recursive: true });
        await createPrivateClone(root, clone);
    };
    return { annex: AnnexRepository.deferred(clone, makeClone, onFetched), clone };
}
/** What `verify` would run, without running anything (`verify --plan`). */
async function listPlan(options) {
    const notice = options.onNotice ?? (() => undefined);
    const dataset = await openDataset(options.repo, Workspace.defaultParent(), notice);
    try {
        // Dependencies need the files each commit changed: one more bulk git pass.
        const planning = planVerification(dataset.git, dataset.annex, options.range, {
            readChanges: options.dependencies === true,
            substitutions: options.substitutions
        });
        planning.catch(() => undefined);
        // A plan that runs nothing still says when the rules the real run would use are invalid
        // (read while git walks the history).
        await loadRules(dataset.root, options.configFile);
        const plan = await planning;
        // A dataset whose git-annex is missing fails here as its verification would.
        await dataset.annex;
        return {
            repository: dataset.root,
            range: plan.range,
            commands: plan.commits.map(c => plannedCommand(c, dataset.root)),
            ...(options.dependencies
                ? { dependencies: Object.fromEntries(runDependencies(plan.commits)) }
                : {})
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
            throw new errors/* UsageError */.e(`environment variable ${name} can never be passed to replayed commands (it carries credentials or workflow state)`);
        }
    }
    if (!Number.isInteger(options.jobs) || options.jobs < 1)
        throw new errors/* UsageError */.e(`jobs must be a whole number of at least 1, not ${options.jobs}`);
    if (options.repeat !== undefined && (!Number.isInteger(options.repeat) || options.repeat < 1))
        throw new errors/* UsageError */.e(`repeat must be a whole number of at least 1, not ${options.repeat}`);
    if (!(options.timeoutSeconds > 0))
        throw new errors/* UsageError */.e(`timeout must be a positive number of seconds, not ${options.timeoutSeconds}`);
    const tempParent = options.tempParent ?? Workspace.defaultParent();
    for (const stale of await Workspace.removeStale(tempParent)) {
        options.onNotice?.(`removed ${stale}, left behind by an earlier run that was killed`);
    }
    const dataset = await openDataset(options.repo, tempParent, options.onNotice ?? (() => undefined), options.onAnnexFetched);
    try {
        return await verifyDataset(dataset, tempParent, options, startedAt);
    }
    finally {
        await dataset.close();
    }
}
/** How replayed commands are isolated, when they can be, and what they see besides their own work. */
async function prepareReplayIsolation(dataset, workspace, tempParent, options, subdatasetsDir) {
    const gitDir = await dataset.git.gitCommonDir();
    const isolation = await prepareIsolation(options.isolation ?? 'auto', {
        gitDirs: [gitDir],
        env: process.env,
        hidden: options.hidden ?? { files: [], directories: [] }
    }, workspace.subdirectory('isolation'), options.onNotice ?? (() => undefined));
    const annexRoot = (await dataset.annex)?.root;
    return {
        isolation: isolation ?? undefined,
        visibility: {
            // The command reads the dataset's objects and annexed content through its checkout.
            readOnly: [
                ...new Set([
                    dataset.root,
                    gitDir,
                    ...(annexRoot ? [annexRoot] : []),
                    // Subdatasets' clones and annexes, which checkouts borrow from and link to.
                    subdatasetsDir,
                    ...(options.readOnly ?? [])
                ])
            ],
            confined: [tempParent]
        }
    };
}
async function verifyDataset(dataset, tempParent, options, startedAt) {
    // Planning is the longest chain of git processes before the first commit: it starts first.
    const planning = planVerification(dataset.git, dataset.annex, options.range, {
        substitutions: options.substitutions
    });
    // Awaited in verifyPlanned, unless the workspace cannot be made: never an unhandled rejection.
    planning.catch(() => undefined);
    const workspace = await Workspace.create(tempParent);
    const subdatasetsDir = workspace.subdirectory('subdatasets');
    // Isolation's trial run and the registry's reading of config take about as long as planning,
    // all of it mostly waiting for other processes: done at once, before the first commit.
    const preparing = Promise.all([
        prepareReplayIsolation(dataset, workspace, tempParent, options, subdatasetsDir),
        SubdatasetRegistry.open(dataset.git, subdatasetsDir, options.onAnnexFetched)
    ]);
    // Awaited below, or in `finally` when planning fails first: never an unhandled rejection.
    preparing.catch(() => undefined);
    // Replaying reads objects from the first commit on: the readers start while planning waits.
    dataset.git.startReaders();
    try {
        return await verifyPlanned(dataset, workspace, planning, preparing, options, startedAt);
    }
    finally {
        const prepared = await preparing.catch(() => null);
        prepared?.[0].isolation?.close();
        await prepared?.[1].close();
        await workspace.dispose();
    }
}
async function verifyPlanned(dataset, workspace, planning, preparing, options, startedAt) {
    const { root, git } = dataset;
    const plan = await planning;
    const annex = await dataset.annex;
    options.onPlan?.(plan);
    // Over the whole plan, so that every shard's report names the same dependencies.
    const dependencies = runDependencies(plan.commits);
    const rules = await loadRules(root, options.configFile);
    const settings = {
        timeoutSeconds: options.timeoutSeconds,
        environment: commandEnvironment(process.env, options.passEnv ?? []),
        tailBytes: options.tailBytes ?? 64 * 1024,
        rules: rules.rules,
        repeat: options.repeat ?? 1,
        signal: options.signal,
        visibility: { readOnly: [], confined: [] }
    };
    const judging = JSON.stringify({ rules: rules.text, repeat: settings.repeat });
    const cache = options.cache
        ? await VerdictCache.open(git, plan.range.until, options.cache, judging)
        : null;
    const selected = selectCommits(plan.commits, options.shard);
    // Looked up before any command runs: a command that is not isolated could otherwise write a
    // cached verdict for a later commit of this very run.
    const hits = new Map();
    for (const { commit, position } of cache ? selected : []) {
        const hit = await cache?.lookup(commit);
        if (hit)
            hits.set(position, hit);
    }
    const verdicts = new Array(selected.length);
    const [isolation, subdatasets] = await preparing;
    Object.assign(settings, isolation);
    let next = 0;
    let emitted = 0;
    const emitReady = () => {
        while (emitted < verdicts.length && verdicts[emitted] !== undefined) {
            options.onVerdict?.(verdicts[emitted], emitted, verdicts.length);
            emitted++;
        }
    };
    const verifyOne = async ({ commit, position }) => {
        const hit = hits.get(position);
        if (hit) {
            return {
                ...hit.verdict,
                position,
                cached: { verifiedAt: hit.verifiedAt, run: hit.run },
                durationMs: 0
            };
        }
        const verdict = await replayCommit({ git, annex, workspace, settings, subdatasets }, commit);
        if (verdict.status === 'reproduced')
            await cache?.record(commit, verdict);
        return { ...verdict, position };
    };
    // Once a worker has failed, the others finish the commit in hand and take no other: the
    // caller cleans up (workspace, launch server, readers) only when none is left running.
    let failed = false;
    const worker = async () => {
        while (next < selected.length && !options.signal?.aborted && !failed) {
            const index = next++;
            const item = selected[index];
            if (!item)
                continue;
            try {
                options.onStarted?.(item.commit, index, selected.length);
                verdicts[index] = await verifyOne(item);
                options.onFinished?.(verdicts[index], index, selected.length);
                emitReady();
                boundHeap();
            }
            catch (e) {
                failed = true;
                throw e;
            }
        }
    };
    const ended = await Promise.allSettled(Array.from({ length: Math.min(options.jobs, Math.max(1, selected.length)) }, worker));
    // The first failure, as it was thrown (a UsageError stays one).
    const failure = ended.find((end) => end.status === 'rejected');
    if (failure) {
        const reason = failure.reason;
        throw reason;
    }
    return {
        repository: root,
        range: plan.range,
        shard: options.shard,
        // After a cancellation the commits that never started have no verdict: the report is partial.
        commits: verdicts.filter(v => v !== undefined).map(v => withDependencies(v, dependencies)),
        incomplete: options.signal?.aborted ? true : undefined,
        isolated: settings.isolation !== undefined,
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
        throw new errors/* UsageError */.e(`${source} is not a rerun-action report (expected "schema": "${REPORT_SCHEMA}")`);
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
        throw new errors/* UsageError */.e(`cannot read report ${file}: ${(0,errors/* messageOf */.b)(e)}`);
    }
    return { source: file, report: asReport(value, file) };
}
function mergeReports(reports) {
    const first = reports[0];
    if (!first)
        throw new errors/* UsageError */.e('merge needs at least one report');
    const until = first.report.range.until;
    for (const { source, report } of reports) {
        if (report.range.until !== until) {
            throw new errors/* UsageError */.e(`${describe(source, report)} verified a range ending at ${report.range.until}, not ${until}: these reports are not shards of one run`);
        }
    }
    const sharded = reports.filter(r => r.report.shard);
    if (sharded.length > 0) {
        const count = sharded[0]?.report.shard?.count ?? 0;
        const seen = new Map();
        for (const { source, report } of sharded) {
            if (report.shard?.count !== count)
                throw new errors/* UsageError */.e(`${describe(source, report)} does not belong to a split into ${count} shards`);
            const other = seen.get(report.shard.index);
            if (other)
                throw new errors/* UsageError */.e(`shard ${report.shard.index}/${count} appears twice: ${other} and ${source}`);
            seen.set(report.shard.index, source);
        }
        const missing = Array.from({ length: count }, (_, i) => i + 1).filter(i => !seen.has(i));
        if (missing.length > 0)
            throw new errors/* UsageError */.e(`shard ${missing.map(i => `${i}/${count}`).join(', ')} missing: every shard's report is needed for a complete result`);
    }
    const bySha = new Map();
    const commits = reports.flatMap(({ source, report }) => report.commits.map(commit => {
        const other = bySha.get(commit.sha);
        if (other)
            throw new errors/* UsageError */.e(`commit ${commit.sha} is in both ${other} and ${source}`);
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

;// CONCATENATED MODULE: ./src/report/neutralise.ts
/**
 * Neutralising text from the repository under test before any channel shows it. Commit subjects,
 * replayed commands, paths, reasons and command output are written by whoever controls that
 * repository, so each is treated as hostile:
 *
 * - a terminal obeys control sequences (clipboard writes, cursor moves, overwritten lines);
 * - the Actions runner executes workflow commands (`::add-mask::`, `##[set-output …]`) it reads;
 * - GitHub renders markdown, notifies people mentioned and cross-references issues.
 *
 * Pure functions, one concern each, and the few compositions the renderers use: `plainLine` and
 * `plainBlock` for terminals and logs, `htmlInline`, `htmlPre` and `codeBlock` for job summaries
 * and comments.
 */
/**
 * What a terminal or the runner acts on instead of showing: C0 controls, DEL, C1 controls, the
 * bidirectional marks, embeddings, overrides and isolates (they reorder what is shown, as in
 * "Trojan Source"), and the Unicode line and paragraph separators (line breaks to some readers).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };
function escapeOne(char) {
    const named = NAMED_ESCAPES[char];
    if (named)
        return named;
    const code = char.charCodeAt(0);
    return code <= 0xff
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * Shows every control character as an escape (`\x1b`, `\r`, `\x07`, `\u202e`), so that the text
 * can only be read, never obeyed. `multi-line` keeps line feeds and tabs, which lay out command
 * output, and reads CRLF as a line feed (a carriage return right before one overwrites nothing);
 * `one-line` escapes those too, so the result never breaks a line. Backslashes are kept as they
 * are: the escapes are for reading, not for decoding.
 */
function neutralise_escapeControls(text, layout) {
    const source = layout === 'multi-line' ? text.replace(/\r\n/g, '\n') : text;
    return source.replace(CONTROLS, char => layout === 'multi-line' && (char === '\n' || char === '\t') ? char : escapeOne(char));
}
/**
 * Characters that .NET's culture-aware string matching, which the runner's command parser uses,
 * may skip as if absent: controls, format characters (zero-width spaces and joiners, soft
 * hyphens) and the other default-ignorable code points (variation selectors, fillers).
 */
const IGNORABLE = '\\p{Cc}\\p{Cf}\\p{Default_Ignorable_Code_Point}';
/** `::name …::` after leading whitespace: the runner trims a line's start before matching. */
const COMMAND_AT_LINE_START = new RegExp(`^([\\s${IGNORABLE}]*):(?=[${IGNORABLE}]*:)`, 'gmu');
/** `##[name …]`: the legacy form, which the runner finds anywhere in a line. */
const LEGACY_COMMAND = new RegExp(`#(?=[${IGNORABLE}]*#[${IGNORABLE}]*\\[)`, 'gu');
/**
 * Makes sure no line of the text can be a workflow command: the first `:` of a `::` that starts
 * a line (after whitespace) is shown as `\x3a`, and the first `#` of every `##[` as `\x23`.
 * A visible escape rather than an invisible joiner: it stays readable, copying it back out of the
 * log does not re-create the command, and culture-aware matching cannot skip it the way it may
 * skip a zero-width character. Line starts include those after `\r` and U+2028/U+2029, so this
 * holds even for text whose controls were not escaped.
 */
function defuseWorkflowCommands(text) {
    return text.replace(COMMAND_AT_LINE_START, '$1\\x3a').replace(LEGACY_COMMAND, '\\x23');
}
/** Escape text for HTML content and attribute values (core.summary escapes nothing). */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
const WORD_JOINER = '\u2060';
/**
 * Breaks `@name` mentions and `#123` / `GH-123` issue references with an invisible word joiner
 * after the `@`, `#` or `GH`: GitHub would notify that user, or cross-reference that issue, when
 * the bot posts the text. Entities do not help (GitHub matches the decoded text), so this runs
 * before escapeHtml, whose `&#39;` holds a `#` of its own.
 */
function defuseMentions(text) {
    return text
        .replace(/@(?=[\w-])/g, `@${WORD_JOINER}`)
        .replace(/#(?=\d)/g, `#${WORD_JOINER}`)
        .replace(/\bGH(?=-\d)/gi, match => `${match}${WORD_JOINER}`);
}
/** Untrusted text within one line of plain output (a subject, a path, a reason). */
function plainLine(text, options) {
    const line = neutralise_escapeControls(text, 'one-line');
    return options.defuseWorkflowCommands ? defuseWorkflowCommands(line) : line;
}
/** Untrusted multi-line text in plain output (command output, a command): every line neutralised. */
function plainBlock(text, options) {
    const block = neutralise_escapeControls(text, 'multi-line');
    return options.defuseWorkflowCommands ? defuseWorkflowCommands(block) : block;
}
/**
 * Untrusted text inline in HTML-flavoured markdown (a table cell, a heading, a summary): one line,
 * since a blank line would end the HTML block it sits in and let the rest render as markdown;
 * HTML-escaped; mentions defused; `|` as an entity, so that it cannot split a markdown table.
 */
function htmlInline(text) {
    return escapeHtml(defuseMentions(neutralise_escapeControls(text, 'one-line'))).replace(/\|/g, '&#124;');
}
/**
 * Untrusted multi-line text as a `<pre>` block. In CommonMark only HTML blocks that start with
 * `<pre>` (or `<script>`, `<style>`, `<textarea>`) survive blank lines: such a block ends at the
 * first line holding `</pre>`, and escapeHtml leaves no `<` in the text to write one. The block
 * must begin a line that follows a blank line: anywhere else it belongs to the HTML block above,
 * which the first blank line inside the text would end.
 */
function htmlPre(text) {
    return `<pre>${escapeHtml(defuseMentions(neutralise_escapeControls(text, 'multi-line')))}</pre>`;
}
/**
 * Untrusted multi-line text as a fenced code block (` ```diff ` for colours, ` ```yaml ` for
 * rules): CommonMark shows its content literally, and GitHub links no mention or reference in
 * code, so the text keeps its characters (a suggested glob stays copyable). Only the fence could
 * be closed early, by a line of as many backticks: it is longer than any run of backticks in the
 * text. Controls are escaped as everywhere. The block must begin a line after a blank line.
 */
function codeBlock(text, language) {
    const content = neutralise_escapeControls(text, 'multi-line').replace(/\n$/, '');
    const longestRun = (content.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${language}\n${content}\n${fence}`;
}

;// CONCATENATED MODULE: ./src/report/output-notes.ts
/** The longest reason shown for one output, in characters. */
const REASON_CHARS = 160;
/**
 * A per-output reason as one readable line: its first line, cut to `max` characters (whole code
 * points), with `…` where something was left out.
 */
function briefReason(reason, max = REASON_CHARS) {
    const lines = reason.trim().split(/\r\n|\r|\n/);
    const first = [...(lines[0] ?? '').trimEnd()];
    const cut = first.length > max || lines.length > 1;
    return cut ? `${first.slice(0, max).join('').trimEnd()} …` : first.join('');
}
/** The likely cause worth naming: none when it only repeats the status (`missing`, `missing`). */
function shownCause(output) {
    return output.cause === output.status ? undefined : output.cause;
}
/** Commits whose command's output is shown: it may say why (a `| tee` can hide a failure's exit code). */
function showsCommandOutput(status) {
    return status === 'failed' || status === 'error' || status === 'mismatch';
}
/** `1 output`, `2 outputs`. */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/**
 * Text cut to at most `max` characters (whole code points) by leaving out its middle, marked with
 * `…`: both ends of a long path stay readable (its directory and its file name).
 */
function output_notes_abbreviated(text, max) {
    const chars = [...text];
    if (chars.length <= max)
        return text;
    const tail = Math.ceil((max - 1) * 0.6);
    return `${chars.slice(0, max - 1 - tail).join('')}…${chars.slice(chars.length - tail).join('')}`;
}
/**
 * Outputs grouped by the likely cause worth naming: those with none first (nothing explains them,
 * so they matter most), then one group per cause in the order the causes first appear.
 */
function groupByCause(outputs) {
    const groups = new Map([[undefined, []]]);
    for (const output of outputs) {
        const cause = shownCause(output);
        const group = groups.get(cause);
        if (group)
            group.push(output);
        else
            groups.set(cause, [output]);
    }
    return [...groups]
        .filter(([, members]) => members.length > 0)
        .map(([cause, members]) => cause === undefined ? { outputs: members } : { cause, outputs: members });
}
/** `modified`, or `2 modified, 1 missing`: the statuses of a group's outputs, counted. */
function statusCounts(outputs) {
    const counts = new Map();
    for (const output of outputs)
        counts.set(output.status, (counts.get(output.status) ?? 0) + 1);
    return [...counts].map(([status, count]) => `${count} ${status}`).join(', ');
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
function text_report_shortSha(sha) {
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
/** `2026-11-21 08:00 UTC` for an ISO time in UTC; anything else as it is. */
function readableTime(iso) {
    return iso.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/, '$1 $2 UTC');
}
/**
 * When and where a cached verdict was verified, as the verdict cache recorded it: by a CI run
 * (its URL), in this clone, or in a clone elsewhere (`host:/path`). Raw: the caller neutralises it.
 */
function cachedNote(cached) {
    const { run, verifiedAt } = cached;
    const where = /^https?:\/\//.test(run)
        ? `by ${run}`
        : run === UNRECORDED_LOCAL_RUN
            ? 'locally (where was not recorded)'
            : `in ${run}`;
    return `verified ${readableTime(verifiedAt)} ${where}`;
}
/** One line per finished commit: `[ 2/5] ✗ mismatch      1.2 s  1a2b3c4d  subject`. */
function progressLine(verdict, index, total, options) {
    const width = String(total).length;
    const counter = `[${String(index + 1).padStart(width)}/${total}]`;
    const duration = formatDuration(verdict.durationMs).padStart(8);
    const cached = verdict.cached
        ? ` (cached: ${plainLine(cachedNote(verdict.cached), options)})`
        : '';
    return `${counter} ${MARKS[verdict.status]} ${verdict.status.padEnd(12)} ${duration}  ${text_report_shortSha(verdict.sha)}  ${plainLine(verdict.subject, options)}${cached}`;
}
const DIFF_PREVIEW_LINES = 12;
/** Outputs per likely cause whose differences are previewed: the others differ alike. */
const PREVIEWS_PER_CAUSE = 3;
/**
 * The first lines of what changed, enough to see it in a terminal; the JSON report has all.
 * Raw: the caller neutralises it.
 */
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
                `the committed content is annexed and was not downloaded; regenerated ${diff.regenerated.size} bytes` +
                    (diff.regenerated.digest ? `, digest ${diff.regenerated.digest}` : '')
            ];
    }
}
function outputLines(output, preview, options) {
    const reason = output.reason ? `  ${plainLine(briefReason(output.reason), options)}` : '';
    const lines = [`      ${output.status.padEnd(12)} ${plainLine(output.path, options)}${reason}`];
    if (output.diff && preview) {
        // Tabs kept, as in a diff; a line break inside a changed value gets a line of its own.
        const diff = plainBlock(diffPreview(output.diff).join('\n'), options).split('\n');
        lines.push(...diff.map(line => `          | ${line}`));
    }
    return lines;
}
/**
 * A commit's outputs grouped by likely cause, each cause named once (not once per output), the
 * differences of the first few per cause previewed.
 */
function outputGroups(outputs, options) {
    return groupByCause(outputs).flatMap(({ cause, outputs: members }) => {
        const heading = cause
            ? `    outputs, likely cause: ${plainLine(cause, options)} (${members.length}):`
            : '    outputs:';
        const unpreviewed = members.slice(PREVIEWS_PER_CAUSE).filter(o => o.diff).length;
        return [
            heading,
            ...members.flatMap((output, i) => outputLines(output, i < PREVIEWS_PER_CAUSE, options)),
            ...(unpreviewed > 0
                ? [`      (the differences of ${unpreviewed} more are in the JSON report)`]
                : [])
        ];
    });
}
/**
 * Untrusted multi-line text after a label: its first line follows `first`, the others are indented
 * by `indent`. Each line is neutralised, since a runner trims the indent before matching commands.
 */
function continued(first, text, indent, options) {
    const [head = '', ...rest] = plainBlock(text, options).split('\n');
    return [first + head, ...rest.map(line => (line === '' ? '' : indent + line))];
}
/** The details a person needs for each commit that was not reproduced. */
function commitDetails(verdict, options, logLines = 20) {
    const lines = [
        `${MARKS[verdict.status]} ${verdict.status}: ${text_report_shortSha(verdict.sha)} ${plainLine(verdict.subject, options)}`
    ];
    if (verdict.reason)
        lines.push(`    ${plainLine(verdict.reason, options)}`);
    if (verdict.command)
        lines.push(...continued('    command: ', verdict.command, '             ', options));
    if (verdict.exit &&
        verdict.exit.actual !== null &&
        verdict.exit.actual !== verdict.exit.recorded) {
        lines.push(`    exit code: ${verdict.exit.actual} (recorded ${verdict.exit.recorded})`);
    }
    lines.push(...outputGroups(verdict.outputs.filter(o => o.status !== 'match'), options));
    const log = verdict.log;
    if (log && log.tail.trim() !== '' && showsCommandOutput(verdict.status)) {
        const tailLines = plainBlock(log.tail.replace(/\n$/, ''), options).split('\n');
        const shown = tailLines.slice(-logLines);
        const cut = log.truncatedBytes > 0 || shown.length < tailLines.length;
        lines.push(`    command output${cut ? ` (last ${shown.length} lines)` : ''}:`);
        lines.push(...shown.map(line => `      | ${line}`));
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
function renderTextReport(result, options) {
    const lines = [];
    const problems = result.commits.filter(isProblem);
    for (const verdict of problems)
        lines.push('', ...commitDetails(verdict, options));
    const skipped = result.commits.filter(c => c.status === 'skipped');
    if (skipped.length > 0) {
        lines.push('', 'Skipped:');
        for (const verdict of skipped) {
            const subject = plainLine(verdict.subject, options);
            lines.push(`    ${text_report_shortSha(verdict.sha)} ${subject}: ${plainLine(verdict.reason ?? '', options)}`);
        }
    }
    lines.push('', summaryLine(result));
    return lines.join('\n') + '\n';
}
/** Where a placeholder's value came from, as `verify --plan` names it. */
function sourceName(source) {
    switch (source.kind) {
        case 'dataset':
            return "the commit's .datalad/config";
        case 'git-config':
            return 'git config';
        case 'environment':
            return source.variable;
        case 'override':
            return '--substitution';
    }
}
/** `verify --plan`: each run commit with the command it would run, or why it would not. */
function planText(commands, options) {
    if (commands.length === 0)
        return 'No run commits in this range.\n';
    const lines = [];
    for (const planned of commands) {
        lines.push(`${text_report_shortSha(planned.sha)}  ${plainLine(planned.subject, options)}`);
        if (planned.command !== undefined) {
            const where = planned.pwd && planned.pwd !== '.' ? ` (in ${plainLine(planned.pwd, options)})` : '';
            const command = continued('    $ ', planned.command, '      ', options);
            command.push(`${command.pop() ?? ''}${where}`);
            lines.push(...command);
        }
        for (const { name, value, source } of planned.substitutions ?? []) {
            lines.push(`    {${plainLine(name, options)}} = ${plainLine(value, options)}  (from ${plainLine(sourceName(source), options)})`);
        }
        if (planned.status !== 'run')
            lines.push(`    ${planned.status}: ${plainLine(planned.reason ?? '', options)}`);
    }
    const runnable = commands.filter(c => c.status === 'run').length;
    lines.push('', `${commands.length} run commit(s), ${runnable} to re-execute.`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/pipeline-graph.ts




/** The commits of a plan (`--plan --graph`) as graph nodes: those that will run are `planned`. */
function plannedGraph(commands, dependencies = {}) {
    return commands.map(command => ({
        sha: command.sha,
        subject: command.subject,
        status: command.status === 'run' ? 'planned' : command.status,
        dependencies: dependencies[command.sha]?.dependencies,
        dependenciesTruncated: dependencies[command.sha]?.truncated
    }));
}
/** Most nodes drawn; a longer history is folded to its problem commits and their neighbours. */
const MAX_NODES = 60;
/** Most edges drawn (Mermaid refuses more than 500 by default, and a reader sees far fewer). */
const MAX_EDGES = 200;
/** Mermaid refuses a diagram longer than this (its maxTextSize default is 50,000). */
const MAX_TEXT = 45_000;
/** Characters of a subject shown in a node. */
const SUBJECT_CHARS = 48;
/** Commits named in a line of the text graph before "and N more". */
const TEXT_NAMED = 20;
/** The id of a commit's details in the job summary: `commit-` and the first 12 hex digits. */
function commitAnchor(sha) {
    return `commit-${sha
        .toLowerCase()
        .replace(/[^0-9a-f]/g, '')
        .slice(0, 12)}`;
}
function graphOf(commits) {
    const index = new Map(commits.map((c, i) => [c.sha, i]));
    const producers = commits.map(c => [
        // Dependencies outside the list (another shard's, a cancelled run's) have no node.
        ...new Set((c.dependencies ?? []).flatMap(sha => index.get(sha) ?? []))
    ]);
    const readers = commits.map(() => []);
    producers.forEach((from, reader) => from.forEach(p => readers[p]?.push(reader)));
    return { commits, producers, readers };
}
function edgeCount(graph) {
    return graph.producers.reduce((total, from) => total + from.length, 0);
}
/** A commit that makes the run unsuccessful (planned commits have no verdict yet). */
function failing({ status }) {
    return status !== 'planned' && isProblem({ status });
}
/** Every commit that reads, directly or not, what a failing commit produced. */
function downstreamOfFailures(graph) {
    const reached = new Set();
    const stack = graph.commits.flatMap((c, i) => (failing(c) ? [i] : []));
    for (let i = stack.pop(); i !== undefined; i = stack.pop()) {
        for (const reader of graph.readers[i] ?? []) {
            if (reached.has(reader))
                continue;
            reached.add(reader);
            stack.push(reader);
        }
    }
    return reached;
}
/** Characters written as they are in a Mermaid label; everything else becomes an entity. */
const LABEL_SAFE = /[A-Za-z0-9 ,.()/+=?!_-]/;
/**
 * Repository text as the inside of a quoted Mermaid label (see the module comment). Controls are
 * shown as escapes first: a line feed would break the label's line, a bidirectional override
 * reorder what it shows.
 */
function labelText(text) {
    return Array.from(escapeControls(text, 'one-line').replace(/`/g, ''))
        .map(char => (LABEL_SAFE.test(char) ? char : `#${char.codePointAt(0) ?? 0};`))
        .join('');
}
/**
 * A URL in a quoted `click` line: percent-encoded but for the characters URLs are made of, so
 * nothing can end the string, form an entity (`;`) or a directive (`%%{`); a `%` stays only
 * where it already encodes a byte.
 */
function clickUrl(url) {
    return url
        .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
        .replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,=%]/g, c => encodeURIComponent(c));
}
const CLASS_STYLES = {
    reproduced: 'fill:#dafbe1,stroke:#1a7f37,color:#0a3622',
    mismatch: 'fill:#ffebe9,stroke:#cf222e,stroke-width:3px,color:#5c0011',
    failed: 'fill:#ffcecb,stroke:#a40e26,stroke-width:3px,color:#5c0011',
    unverifiable: 'fill:#fff8c5,stroke:#9a6700,stroke-width:2px,color:#3b2300',
    error: 'fill:#fff1e5,stroke:#bc4c00,stroke-width:2px,color:#3d1300',
    skipped: 'fill:#f6f8fa,stroke:#8c959f,color:#424a53',
    planned: 'fill:#ddf4ff,stroke:#0969da,color:#0a3069',
    folded: 'fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:4,color:#424a53'
};
/**
 * The commits to draw as themselves when the history is too long to draw whole: the failing
 * ones (oldest first: the first breakage explains the rest), then their direct producers and
 * readers, within half the node budget (the folds between kept commits take the other half).
 */
function keptCommits(graph) {
    const budget = Math.floor((MAX_NODES - 1) / 2);
    const failures = graph.commits.flatMap((c, i) => (failing(c) ? [i] : []));
    const kept = new Set(failures.slice(0, budget));
    for (const i of failures) {
        for (const neighbour of [...(graph.producers[i] ?? []), ...(graph.readers[i] ?? [])]) {
            if (kept.size >= budget)
                return kept;
            kept.add(neighbour);
        }
    }
    return kept;
}
function fold(graph) {
    const all = graph.commits.length <= MAX_NODES;
    const kept = all ? null : keptCommits(graph);
    const nodeOf = [];
    const nodes = [];
    graph.commits.forEach((_, i) => {
        if (kept === null || kept.has(i)) {
            nodes.push({ id: `c${i}`, members: [i] });
        }
        else {
            const last = nodes[nodes.length - 1];
            if (last?.id.startsWith('f') && nodeOf[i - 1] === last.id)
                last.members.push(i);
            else
                nodes.push({ id: `f${i}`, members: [i] });
        }
        nodeOf.push(nodes[nodes.length - 1]?.id ?? '');
    });
    return { nodeOf, nodes };
}
/** "… 37 reproduced commits" or "… 12 commits: 10 reproduced, 2 mismatch". */
function foldLabel(graph, members) {
    const counts = new Map();
    for (const i of members) {
        const status = graph.commits[i]?.status ?? 'reproduced';
        counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    const noun = members.length === 1 ? 'commit' : 'commits';
    if (counts.size === 1)
        return `… ${members.length} ${[...counts.keys()].join('')} ${noun}`;
    const parts = [...counts].map(([status, count]) => `${count} ${status}`);
    return `… ${members.length} ${noun}: ${parts.join(', ')}`;
}
/**
 * Edges between drawn nodes, in plan order of their readers; at most MAX_EDGES, those that
 * touch a failing commit first.
 */
function drawnEdges(graph, folding) {
    const seen = new Set();
    const all = [];
    graph.producers.forEach((from, reader) => {
        for (const producer of from) {
            const a = folding.nodeOf[producer] ?? '';
            const b = folding.nodeOf[reader] ?? '';
            if (a === b || seen.has(`${a} ${b}`))
                continue;
            seen.add(`${a} ${b}`);
            const urgent = [producer, reader].some(i => {
                const commit = graph.commits[i];
                return commit !== undefined && failing(commit) && folding.nodeOf[i] === `c${i}`;
            });
            all.push({ edge: [a, b], urgent });
        }
    });
    const urgent = all.filter(e => e.urgent);
    const kept = new Set([...urgent, ...all.filter(e => !e.urgent)].slice(0, MAX_EDGES));
    return { edges: all.filter(e => kept.has(e)).map(e => e.edge), left: all.length - kept.size };
}
/** The most nodes on one path drawn left to right; a longer pipeline is drawn top down. */
const MAX_ROW = 6;
/** How many nodes the longest path through the drawn edges has (nodes are in plan order). */
function longestPath(folding, edges) {
    const depth = new Map(folding.nodes.map(node => [node.id, 1]));
    const order = new Map(folding.nodes.map((node, i) => [node.id, i]));
    const byReader = [...edges].sort((x, y) => (order.get(x[1]) ?? 0) - (order.get(y[1]) ?? 0));
    for (const [a, b] of byReader)
        depth.set(b, Math.max(depth.get(b) ?? 1, (depth.get(a) ?? 1) + 1));
    return Math.max(...depth.values());
}
function mermaidText(graph, folding, edges, options, withSubjects) {
    // Left to right reads like a pipeline, but a long one would shrink to fit the page's width.
    const lines = [`flowchart ${longestPath(folding, edges) > MAX_ROW ? 'TD' : 'LR'}`];
    const classes = new Map();
    const clicks = [];
    for (const node of folding.nodes) {
        const commit = graph.commits[node.members[0] ?? -1];
        if (!commit)
            continue;
        if (node.id.startsWith('f')) {
            lines.push(`  ${node.id}(["${labelText(foldLabel(graph, node.members))}"])`);
            classes.set('folded', [...(classes.get('folded') ?? []), node.id]);
            continue;
        }
        const { status } = commit;
        const subject = withSubjects ? ` ${abbreviated(commit.subject, SUBJECT_CHARS)}` : '';
        const shown = status === 'reproduced' ? '' : ` (${status})`;
        lines.push(`  ${node.id}["${labelText(`${shortSha(commit.sha)}${subject}${shown}`)}"]`);
        classes.set(status, [...(classes.get(status) ?? []), node.id]);
        const url = failing(commit)
            ? (options.detailsUrl ?? (sha => `#${commitAnchor(sha)}`))(commit.sha)
            : options.commitUrl?.(commit.sha);
        if (url)
            clicks.push(`  click ${node.id} href "${clickUrl(url)}"`);
    }
    for (const [a, b] of edges)
        lines.push(`  ${a} --> ${b}`);
    for (const [name, ids] of classes) {
        lines.push(`  classDef ${name} ${CLASS_STYLES[name]}`);
        lines.push(`  class ${ids.join(',')} ${name}`);
    }
    return [...lines, ...clicks].join('\n');
}
/**
 * The pipeline as a ```mermaid block for the job summary, or '' when there is no picture worth
 * drawing: fewer than two run commits, or no commit reads what another produced. A history of
 * more than MAX_NODES commits is folded: failing commits and their direct producers and readers
 * are drawn, each run of other commits becomes one node ("… 37 reproduced commits"); if that
 * leaves no edge (every commit reproduced), there is nothing to draw either. Failing commits
 * link to their details in the summary (commitAnchor), the others to `commitUrl` when given.
 */
function pipelineMermaid(result, options = {}) {
    const graph = graphOf(result.commits);
    if (graph.commits.length < 2 || edgeCount(graph) === 0)
        return '';
    const folding = fold(graph);
    const { edges, left } = drawnEdges(graph, folding);
    if (edges.length === 0)
        return '';
    let text = mermaidText(graph, folding, edges, options, true);
    // Subjects written as entities can make the text long: the short shas still tell the story.
    if (text.length > MAX_TEXT)
        text = mermaidText(graph, folding, edges, options, false);
    const note = left > 0
        ? `\n\n${left} more ${left === 1 ? 'dependency is' : 'dependencies are'} not drawn; the JSON report lists every commit's \`dependencies\`.`
        : '';
    return `\`\`\`mermaid\n${text}\n\`\`\`${note}\n`;
}
// ---- Plain text ----------------------------------------------------------------------------
/**
 * The pipeline as text for `--graph`: each run commit oldest first with its status, then the
 * commits it reads from and those that read from it, and which commits are downstream of one
 * that was not reproduced (they read what a failing step made). '' for no run commits.
 */
function pipelineText(commits, options) {
    if (commits.length === 0)
        return '';
    const graph = graphOf(commits);
    const downstream = downstreamOfFailures(graph);
    const sha = (full) => plainLine(text_report_shortSha(full), options);
    const shas = (indices, more) => {
        const named = indices.slice(0, TEXT_NAMED).map(i => sha(graph.commits[i]?.sha ?? ''));
        const left = indices.length - named.length;
        return named.join(', ') + (left > 0 ? ` and ${left} more` : more ? ' and more' : '');
    };
    const edges = edgeCount(graph);
    const lines = [
        `Pipeline of ${commits.length} run commit${commits.length === 1 ? '' : 's'} and ${edges} ${edges === 1 ? 'dependency' : 'dependencies'} (a commit reads from the run commits that produced files it reads):`
    ];
    graph.commits.forEach((commit, i) => {
        const mark = downstream.has(i) ? '  ← downstream of a commit not reproduced' : '';
        lines.push(`  ${commit.status.padEnd(12)} ${sha(commit.sha)}  ${plainLine(commit.subject, options)}${mark}`);
        const from = graph.producers[i] ?? [];
        if (from.length > 0)
            lines.push(`      reads from ${shas(from, commit.dependenciesTruncated === true)}`);
        const to = graph.readers[i] ?? [];
        if (to.length > 0)
            lines.push(`      read by    ${shas(to, false)}`);
    });
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
/** The runner's workspace (other checkouts, earlier steps' files): readable, never writable. */
function githubReadOnly(env) {
    return env.GITHUB_WORKSPACE ? [env.GITHUB_WORKSPACE] : [];
}

;// CONCATENATED MODULE: ./src/cli/arguments.ts
/** Every CLI argument read and validated in one place, into one typed settings object. */






const USAGE = `Usage: rerun-action verify [options] [COMMIT...]
       rerun-action merge [--json FILE] [--graph] REPORT...

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
  --substitution NAME=VALUE
                       value of the placeholder {NAME} (repeatable); overrides
                       DATALAD_RUN_SUBSTITUTIONS_<NAME>, the repository's git config and the
                       commit's .datalad/config (datalad.run.substitutions.NAME)
  --json FILE          write the JSON report (schema rerun-action/report@1) to FILE
  --config FILE        comparison rules (default: .rerun.yml at the dataset root, if present)
  --repeat N           execute each run commit N times, to tell non-determinism from change
  --isolation MODE     auto (default): run commands in namespaces that hide credentials where
                       the kernel allows it; required: refuse to run otherwise; off: never
  --plan               list the run commits and the commands they would run; run nothing
  --graph              after the report, print the pipeline: each run commit with the run
                       commits it reads files from and those that read its files, and which
                       commits are downstream of one not reproduced (with --plan: the planned
                       commits; also for merge)
  --shard I/N          verify only shard I of N (a CI matrix job); merge the reports afterwards
  --no-cache           re-execute commits already verified as reproduced in this environment
  --cache-key-file F   a file (e.g. a lock file) whose content is part of the cache key (repeatable)
  -h, --help           show this help
  --version            show the version

merge: combine the JSON reports of the shards of one verification into one report
(--json FILE and --graph as for verify).

On a terminal a status line (running, done/total, elapsed) follows the progress lines; output to
a pipe or file, TERM=dumb or NO_COLOR give plain lines only.

Exit codes: 0 all reproduced (or nothing to verify), 1 some commit not reproduced, 2 usage error,
130/143 stopped by SIGINT/SIGTERM (the report of the commits finished so far is marked incomplete).`;
function positiveNumber(value, option, integer) {
    if (value === undefined)
        return undefined;
    const number = Number(value);
    if (value.trim() === '' ||
        !Number.isFinite(number) ||
        number <= 0 ||
        (integer && !Number.isInteger(number))) {
        throw new errors/* UsageError */.e(`${option} takes a ${integer ? 'whole number' : 'number'} greater than 0, not ${JSON.stringify(value)}`);
    }
    return number;
}
function isolationMode(value) {
    if (value === undefined)
        return 'auto';
    const mode = ISOLATION_MODES.find(m => m === value);
    if (mode)
        return mode;
    throw new errors/* UsageError */.e(`--isolation takes ${ISOLATION_MODES.join(', ')}, not ${JSON.stringify(value)}`);
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
                substitution: { type: 'string', multiple: true },
                json: { type: 'string' },
                plan: { type: 'boolean' },
                graph: { type: 'boolean' },
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
        throw new errors/* UsageError */.e((0,errors/* messageOf */.b)(e));
    }
    const { values, positionals } = parsed;
    const [subcommand, ...rest] = positionals;
    if (values.help)
        return { command: 'help' };
    if (values.version)
        return { command: 'version' };
    const jsonReport = values.json ?? null;
    const graph = values.graph ?? false;
    if (subcommand === 'merge') {
        if (rest.length === 0)
            throw new errors/* UsageError */.e('merge needs the JSON reports to combine');
        return { command: 'merge', reports: rest, jsonReport, graph };
    }
    if (subcommand === undefined)
        throw new errors/* UsageError */.e('no command given; did you mean `rerun-action verify`?');
    if (subcommand !== 'verify') {
        throw new errors/* UsageError */.e(`unknown command ${JSON.stringify(subcommand)}; the commands are \`verify\` and \`merge\``);
    }
    if (rest.length > 0 && (values.since !== undefined || values.until !== undefined)) {
        throw new errors/* UsageError */.e('give either COMMIT... or --since/--until, not both');
    }
    return {
        command: 'verify',
        repo: values.repo ?? '.',
        range: rest.length > 0 ? { commits: rest } : { since: values.since, until: values.until },
        jobs: positiveNumber(values.jobs, '--jobs', true) ?? Math.max(1, external_node_os_default().availableParallelism()),
        timeoutSeconds: positiveNumber(values.timeout, '--timeout', false) ?? 3600,
        passEnv: values.env ?? [],
        jsonReport,
        graph,
        planOnly: values.plan ?? false,
        configFile: values.config,
        repeat: positiveNumber(values.repeat, '--repeat', true) ?? 1,
        isolation: isolationMode(values.isolation),
        shard: values.shard === undefined ? undefined : parseShard(values.shard),
        cache: !(values['no-cache'] ?? false),
        cacheKeyFiles: values['cache-key-file'] ?? [],
        substitutions: Object.fromEntries(parseSubstitutionAssignments(values.substitution ?? [], '--substitution'))
    };
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/** The `rerun-action` CLI: a thin shell over the engine that prints progress and reports. */










const VERSION = '0.1.0';
function writeJson(file, value) {
    if (file)
        external_node_fs_default().writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}
async function runVerify(settings, io, plain, signal) {
    // Notices name paths, refs and what git or git-annex said: text from the repository.
    const notice = (message) => io.err(`rerun-action: ${plainBlock(message, plain)}\n`);
    if (settings.planOnly) {
        const listing = await listPlan({
            repo: settings.repo,
            range: settings.range,
            configFile: settings.configFile,
            substitutions: settings.substitutions,
            onNotice: notice,
            dependencies: settings.graph
        });
        io.out(planText(listing.commands, plain));
        if (settings.graph)
            io.out(pipelineText(plannedGraph(listing.commands, listing.dependencies), plain));
        writeJson(settings.jsonReport, { schema: 'rerun-action/plan@1', ...listing });
        return 0;
    }
    const result = await verify({
        repo: settings.repo,
        range: settings.range,
        jobs: settings.jobs,
        timeoutSeconds: settings.timeoutSeconds,
        passEnv: settings.passEnv,
        substitutions: settings.substitutions,
        shard: settings.shard,
        configFile: settings.configFile,
        repeat: settings.repeat,
        isolation: settings.isolation,
        hidden: githubFiles(process.env, process.execPath),
        readOnly: githubReadOnly(process.env),
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
        onStarted: (_commit, _index, total) => io.status?.started(total),
        onFinished: (_verdict, _index, total) => io.status?.finished(total),
        onVerdict: (verdict, index, total) => io.out(progressLine(verdict, index, total, plain) + '\n')
    }).finally(() => io.status?.stop());
    return finish(result, buildJsonReport(result), settings, io, plain, signal);
}
function finish(result, report, output, io, plain, signal) {
    if (result.commits.length > 0)
        io.out(renderTextReport(result, plain));
    if (output.graph)
        io.out(pipelineText(result.commits, plain));
    writeJson(output.jsonReport, report);
    if (signal?.aborted) {
        io.err('rerun-action: cancelled; the report is incomplete\n');
        return 1;
    }
    return notReproduced(result) > 0 ? 1 : 0;
}
function runMerge(settings, io, plain) {
    const reports = settings.reports.map(readReportFile);
    const merged = mergeReports(reports);
    io.out(`Merged ${reports.length} report(s): ${merged.commits.length} run commit(s)\n`);
    return finish(merged, merged, settings, io, plain);
}
async function main(argv, io, signal) {
    // Read once. In a workflow step the runner executes the workflow commands it finds in what the
    // CLI prints, so text from the repository is defused there; everywhere its controls are escaped.
    const plain = {
        defuseWorkflowCommands: process.env.GITHUB_ACTIONS !== undefined
    };
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
                return runMerge(settings, io, plain);
            case 'verify':
                return await runVerify(settings, io, plain, signal);
        }
    }
    catch (e) {
        // Error messages may quote revisions, paths and what git said.
        if (e instanceof errors/* UsageError */.e) {
            io.err(`rerun-action: ${plainBlock(e.message, plain)}\nRun \`rerun-action --help\` for usage.\n`);
            return 2;
        }
        const what = e instanceof Error ? (e.stack ?? e.message) : String(e);
        io.err(`rerun-action: internal error: ${plainBlock(what, plain)}\n`);
        return 3;
    }
}


/***/ }),

/***/ 2849:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l2: () => (/* binding */ terminalIo)
/* harmony export */ });
/* unused harmony exports REDRAW_INTERVAL_MS, formatElapsed, statusText, StatusLine, wantsStatusLine */
/** Carriage return, then ANSI "erase in line" to its end: the cursor's line is blank again. */
const ERASE_LINE = '\r\x1b[K';
/** At most four redraws a second: enough for a clock, and cheap over a slow connection. */
const REDRAW_INTERVAL_MS = 250;
/** `m:ss`, or `h:mm:ss` from an hour on. */
function formatElapsed(ms) {
    const seconds = Math.floor(Math.max(0, ms) / 1000);
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor(seconds / 60) % 60;
    const clock = `${String(minutes).padStart(hours > 0 ? 2 : 1, '0')}:${String(seconds % 60).padStart(2, '0')}`;
    return hours > 0 ? `${hours}:${clock}` : clock;
}
/** The text of the live line, e.g. `running 2 · done 17/200 · 0:42`. */
function statusText(counts, elapsedMs) {
    return `running ${counts.running} · done ${counts.done}/${counts.total} · ${formatElapsed(elapsedMs)}`;
}
/**
 * The live line's state and every byte it writes, given the terminal, its width and a clock; the
 * clock is injected so that what is drawn can be tested without waiting.
 */
class StatusLine {
    terminal;
    columns;
    clock;
    counts = { running: 0, done: 0, total: 0 };
    /** The status text on the terminal now; empty when the line is blank. */
    shown = '';
    lastDrawnAt = -Infinity;
    /** Whether the last text written ended its line: the live line never joins a partial one. */
    atLineStart = true;
    stopped = false;
    startedAt;
    stopTimer;
    constructor(terminal, columns, clock) {
        this.terminal = terminal;
        this.columns = columns;
        this.clock = clock;
        this.startedAt = clock.now();
        // Without a tick the clock would stand still while a slow commit runs.
        this.stopTimer = clock.every(REDRAW_INTERVAL_MS, () => this.redraw());
    }
    started(total) {
        this.counts.total = total;
        this.counts.running++;
        this.redraw();
    }
    finished(total) {
        this.counts.total = total;
        this.counts.running--;
        this.counts.done++;
        this.redraw();
    }
    /** `write`, wrapped so that what it writes appears above the live line, never through it. */
    above(write) {
        return text => {
            this.erase();
            write(text);
            if (text.length > 0)
                this.atLineStart = text.endsWith('\n');
            this.redraw();
        };
    }
    stop() {
        if (this.stopped)
            return;
        this.stopped = true;
        this.stopTimer();
        this.erase();
    }
    erase() {
        if (this.shown === '')
            return;
        this.terminal(ERASE_LINE);
        this.shown = '';
    }
    /** Draw the current status unless it is on the terminal already or was drawn too recently. */
    redraw() {
        if (this.stopped || this.counts.total === 0 || !this.atLineStart)
            return;
        const now = this.clock.now();
        const text = fitted(statusText(this.counts, now - this.startedAt), this.columns());
        // Too soon: the next tick draws it.
        if (text === this.shown || now - this.lastDrawnAt < REDRAW_INTERVAL_MS)
            return;
        this.terminal(ERASE_LINE + text);
        this.shown = text;
        this.lastDrawnAt = now;
    }
}
/**
 * Short of the last column: a line that fills it wraps on some terminals, and \r would then redraw
 * only its end. A width of 0 is a terminal that does not know its size (a new pseudo-terminal).
 */
function fitted(text, columns) {
    return columns !== undefined && columns > 1 && text.length >= columns
        ? text.slice(0, columns - 1)
        : text;
}
/**
 * Whether `stream` takes a live line: a terminal (not a pipe or file) that is not `TERM=dumb`,
 * and no `NO_COLOR` asking for plain output.
 */
function wantsStatusLine(stream, env) {
    return stream.isTTY === true && env.TERM !== 'dumb' && !env.NO_COLOR;
}
const systemClock = {
    now: () => Date.now(),
    every: (ms, tick) => {
        const timer = setInterval(tick, ms);
        // The line never keeps the CLI alive.
        timer.unref();
        return () => clearInterval(timer);
    }
};
/**
 * The CLI's output with a live status line when `stdout` takes one (see wantsStatusLine), drawn
 * through `io.out`; otherwise `io` itself, unchanged.
 */
function terminalIo(io, stdout, env) {
    if (!wantsStatusLine(stdout, env))
        return io;
    const status = new StatusLine(io.out, () => stdout.columns, systemClock);
    return { out: status.above(io.out), err: status.above(io.err), status };
}


/***/ }),

/***/ 4471:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ chunkPairs),
/* harmony export */   Dn: () => (/* binding */ countNewlines),
/* harmony export */   Nj: () => (/* binding */ identicalFiles),
/* harmony export */   Wb: () => (/* binding */ looksBinary),
/* harmony export */   _J: () => (/* binding */ firstDifferentIndex),
/* harmony export */   m6: () => (/* binding */ readAt),
/* harmony export */   zy: () => (/* binding */ readHead)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1750);
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
function readHead(file, bytes) {
    // Synchronous: it is small, and a promised read costs more than the bytes.
    // Never waiting on a FIFO put where a file was: it is opened without blocking, then refused.
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile())
            throw new Error(`${file} is not a regular file`);
        const buffer = Buffer.alloc(bytes);
        let filled = 0;
        while (filled < bytes) {
            const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, bytes - filled, filled);
            if (got === 0)
                break;
            filled += got;
        }
        return buffer.subarray(0, filled);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** A NUL byte in the first SNIFF_BYTES: the file is binary, whatever its name says. */
function looksBinary(file) {
    return readHead(file, _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .SNIFF_BYTES */ .dD).includes(0);
}
/**
 * Two files read side by side in CHUNK_BYTES steps, the next pair being read while the caller
 * works on the current one (two buffers per file, so a chunk stays valid until the next is
 * asked for). Ends when both are read to their size (default: to the end of the file).
 * `wantSecond(position)`, asked before each read ahead, may stop reading the second file: its
 * chunks are then empty.
 */
async function* chunkPairs(first, second, sizes = [Infinity, Infinity], wantSecond = () => true) {
    const slots = [0, 1].map(() => [Buffer.allocUnsafe(_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .CHUNK_BYTES */ .EC), Buffer.allocUnsafe(_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .CHUNK_BYTES */ .EC)]);
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
        for (let position = 0, slot = 0;; position += _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .CHUNK_BYTES */ .EC, slot++) {
            const pair = await pending;
            if (pair[0].length === 0 && pair[1].length === 0)
                return;
            pending = readPair(position + _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .CHUNK_BYTES */ .EC, slot + 1);
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
    const [first, second] = await Promise.all([node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().open(a, 'r'), node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default().open(b, 'r')]);
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


/***/ }),

/***/ 1750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ CHUNK_BYTES),
/* harmony export */   Ee: () => (/* binding */ DIFF_BUDGET_LINES),
/* harmony export */   J: () => (/* binding */ MAX_DIFF_BYTES),
/* harmony export */   KR: () => (/* binding */ MAX_DIFF_LINE_CHARS),
/* harmony export */   Oc: () => (/* binding */ MAX_LINE_BYTES),
/* harmony export */   P2: () => (/* binding */ DIFF_WINDOW_GROWTH),
/* harmony export */   Pf: () => (/* binding */ MAX_STRUCTURED_BYTES),
/* harmony export */   Py: () => (/* binding */ PARALLEL_DIGEST_BYTES),
/* harmony export */   VN: () => (/* binding */ MAX_STRUCTURED_CHANGES),
/* harmony export */   a2: () => (/* binding */ DIFF_SYNC_LINES),
/* harmony export */   bP: () => (/* binding */ DIFF_MAX_EDITS),
/* harmony export */   dD: () => (/* binding */ SNIFF_BYTES),
/* harmony export */   em: () => (/* binding */ MAX_ROW_EDITS),
/* harmony export */   fr: () => (/* binding */ MAX_REORDER_BYTES),
/* harmony export */   jL: () => (/* binding */ DIFF_WINDOW_CHARS),
/* harmony export */   l: () => (/* binding */ MAX_DIFF_LINES),
/* harmony export */   lb: () => (/* binding */ MAX_PENDING_WORDS),
/* harmony export */   oy: () => (/* binding */ MAX_VALUE_PREVIEW_CHARS),
/* harmony export */   rO: () => (/* binding */ DIFF_WINDOW_LINES),
/* harmony export */   s4: () => (/* binding */ DIFF_CONTEXT_LINES),
/* harmony export */   s8: () => (/* binding */ DIFF_WINDOW_MAX_LINES)
/* harmony export */ });
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


/***/ }),

/***/ 6322:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ looksFloatingPoint),
/* harmony export */   bf: () => (/* binding */ formatSignificant),
/* harmony export */   db: () => (/* binding */ textAroundNumbers),
/* harmony export */   ji: () => (/* binding */ differingNumbers),
/* harmony export */   o3: () => (/* binding */ DeviationTracker),
/* harmony export */   p$: () => (/* binding */ equalWithinTolerance),
/* harmony export */   p4: () => (/* binding */ withinTolerance)
/* harmony export */ });
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
/**
 * A number as people read it: `digits` significant digits without trailing zeros (`0.04`, not
 * `0.040000000000000036`; `3e-9`; `1230`). For text only: the JSON report keeps exact values.
 */
function formatSignificant(value, digits = 3) {
    return Number.isFinite(value) ? String(Number(value.toPrecision(digits))) : String(value);
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


/***/ }),

/***/ 5898:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   Hq: () => (/* binding */ ComparisonRules),
/* harmony export */   Nx: () => (/* binding */ MAX_IGNORE_LINES_PROGRAM),
/* harmony export */   g8: () => (/* binding */ compileOrExplain),
/* harmony export */   oq: () => (/* binding */ EMPTY_RULES),
/* harmony export */   tL: () => (/* binding */ globToRegExp),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports LinearPattern, MAX_PATTERN_LENGTH, escapeGlob, compileLinePattern */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7679);
/**
 * Comparison rules from `.rerun.yml` (docs/comparison-rules.md, schema/rerun-config.schema.json):
 * which outputs are ignored, compared with a numeric tolerance, or compared without some lines;
 * how their patterns compile. rules-file.ts reads and validates the file itself.
 */


/** A pattern compiled by RE2: matching takes time linear in the text, whatever the pattern. */
class LinearPattern {
    source;
    compiled;
    constructor(source, compiled) {
        this.source = source;
        this.compiled = compiled;
    }
    test(text) {
        return this.compiled.test(text);
    }
    /** The size of the compiled program: matching costs at most this much per character. */
    programSize() {
        return this.compiled.programSize();
    }
    toString() {
        return `/${this.source}/`;
    }
}
/** An invalid `.rerun.yml`: a usage error (exit 2), never silently ignored. */
class ConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e {
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
/** The longest `path` glob or `ignore-lines` pattern, in UTF-16 code units (compiling costs this). */
const MAX_PATTERN_LENGTH = 10_000;
/** An RE2 atom matching exactly `char` (one code point), whatever it is. */
function re2Literal(char) {
    return /^[A-Za-z0-9_]$/.test(char) ? char : `\\x{${(char.codePointAt(0) ?? 0).toString(16)}}`;
}
const SLASH = 0x2f;
/** RE2 for "no character at all": the empty class. */
const NOTHING = '[^\\x{0}-\\x{10ffff}]';
/**
 * The members of a class body, each taken literally, as code-point ranges: `a-z` is a range, a
 * `-` first or last (or right after a range) is itself. Throws SyntaxError for `z-a`.
 */
function classRanges(members, component) {
    const ranges = [];
    for (let i = 0; i < members.length; i++) {
        const low = members[i] ?? '';
        const high = members[i + 2];
        if (members[i + 1] === '-' && high !== undefined) {
            const [from, to] = [low.codePointAt(0) ?? 0, high.codePointAt(0) ?? 0];
            if (from > to) {
                throw new SyntaxError(`range "${low}-${high}" is out of order in "${component}"`);
            }
            ranges.push([from, to]);
            i += 2;
        }
        else {
            const code = low.codePointAt(0) ?? 0;
            ranges.push([code, code]);
        }
    }
    return ranges;
}
/** The inside of an RE2 class holding `ranges` of code points. */
function re2Ranges(ranges) {
    const hex = (code) => `\\x{${code.toString(16)}}`;
    return ranges.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('');
}
/** An RE2 class of `ranges` (or of everything else when `negated`) that never matches `/`. */
function re2Class(ranges, negated) {
    if (negated)
        return `[^${re2Ranges([...ranges, [SLASH, SLASH]])}]`;
    const withoutSlash = [];
    for (const [from, to] of ranges) {
        if (from < SLASH)
            withoutSlash.push([from, Math.min(to, SLASH - 1)]);
        if (to > SLASH)
            withoutSlash.push([Math.max(from, SLASH + 1), to]);
    }
    return withoutSlash.length === 0 ? NOTHING : `[${re2Ranges(withoutSlash)}]`;
}
/**
 * Translate one path component that is not `**` to RE2: `*`, `?`, `[...]`, `\` escapes the next
 * character. Works on code points, so `?` is one character even outside the BMP.
 */
function componentToRE2(component) {
    const chars = Array.from(component);
    let out = '';
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i] ?? '';
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '\\' && i + 1 < chars.length)
            out += re2Literal(chars[++i] ?? '');
        else if (c === '[') {
            let end = i + 1;
            if (chars[end] === '!' || chars[end] === '^')
                end++;
            if (chars[end] === ']')
                end++;
            while (end < chars.length && chars[end] !== ']')
                end++;
            if (end >= chars.length)
                throw new SyntaxError(`unclosed "[" in "${component}"`);
            const body = chars.slice(i + 1, end);
            const negated = body[0] === '!' || body[0] === '^';
            // A class never matches the separator, as `*` and `?` do not.
            out += re2Class(classRanges(negated ? body.slice(1) : body, component), negated);
            i = end;
        }
        else
            out += re2Literal(c);
    }
    return out;
}
/**
 * The matcher for a rule's `path`: a glob over paths relative to the dataset root, anchored at the
 * root. `**` as a whole component matches any number of directories (zero included), `*` and `?`
 * never cross `/`, `[...]`/`[!...]` are character classes, `\` escapes; a trailing `/` means
 * everything below that directory. The glob becomes an RE2 expression, matched in linear time
 * however many `*` and `**` it has. Throws SyntaxError for an unclosed or invalid class.
 */
function globToRegExp(pattern) {
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new SyntaxError(`longer than ${MAX_PATTERN_LENGTH} characters (${pattern.length}); patterns are compiled and matched against every output`);
    }
    const components = (pattern.endsWith('/') ? `${pattern}**` : pattern).split('/');
    const source = components
        .map((component, index) => {
        const last = index === components.length - 1;
        if (component === '**')
            return last ? '.*' : '(?:[^/]*/)*';
        return componentToRE2(component) + (last ? '' : '/');
    })
        .join('');
    const expression = `^${source}$`;
    return new LinearPattern(expression, re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(expression, re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.DOTALL));
}
/** A glob that matches exactly `path` (for suggesting a rule for one output). */
function escapeGlob(path) {
    return path.replace(/[*?[\]\\]/g, '\\$&');
}
/** ECMAScript's `\s`: its WhiteSpace and LineTerminator code points (RE2's `\s` is ASCII only). */
const JS_SPACE = [
    [0x09, 0x0d],
    [0x20, 0x20],
    [0xa0, 0xa0],
    [0x1680, 0x1680],
    [0x2000, 0x200a],
    [0x2028, 0x2029],
    [0x202f, 0x202f],
    [0x205f, 0x205f],
    [0x3000, 0x3000],
    [0xfeff, 0xfeff]
];
function complement(ranges) {
    const out = [];
    let next = 0;
    for (const [from, to] of ranges) {
        if (from > next)
            out.push([next, from - 1]);
        next = to + 1;
    }
    if (next <= 0x10ffff)
        out.push([next, 0x10ffff]);
    return out;
}
const SPACE = re2Ranges(JS_SPACE);
const NOT_SPACE = re2Ranges(complement(JS_SPACE));
/** ECMAScript's `.` without the `s` flag: anything but a line terminator (RE2's: but `\n`). */
const JS_DOT = `[^${re2Ranges([
    [0x0a, 0x0a],
    [0x0d, 0x0d],
    [0x2028, 0x2029]
])}]`;
/**
 * A JavaScript regular expression (no flags) in RE2 syntax, with the meaning JavaScript gives it
 * where RE2's differs: `.` excludes every line terminator, `\s` and `\S` are Unicode white space,
 * `[\b]` is a backspace (re2js's translateRegExp does the rest: `\uXXXX`, `(?<name>`, `[^]`…).
 * Or the first construct that needs a backtracking engine: a lookahead, a lookbehind or a
 * backreference.
 */
function fromJavaScript(text) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i] ?? '';
        if (c === '\\') {
            const next = text[++i] ?? '';
            if (!inClass && /^[1-9]$/.test(next))
                return { unsupported: `backreference "\\${next}"` };
            if (!inClass && next === 'k' && text[i + 1] === '<') {
                return { unsupported: 'backreference "\\k<"' };
            }
            if (next === 's')
                out += inClass ? SPACE : `[${SPACE}]`;
            else if (next === 'S')
                out += inClass ? NOT_SPACE : `[${NOT_SPACE}]`;
            else if (next === 'b' && inClass)
                out += '\\x{8}';
            else
                out += c + next;
        }
        else if (inClass) {
            if (c === ']')
                inClass = false;
            out += c;
        }
        else if (c === '(' && text[i + 1] === '?') {
            const behind = text[i + 2] === '<';
            const kind = text[i + (behind ? 3 : 2)];
            if (kind === '=' || kind === '!') {
                const token = text.slice(i, i + (behind ? 4 : 3));
                return { unsupported: `${behind ? 'lookbehind' : 'lookahead'} "${token}"` };
            }
            out += c;
        }
        else {
            if (c === '[')
                inClass = true;
            out += c === '.' ? JS_DOT : c;
        }
    }
    return { source: out };
}
/** At most this many RE2 instructions in one rule's ignore-lines: each line runs through all. */
const MAX_IGNORE_LINES_PROGRAM = 10_000;
/**
 * Compile an `ignore-lines` regular expression (JavaScript syntax) for RE2, or say why it cannot
 * be: RE2 runs in time linear in the line, which rules out lookaround and backreferences.
 */
function compileOrExplain(text) {
    if (text.length > MAX_PATTERN_LENGTH) {
        return `regular expression longer than ${MAX_PATTERN_LENGTH} characters (${text.length}); every line is matched against it`;
    }
    const shown = `/${text}/`;
    const translated = fromJavaScript(text);
    if ('unsupported' in translated) {
        return `unsupported regular expression (${shown}: ${translated.unsupported}): lookaround and backreferences are not supported, because patterns must run in linear time`;
    }
    let compiled;
    try {
        compiled = re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.compile(re2js__WEBPACK_IMPORTED_MODULE_1__/* .RE2JS */ .L3.translateRegExp(translated.source));
    }
    catch (error) {
        const why = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .b)(error).replace(/^error parsing regexp: /, '');
        return `invalid regular expression (${shown}: ${why})`;
    }
    return new LinearPattern(text, compiled);
}
/**
 * Compile an `ignore-lines` regular expression (JavaScript syntax, without lookaround or
 * backreferences) to a pattern matched in linear time. Throws SyntaxError saying why not.
 */
function compileLinePattern(text) {
    const pattern = compileOrExplain(text);
    if (typeof pattern === 'string')
        throw new SyntaxError(pattern);
    return pattern;
}


/***/ }),

/***/ 7679:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ messageOf),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/** A problem with how rerun-action was called or configured (exit code 2), not with a commit. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** What a caught value says: its message when it is an Error. */
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 6956:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Imported first by the bundled entry points, for its effect: V8 flags that keep a verification's
 * memory flat in the length of its history (BENCHMARKS.md, section 5). V8 reads both whenever it
 * decides, so setting them after start-up takes effect; they are set here because the action's
 * `runs.main` cannot pass flags to node, and before the rest of the bundle is evaluated because
 * that alone would grow the young generation once.
 *
 * - The young generation stays at the size it starts with. V8 doubles it each time as much has
 *   survived its scavenges as it holds: loading the bundle and planning leave several MB of
 *   survivors, the replay a little per commit, so a long history doubles it again and again (to
 *   tens of MiB, held to the end). A small one costs a few more scavenges, each well under a
 *   millisecond here.
 * - No optimising compilers (TurboFan, and Maglev where Node has it on): code runs in V8's
 *   interpreter and baseline compiler. The replay mostly waits on git, the launch server and the
 *   commands; the optimising compilers ran on background threads beside them and kept compiling
 *   as a long history made more functions hot, their memory held by the allocator: on Node 20, 62
 *   -> 77 MiB from 40 to 1000 run commits with them, 55 -> 62 MiB without, in no more time.
 *   Planning alone is CPU-bound: a history whose every commit is a run commit plans about a sixth
 *   slower without them.
 */

node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--semi-space-growth-factor=1');
node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--no-turbofan');
node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--no-maglev');


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

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

/***/ 2856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L3: () => (/* binding */ RE2JS)
/* harmony export */ });
/* unused harmony exports Matcher, MatcherInput, MatcherInputBase, RE2JSCompileException, RE2JSException, RE2JSFlagsException, RE2JSGroupException, RE2JSInternalException, RE2JSSyntaxException, RE2Set, re */
/*!
* re2js
* RE2JS is the JavaScript port of RE2, a regular expression engine that provides linear time matching
*
* @version v2.10.0
* @author Oleksii Vasyliev
* @homepage https://github.com/le0pard/re2js#readme
* @repository [object Object]
* @license MIT
*/
// src/RE2Flags.js
var RE2Flags = class RE2Flags {
	static FOLD_CASE = 1;
	static LITERAL = 2;
	static CLASS_NL = 4;
	static DOT_NL = 8;
	static ONE_LINE = 16;
	static NON_GREEDY = 32;
	static PERL_X = 64;
	static UNICODE_GROUPS = 128;
	static WAS_DOLLAR = 256;
	static LOOKBEHIND = 512;
	static MATCH_NL = RE2Flags.CLASS_NL | RE2Flags.DOT_NL;
	static PERL = RE2Flags.CLASS_NL | RE2Flags.ONE_LINE | RE2Flags.PERL_X | RE2Flags.UNICODE_GROUPS;
	static POSIX = 0;
	static UNANCHORED = 0;
	static ANCHOR_START = 1;
	static ANCHOR_BOTH = 2;
};
// src/PublicFlags.js
/**
* Public flags for RE2JS and RE2Set compilation.
*/
const PublicFlags = {
	CASE_INSENSITIVE: 1,
	DOTALL: 2,
	MULTILINE: 4,
	DISABLE_UNICODE_GROUPS: 8,
	LONGEST_MATCH: 16,
	LOOKBEHINDS: 512
};
// src/Codepoint.js
/**
* Various constants and helper for unicode codepoints.
*/
const ASCII_SIZE = 128;
const ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
const ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
const MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
	if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
	else ASCII_TO_UPPER[i] = i;
	if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
	else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
	static CODES = Object.freeze({
		"\x07": 7,
		"\b": 8,
		"	": 9,
		"\n": 10,
		"\v": 11,
		"\f": 12,
		"\r": 13,
		" ": 32,
		"\"": 34,
		$: 36,
		"&": 38,
		"'": 39,
		"(": 40,
		")": 41,
		"*": 42,
		"+": 43,
		"-": 45,
		".": 46,
		0: 48,
		1: 49,
		2: 50,
		3: 51,
		4: 52,
		5: 53,
		6: 54,
		7: 55,
		8: 56,
		9: 57,
		":": 58,
		"<": 60,
		">": 62,
		"?": 63,
		A: 65,
		B: 66,
		C: 67,
		F: 70,
		P: 80,
		Q: 81,
		U: 85,
		Z: 90,
		"[": 91,
		"\\": 92,
		"]": 93,
		"^": 94,
		_: 95,
		"`": 96,
		a: 97,
		b: 98,
		f: 102,
		i: 105,
		m: 109,
		n: 110,
		r: 114,
		s: 115,
		t: 116,
		v: 118,
		x: 120,
		z: 122,
		"{": 123,
		"|": 124,
		"}": 125
	});
	static toUpperCase(codepoint) {
		if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
		const s = String.fromCodePoint(codepoint).toUpperCase();
		const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (s.length > expectedLen) return codepoint;
		const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
		const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
		return s.codePointAt(0);
	}
	static toLowerCase(codepoint) {
		if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
		const s = String.fromCodePoint(codepoint).toLowerCase();
		const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (s.length > expectedLen) return codepoint;
		const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
		const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
		return s.codePointAt(0);
	}
};
// src/UnicodeRangeTable.js
var UnicodeRangeTable = class {
	/**
	* @param {Uint32Array | number[]} data
	* @param {boolean} isStride1
	*/
	constructor(data, isStride1 = false) {
		this.data = data;
		this.isStride1 = isStride1;
		this.SIZE = isStride1 ? 2 : 3;
	}
	getLo(index) {
		return this.data[index * this.SIZE];
	}
	getHi(index) {
		return this.data[index * this.SIZE + 1];
	}
	getStride(index) {
		return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
	}
	get length() {
		return this.data.length / this.SIZE;
	}
};
// src/UnicodeTables.js
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
const B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
const decodeVLQ = (str) => {
	const res = [];
	let value = 0;
	let shift = 0;
	for (let i = 0; i < str.length; i++) {
		const digit = B64_MAP[str.charCodeAt(i)];
		value |= (digit & 31) << shift;
		if ((digit & 32) === 0) {
			res.push(value);
			value = 0;
			shift = 0;
		} else shift += 5;
	}
	return res;
};
const decodeRanges = (str, isStride1) => {
	const res = decodeVLQ(str);
	const numRanges = isStride1 ? res.length / 2 : res.length / 3;
	const out = new Uint32Array(numRanges * 3);
	let current = 0;
	let resIdx = 0;
	for (let i = 0; i < numRanges; i++) {
		current += res[resIdx++];
		out[i * 3] = current;
		current += res[resIdx++];
		out[i * 3 + 1] = current;
		out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
	}
	return out;
};
const decodeOrbit = (str) => {
	const res = decodeVLQ(str);
	const map = /* @__PURE__ */ new Map();
	let currentKey = 0;
	for (let i = 0; i < res.length; i += 2) {
		currentKey += res[i];
		const zz = res[i + 1];
		const delta = zz >>> 1 ^ -(zz & 1);
		map.set(currentKey, currentKey + delta);
	}
	return map;
};
var LazyMap = class {
	constructor(initializer) {
		this.initializer = initializer;
		this.cache = /* @__PURE__ */ new Map();
	}
	has(key) {
		return Object.hasOwn(this.initializer, key);
	}
	get(key) {
		if (this.cache.has(key)) return this.cache.get(key);
		const val = this.has(key) ? this.initializer[key]() : null;
		this.cache.set(key, val);
		return val;
	}
};
var UnicodeTables = class {
	static _CASE_ORBIT = null;
	static get CASE_ORBIT() {
		if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
		return this._CASE_ORBIT;
	}
	static _Print = null;
	static get Print() {
		if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
		return this._Print;
	}
	static CATEGORIES = new LazyMap({
		C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
		Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
		Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
		Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
		Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
		Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
		L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
		Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
		Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
		Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
		Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
		M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
		Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
		Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
		Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
		N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
		Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
		Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
		No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
		P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
		Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
		Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
		Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
		Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
		Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
		Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
		Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
		S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
		Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
		Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
		Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
		So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
		Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
		Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
		Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
		Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
		ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
		Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
		Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
		Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
		Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
		Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
		Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
		Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
		Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
		Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
		Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
		Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
		Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
		Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
		White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
	});
	static SCRIPTS = new LazyMap({
		Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
		Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
		Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
		Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
		Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
		Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
		Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
		Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
		Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
		Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
		Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
		Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
		Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
		Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
		Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
		Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
		Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
		Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
		Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
		Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
		Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
		Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
		Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
		Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
		Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
		Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
		Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
		Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
		Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
		Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
		Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
		Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
		Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
		Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
		Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
		Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
		Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
		Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
		Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
		Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
		Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
		Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
		Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
		Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
		Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
		Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
		Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
		Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
		Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
		Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
		Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
		Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
		Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
		Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
		Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
		Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
		Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
		Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
		Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
		Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
		Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
		Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
		Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
		Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
		Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
		Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
		Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
		Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
		Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
		Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
		Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
		Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
		Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
		Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
		Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
		Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
		Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
		Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
		Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
		Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
		Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
		Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
		Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
		Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
		Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
		Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
		Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
		Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
		Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
		Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
		Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
		Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
		Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
		Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
		Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
		Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
		Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
		Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
		Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
		Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
		Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
		Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
		New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
		Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
		Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
		Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
		Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
		Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
		Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
		Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
		Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
		Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
		Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
		Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
		Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
		Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
		Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
		Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
		Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
		Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
		Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
		Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
		Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
		Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
		Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
		Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
		Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
		Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
		Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
		Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
		Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
		Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
		Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
		Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
		Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
		Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
		SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
		Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
		Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
		Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
		Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
		Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
		Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
		Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
		Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
		Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
		Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
		Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
		Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
		Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
		Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
		Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
		Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
		Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
		Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
		Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
		Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
		Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
		Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
		Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
		Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
		Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
		Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
		Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
		Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
		Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
		Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
		Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
		Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
		Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
		Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
		Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
		Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
		Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
	});
	static FOLD_CATEGORIES = new LazyMap({
		L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
		LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
		Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
		Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
		Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
		M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
		Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
		Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
		Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
		Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
		Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
		Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
	});
	static FOLD_SCRIPT = new LazyMap({
		Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
		Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
		Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
	});
};
// src/Unicode.js
/**
* Utilities for dealing with Unicode better than JS does.
*/
var Unicode = class Unicode {
	static MAX_RUNE = 1114111;
	static RUNE_ERROR = 65533;
	static isUnsearchable(r) {
		return r === Unicode.RUNE_ERROR || r >= Unicode.MIN_HIGH_SURROGATE && r <= Unicode.MAX_LOW_SURROGATE;
	}
	static MAX_ASCII = 127;
	static MAX_LATIN1 = 255;
	static MAX_BMP = 65535;
	static MIN_FOLD = 65;
	static MAX_FOLD = 125251;
	static MIN_HIGH_SURROGATE = 55296;
	static MAX_HIGH_SURROGATE = 56319;
	static MIN_LOW_SURROGATE = 56320;
	static MAX_LOW_SURROGATE = 57343;
	static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
	static is32(ranges, r) {
		let lo = 0;
		let hi = ranges.length;
		while (lo < hi) {
			const m = lo + Math.floor((hi - lo) / 2);
			const rlo = ranges.getLo(m);
			const rhi = ranges.getHi(m);
			if (rlo <= r && r <= rhi) {
				const stride = ranges.getStride(m);
				return (r - rlo) % stride === 0;
			}
			if (r < rlo) hi = m;
			else lo = m + 1;
		}
		return false;
	}
	static is(ranges, r) {
		if (r <= Unicode.MAX_LATIN1) {
			for (let i = 0; i < ranges.length; i++) {
				if (r > ranges.getHi(i)) continue;
				const rlo = ranges.getLo(i);
				if (r < rlo) return false;
				const stride = ranges.getStride(i);
				return (r - rlo) % stride === 0;
			}
			return false;
		}
		return ranges.length > 0 && r >= ranges.getLo(0) && Unicode.is32(ranges, r);
	}
	static isPrint(r) {
		if (r <= Unicode.MAX_LATIN1) return r >= 32 && r < Unicode.MAX_ASCII || r >= 161 && r !== 173;
		return Unicode.is(UnicodeTables.Print, r);
	}
	static simpleFold(r) {
		if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
		if (r <= Unicode.MAX_ASCII) {
			const l = Codepoint.toLowerCase(r);
			return l !== r ? l : Codepoint.toUpperCase(r);
		}
		return r;
	}
	static equalsIgnoreCase(r1, r2) {
		if (r1 === r2) return true;
		if (r1 < 0 || r2 < 0) return false;
		if (r1 <= Unicode.MAX_ASCII && r2 <= Unicode.MAX_ASCII) {
			if (65 <= r1 && r1 <= 90) r1 |= 32;
			if (65 <= r2 && r2 <= 90) r2 |= 32;
			return r1 === r2;
		}
		for (let r = Unicode.simpleFold(r1); r !== r1; r = Unicode.simpleFold(r)) if (r === r2) return true;
		return false;
	}
};
// src/exceptions.js
var RE2JSException = class extends Error {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSException";
	}
};
/**
* An exception thrown by the parser if the pattern was invalid.
*/
var RE2JSSyntaxException = class extends RE2JSException {
	/**
	* @param {string} error
	* @param {string|null} [input=null]
	*/
	constructor(error, input = null) {
		let message = `error parsing regexp: ${error}`;
		if (input) message += `: \`${input}\``;
		super(message);
		this.name = "RE2JSSyntaxException";
		this.message = message;
		/** @type {string} */
		this.error = error;
		/** @type {string|null} */
		this.input = input;
	}
	/**
	* Retrieves the description of the error.
	* @returns {string}
	*/
	getDescription() {
		return this.error;
	}
	/**
	* Retrieves the erroneous regular-expression pattern.
	* @returns {string|null}
	*/
	getPattern() {
		return this.input;
	}
};
/**
* An exception thrown by the compiler
*/
var RE2JSCompileException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSCompileException";
	}
};
/**
* An exception thrown by using groups
*/
var RE2JSGroupException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSGroupException";
	}
};
/**
* An exception thrown by flags
*/
var RE2JSFlagsException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSFlagsException";
	}
};
/**
* An exception thrown for internal engine errors, such as corrupted bytecodes.
*/
var RE2JSInternalException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSInternalException";
	}
};
// src/Utils.js
/**
* Size of the precomputed single-byte lookup table.
* Covers standard ASCII and Latin-1 characters for fast-path execution.
*/
const FAST_PATH_TABLE_SIZE = 256;
/**
* Precomputed lookup table for Word Boundary (\b, \B) assertions.
* * By precomputing the boolean results for standard ASCII word ranges
* ('a'-'z', 'A'-'Z', '0'-'9', '_'), we completely eliminate 4 logical
* branches from the NFA's hot execution loop. This prevents costly
* CPU branch mispredictions when scanning large strings.
*/
const WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
let cachedNativeEncoder = null;
let cachedNativeDecoder = null;
/**
* Various constants and helper utilities.
*/
var Utils = class Utils {
	static METACHARACTERS = "\\.+*?()|[]{}^$";
	static EMPTY_BEGIN_LINE = 1;
	static EMPTY_END_LINE = 2;
	static EMPTY_BEGIN_TEXT = 4;
	static EMPTY_END_TEXT = 8;
	static EMPTY_WORD_BOUNDARY = 16;
	static EMPTY_NO_WORD_BOUNDARY = 32;
	static EMPTY_ALL = -1;
	static emptyInts() {
		return [];
	}
	static isString(value) {
		return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
	}
	static typeName(value) {
		if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
		return Object.prototype.toString.call(value).slice(8, -1);
	}
	static checkPattern(pattern) {
		if (!Utils.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
	}
	static checkInput(input) {
		if (!Utils.isString(input) && !Utils.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils.typeName(input)}`);
	}
	static checkFlags(flags) {
		const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
		if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
	}
	static isByteArray(input) {
		return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
	}
	static isalnum(c) {
		return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
	}
	static unhex(c) {
		if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
		if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
		if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
		return -1;
	}
	static escapeRune(rune) {
		let out = "";
		if (Unicode.isPrint(rune)) {
			if (Utils.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
			out += String.fromCodePoint(rune);
		} else switch (rune) {
			case Codepoint.CODES["\""]:
				out += "\\\"";
				break;
			case Codepoint.CODES["\\"]:
				out += "\\\\";
				break;
			case Codepoint.CODES["	"]:
				out += "\\t";
				break;
			case Codepoint.CODES["\n"]:
				out += "\\n";
				break;
			case Codepoint.CODES["\r"]:
				out += "\\r";
				break;
			case Codepoint.CODES["\b"]:
				out += "\\b";
				break;
			case Codepoint.CODES["\f"]:
				out += "\\f";
				break;
			default: {
				let s = rune.toString(16);
				if (rune < 256) {
					out += "\\x";
					if (s.length === 1) out += "0";
					out += s;
				} else out += `\\x{${s}}`;
				break;
			}
		}
		return out;
	}
	static stringToRunes(str) {
		const string = String(str);
		const runes = [];
		let i = 0;
		while (i < string.length) {
			const cp = string.codePointAt(i);
			runes.push(cp);
			i += cp > Unicode.MAX_BMP ? 2 : 1;
		}
		return new Int32Array(runes);
	}
	static runeToString(r) {
		return String.fromCodePoint(r);
	}
	static isWordRune(r) {
		return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
	}
	static emptyOpContext(r1, r2) {
		let op = 0;
		if (r1 < 0) op |= Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
		if (r1 === 10) op |= Utils.EMPTY_BEGIN_LINE;
		if (r2 < 0) op |= Utils.EMPTY_END_TEXT | Utils.EMPTY_END_LINE;
		if (r2 === 10) op |= Utils.EMPTY_END_LINE;
		if (Utils.isWordRune(r1) !== Utils.isWordRune(r2)) op |= Utils.EMPTY_WORD_BOUNDARY;
		else op |= Utils.EMPTY_NO_WORD_BOUNDARY;
		return op;
	}
	/**
	* Returns a string that quotes all regular expression metacharacters inside the argument text;
	* the returned string is a regular expression matching the literal text. For example,
	* {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
	* @param {string} str
	* @returns {string}
	*/
	static quoteMeta(str) {
		return str.split("").map((s) => {
			if (Utils.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
			return s;
		}).join("");
	}
	static charCount(codePoint) {
		return codePoint > Unicode.MAX_BMP ? 2 : 1;
	}
	/**
	* High-speed conversion from TypedArrays to standard JS Arrays.
	* Bypasses the expensive Symbol.iterator overhead of Array.from()
	*/
	static toArray(typedArray) {
		const len = typedArray.length;
		const res = new Array(len);
		for (let i = 0; i < len; i++) res[i] = typedArray[i];
		return res;
	}
	static stringToUtf8ByteArray(str) {
		if (globalThis.TextEncoder) {
			if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
			return cachedNativeEncoder.encode(str);
		} else {
			let out = [], p = 0;
			for (let i = 0; i < str.length; i++) {
				let c = str.charCodeAt(i);
				if (c < 128) out[p++] = c;
				else if (c < 2048) {
					out[p++] = c >> 6 | 192;
					out[p++] = c & 63 | 128;
				} else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
					c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
					out[p++] = c >> 18 | 240;
					out[p++] = c >> 12 & 63 | 128;
					out[p++] = c >> 6 & 63 | 128;
					out[p++] = c & 63 | 128;
				} else {
					out[p++] = c >> 12 | 224;
					out[p++] = c >> 6 & 63 | 128;
					out[p++] = c & 63 | 128;
				}
			}
			return out;
		}
	}
	static utf8ByteArrayToString(bytes) {
		if (globalThis.TextDecoder) {
			if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
			const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
			return cachedNativeDecoder.decode(view);
		} else {
			let out = [], pos = 0, c = 0;
			while (pos < bytes.length) {
				let c1 = bytes[pos++];
				if (c1 < 128) out[c++] = String.fromCharCode(c1);
				else if (c1 > 191 && c1 < 224) {
					let c2 = bytes[pos++];
					out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
				} else if (c1 > 239 && c1 < 365) {
					let c2 = bytes[pos++];
					let c3 = bytes[pos++];
					let c4 = bytes[pos++];
					let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
					out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
					out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
				} else {
					let c2 = bytes[pos++];
					let c3 = bytes[pos++];
					out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
				}
			}
			return out.join("");
		}
	}
};
// src/helpers.js
const createEnum = (values = [], initNum = 0) => {
	const enumObject = Object.create(null);
	for (let i = 0; i < values.length; i++) {
		const val = values[i];
		const keyVal = initNum + i;
		enumObject[val] = keyVal;
		enumObject[keyVal] = val;
	}
	return Object.freeze(enumObject);
};
// src/MatcherInput.js
/**
* Abstract the representations of input text supplied to Matcher.
*/
var MatcherInputBase = class MatcherInputBase {
	static Encoding = createEnum(["UTF_16", "UTF_8"]);
	getEncoding() {
		throw Error("not implemented");
	}
	/** @returns {string} */
	asCharSequence() {
		throw Error("not implemented");
	}
	/** @returns {Uint8Array|number[]|null} */
	asBytes() {
		throw Error("not implemented");
	}
	/** @returns {number} */
	length() {
		throw Error("not implemented");
	}
	/**
	*
	* @returns {boolean}
	*/
	isUTF8Encoding() {
		return this.getEncoding() === MatcherInputBase.Encoding.UTF_8;
	}
	/**
	*
	* @returns {boolean}
	*/
	isUTF16Encoding() {
		return this.getEncoding() === MatcherInputBase.Encoding.UTF_16;
	}
};
var Utf8MatcherInput = class extends MatcherInputBase {
	/** @param {Uint8Array|number[]|null} bytes */
	constructor(bytes = null) {
		super();
		this.bytes = bytes;
	}
	getEncoding() {
		return MatcherInputBase.Encoding.UTF_8;
	}
	/**
	*
	* @returns {string}
	*/
	asCharSequence() {
		return Utils.utf8ByteArrayToString(this.bytes);
	}
	/**
	*
	* @returns {Uint8Array|number[]|null}
	*/
	asBytes() {
		return this.bytes;
	}
	/**
	*
	* @returns {number}
	*/
	length() {
		return this.bytes.length;
	}
};
var Utf16MatcherInput = class extends MatcherInputBase {
	/** @param {string|null} charSequence */
	constructor(charSequence = null) {
		super();
		this.charSequence = charSequence;
	}
	getEncoding() {
		return MatcherInputBase.Encoding.UTF_16;
	}
	/**
	*
	* @returns {string}
	*/
	asCharSequence() {
		return this.charSequence;
	}
	/**
	*
	* @returns {number[]}
	*/
	asBytes() {
		return Utils.stringToUtf8ByteArray(this.charSequence.toString());
	}
	/**
	*
	* @returns {number}
	*/
	length() {
		return this.charSequence.length;
	}
};
var MatcherInput = class {
	/**
	* Return the MatcherInput for UTF_16 encoding.
	* @returns {Utf16MatcherInput}
	*/
	static utf16(charSequence) {
		Utils.checkInput(charSequence);
		return new Utf16MatcherInput(charSequence);
	}
	/**
	* Return the MatcherInput for UTF_8 encoding.
	* @returns {Utf8MatcherInput}
	*/
	static utf8(input) {
		if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
		return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
	}
};
// src/MachineInput.js
/**
* MachineInput abstracts different representations of the input text supplied to the Machine. It
* provides one-character lookahead.
*/
var MachineInputBase = class {
	static EOF() {
		return -8;
	}
	constructor() {
		this.start = 0;
		this.end = 0;
	}
	canCheckPrefix() {
		return true;
	}
	endPos() {
		return this.end - this.start;
	}
	hasString() {
		return false;
	}
	hasAnyString() {
		return false;
	}
	prefixLength() {
		return 0;
	}
};
var MachineUTF8Input = class MachineUTF8Input extends MachineInputBase {
	static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
	constructor(bytes, start = 0, end = bytes.length) {
		super();
		this.bytes = bytes;
		this.start = start;
		this.end = end;
	}
	hasString(prefilter, pos) {
		const target = prefilter.bytes;
		if (target.length === 0) return true;
		const idx = this.indexOf(this.bytes, target, this.start + pos);
		return idx !== -1 && idx <= this.end - target.length;
	}
	hasAnyString(prefilter, pos) {
		return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
	}
	step(pos) {
		pos += this.start;
		if (pos >= this.end) return MachineInputBase.EOF();
		const c = this.bytes[pos] & 255;
		if (c < 128) return c << 3 | 1;
		let size;
		let rune;
		let lo = 128;
		let hi = 191;
		if (c >= 194 && c <= 223) {
			size = 2;
			rune = c & 31;
		} else if (c >= 224 && c <= 239) {
			size = 3;
			rune = c & 15;
			if (c === 224) lo = 160;
			else if (c === 237) hi = 159;
		} else if (c >= 240 && c <= 244) {
			size = 4;
			rune = c & 7;
			if (c === 240) lo = 144;
			else if (c === 244) hi = 143;
		} else return MachineUTF8Input.RUNE_ERROR_STEP;
		if (pos + size > this.end) return MachineUTF8Input.RUNE_ERROR_STEP;
		const c1 = this.bytes[pos + 1] & 255;
		if (c1 < lo || c1 > hi) return MachineUTF8Input.RUNE_ERROR_STEP;
		rune = rune << 6 | c1 & 63;
		if (size > 2) {
			const c2 = this.bytes[pos + 2] & 255;
			if ((c2 & 192) !== 128) return MachineUTF8Input.RUNE_ERROR_STEP;
			rune = rune << 6 | c2 & 63;
			if (size > 3) {
				const c3 = this.bytes[pos + 3] & 255;
				if ((c3 & 192) !== 128) return MachineUTF8Input.RUNE_ERROR_STEP;
				rune = rune << 6 | c3 & 63;
			}
		}
		return rune << 3 | size;
	}
	index(re2, pos) {
		pos += this.start;
		const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
		return i < 0 ? i : i - pos;
	}
	context(pos) {
		pos += this.start;
		let r1 = -1;
		if (pos > this.start && pos <= this.end) {
			let start = pos - 1;
			r1 = this.bytes[start--];
			if (r1 >= 128) {
				let lim = pos - 4;
				if (lim < this.start) lim = this.start;
				while (start >= lim && (this.bytes[start] & 192) === 128) start--;
				if (start < this.start) start = this.start;
				const r = this.step(start - this.start);
				r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
			}
		}
		const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
		return Utils.emptyOpContext(r1, r2);
	}
	indexOf(source, target, fromIndex = 0) {
		let targetLength = target.length;
		if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
		const firstByte = target[0];
		let limit = this.end - targetLength;
		const hasNativeIndexOf = typeof source.indexOf === "function";
		let i = fromIndex;
		while (i <= limit) {
			if (hasNativeIndexOf) {
				i = source.indexOf(firstByte, i);
				if (i === -1 || i > limit) return -1;
			} else {
				while (i <= limit && source[i] !== firstByte) i++;
				if (i > limit) return -1;
			}
			let match = true;
			for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
				match = false;
				break;
			}
			if (match) return i;
			i++;
		}
		return -1;
	}
	prefixLength(re2) {
		return re2.prefixUTF8.length;
	}
};
var MachineUTF16Input = class extends MachineInputBase {
	constructor(charSequence, start = 0, end = charSequence.length) {
		super();
		this.charSequence = charSequence;
		this.start = start;
		this.end = end;
	}
	hasString(prefilter, pos) {
		const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
		return idx !== -1 && idx <= this.end - prefilter.str.length;
	}
	hasAnyString(prefilter, pos) {
		return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
	}
	step(pos) {
		pos += this.start;
		if (pos >= this.end) return MachineInputBase.EOF();
		const c1 = this.charSequence.charCodeAt(pos);
		if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
		const c2 = this.charSequence.charCodeAt(pos + 1);
		if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
		return c1 << 3 | 1;
	}
	index(re2, pos) {
		pos += this.start;
		const i = this.charSequence.indexOf(re2.prefix, pos);
		if (i < 0 || i > this.end - re2.prefix.length) return -1;
		return i - pos;
	}
	context(pos) {
		pos += this.start;
		const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
		const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
		return Utils.emptyOpContext(r1, r2);
	}
	prefixLength(re2) {
		return re2.prefix.length;
	}
};
var MachineInput = class {
	static fromUTF8(bytes, start = 0, end = bytes.length) {
		return new MachineUTF8Input(bytes, start, end);
	}
	static fromUTF16(charSequence, start = 0, end = void 0) {
		Utils.checkInput(charSequence);
		return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
	}
};
// src/Matcher.js
/**
* A stateful iterator that interprets a regex {@code RE2JS} on a specific input.
*
* Conceptually, a Matcher consists of four parts:
* <ol>
* <li>A compiled regular expression {@code RE2JS}, set at construction and fixed for the lifetime
* of the matcher.</li>
*
* <li>The remainder of the input string, set at construction or {@link #reset()} and advanced by
* each match operation such as {@link #find}, {@link #matches} or {@link #lookingAt}.</li>
*
* <li>The current match information, accessible via {@link #start}, {@link #end}, and
* {@link #group}, and updated by each match operation.</li>
*
* <li>The append position, used and advanced by {@link #appendReplacement} and {@link #appendTail}
* if performing a search and replace from the input to an external {@code StringBuffer}.
*
* </ol>
*
*
* @author rsc@google.com (Russ Cox)
*/
var Matcher = class Matcher {
	/**
	* V8 and WebKit have historical hard limits on the number of arguments
	* that can be passed to a function. We cap replacer arguments to prevent
	* Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
	*/
	static MAX_REPLACER_ARGS = 65535;
	/**
	* Quotes '\' and '$' in {@code s}, so that the returned string could be used in
	* {@link #appendReplacement} as a literal replacement of {@code s}.
	*
	* @param {string} str the string to be quoted
	* @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
	* @returns {string} the quoted string
	*/
	static quoteReplacement(str, javaMode = false) {
		if (javaMode) {
			if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
			return str.split("").map((s) => {
				const c = s.codePointAt(0);
				if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
				return s;
			}).join("");
		}
		if (str.indexOf("$") < 0) return str;
		return str.split("").map((s) => {
			if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
			return s;
		}).join("");
	}
	/**
	*
	* @param {import('./index.js').RE2JS} pattern
	* @param {string|number[]|Uint8Array|MatcherInputBase} input
	*/
	constructor(pattern, input) {
		if (pattern === null) throw new Error("pattern is null");
		/**
		* The pattern being matched.
		* @type {import('./index.js').RE2JS}
		*/
		this.patternInput = pattern;
		const re2 = this.patternInput.re2();
		/** @type {number} */
		this.patternGroupCount = re2.numberOfCapturingGroups();
		/** @type {number[]} */
		this.groups = [];
		/** @type {Record<string, number>} */
		this.namedGroups = re2.namedGroups;
		/** @type {boolean} */
		this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
		/** @type {number} */
		this.numberOfInstructions = re2.numberOfInstructions();
		/** @type {import('./Machine.js').LookbehindState|null} */
		this.lookbehindState = null;
		if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
		else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
		else this.resetMatcherInput(MatcherInput.utf16(input));
	}
	/**
	* Returns the {@code RE2JS} associated with this {@code Matcher}.
	* @returns {import('./index.js').RE2JS}
	*/
	pattern() {
		return this.patternInput;
	}
	/**
	* Resets the {@code Matcher}, rewinding input and discarding any match information.
	*
	* @returns {Matcher} the {@code Matcher} itself, for chained method calls
	*/
	reset() {
		/** @type {number} */
		this.matcherInputLength = this.matcherInput.length();
		/** @type {number} */
		this.appendPos = 0;
		this.hasMatch = false;
		this.hasGroups = false;
		this.anchorFlag = 0;
		return this;
	}
	/**
	* Resets the {@code Matcher} and changes the input.
	* @param {string|number[]|Uint8Array|MatcherInputBase} input
	* @returns {Matcher} the {@code Matcher} itself, for chained method calls
	*/
	resetMatcherInput(input) {
		if (input === null) throw new Error("input is null");
		if (!(input instanceof MatcherInputBase)) {
			if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
			else input = MatcherInput.utf16(input);
		}
		this.matcherInput = input;
		if (this.lookbehindState !== null) this.lookbehindState.reset();
		else this.lookbehindState = this.patternInput.re2().createLookbehindState();
		this.reset();
		return this;
	}
	/**
	* Returns the start of the named group of the most recent match, or -1 if the group was not
	* matched.
	* @param {string|number} [group=0]
	* @returns {number}
	*/
	start(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		this.loadGroup(group);
		return this.groups[2 * group];
	}
	/**
	* Returns the end of the named group of the most recent match, or -1 if the group was not
	* matched.
	* @param {string|number} [group=0]
	* @returns {number}
	*/
	end(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		this.loadGroup(group);
		return this.groups[2 * group + 1];
	}
	/**
	* Returns the program size of this pattern.
	*
	* <p>
	* Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
	* "cost". Larger numbers are more expensive than smaller numbers.
	* </p>
	*
	* @returns {number} the program size of this pattern
	*/
	programSize() {
		return this.numberOfInstructions;
	}
	/**
	* Returns the named group of the most recent match, or {@code null} if the group was not matched.
	* @param {string|number} [group=0]
	* @returns {string|null}
	*/
	group(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		const start = this.start(group);
		const end = this.end(group);
		if (start < 0 && end < 0) return null;
		return this.substring(start, end);
	}
	/**
	* Returns a dictionary map of all named capturing groups and their matched values.
	* If a group was not matched, its value will be `null`.
	* @returns {Record<string, string|null>}
	*/
	getNamedGroups() {
		if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
		const result = Object.create(null);
		for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
		return result;
	}
	/**
	* Returns the number of subgroups in this pattern.
	*
	* @returns {number} the number of subgroups; the overall match (group 0) does not count
	*/
	groupCount() {
		return this.patternGroupCount;
	}
	/**
	* Helper: finds subgroup information if needed for group.
	* @param {number} group
	* @private
	*/
	loadGroup(group) {
		if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
		if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
		if (group === 0 || this.hasGroups) return;
		const end = this.matcherInputLength;
		const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
		if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
		this.groups = res[1];
		this.hasGroups = true;
	}
	/**
	* Matches the entire input against the pattern (anchored start and end). If there is a match,
	* {@code matches} sets the match state to describe it.
	*
	* @returns {boolean} true if the entire input matches the pattern
	*/
	matches() {
		return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
	}
	/**
	* Matches the beginning of input against the pattern (anchored start). If there is a match,
	* {@code lookingAt} sets the match state to describe it.
	*
	* @returns {boolean} true if the beginning of the input matches the pattern
	*/
	lookingAt() {
		return this.genMatch(0, RE2Flags.ANCHOR_START);
	}
	/**
	* Matches the input against the pattern (unanchored), starting at a specified position. If there
	* is a match, {@code find} sets the match state to describe it.
	*
	* @param {number|null} [start=null] the input position where the search begins
	* @returns {boolean} if it finds a match
	* @throws IndexOutOfBoundsException if start is not a valid input position
	*/
	find(start = null) {
		if (start !== null) {
			if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
			this.reset();
			return this.genMatch(start, 0);
		}
		start = 0;
		if (this.hasMatch) {
			start = this.groups[1];
			if (this.groups[0] === this.groups[1]) {
				const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
				if (r < 0) start++;
				else start += r & 7;
			}
		}
		return this.genMatch(start, RE2Flags.UNANCHORED);
	}
	/**
	* Helper: does match starting at start, with RE2 anchor flag.
	* @param {number} startByte
	* @param {number} anchor
	* @returns {boolean}
	* @private
	*/
	genMatch(startByte, anchor) {
		const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
		if (!res[0]) {
			this.hasMatch = false;
			return false;
		}
		this.groups = res[1];
		this.hasMatch = true;
		this.hasGroups = this.patternGroupCount === 0;
		this.anchorFlag = anchor;
		return true;
	}
	/**
	* Helper: return substring for [start, end).
	* @param {number} start
	* @param {number} end
	* @returns {string}
	*/
	substring(start, end) {
		if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
		return this.matcherInput.asCharSequence().substring(start, end).toString();
	}
	/**
	* Helper for Pattern: return input length.
	* @returns {number}
	*/
	inputLength() {
		return this.matcherInputLength;
	}
	/**
	* Appends to result two strings: the text from the append position up to the beginning of the
	* most recent match, and then the replacement with submatch groups substituted for references to
	* them. It advances the append position to where the most recent match ended.
	*
	* By default the replacement is expanded as by String.prototype.replace (see
	* appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
	* many digits as still form a valid group number, ${name} is a named group, and a backslash
	* escapes the next character (so "\\$" in a JS string literal inserts a literal $).
	*
	* @param {string} replacement the replacement string
	* @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
	* @returns {string}
	* @throws IllegalStateException if there was no most recent match
	* @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
	* @private
	*/
	appendReplacement(replacement, javaMode = false) {
		let res = "";
		const s = this.start();
		const e = this.end();
		if (this.appendPos < s) res += this.substring(this.appendPos, s);
		this.appendPos = e;
		res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
		return res;
	}
	/**
	* @param {string} replacement - the replacement string
	* @returns {string}
	* @private
	*/
	appendReplacementInternalJava(replacement) {
		let res = "";
		let last = 0;
		const m = replacement.length;
		let i = 0;
		while (i < m) {
			const cCode = replacement.codePointAt(i);
			if (cCode === Codepoint.CODES["\\"]) {
				if (last < i) res += replacement.substring(last, i);
				i++;
				if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
				last = i;
				i++;
				continue;
			}
			if (cCode === Codepoint.CODES["$"]) {
				if (last < i) res += replacement.substring(last, i);
				if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
				const nextCode = replacement.codePointAt(i + 1);
				if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
					let n = nextCode - Codepoint.CODES["0"];
					let j = i + 2;
					for (; j < m; j++) {
						const digit = replacement.codePointAt(j);
						if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
						n = n * 10 + digit - Codepoint.CODES["0"];
					}
					if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
					const group = this.group(n);
					if (group !== null) res += group;
					i = j;
					last = i;
				} else if (nextCode === Codepoint.CODES["{"]) {
					let j = i + 2;
					while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
					if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
					const groupName = replacement.substring(i + 2, j);
					const groupVal = this.group(groupName);
					if (groupVal !== null) res += groupVal;
					i = j + 1;
					last = i;
				} else throw new RE2JSGroupException("Illegal group reference");
				continue;
			}
			i++;
		}
		if (last < m) res += replacement.substring(last, m);
		return res;
	}
	/**
	* Expands |replacement| for the current match by the rules of String.prototype.replace
	* (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
	* after it, $n and $nn a group (two digits only when they form a valid group number, so with
	* one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
	* (empty when no such group), only when the pattern has named groups. Anything else, such as
	* "$0" or "$<" without a closing ">", is kept as is.
	* @param {string} replacement - the replacement string
	* @returns {string}
	* @private
	*/
	appendReplacementInternalJs(replacement) {
		const isDigit = (c) => c >= 48 && c <= 57;
		const groupCount = this.patternGroupCount;
		let res = "";
		let i = 0;
		while (i < replacement.length) {
			const dollar = replacement.indexOf("$", i);
			if (dollar < 0) break;
			res += replacement.substring(i, dollar);
			i = dollar;
			const c = replacement.charCodeAt(i + 1);
			if (c === Codepoint.CODES["$"]) {
				res += "$";
				i += 2;
			} else if (c === Codepoint.CODES["&"]) {
				res += this.group(0);
				i += 2;
			} else if (c === Codepoint.CODES["`"]) {
				res += this.substring(0, this.start(0));
				i += 2;
			} else if (c === Codepoint.CODES["'"]) {
				res += this.substring(this.end(0), this.matcherInputLength);
				i += 2;
			} else if (isDigit(c)) {
				let digits = 1;
				let index = c - 48;
				const c2 = replacement.charCodeAt(i + 2);
				if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
					digits = 2;
					index = index * 10 + c2 - 48;
				}
				if (index >= 1 && index <= groupCount) {
					const group = this.group(index);
					if (group !== null) res += group;
				} else res += replacement.substring(i, i + 1 + digits);
				i += 1 + digits;
			} else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
				const gt = replacement.indexOf(">", i + 2);
				if (gt < 0) {
					res += "$<";
					i += 2;
				} else {
					const name = replacement.substring(i + 2, gt);
					if (Object.hasOwn(this.namedGroups, name)) {
						const group = this.group(name);
						if (group !== null) res += group;
					}
					i = gt + 1;
				}
			} else {
				res += "$";
				i += 1;
			}
		}
		return res + replacement.substring(i);
	}
	/**
	* Return the substring of the input from the append position to the end of the
	* input.
	* @returns {string}
	*/
	appendTail() {
		return this.substring(this.appendPos, this.matcherInputLength);
	}
	/**
	* Returns the input with all matches replaced by {@code replacement}, interpreted as for
	* {@code appendReplacement}.
	*
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string} the input string with the matches replaced
	* @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
	*/
	replaceAll(replacement, javaMode = false) {
		return this.replace(replacement, true, javaMode);
	}
	/**
	* Returns the input with the first match replaced by {@code replacement}, interpreted as for
	* {@code appendReplacement}.
	*
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string} the input string with the first match replaced
	* @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
	*/
	replaceFirst(replacement, javaMode = false) {
		return this.replace(replacement, false, javaMode);
	}
	/**
	* Helper: replaceAll/replaceFirst hybrid.
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [all=true] - replace all matches
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string}
	* @private
	*/
	replace(replacement, all = true, javaMode = false) {
		let res = "";
		this.reset();
		const isFunc = typeof replacement === "function";
		let originalInput = null;
		if (isFunc) {
			if (this.groupCount() >= Matcher.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
			originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
		}
		while (this.find()) {
			res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
			if (!all) break;
		}
		res += this.appendTail();
		return res;
	}
	/**
	* Evaluates a replacer function for the current match and appends the result,
	* along with any un-matched preceding text, advancing the append position.
	* @param {Function} replacer - the replacer function
	* @param {string|Uint8Array|number[]} originalInput - the cached original input reference
	* @returns {string} the evaluated string to append
	* @private
	*/
	appendReplacementFunc(replacer, originalInput) {
		let res = "";
		const s = this.start();
		const e = this.end();
		if (this.appendPos < s) res += this.substring(this.appendPos, s);
		this.appendPos = e;
		/** @type {unknown[]} */
		const args = this.matchArray();
		args.push(s, originalInput);
		if (this.hasNamedGroups) args.push(this.namedGroupsObject());
		res += String(replacer(...args));
		return res;
	}
	/**
	* The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
	* did not take part in the match. Used by exec(), matchAll() and replacer functions.
	* @returns {Array<string|undefined>}
	* @private
	*/
	matchArray() {
		const result = [this.group(0)];
		for (let i = 1; i <= this.patternGroupCount; i++) {
			const group = this.group(i);
			result.push(group === null ? void 0 : group);
		}
		return result;
	}
	/**
	* The named groups, as the groups property of a JS RegExpExecArray: an object without a
	* prototype mapping each name to its group (undefined when it did not take part in the match),
	* or undefined when the pattern has no named groups.
	* @returns {Record<string, string|undefined>|undefined}
	* @private
	*/
	namedGroupsObject() {
		if (!this.hasNamedGroups) return;
		const result = this.getNamedGroups();
		for (const name in result) if (result[name] === null) result[name] = void 0;
		return result;
	}
};
// src/Inst.js
/**
* A single instruction in the regular expression virtual machine.
*
* @see http://swtch.com/~rsc/regexp/regexp2.html
*/
var Inst = class Inst {
	static ALT = 1;
	static ALT_MATCH = 2;
	static CAPTURE = 3;
	static EMPTY_WIDTH = 4;
	static FAIL = 5;
	static MATCH = 6;
	static NOP = 7;
	static RUNE = 8;
	static RUNE1 = 9;
	static RUNE_ANY = 10;
	static RUNE_ANY_NOT_NL = 11;
	static LB_WRITE = 12;
	static LB_CHECK = 13;
	static isRuneOp(op) {
		return Inst.RUNE <= op && op <= Inst.RUNE_ANY_NOT_NL;
	}
	static escapeRunes(runes) {
		let out = "\"";
		for (let rune of runes) out += Utils.escapeRune(rune);
		out += "\"";
		return out;
	}
	constructor(op) {
		this.op = op;
		this.out = 0;
		this.arg = 0;
		/** @type {Int32Array} */
		this.runes = /* @__PURE__ */ new Int32Array(0);
		/** @type {Uint32Array | number[] | null} */
		this.next = null;
	}
	matchRune(r) {
		if (this.runes.length === 1) {
			const r0 = this.runes[0];
			if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
			return r === r0;
		}
		const len = this.runes.length;
		if (len === 0) return false;
		if (len === 2 || len === 4 || len === 6 || len === 8) {
			for (let j = 0; j < len; j += 2) {
				if (r < this.runes[j]) return false;
				if (r <= this.runes[j + 1]) return true;
			}
			return false;
		}
		let base = 0;
		let n = len >> 1;
		while (n > 1) {
			const half = n >> 1;
			base += this.runes[base + half << 1] <= r ? half : 0;
			n -= half;
		}
		base += this.runes[base << 1] <= r ? 1 : 0;
		const m = base - 1;
		return m >= 0 && r <= this.runes[m << 1 | 1];
	}
	matchRunePos(r) {
		if (this.runes.length === 1) {
			const r0 = this.runes[0];
			if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
			return r === r0 ? 0 : -1;
		}
		const len = this.runes.length;
		if (len === 0) return -1;
		if (len === 2 || len === 4 || len === 6 || len === 8) {
			for (let j = 0; j < len; j += 2) {
				if (r < this.runes[j]) return -1;
				if (r <= this.runes[j + 1]) return Math.floor(j / 2);
			}
			return -1;
		}
		let base = 0;
		let n = len >> 1;
		while (n > 1) {
			const half = n >> 1;
			base += this.runes[base + half << 1] <= r ? half : 0;
			n -= half;
		}
		base += this.runes[base << 1] <= r ? 1 : 0;
		const m = base - 1;
		return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		switch (this.op) {
			case Inst.ALT: return `alt -> ${this.out}, ${this.arg}`;
			case Inst.ALT_MATCH: return `altmatch -> ${this.out}, ${this.arg}`;
			case Inst.CAPTURE: return `cap ${this.arg} -> ${this.out}`;
			case Inst.EMPTY_WIDTH: return `empty ${this.arg} -> ${this.out}`;
			case Inst.MATCH: return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
			case Inst.FAIL: return "fail";
			case Inst.NOP: return `nop -> ${this.out}`;
			case Inst.LB_WRITE: return `lbwrite ${this.arg} -> ${this.out}`;
			case Inst.LB_CHECK: return `lbcheck ${this.arg} -> ${this.out}`;
			case Inst.RUNE:
				if (this.runes === null) return "rune <null>";
				return [
					"rune ",
					Inst.escapeRunes(this.runes),
					(this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
					" -> ",
					this.out
				].join("");
			case Inst.RUNE1: return `rune1 ${Inst.escapeRunes(this.runes)} -> ${this.out}`;
			case Inst.RUNE_ANY: return `any -> ${this.out}`;
			case Inst.RUNE_ANY_NOT_NL: return `anynotnl -> ${this.out}`;
			default: throw new Error("unhandled case in Inst.toString");
		}
	}
};
// src/Machine.js
var Queue = class Queue {
	constructor(numInst) {
		this.sparse = new Int32Array(numInst);
		this.densePcs = new Int32Array(numInst);
		this.denseCaps = null;
		this.size = 0;
		this.ncap = 0;
		this.mainThreads = 0;
	}
	static INITIAL_THREADS = 32;
	init(ncap) {
		this.ncap = ncap;
		const needed = Math.min(this.densePcs.length, Queue.INITIAL_THREADS) * ncap;
		if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
	}
	growCaps(needed) {
		const limit = this.densePcs.length * this.ncap;
		const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
		grown.set(this.denseCaps);
		this.denseCaps = grown;
	}
	contains(pc) {
		const j = this.sparse[pc];
		return j < this.size && this.densePcs[j] === pc;
	}
	isEmpty() {
		return this.size === 0;
	}
	add(pc) {
		const j = this.size++;
		this.sparse[pc] = j;
		this.densePcs[j] = pc;
		return j;
	}
	clear() {
		this.size = 0;
		this.mainThreads = 0;
	}
	toString() {
		let out = "{";
		for (let i = 0; i < this.size; i++) {
			if (i !== 0) out += ", ";
			out += this.densePcs[i];
		}
		out += "}";
		return out;
	}
};
var LookbehindState = class {
	constructor(prog) {
		this.pos = -1;
		this.pcs = new Int32Array(prog.numInst());
		this.size = 0;
		this.lbTable = new Int32Array(prog.numLb + 1);
	}
	reset() {
		this.pos = -1;
		this.size = 0;
	}
};
var Machine = class Machine {
	static fromRE2(re2) {
		const m = new Machine();
		m.prog = re2.prog;
		m.re2 = re2;
		m.q0 = new Queue(m.prog.numInst());
		m.q1 = new Queue(m.prog.numInst());
		m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
		m.matched = false;
		m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
		m.ncap = 0;
		return m;
	}
	constructor() {
		this.prog = null;
		this.re2 = null;
		this.q0 = null;
		this.q1 = null;
		this.addStack = null;
		this.matched = false;
		this.matchcap = null;
		this.ncap = 0;
		this.lbTable = null;
	}
	init(ncap) {
		this.ncap = ncap;
		if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
		else this.matchcap.fill(-1);
		this.q0.init(ncap);
		this.q1.init(ncap);
		if (this.prog.numLb > 0) {
			if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
			this.lbTable.fill(-1);
		}
	}
	submatches() {
		if (this.ncap === 0) return Utils.emptyInts();
		return Utils.toArray(this.matchcap.subarray(0, this.ncap));
	}
	match(input, pos, anchor, lbState = null) {
		const startCond = this.re2.cond;
		if (startCond === Utils.EMPTY_ALL) return false;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
		this.matched = false;
		this.matchcap.fill(-1);
		const hasLookbehinds = this.prog.numLb > 0;
		const matchStartPos = pos;
		let currentPos = pos;
		let resumeLookbehinds = false;
		if (hasLookbehinds) {
			if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
				currentPos = lbState.pos;
				resumeLookbehinds = true;
			} else currentPos = 0;
		}
		let saveLookbehinds = hasLookbehinds && lbState !== null;
		let runq = this.q0;
		let nextq = this.q1;
		let r = input.step(currentPos);
		let rune = r >> 3;
		let width = r & 7;
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r = input.step(currentPos + width);
			rune1 = r >> 3;
			width1 = r & 7;
		}
		let flag;
		if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
		else flag = input.context(currentPos);
		if (hasLookbehinds) {
			if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
			else this.spawnLookbehinds(runq, currentPos, flag);
		}
		while (true) {
			if (runq.mainThreads === 0) {
				if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
				if (this.matched) break;
				if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
					const advance = input.index(this.re2, currentPos);
					if (advance < 0) break;
					currentPos += advance;
					r = input.step(currentPos);
					rune = r >> 3;
					width = r & 7;
					r = input.step(currentPos + width);
					rune1 = r >> 3;
					width1 = r & 7;
					flag = input.context(currentPos);
				}
			}
			if (currentPos >= matchStartPos) {
				if (saveLookbehinds) {
					this.saveLookbehinds(lbState, runq, currentPos);
					saveLookbehinds = false;
				}
				if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
					if (this.ncap > 0) this.matchcap[0] = currentPos;
					this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
				}
			}
			const nextPos = currentPos + width;
			flag = input.context(nextPos);
			this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
			if (width === 0) break;
			if (this.ncap === 0 && this.matched) break;
			currentPos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r = input.step(currentPos + width);
				rune1 = r >> 3;
				width1 = r & 7;
			}
			const tmpq = runq;
			runq = nextq;
			nextq = tmpq;
		}
		runq.clear();
		nextq.clear();
		return this.matched;
	}
	matchSet(input, pos, anchor) {
		const startCond = this.re2.cond;
		if (startCond === Utils.EMPTY_ALL) return [];
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
		let currentPos = this.prog.numLb > 0 ? 0 : pos;
		let matchStartPos = pos;
		let runq = this.q0;
		let nextq = this.q1;
		let r = input.step(currentPos);
		let rune = r >> 3;
		let width = r & 7;
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r = input.step(currentPos + width);
			rune1 = r >> 3;
			width1 = r & 7;
		}
		let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
		const matches = /* @__PURE__ */ new Set();
		if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
		while (true) {
			if (runq.mainThreads === 0) {
				if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
			}
			if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
				if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
			}
			const nextPos = currentPos + width;
			flag = input.context(nextPos);
			for (let j = 0; j < runq.size; j++) {
				const pc = runq.densePcs[j];
				const i = this.prog.inst[pc];
				const capOffset = j * this.ncap;
				let add = false;
				switch (i.op) {
					case Inst.MATCH:
						if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
						matches.add(i.arg);
						break;
					case Inst.RUNE:
						add = i.matchRune(rune);
						break;
					case Inst.RUNE1:
						add = rune === i.runes[0];
						break;
					case Inst.RUNE_ANY:
						add = true;
						break;
					case Inst.RUNE_ANY_NOT_NL:
						add = rune !== 10;
						break;
					default: continue;
				}
				if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
			}
			runq.clear();
			if (width === 0) break;
			currentPos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r = input.step(currentPos + width);
				rune1 = r >> 3;
				width1 = r & 7;
			}
			const tmpq = runq;
			runq = nextq;
			nextq = tmpq;
		}
		nextq.clear();
		return Array.from(matches).sort((a, b) => a - b);
	}
	step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
		const longest = this.re2.longest;
		for (let j = 0; j < runq.size; j++) {
			const pc = runq.densePcs[j];
			const capOffset = j * this.ncap;
			if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
			const i = this.prog.inst[pc];
			let add = false;
			switch (i.op) {
				case Inst.MATCH:
					if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
					if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
						runq.denseCaps[capOffset + 1] = pos;
						for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
					}
					if (!longest) runq.size = 0;
					this.matched = true;
					break;
				case Inst.RUNE:
					add = i.matchRune(c);
					break;
				case Inst.RUNE1:
					add = c === i.runes[0];
					break;
				case Inst.RUNE_ANY:
					add = true;
					break;
				case Inst.RUNE_ANY_NOT_NL:
					add = c !== 10;
					break;
				default: continue;
			}
			if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
		}
		runq.clear();
	}
	spawnLookbehinds(q, pos, flag) {
		for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
	}
	restoreLookbehinds(lbState, q, flag) {
		this.lbTable.set(lbState.lbTable);
		for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
	}
	saveLookbehinds(lbState, q, pos) {
		let size = 0;
		for (let j = 0; j < q.size; j++) {
			const pc = q.densePcs[j];
			if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
		}
		lbState.size = size;
		lbState.pos = pos;
		lbState.lbTable.set(this.lbTable);
	}
	add(q, pc, pos, capArray, capOffset, cond) {
		const stk = this.addStack;
		let nstk = 0;
		for (;;) {
			while (pc !== 0 && !q.contains(pc)) {
				const d = q.add(pc);
				const inst = this.prog.inst[pc];
				switch (inst.op) {
					case Inst.FAIL:
						pc = 0;
						break;
					case Inst.ALT:
					case Inst.ALT_MATCH:
						stk[nstk++] = inst.arg;
						stk[nstk++] = 0;
						pc = inst.out;
						break;
					case Inst.EMPTY_WIDTH:
						pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
						break;
					case Inst.NOP:
						pc = inst.out;
						break;
					case Inst.CAPTURE:
						if (inst.arg < this.ncap) {
							stk[nstk++] = -inst.arg - 1;
							stk[nstk++] = capArray[capOffset + inst.arg];
							capArray[capOffset + inst.arg] = pos;
						}
						pc = inst.out;
						break;
					case Inst.LB_WRITE:
						this.lbTable[Math.abs(inst.arg)] = pos;
						pc = inst.out;
						break;
					case Inst.LB_CHECK:
						if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
						else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
						break;
					case Inst.MATCH:
					case Inst.RUNE:
					case Inst.RUNE1:
					case Inst.RUNE_ANY:
					case Inst.RUNE_ANY_NOT_NL:
						if (this.prog.lbInst[pc] === 0) q.mainThreads++;
						if (this.ncap > 0) {
							const destOffset = d * this.ncap;
							if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
							for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
						}
						pc = 0;
						break;
					default: throw new RE2JSInternalException("unhandled");
				}
			}
			if (nstk === 0) return;
			nstk -= 2;
			const entry = stk[nstk];
			if (entry < 0) {
				capArray[capOffset - entry - 1] = stk[nstk + 1];
				pc = 0;
			} else pc = entry;
		}
	}
};
// src/DFA.js
const hashState = (pcs, flag, ids) => {
	let h = -2128831035;
	for (let i = 0; i < pcs.length; i++) {
		h ^= pcs[i];
		h = Math.imul(h, 16777619);
	}
	h ^= flag;
	h = Math.imul(h, 16777619);
	for (let i = 0; i < ids.length; i++) {
		h ^= ids[i];
		h = Math.imul(h, 16777619);
	}
	return h;
};
const arraysEqual = (a, b) => {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
};
const isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
const NO_IDS = [];
const END_TEXT = -1;
var DFAState = class {
	constructor(nfaStates, flag, matchIDs) {
		this.nfaStates = nfaStates;
		this.flag = flag;
		this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
		this.matchIDs = matchIDs;
		this.next = null;
		this.nextAnchored = null;
	}
};
var DFA = class DFA {
	static FLAG_EMPTY_MASK = 255;
	static FLAG_MATCH = 256;
	static FLAG_LAST_WORD = 512;
	static FLAG_NEED_SHIFT = 16;
	static STATE_OVERHEAD = 150;
	static ARRAY_OVERHEAD = 40;
	static ELEMENT_SIZE = 8;
	static TABLE_OVERHEAD = 48;
	static PROGRESS_PER_STATE = 10;
	constructor(prog, maxMem = 8388608) {
		this.prog = prog;
		this.maxMem = maxMem;
		this.stateCache = /* @__PURE__ */ new Map();
		this.stateCount = 0;
		this.startStates = /* @__PURE__ */ new Map();
		this.failed = false;
		for (let pc = 0; pc < prog.numInst(); pc++) {
			const op = prog.getInst(pc).op;
			if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
				this.failed = true;
				break;
			}
		}
		this.computeRuneClasses();
		this.stateBudget = maxMem;
		this.memBudget = maxMem;
	}
	computeRuneClasses() {
		const bounds = /* @__PURE__ */ new Set();
		const addRange = (lo, hi) => {
			bounds.add(lo);
			bounds.add(hi + 1);
		};
		for (let pc = 0; pc < this.prog.numInst(); pc++) {
			const inst = this.prog.getInst(pc);
			switch (inst.op) {
				case Inst.RUNE:
				case Inst.RUNE1:
					if (inst.runes.length === 1) {
						addRange(inst.runes[0], inst.runes[0]);
						if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
					} else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
					break;
				case Inst.RUNE_ANY_NOT_NL:
					addRange(10, 10);
					break;
				case Inst.EMPTY_WIDTH:
					if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
					if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
						addRange(48, 57);
						addRange(65, 90);
						addRange(95, 95);
						addRange(97, 122);
					}
			}
		}
		bounds.delete(0);
		this.classBounds = Int32Array.from(bounds).sort();
		this.numClasses = this.classBounds.length + 1;
		const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
		for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
		this.latin1Class = latin1Class;
	}
	runeClass(r) {
		if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
		return this.searchClass(r);
	}
	searchClass(r) {
		const bounds = this.classBounds;
		let lo = 0;
		let hi = bounds.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (bounds[mid] <= r) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
	closure(pcs, flag) {
		const closure = /* @__PURE__ */ new Set();
		const stack = Array.from(pcs);
		let needflags = 0;
		while (stack.length > 0) {
			const pc = stack.pop();
			if (pc === 0 || closure.has(pc)) continue;
			closure.add(pc);
			const inst = this.prog.getInst(pc);
			switch (inst.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					stack.push(inst.out);
					stack.push(inst.arg);
					break;
				case Inst.NOP:
				case Inst.CAPTURE:
					stack.push(inst.out);
					break;
				case Inst.EMPTY_WIDTH:
					needflags |= inst.arg;
					if ((inst.arg & ~flag) === 0) stack.push(inst.out);
			}
		}
		return {
			pcs: Array.from(closure).sort((a, b) => a - b),
			needflags
		};
	}
	getState(pcs, flag, ids) {
		const hash = hashState(pcs, flag, ids);
		const cached = this.stateCache.get(hash);
		if (cached instanceof DFAState) {
			if (isState(cached, pcs, flag, ids)) return cached;
		} else if (cached !== void 0) {
			for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
		}
		const cost = DFA.stateCost(pcs, ids);
		if (this.memBudget < cost) return null;
		this.memBudget -= cost;
		const state = new DFAState(pcs, flag, ids);
		if (cached === void 0) this.stateCache.set(hash, state);
		else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
		else cached.push(state);
		this.stateCount++;
		return state;
	}
	static stateCost(pcs, ids) {
		const idsCost = ids.length === 0 ? 0 : DFA.ARRAY_OVERHEAD + DFA.ELEMENT_SIZE * ids.length;
		return DFA.STATE_OVERHEAD + DFA.ELEMENT_SIZE * pcs.length + idsCost;
	}
	*cachedStates() {
		for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
		else yield* cached;
	}
	makeState(pcs, flag, ids) {
		const closure = this.closure(pcs, flag & DFA.FLAG_EMPTY_MASK);
		let stateFlag = flag;
		if (closure.needflags === 0) stateFlag &= DFA.FLAG_MATCH;
		stateFlag |= closure.needflags << DFA.FLAG_NEED_SHIFT;
		return this.getState(closure.pcs, stateFlag, ids);
	}
	allocTable(state, anchor) {
		const size = this.numClasses + 1;
		const cost = DFA.TABLE_OVERHEAD + DFA.ELEMENT_SIZE * size;
		if (this.memBudget < cost) return null;
		this.memBudget -= cost;
		const table = new Array(size).fill(null);
		if (anchor === RE2Flags.UNANCHORED) state.next = table;
		else state.nextAnchored = table;
		return table;
	}
	clearCache() {
		this.stateCache.clear();
		this.stateCount = 0;
		this.startStates.clear();
		this.memBudget = this.stateBudget;
	}
	resetCache(current) {
		this.clearCache();
		return this.getState(current.nfaStates, current.flag, current.matchIDs);
	}
	step(state, cls, rune, anchor) {
		let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
		if (table !== null) {
			const cached = table[cls];
			if (cached !== null) return cached;
		} else {
			table = this.allocTable(state, anchor);
			if (table === null) return null;
		}
		const needflag = state.flag >>> DFA.FLAG_NEED_SHIFT;
		const oldbeforeflag = state.flag & DFA.FLAG_EMPTY_MASK;
		let beforeflag = oldbeforeflag;
		let afterflag = 0;
		if (rune === 10) {
			beforeflag |= Utils.EMPTY_END_LINE;
			afterflag |= Utils.EMPTY_BEGIN_LINE;
		}
		if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
		const islastword = (state.flag & DFA.FLAG_LAST_WORD) !== 0;
		const isword = rune !== END_TEXT && Utils.isWordRune(rune);
		beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
		let pcs = state.nfaStates;
		if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
		const nextPCs = [];
		let ismatch = false;
		let ids = NO_IDS;
		for (let i = 0; i < pcs.length; i++) {
			const inst = this.prog.getInst(pcs[i]);
			if (inst.op === Inst.MATCH) {
				if (!ismatch) {
					ismatch = true;
					ids = [];
				}
				ids.push(inst.arg);
			} else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
		}
		if (ids.length > 1) ids.sort((a, b) => a - b);
		if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
		let flag = afterflag;
		if (ismatch) flag |= DFA.FLAG_MATCH;
		if (isword) flag |= DFA.FLAG_LAST_WORD;
		const nextState = this.makeState(nextPCs, flag, ids);
		if (nextState === null) return null;
		table[cls] = nextState;
		return nextState;
	}
	start(input, pos) {
		const context = input.context(pos);
		let flags;
		if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
		else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
		else {
			const r = input.step(pos);
			const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
			flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA.FLAG_LAST_WORD : 0;
		}
		let state = this.startStates.get(flags);
		if (state === void 0) {
			state = this.makeState([this.prog.start], flags, NO_IDS);
			if (state === null) {
				this.clearCache();
				state = this.makeState([this.prog.start], flags, NO_IDS);
				if (state === null) return null;
			}
			this.startStates.set(flags, state);
		}
		return state;
	}
	stepOrReset(state, cls, rune, anchor, pos, search) {
		let next = this.step(state, cls, rune, anchor);
		if (next !== null) return next;
		if (search.resetPos >= 0 && pos - search.resetPos < DFA.PROGRESS_PER_STATE * this.stateCount) return null;
		search.resetPos = pos;
		const restored = this.resetCache(state);
		if (restored === null) return null;
		next = this.step(restored, cls, rune, anchor);
		return next;
	}
	run(input, pos, anchor, state, onMatch) {
		const endPos = input.endPos();
		const latin1Class = this.latin1Class;
		const unanchored = anchor === RE2Flags.UNANCHORED;
		const search = { resetPos: -1 };
		let i = pos;
		while (i < endPos) {
			const r = input.step(i);
			const rune = r >> 3;
			const width = r & 7;
			if (width === 0) break;
			const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
			let next = unanchored && state.next !== null ? state.next[cls] : null;
			if (next === null) {
				next = this.stepOrReset(state, cls, rune, anchor, i, search);
				if (next === null) return null;
			}
			state = next;
			if (state.isMatch && onMatch(state, false)) return true;
			if (!unanchored && state.nfaStates.length === 0) return false;
			i += width;
		}
		state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
		if (state === null) return null;
		return state.isMatch && onMatch(state, true);
	}
	match(input, pos, anchor) {
		if (this.failed) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
		const startState = this.start(input, pos);
		if (startState === null) return null;
		return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
	}
	matchSet(input, pos, anchor) {
		if (this.failed) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
		const startState = this.start(input, pos);
		if (startState === null) return null;
		const matches = /* @__PURE__ */ new Set();
		const collect = (state, atEnd) => {
			if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
			return false;
		};
		if (this.run(input, pos, anchor, startState, collect) === null) return null;
		return Array.from(matches).sort((a, b) => a - b);
	}
};
// src/Backtracker.js
const VISITED_BITS = 32;
const MAX_BACKTRACK_PROG = 500;
const INITIAL_JOB_CAPACITY = 256;
const MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
	constructor() {
		this.end = 0;
		this.cap = /* @__PURE__ */ new Int32Array(0);
		this.matchcap = /* @__PURE__ */ new Int32Array(0);
		this.ncap = 0;
		this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
		this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
		this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
		this.jobLen = 0;
		this.visited = /* @__PURE__ */ new Uint32Array(0);
	}
	reset(prog, end, ncap) {
		this.end = end;
		this.jobLen = 0;
		this.ncap = ncap;
		const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
		if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
		else this.visited.fill(0, 0, visitedSize);
		if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
		else this.cap.fill(-1, 0, ncap);
		if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
		else this.matchcap.fill(-1, 0, ncap);
	}
	shouldVisit(pc, pos) {
		const n = pc * (this.end + 1) + pos;
		const idx = n >>> 5;
		const mask = 1 << (n & 31);
		if ((this.visited[idx] & mask) !== 0) return false;
		this.visited[idx] |= mask;
		return true;
	}
	push(re2, pc, pos, arg) {
		if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
			if (this.jobLen >= this.jobPc.length) {
				const newSize = this.jobPc.length * 2;
				const newPc = new Int32Array(newSize);
				newPc.set(this.jobPc);
				this.jobPc = newPc;
				const newArg = new Uint8Array(newSize);
				newArg.set(this.jobArg);
				this.jobArg = newArg;
				const newPos = new Int32Array(newSize);
				newPos.set(this.jobPos);
				this.jobPos = newPos;
			}
			this.jobPc[this.jobLen] = pc;
			this.jobArg[this.jobLen] = arg ? 1 : 0;
			this.jobPos[this.jobLen] = pos;
			this.jobLen++;
		}
	}
	tryBacktrack(re2, input, pc, pos, anchor) {
		const longest = re2.longest;
		this.push(re2, pc, pos, false);
		while (this.jobLen > 0) {
			this.jobLen--;
			let currentPc = this.jobPc[this.jobLen];
			let arg = this.jobArg[this.jobLen] === 1;
			let currentPos = this.jobPos[this.jobLen];
			let skipShouldVisit = true;
			while (true) {
				if (!skipShouldVisit) {
					if (!this.shouldVisit(currentPc, currentPos)) break;
				}
				skipShouldVisit = false;
				const inst = re2.prog.getInst(currentPc);
				switch (inst.op) {
					case Inst.FAIL: break;
					case Inst.ALT: if (arg) {
						arg = false;
						currentPc = inst.arg;
						continue;
					} else {
						this.push(re2, currentPc, currentPos, true);
						currentPc = inst.out;
						continue;
					}
					case Inst.ALT_MATCH: {
						const outInst = re2.prog.getInst(inst.out);
						if (Inst.isRuneOp(outInst.op)) {
							this.push(re2, inst.arg, currentPos, false);
							currentPc = inst.arg;
							currentPos = this.end;
							continue;
						}
						this.push(re2, inst.out, this.end, false);
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (!inst.matchRune(r >> 3)) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE1: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (r >> 3 !== inst.runes[0]) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE_ANY_NOT_NL: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (r >> 3 === 10) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE_ANY: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.CAPTURE: if (arg) {
						this.cap[inst.arg] = currentPos;
						break;
					} else {
						if (inst.arg < this.ncap) {
							this.push(re2, currentPc, this.cap[inst.arg], true);
							this.cap[inst.arg] = currentPos;
						}
						currentPc = inst.out;
						continue;
					}
					case Inst.EMPTY_WIDTH: {
						const flag = input.context(currentPos);
						if ((inst.arg & ~flag) !== 0) break;
						currentPc = inst.out;
						continue;
					}
					case Inst.NOP:
						currentPc = inst.out;
						continue;
					case Inst.MATCH: {
						if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
						if (this.ncap === 0) return true;
						if (this.ncap > 1) this.cap[1] = currentPos;
						const old = this.matchcap[1];
						if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
						if (!longest) return true;
						if (currentPos === this.end) return true;
						break;
					}
					case Inst.LB_WRITE:
					case Inst.LB_CHECK: throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
					default: throw new RE2JSInternalException("bad inst");
				}
				break;
			}
		}
		return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
	}
};
const bitStatePool = [];
var Backtracker = class Backtracker {
	static shouldBacktrack(prog) {
		return prog.numInst() <= MAX_BACKTRACK_PROG;
	}
	static maxBitStateLen(prog) {
		if (!Backtracker.shouldBacktrack(prog)) return 0;
		return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
	}
	static execute(re2, input, pos, anchor, ncap) {
		const startCond = re2.cond;
		if (startCond === Utils.EMPTY_ALL) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
		if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
		const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
		const end = input.endPos();
		b.reset(re2.prog, end, ncap);
		let matched = false;
		if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
			if (b.ncap > 0) b.cap[0] = pos;
			if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
		} else {
			let width = -1;
			for (; pos <= end && width !== 0; pos += width) {
				if (re2.prefix.length > 0) {
					const advance = input.index(re2, pos);
					if (advance < 0) break;
					pos += advance;
				}
				if (b.ncap > 0) b.cap[0] = pos;
				if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
					matched = true;
					break;
				}
				const r = input.step(pos);
				width = r === MachineInputBase.EOF() ? 0 : r & 7;
			}
		}
		if (!matched) {
			bitStatePool.push(b);
			return null;
		}
		const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
		bitStatePool.push(b);
		return result;
	}
};
// src/OnePass.js
var QueueOnePass = class {
	constructor(size) {
		this.sparse = new Uint32Array(size);
		this.dense = new Uint32Array(size);
		this.size = 0;
		this.nextIndex = 0;
	}
	empty() {
		return this.nextIndex >= this.size;
	}
	next() {
		return this.dense[this.nextIndex++];
	}
	clear() {
		this.size = 0;
		this.nextIndex = 0;
	}
	contains(u) {
		return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
	}
	insert(u) {
		if (!this.contains(u)) this.insertNew(u);
	}
	insertNew(u) {
		if (u >= this.sparse.length) return;
		this.sparse[u] = this.size;
		this.dense[this.size] = u;
		this.size++;
	}
};
const mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
	const leftLen = leftRunes.length;
	const rightLen = rightRunes.length;
	let lx = 0, rx = 0;
	const merged = [];
	const next = [];
	let ok = true;
	let ix = -1;
	const extend = (isLeft) => {
		const newArray = isLeft ? leftRunes : rightRunes;
		const low = isLeft ? lx : rx;
		const pc = isLeft ? leftPC : rightPC;
		if (ix > 0 && newArray[low] <= merged[ix]) return false;
		merged.push(newArray[low], newArray[low + 1]);
		if (isLeft) lx += 2;
		else rx += 2;
		ix += 2;
		next.push(pc);
		return true;
	};
	while (lx < leftLen || rx < rightLen) {
		if (rx >= rightLen) ok = extend(true);
		else if (lx >= leftLen) ok = extend(false);
		else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
		else ok = extend(true);
		if (!ok) return null;
	}
	return {
		merged,
		next
	};
};
var OnePassProg = class {
	constructor(prog) {
		this.start = prog.start;
		this.numCap = prog.numCap;
		this.inst = new Array(prog.inst.length);
		for (let i = 0; i < prog.inst.length; i++) {
			const orig = prog.inst[i];
			const inst = new Inst(orig.op);
			inst.out = orig.out;
			inst.arg = orig.arg;
			inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
			inst.next = null;
			this.inst[i] = inst;
		}
	}
};
const onePassCopy = (prog) => {
	const p = new OnePassProg(prog);
	for (let pc = 0; pc < p.inst.length; pc++) {
		const inst = p.inst[pc];
		if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
		let pAOther = "out";
		let pAAlt = "arg";
		let instAlt = p.inst[inst[pAAlt]];
		if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
			pAOther = "arg";
			pAAlt = "out";
			instAlt = p.inst[inst[pAAlt]];
			if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
		}
		const instOther = p.inst[inst[pAOther]];
		if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
		let pBAlt = "out";
		let pBOther = "arg";
		let patch = false;
		if (instAlt.out === pc) patch = true;
		else if (instAlt.arg === pc) {
			patch = true;
			pBAlt = "arg";
			pBOther = "out";
		}
		if (patch) instAlt[pBAlt] = inst[pAOther];
		if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
	}
	return p;
};
const makeOnePass = (p) => {
	if (p.inst.length >= 1e3) return null;
	const instQueue = new QueueOnePass(p.inst.length);
	const visitQueue = new QueueOnePass(p.inst.length);
	const onePassRunes = new Array(p.inst.length);
	const m = new Array(p.inst.length).fill(false);
	const check = (pc) => {
		let ok = true;
		const inst = p.inst[pc];
		if (visitQueue.contains(pc)) return true;
		visitQueue.insert(pc);
		switch (inst.op) {
			case Inst.ALT:
			case Inst.ALT_MATCH: {
				ok = check(inst.out) && check(inst.arg);
				let matchOut = m[inst.out];
				let matchArg = m[inst.arg];
				if (matchOut && matchArg) return false;
				if (matchArg) {
					const tempOut = inst.out;
					inst.out = inst.arg;
					inst.arg = tempOut;
					const tempMatch = matchOut;
					matchOut = matchArg;
					matchArg = tempMatch;
				}
				if (matchOut) {
					m[pc] = true;
					inst.op = Inst.ALT_MATCH;
				}
				const leftRunes = onePassRunes[inst.out] || [];
				const rightRunes = onePassRunes[inst.arg] || [];
				const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
				if (!mergeRes) return false;
				onePassRunes[pc] = new Int32Array(mergeRes.merged);
				inst.next = new Uint32Array(mergeRes.next);
				break;
			}
			case Inst.CAPTURE:
			case Inst.EMPTY_WIDTH:
			case Inst.NOP:
				ok = check(inst.out);
				m[pc] = m[inst.out];
				onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
				inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
				break;
			case Inst.MATCH:
			case Inst.FAIL:
				m[pc] = inst.op === Inst.MATCH;
				break;
			case Inst.RUNE: {
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				if (!inst.runes || inst.runes.length === 0) {
					onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
					inst.next = new Uint32Array([inst.out]);
					break;
				}
				let runes = [];
				if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
					const r0 = inst.runes[0];
					runes.push(r0, r0);
					for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
					runes.sort((a, b) => a - b);
				} else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
				onePassRunes[pc] = new Int32Array(runes);
				inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
				inst.op = Inst.RUNE;
				break;
			}
			case Inst.RUNE1: {
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				let runes = [];
				if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
					const r0 = inst.runes[0];
					runes.push(r0, r0);
					for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
					runes.sort((a, b) => a - b);
				} else runes.push(inst.runes[0], inst.runes[0]);
				onePassRunes[pc] = new Int32Array(runes);
				inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
				inst.op = Inst.RUNE;
				break;
			}
			case Inst.RUNE_ANY:
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
				inst.next = new Uint32Array([inst.out]);
				break;
			case Inst.RUNE_ANY_NOT_NL:
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				onePassRunes[pc] = new Int32Array([
					0,
					9,
					11,
					Unicode.MAX_RUNE
				]);
				inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
		}
		return ok;
	};
	instQueue.clear();
	instQueue.insert(p.start);
	while (!instQueue.empty()) {
		visitQueue.clear();
		if (!check(instQueue.next())) return null;
	}
	for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
	return p;
};
const cleanupOnePass = (p, original) => {
	for (let ix = 0; ix < original.inst.length; ix++) {
		const instOriginal = original.inst[ix];
		switch (instOriginal.op) {
			case Inst.ALT:
			case Inst.ALT_MATCH:
			case Inst.RUNE: break;
			case Inst.CAPTURE:
			case Inst.EMPTY_WIDTH:
			case Inst.NOP:
			case Inst.MATCH:
			case Inst.FAIL:
				p.inst[ix].next = null;
				break;
			case Inst.RUNE1:
			case Inst.RUNE_ANY:
			case Inst.RUNE_ANY_NOT_NL:
				p.inst[ix].next = null;
				p.inst[ix].op = instOriginal.op;
				p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
		}
	}
};
var OnePass = class OnePass {
	static compile(prog) {
		if (prog.start === 0) return null;
		if (prog.numLb > 0) return null;
		const startInst = prog.inst[prog.start];
		if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
		let hasAlt = false;
		for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
			hasAlt = true;
			break;
		}
		for (let i = 0; i < prog.inst.length; i++) {
			const inst = prog.inst[i];
			const opOut = prog.inst[inst.out].op;
			switch (inst.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
					break;
				case Inst.EMPTY_WIDTH:
					if (opOut === Inst.MATCH) {
						if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
						return null;
					}
					break;
				default: if (opOut === Inst.MATCH && hasAlt) return null;
			}
		}
		let p = onePassCopy(prog);
		p = makeOnePass(p);
		if (p !== null) cleanupOnePass(p, prog);
		return p;
	}
	static next(inst, r) {
		const nextIdx = inst.matchRunePos(r);
		if (nextIdx >= 0) return inst.next[nextIdx];
		if (inst.op === Inst.ALT_MATCH) return inst.out;
		return 0;
	}
	static execute(re2, input, pos, anchor, ncap) {
		const onepass = re2.onepass;
		if (!onepass) return null;
		const matchcap = new Int32Array(ncap).fill(-1);
		let matched = false;
		let r = input.step(pos);
		let rune = r >> 3;
		let width = r & 7;
		let r1 = MachineInputBase.EOF();
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r1 = input.step(pos + width);
			if (r1 !== MachineInputBase.EOF()) {
				rune1 = r1 >> 3;
				width1 = r1 & 7;
			}
		}
		let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
		let pc = onepass.start;
		let inst;
		while (true) {
			inst = onepass.inst[pc];
			pc = inst.out;
			switch (inst.op) {
				case Inst.MATCH:
					if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
					matched = true;
					if (matchcap.length > 0) {
						matchcap[0] = 0;
						matchcap[1] = pos;
					}
					return ncap === 0 ? [] : Utils.toArray(matchcap);
				case Inst.RUNE:
					if (!inst.matchRune(rune)) return null;
					break;
				case Inst.RUNE1:
					if (rune !== inst.runes[0]) return null;
					break;
				case Inst.RUNE_ANY: break;
				case Inst.RUNE_ANY_NOT_NL:
					if (rune === 10) return null;
					break;
				case Inst.ALT:
				case Inst.ALT_MATCH:
					pc = OnePass.next(inst, rune);
					continue;
				case Inst.FAIL: return null;
				case Inst.NOP: continue;
				case Inst.EMPTY_WIDTH:
					if ((inst.arg & ~flag) !== 0) return null;
					continue;
				case Inst.CAPTURE:
					if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
					continue;
				default: throw new RE2JSInternalException("bad inst");
			}
			if (width === 0) break;
			flag = Utils.emptyOpContext(rune, rune1);
			pos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r1 = input.step(pos + width);
				if (r1 !== MachineInputBase.EOF()) {
					rune1 = r1 >> 3;
					width1 = r1 & 7;
				} else {
					rune1 = -1;
					width1 = 0;
				}
			}
		}
		if (!matched) return null;
		return ncap === 0 ? [] : Utils.toArray(matchcap);
	}
};
// src/Regexp.js
/**
* Regular expression abstract syntax tree. Produced by parser, used by compiler. NB, this
* corresponds to {@code syntax.regexp} in the Go implementation; Go's {@code regexp} is called
* {@code RE2} in Java.
*/
var Regexp = class Regexp {
	static Op = createEnum([
		"NO_MATCH",
		"EMPTY_MATCH",
		"LITERAL",
		"CHAR_CLASS",
		"ANY_CHAR_NOT_NL",
		"ANY_CHAR",
		"BEGIN_LINE",
		"END_LINE",
		"BEGIN_TEXT",
		"END_TEXT",
		"WORD_BOUNDARY",
		"NO_WORD_BOUNDARY",
		"CAPTURE",
		"STAR",
		"PLUS",
		"QUEST",
		"REPEAT",
		"CONCAT",
		"ALTERNATE",
		"PLB",
		"NLB",
		"LEFT_PAREN",
		"VERTICAL_BAR"
	]);
	static isPseudoOp(op) {
		return op >= Regexp.Op.LEFT_PAREN;
	}
	static emptySubs() {
		return [];
	}
	static quoteIfHyphen(rune) {
		if (rune === Codepoint.CODES["-"]) return "\\";
		return "";
	}
	static fromRegexp(re) {
		const regex = new Regexp(re.op);
		regex.flags = re.flags;
		regex.subs = re.subs;
		regex.runes = re.runes;
		regex.cap = re.cap;
		regex.min = re.min;
		regex.max = re.max;
		regex.name = re.name;
		regex.namedGroups = re.namedGroups;
		regex.lb = re.lb;
		return regex;
	}
	constructor(op) {
		this.op = op;
		this.flags = 0;
		this.subs = Regexp.emptySubs();
		this.runes = /* @__PURE__ */ new Int32Array(0);
		this.min = 0;
		this.max = 0;
		this.cap = 0;
		this.name = null;
		this.namedGroups = Object.create(null);
		this.lb = 0;
	}
	reinit() {
		this.flags = 0;
		this.subs = Regexp.emptySubs();
		this.runes = /* @__PURE__ */ new Int32Array(0);
		this.cap = 0;
		this.min = 0;
		this.max = 0;
		this.name = null;
		this.namedGroups = Object.create(null);
		this.lb = 0;
	}
	toString() {
		return this.appendTo();
	}
	appendTo() {
		let out = "";
		switch (this.op) {
			case Regexp.Op.NO_MATCH:
				out += "[^\\x00-\\x{10FFFF}]";
				break;
			case Regexp.Op.EMPTY_MATCH:
				out += "(?:)";
				break;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
			case Regexp.Op.REPEAT: {
				const sub = this.subs[0];
				if (sub.op > Regexp.Op.CAPTURE || sub.op === Regexp.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
				else out += sub.appendTo();
				switch (this.op) {
					case Regexp.Op.STAR:
						out += "*";
						break;
					case Regexp.Op.PLUS:
						out += "+";
						break;
					case Regexp.Op.QUEST:
						out += "?";
						break;
					case Regexp.Op.REPEAT:
						out += `{${this.min}`;
						if (this.min !== this.max) {
							out += ",";
							if (this.max >= 0) out += this.max;
						}
						out += "}";
				}
				if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
				break;
			}
			case Regexp.Op.CONCAT:
				for (let sub of this.subs) if (sub.op === Regexp.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
				else out += sub.appendTo();
				break;
			case Regexp.Op.ALTERNATE: {
				let sep = "";
				for (let sub of this.subs) {
					out += sep;
					sep = "|";
					out += sub.appendTo();
				}
				break;
			}
			case Regexp.Op.LITERAL:
				if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
				for (let rune of this.runes) out += Utils.escapeRune(rune);
				if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
				break;
			case Regexp.Op.ANY_CHAR_NOT_NL:
				out += "(?-s:.)";
				break;
			case Regexp.Op.ANY_CHAR:
				out += "(?s:.)";
				break;
			case Regexp.Op.PLB:
				out += `(?<=${this.subs[0].appendTo()})`;
				break;
			case Regexp.Op.NLB:
				out += `(?<!${this.subs[0].appendTo()})`;
				break;
			case Regexp.Op.CAPTURE:
				if (this.name === null || this.name.length === 0) out += "(";
				else out += `(?P<${this.name}>`;
				if (this.subs[0].op !== Regexp.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
				out += ")";
				break;
			case Regexp.Op.BEGIN_TEXT:
				out += "\\A";
				break;
			case Regexp.Op.END_TEXT:
				if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
				else out += "\\z";
				break;
			case Regexp.Op.BEGIN_LINE:
				out += "^";
				break;
			case Regexp.Op.END_LINE:
				out += "$";
				break;
			case Regexp.Op.WORD_BOUNDARY:
				out += "\\b";
				break;
			case Regexp.Op.NO_WORD_BOUNDARY:
				out += "\\B";
				break;
			case Regexp.Op.CHAR_CLASS:
				if (this.runes.length % 2 !== 0) {
					out += "[invalid char class]";
					break;
				}
				out += "[";
				if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
				else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
					out += "^";
					for (let i = 1; i < this.runes.length - 1; i += 2) {
						const lo = this.runes[i] + 1;
						const hi = this.runes[i + 1] - 1;
						out += Regexp.quoteIfHyphen(lo);
						out += Utils.escapeRune(lo);
						if (lo !== hi) {
							out += "-";
							out += Regexp.quoteIfHyphen(hi);
							out += Utils.escapeRune(hi);
						}
					}
				} else for (let i = 0; i < this.runes.length; i += 2) {
					const lo = this.runes[i];
					const hi = this.runes[i + 1];
					out += Regexp.quoteIfHyphen(lo);
					out += Utils.escapeRune(lo);
					if (lo !== hi) {
						out += "-";
						out += Regexp.quoteIfHyphen(hi);
						out += Utils.escapeRune(hi);
					}
				}
				out += "]";
				break;
			default: out += this.op;
		}
		return out;
	}
	maxCap() {
		let m = 0;
		if (this.op === Regexp.Op.CAPTURE) m = this.cap;
		if (this.subs !== null) for (let sub of this.subs) {
			const n = sub.maxCap();
			if (m < n) m = n;
		}
		return m;
	}
	equals(that) {
		if (!(that !== null && that instanceof Regexp)) return false;
		if (this.op !== that.op) return false;
		switch (this.op) {
			case Regexp.Op.END_TEXT:
				if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
				break;
			case Regexp.Op.LITERAL:
			case Regexp.Op.CHAR_CLASS:
				if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
				if (this.runes === null && that.runes === null) break;
				if (this.runes === null || that.runes === null) return false;
				if (this.runes.length !== that.runes.length) return false;
				for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
				break;
			case Regexp.Op.ALTERNATE:
			case Regexp.Op.CONCAT:
				if (this.subs.length !== that.subs.length) return false;
				for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
				break;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
				if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.REPEAT:
				if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.CAPTURE:
				if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.PLB:
			case Regexp.Op.NLB: if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
		}
		return true;
	}
};
// src/RegexpWalker.js
/**
* Walks a Regexp tree without recursion, visiting nodes in the same order a recursive walk
* would (RE2: re2/walker-inl.h, "Helper class for traversing Regexps without recursion").
*
* The handler sees a node without subexpressions once, through `leaf(re)`, which returns its
* result. Any other node is seen up to three times:
* - `enter(re)` before its children. It returns the state kept for `re` while its children are
*   visited; a state whose `result` is already set skips the children.
* - `child(re, state, result, i)` after child `i` produced `result`. Setting `state.result`
*   stops visiting the remaining children.
* - `leave(re, state)` after the last child; it returns the result for `re`.
*
* Counted repetitions expand into one nesting level per copy, so the simplified tree can be
* thousands of levels deep; recursion over it would overflow the JS stack, which has no fixed
* relation to the parser's nesting limit. This walk keeps its frames on the heap instead.
*/
var RegexpWalker = class {
	static walk(root, handler) {
		const stack = [];
		let re = root;
		let result;
		for (;;) {
			if (re.subs.length === 0) result = handler.leaf(re);
			else {
				const state = handler.enter(re);
				if (state.result === void 0) {
					stack.push({
						re,
						state,
						i: 0
					});
					re = re.subs[0];
					continue;
				}
				result = state.result;
			}
			for (;;) {
				if (stack.length === 0) return result;
				const frame = stack[stack.length - 1];
				handler.child(frame.re, frame.state, result, frame.i);
				frame.i++;
				if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
					re = frame.re.subs[frame.i];
					break;
				}
				stack.pop();
				result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
			}
		}
	}
};
// src/Prefilter.js
var AhoCorasick = class {
	constructor(words, alphabetSize) {
		const edges = /* @__PURE__ */ new Map();
		const parent = [0];
		const unit = [0];
		const depth = [0];
		const terminal = [0];
		for (const word of words) {
			let node = 0;
			for (let i = 0; i < word.length; i++) {
				const key = node * alphabetSize + word[i];
				let child = edges.get(key);
				if (child === void 0) {
					child = parent.length;
					edges.set(key, child);
					parent.push(node);
					unit.push(word[i]);
					depth.push(depth[node] + 1);
					terminal.push(0);
				}
				node = child;
			}
			terminal[node] = 1;
		}
		const numNodes = parent.length;
		const children = new Int32Array(numNodes - 1);
		for (let c = 1; c < numNodes; c++) children[c - 1] = c;
		children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
		const childStart = new Int32Array(numNodes + 1);
		for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
		for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
		const childUnit = new Int32Array(numNodes - 1);
		for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
		this.childStart = childStart;
		this.childUnit = childUnit;
		this.childNode = children;
		const byDepth = new Int32Array(numNodes);
		for (let n = 0; n < numNodes; n++) byDepth[n] = n;
		byDepth.sort((a, b) => depth[a] - depth[b]);
		const fail = new Int32Array(numNodes);
		const match = Uint8Array.from(terminal);
		for (let k = 1; k < numNodes; k++) {
			const c = byDepth[k];
			const p = parent[c];
			if (p !== 0) {
				let f = fail[p];
				let next = this.next(f, unit[c]);
				while (next < 0 && f !== 0) {
					f = fail[f];
					next = this.next(f, unit[c]);
				}
				fail[c] = next >= 0 ? next : 0;
			}
			match[c] |= match[fail[c]];
		}
		this.fail = fail;
		this.match = match;
	}
	next(node, u) {
		let lo = this.childStart[node];
		let hi = this.childStart[node + 1];
		const units = this.childUnit;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			const m = units[mid];
			if (m === u) return this.childNode[mid];
			if (m < u) lo = mid + 1;
			else hi = mid;
		}
		return -1;
	}
	advance(node, u) {
		for (;;) {
			const next = this.next(node, u);
			if (next >= 0) return next;
			if (node === 0) return 0;
			node = this.fail[node];
		}
	}
	searchUTF16(charSeq, start, end) {
		let node = 0;
		for (let i = start; i < end; i++) {
			node = this.advance(node, charSeq.charCodeAt(i));
			if (this.match[node] === 1) return true;
		}
		return false;
	}
	searchUTF8(bytes, start, end) {
		let node = 0;
		for (let i = start; i < end; i++) {
			node = this.advance(node, bytes[i]);
			if (this.match[node] === 1) return true;
		}
		return false;
	}
};
var Prefilter = class Prefilter {
	static Type = {
		NONE: 0,
		EXACT: 1,
		AND: 2,
		OR: 3
	};
	static MAX_SCANS = 32;
	static MAX_AC_UNITS = 1 << 18;
	constructor(type) {
		this.type = type;
		this.subs = [];
		this.str = "";
		this.bytes = null;
		this.cost = type === Prefilter.Type.EXACT ? 1 : 0;
		this.allExact = false;
		this.ac16 = null;
		this.ac8 = null;
	}
	automaton16() {
		if (this.ac16 === null) {
			const words = this.subs.map((s) => {
				const arr = new Array(s.str.length);
				for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
				return arr;
			});
			this.ac16 = new AhoCorasick(words, 65536);
		}
		return this.ac16;
	}
	automaton8() {
		if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
		return this.ac8;
	}
	eval(input, pos) {
		switch (this.type) {
			case Prefilter.Type.NONE: return true;
			case Prefilter.Type.EXACT: return input.hasString(this, pos);
			case Prefilter.Type.AND:
				for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
				return true;
			case Prefilter.Type.OR:
				if (this.allExact) return input.hasAnyString(this, pos);
				for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
				return false;
			default: return true;
		}
	}
};
var PrefilterTree = class PrefilterTree {
	static build(re) {
		if (!re) return new Prefilter(Prefilter.Type.NONE);
		return RegexpWalker.walk(re, PrefilterTree.WALKER);
	}
	static WALKER = {
		leaf: (re) => PrefilterTree.leaf(re),
		enter: (re) => PrefilterTree.enter(re),
		child: (re, state, result) => PrefilterTree.child(re, state, result),
		leave: (re, state) => PrefilterTree.leave(re, state)
	};
	static leaf(re) {
		if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
		if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
		let str = "";
		for (let i = 0; i < re.runes.length; i++) {
			if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
			str += String.fromCodePoint(re.runes[i]);
		}
		const pf = new Prefilter(Prefilter.Type.EXACT);
		pf.str = str;
		pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
		return pf;
	}
	static enter(re) {
		switch (re.op) {
			case Regexp.Op.CAPTURE:
			case Regexp.Op.PLUS: return { sub: null };
			case Regexp.Op.REPEAT:
				if (re.min >= 1) return { sub: null };
				return { result: new Prefilter(Prefilter.Type.NONE) };
			case Regexp.Op.CONCAT: return {
				pf: new Prefilter(Prefilter.Type.AND),
				subs: []
			};
			case Regexp.Op.ALTERNATE: return {
				pf: new Prefilter(Prefilter.Type.OR),
				subs: []
			};
			default: return { result: new Prefilter(Prefilter.Type.NONE) };
		}
	}
	static child(re, state, s) {
		if (state.subs === void 0) {
			state.sub = s;
			return;
		}
		if (state.pf.type === Prefilter.Type.AND) {
			if (s.type === Prefilter.Type.NONE) return;
			if (s.type === Prefilter.Type.AND) {
				for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
				return;
			}
			state.subs.push(s);
			return;
		}
		if (s.type === Prefilter.Type.NONE) {
			state.result = new Prefilter(Prefilter.Type.NONE);
			return;
		}
		if (s.type === Prefilter.Type.OR) {
			for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
			return;
		}
		state.subs.push(s);
	}
	static leave(re, state) {
		if (state.subs === void 0) return state.sub;
		const pf = state.pf;
		const seen = /* @__PURE__ */ new Set();
		const subs = [];
		for (const sub of state.subs) {
			if (sub.type === Prefilter.Type.EXACT) {
				if (seen.has(sub.str)) continue;
				seen.add(sub.str);
			}
			subs.push(sub);
		}
		if (pf.type === Prefilter.Type.AND) {
			const kept = [];
			let cost = 0;
			for (const sub of subs) {
				if (cost + sub.cost > Prefilter.MAX_SCANS) continue;
				kept.push(sub);
				cost += sub.cost;
			}
			if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
			if (kept.length === 1) return kept[0];
			pf.subs = kept;
			pf.cost = cost;
			return pf;
		}
		if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
		if (subs.length === 1) return subs[0];
		pf.subs = subs;
		let allExact = true;
		let cost = 0;
		let units = 0;
		for (const sub of subs) {
			if (sub.type !== Prefilter.Type.EXACT) allExact = false;
			else units += sub.bytes.length;
			cost += sub.cost;
		}
		if (allExact) {
			if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
			pf.allExact = true;
			pf.cost = 1;
			return pf;
		}
		if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
		pf.cost = cost;
		return pf;
	}
};
// src/Prog.js
/**
* A list of instruction pointers waiting to be patched.
* Tracks both `head` and `tail` to allow O(1) appending during compilation.
* * Values are encoded integers, not standard memory pointers:
* - Program instruction index: `l >> 1`
* - Patch `.out` field if: `(l & 1) === 0`
* - Patch `.arg` field if: `(l & 1) === 1`
* - `0` denotes an empty list.
* * @see https://swtch.com/~rsc/regexp/regexp1.html
*/
var PatchList = class {
	/**
	* @param {number} head - Encoded pointer to the start of the patch list.
	* @param {number} tail - Encoded pointer to the end of the patch list.
	*/
	constructor(head = 0, tail = 0) {
		this.head = head;
		this.tail = tail;
	}
};
/**
* A Prog is a compiled regular expression program.
*/
var Prog = class {
	constructor() {
		this.inst = [];
		this.start = 0;
		this.numCap = 2;
		this.lbStarts = [];
		this.numLb = 0;
		this.lbInst = null;
	}
	getInst(pc) {
		return this.inst[pc];
	}
	numInst() {
		return this.inst.length;
	}
	addInst(op) {
		this.inst.push(new Inst(op));
	}
	markLookbehindInsts() {
		const lbInst = new Uint8Array(this.inst.length);
		const pending = this.lbStarts.slice();
		while (pending.length > 0) {
			const pc = pending.pop();
			if (pc === 0 || lbInst[pc] === 1) continue;
			lbInst[pc] = 1;
			const i = this.inst[pc];
			switch (i.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					pending.push(i.out, i.arg);
					break;
				case Inst.MATCH:
				case Inst.FAIL: break;
				default: pending.push(i.out);
			}
		}
		this.lbInst = lbInst;
	}
	skipNop(pc) {
		let i = this.inst[pc];
		while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
			i = this.inst[pc];
			pc = i.out;
		}
		return i;
	}
	/** @returns {[boolean, string]} */
	prefix() {
		let prefix = "";
		let i = this.skipNop(this.start);
		if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
		while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
			prefix += String.fromCodePoint(i.runes[0]);
			i = this.skipNop(i.out);
		}
		return [i.op === Inst.MATCH, prefix];
	}
	startCond() {
		let flag = 0;
		let pc = this.start;
		loop: for (;;) {
			const i = this.inst[pc];
			switch (i.op) {
				case Inst.EMPTY_WIDTH:
					flag |= i.arg;
					break;
				case Inst.FAIL: return -1;
				case Inst.CAPTURE:
				case Inst.NOP: break;
				default: break loop;
			}
			pc = i.out;
		}
		return flag;
	}
	patch(l, val) {
		let head = l.head;
		while (head !== 0) {
			const i = this.inst[head >> 1];
			if ((head & 1) === 0) {
				head = i.out;
				i.out = val;
			} else {
				head = i.arg;
				i.arg = val;
			}
		}
	}
	append(l1, l2) {
		if (l1.head === 0) return l2;
		if (l2.head === 0) return l1;
		const i = this.inst[l1.tail >> 1];
		if ((l1.tail & 1) === 0) i.out = l2.head;
		else i.arg = l2.head;
		return new PatchList(l1.head, l2.tail);
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		let out = "";
		for (let pc = 0; pc < this.inst.length; pc++) {
			const len = out.length;
			out += pc;
			if (pc === this.start) out += "*";
			out += "        ".substring(out.length - len);
			out += this.inst[pc];
			out += "\n";
		}
		return out;
	}
};
// src/Compiler.js
const ANY_RUNE_NOT_NL = new Int32Array([
	0,
	Codepoint.CODES["\n"] - 1,
	Codepoint.CODES["\n"] + 1,
	Unicode.MAX_RUNE
]);
const ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
/**
* A fragment of a compiled regular expression program.
*
* @see http://swtch.com/~rsc/regexp/regexp1.html
* @class
*/
var Frag = class {
	constructor(i = 0, out = new PatchList(), nullable = false) {
		this.i = i;
		this.out = out;
		this.nullable = nullable;
	}
};
/**
* Compiler from {@code Regexp} (RE2 abstract syntax) to {@code RE2} (compiled regular expression).
*
* The only entry point is {@link #compileRegexp}.
*/
var Compiler = class Compiler {
	static compileRegexp(re) {
		const c = new Compiler();
		const f = c.compile(re);
		c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
		c.prog.start = f.i;
		c.prog.markLookbehindInsts();
		return c.prog;
	}
	static compileSet(regexps) {
		const c = new Compiler();
		if (regexps.length === 0) {
			c.prog.start = c.newInst(Inst.FAIL).i;
			c.prog.markLookbehindInsts();
			return c.prog;
		}
		let starts = [];
		for (let i = 0; i < regexps.length; i++) {
			c.lbOffset = c.prog.numLb;
			const f = c.compile(regexps[i]);
			const m = c.newInst(Inst.MATCH);
			c.prog.getInst(m.i).arg = i;
			c.prog.patch(f.out, m.i);
			starts.push(f.i);
		}
		let start = starts[0];
		for (let i = 1; i < starts.length; i++) {
			const f = c.newInst(Inst.ALT);
			const inst = c.prog.getInst(f.i);
			inst.out = start;
			inst.arg = starts[i];
			start = f.i;
		}
		c.prog.start = start;
		c.prog.markLookbehindInsts();
		return c.prog;
	}
	constructor() {
		this.prog = new Prog();
		this.newInst(Inst.FAIL);
		this.lbOffset = 0;
		this.runeCache = /* @__PURE__ */ new Map();
		this.walker = {
			leaf: (re) => this.leaf(re),
			enter: (re) => this.enter(re),
			child: (re, state, result) => this.child(re, state, result),
			leave: (re, state) => this.leave(re, state)
		};
	}
	newInst(op) {
		this.prog.addInst(op);
		return new Frag(this.prog.numInst() - 1, new PatchList(), true);
	}
	nop() {
		const f = this.newInst(Inst.NOP);
		f.out = new PatchList(f.i << 1, f.i << 1);
		return f;
	}
	fail() {
		return new Frag();
	}
	cap(arg) {
		const f = this.newInst(Inst.CAPTURE);
		f.out = new PatchList(f.i << 1, f.i << 1);
		this.prog.getInst(f.i).arg = arg;
		if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
		return f;
	}
	cat(f1, f2) {
		if (f1.i === 0 || f2.i === 0) {
			this.prog.patch(f1.out, 0);
			this.prog.patch(f2.out, 0);
			return this.fail();
		}
		this.prog.patch(f1.out, f2.i);
		return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
	}
	alt(f1, f2) {
		if (f1.i === 0) return f2;
		if (f2.i === 0) return f1;
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		i.out = f1.i;
		i.arg = f2.i;
		f.out = this.prog.append(f1.out, f2.out);
		f.nullable = f1.nullable || f2.nullable;
		return f;
	}
	loop(f1, nongreedy) {
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		if (nongreedy) {
			i.arg = f1.i;
			f.out = new PatchList(f.i << 1, f.i << 1);
		} else {
			i.out = f1.i;
			f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
		}
		this.prog.patch(f1.out, f.i);
		return f;
	}
	quest(f1, nongreedy) {
		if (f1.i === 0) return this.nop();
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		if (nongreedy) {
			i.arg = f1.i;
			f.out = new PatchList(f.i << 1, f.i << 1);
		} else {
			i.out = f1.i;
			f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
		}
		f.out = this.prog.append(f.out, f1.out);
		return f;
	}
	star(f1, nongreedy) {
		if (f1.i === 0) return this.nop();
		if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
		return this.loop(f1, nongreedy);
	}
	plus(f1, nongreedy) {
		if (f1.i === 0) return this.fail();
		return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
	}
	empty(op) {
		const f = this.newInst(Inst.EMPTY_WIDTH);
		this.prog.getInst(f.i).arg = op;
		f.out = new PatchList(f.i << 1, f.i << 1);
		return f;
	}
	rune(runes, flags) {
		const f = this.newInst(Inst.RUNE);
		f.nullable = false;
		const i = this.prog.getInst(f.i);
		i.runes = runes;
		flags &= RE2Flags.FOLD_CASE;
		if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
		i.arg = flags;
		f.out = new PatchList(f.i << 1, f.i << 1);
		if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
		else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
		else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
		return f;
	}
	lookBehind(a, parsedLb) {
		const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
		const id = this.newInst(Inst.LB_WRITE);
		this.prog.getInst(id.i).arg = lb;
		const any = this.rune(ANY_RUNE, 0);
		const dotStar = this.star(any, true);
		const lbAutomaton = this.cat(dotStar, a);
		this.prog.patch(lbAutomaton.out, id.i);
		const checkId = this.newInst(Inst.LB_CHECK);
		this.prog.getInst(checkId.i).arg = lb;
		this.prog.lbStarts.push(lbAutomaton.i);
		if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
		checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
		return checkId;
	}
	compile(re) {
		return RegexpWalker.walk(re, this.walker);
	}
	leaf(re) {
		switch (re.op) {
			case Regexp.Op.NO_MATCH: return this.fail();
			case Regexp.Op.EMPTY_MATCH: return this.nop();
			case Regexp.Op.LITERAL: {
				if (re.runes.length === 0) return this.nop();
				let f = null;
				for (let r of re.runes) {
					let singleRune = this.runeCache.get(r);
					if (singleRune === void 0) {
						singleRune = new Int32Array([r]);
						this.runeCache.set(r, singleRune);
					}
					const f1 = this.rune(singleRune, re.flags);
					f = f === null ? f1 : this.cat(f, f1);
				}
				return f;
			}
			case Regexp.Op.CHAR_CLASS: return this.rune(re.runes, re.flags);
			case Regexp.Op.ANY_CHAR_NOT_NL: return this.rune(ANY_RUNE_NOT_NL, 0);
			case Regexp.Op.ANY_CHAR: return this.rune(ANY_RUNE, 0);
			case Regexp.Op.BEGIN_LINE: return this.empty(Utils.EMPTY_BEGIN_LINE);
			case Regexp.Op.END_LINE: return this.empty(Utils.EMPTY_END_LINE);
			case Regexp.Op.BEGIN_TEXT: return this.empty(Utils.EMPTY_BEGIN_TEXT);
			case Regexp.Op.END_TEXT: return this.empty(Utils.EMPTY_END_TEXT);
			case Regexp.Op.WORD_BOUNDARY: return this.empty(Utils.EMPTY_WORD_BOUNDARY);
			case Regexp.Op.NO_WORD_BOUNDARY: return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return this.nop();
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
	enter(re) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return { sub: null };
			case Regexp.Op.CAPTURE: return {
				bra: this.cap(re.cap << 1),
				sub: null
			};
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return { f: null };
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
	child(re, state, f1) {
		if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
		else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
		else state.sub = f1;
	}
	leave(re, state) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB: return this.lookBehind(state.sub, re.lb);
			case Regexp.Op.CAPTURE: {
				const ket = this.cap(re.cap << 1 | 1);
				return this.cat(this.cat(state.bra, state.sub), ket);
			}
			case Regexp.Op.STAR: return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.PLUS: return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.QUEST: return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return state.f;
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
};
// src/Simplify.js
var Simplify = class Simplify {
	static simplify(re) {
		if (re === null) return null;
		return RegexpWalker.walk(re, Simplify.WALKER);
	}
	static WALKER = {
		leaf: (re) => Simplify.leaf(re),
		enter: (re) => Simplify.enter(re),
		child: (re, state, result, i) => Simplify.child(re, state, result, i),
		leave: (re, state) => Simplify.leave(re, state)
	};
	static leaf(re) {
		if (re.op === Regexp.Op.CHAR_CLASS) {
			if (re.runes === null) return re;
			if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
			if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
			if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
		}
		return re;
	}
	static enter(re) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE:
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return { sub: null };
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return {
				subs: [],
				changed: false
			};
			case Regexp.Op.REPEAT:
				if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
				return { sub: null };
			default: return { result: re };
		}
	}
	static child(re, state, nsub, i) {
		if (state.subs === void 0) {
			state.sub = nsub;
			return;
		}
		if (nsub !== re.subs[i]) state.changed = true;
		if (re.op === Regexp.Op.CONCAT) {
			if (nsub.op === Regexp.Op.NO_MATCH) {
				state.result = new Regexp(Regexp.Op.NO_MATCH);
				return;
			}
			if (nsub.op === Regexp.Op.EMPTY_MATCH) {
				state.changed = true;
				return;
			}
			if (nsub.op === Regexp.Op.CONCAT) {
				state.changed = true;
				for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
				return;
			}
		} else {
			if (nsub.op === Regexp.Op.NO_MATCH) {
				state.changed = true;
				return;
			}
			if (nsub.op === Regexp.Op.ALTERNATE) {
				state.changed = true;
				for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
				return;
			}
		}
		state.subs.push(nsub);
	}
	static leave(re, state) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE: {
				const sub = state.sub;
				if (sub !== re.subs[0]) {
					const nre = Regexp.fromRegexp(re);
					nre.runes = /* @__PURE__ */ new Int32Array(0);
					nre.subs = [sub];
					return nre;
				}
				return re;
			}
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE:
				if (state.changed) {
					const newSubs = state.subs;
					if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
					if (newSubs.length === 1) return newSubs[0];
					const nre = Regexp.fromRegexp(re);
					nre.runes = /* @__PURE__ */ new Int32Array(0);
					nre.subs = newSubs;
					return nre;
				}
				return re;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return Simplify.simplify1(re.op, re.flags, state.sub, re);
			case Regexp.Op.REPEAT: return Simplify.simplifyRepeat(re, state.sub);
			default: return re;
		}
	}
	static simplifyRepeat(re, sub) {
		if (re.max === -1) {
			if (re.min === 0) return Simplify.simplify1(Regexp.Op.STAR, re.flags, sub, null);
			if (re.min === 1) return Simplify.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
			const subs = [];
			for (let i = 0; i < re.min - 1; i++) subs.push(sub);
			subs.push(Simplify.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
			return Simplify.concat(subs);
		}
		if (re.min === 1 && re.max === 1) return sub;
		let prefixSubs = null;
		if (re.min > 0) {
			prefixSubs = [];
			for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
		}
		if (re.max > re.min) {
			let suffix = Simplify.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
			for (let i = re.min + 1; i < re.max; i++) suffix = Simplify.simplify1(Regexp.Op.QUEST, re.flags, Simplify.concat([sub, suffix]), null);
			if (prefixSubs === null) return suffix;
			prefixSubs.push(suffix);
		}
		if (prefixSubs !== null) return Simplify.concat(prefixSubs);
		return new Regexp(Regexp.Op.NO_MATCH);
	}
	static concat(subs) {
		const newSubs = [];
		for (let i = 0; i < subs.length; i++) {
			const sub = subs[i];
			if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
			if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
			if (sub.op === Regexp.Op.CONCAT) {
				for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
				continue;
			}
			newSubs.push(sub);
		}
		if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
		if (newSubs.length === 1) return newSubs[0];
		const nre = new Regexp(Regexp.Op.CONCAT);
		nre.subs = newSubs;
		return nre;
	}
	static simplify1(op, flags, sub, re) {
		if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
		if (sub.op === Regexp.Op.NO_MATCH) {
			if (op === Regexp.Op.PLUS) return sub;
			return new Regexp(Regexp.Op.EMPTY_MATCH);
		}
		if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
		if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
		const nre = new Regexp(op);
		nre.flags = flags;
		nre.subs = [sub];
		return nre;
	}
};
// src/CharGroup.js
var CharGroup = class {
	constructor(sign, cls) {
		this.sign = sign;
		this.cls = cls;
	}
};
const code1 = [48, 57];
const code2 = [
	9,
	10,
	12,
	13,
	32,
	32
];
const code3 = [
	48,
	57,
	65,
	90,
	95,
	95,
	97,
	122
];
const PERL_GROUPS = /* @__PURE__ */ new Map([
	["\\d", new CharGroup(1, code1)],
	["\\D", new CharGroup(-1, code1)],
	["\\s", new CharGroup(1, code2)],
	["\\S", new CharGroup(-1, code2)],
	["\\w", new CharGroup(1, code3)],
	["\\W", new CharGroup(-1, code3)]
]);
const code4 = [
	48,
	57,
	65,
	90,
	97,
	122
];
const code5 = [
	65,
	90,
	97,
	122
];
const code6 = [0, 127];
const code7 = [
	9,
	9,
	32,
	32
];
const code8 = [
	0,
	31,
	127,
	127
];
const code9 = [48, 57];
const code10 = [33, 126];
const code11 = [97, 122];
const code12 = [32, 126];
const code13 = [
	33,
	47,
	58,
	64,
	91,
	96,
	123,
	126
];
const code14 = [
	9,
	13,
	32,
	32
];
const code15 = [65, 90];
const code16 = [
	48,
	57,
	65,
	90,
	95,
	95,
	97,
	122
];
const code17 = [
	48,
	57,
	65,
	70,
	97,
	102
];
const POSIX_GROUPS = /* @__PURE__ */ new Map([
	["[:alnum:]", new CharGroup(1, code4)],
	["[:^alnum:]", new CharGroup(-1, code4)],
	["[:alpha:]", new CharGroup(1, code5)],
	["[:^alpha:]", new CharGroup(-1, code5)],
	["[:ascii:]", new CharGroup(1, code6)],
	["[:^ascii:]", new CharGroup(-1, code6)],
	["[:blank:]", new CharGroup(1, code7)],
	["[:^blank:]", new CharGroup(-1, code7)],
	["[:cntrl:]", new CharGroup(1, code8)],
	["[:^cntrl:]", new CharGroup(-1, code8)],
	["[:digit:]", new CharGroup(1, code9)],
	["[:^digit:]", new CharGroup(-1, code9)],
	["[:graph:]", new CharGroup(1, code10)],
	["[:^graph:]", new CharGroup(-1, code10)],
	["[:lower:]", new CharGroup(1, code11)],
	["[:^lower:]", new CharGroup(-1, code11)],
	["[:print:]", new CharGroup(1, code12)],
	["[:^print:]", new CharGroup(-1, code12)],
	["[:punct:]", new CharGroup(1, code13)],
	["[:^punct:]", new CharGroup(-1, code13)],
	["[:space:]", new CharGroup(1, code14)],
	["[:^space:]", new CharGroup(-1, code14)],
	["[:upper:]", new CharGroup(1, code15)],
	["[:^upper:]", new CharGroup(-1, code15)],
	["[:word:]", new CharGroup(1, code16)],
	["[:^word:]", new CharGroup(-1, code16)],
	["[:xdigit:]", new CharGroup(1, code17)],
	["[:^xdigit:]", new CharGroup(-1, code17)]
]);
// src/CharClass.js
/**
* A "builder"-style helper class for manipulating character classes represented as an array of
* pairs of runes [lo, hi], each denoting an inclusive interval.
*
* All methods mutate the internal state and return {@code this}, allowing operations to be chained.
*/
var CharClass = class CharClass {
	static charClassToString(r, len) {
		let result = "[";
		for (let i = 0; i < len; i += 2) {
			if (i > 0) result += " ";
			const lo = r[i];
			const hi = r[i + 1];
			if (lo === hi) result += `0x${lo.toString(16)}`;
			else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
		}
		result += "]";
		return result;
	}
	static sortRanges(array, len) {
		const n = len >> 1;
		const order = new Array(n);
		for (let i = 0; i < n; i++) order[i] = i;
		order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
		const sorted = array.slice(0, len);
		for (let i = 0; i < n; i++) {
			array[2 * i] = sorted[2 * order[i]];
			array[2 * i + 1] = sorted[2 * order[i] + 1];
		}
	}
	/**
	* @param {number[]|Int32Array} [r]
	*/
	constructor(r = Utils.emptyInts()) {
		/** @type {number[]|Int32Array} */
		this.r = r;
		this.len = r.length;
	}
	toArray() {
		if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
		return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
	}
	toGrowableArray() {
		if (Array.isArray(this.r)) {
			this.r.length = this.len;
			return this.r;
		}
		return Array.from(this.r.subarray(0, this.len));
	}
	cleanClass() {
		if (this.len < 4) return this;
		CharClass.sortRanges(this.r, this.len);
		let w = 2;
		for (let i = 2; i < this.len; i += 2) {
			const lo = this.r[i];
			const hi = this.r[i + 1];
			if (lo <= this.r[w - 1] + 1) {
				if (hi > this.r[w - 1]) this.r[w - 1] = hi;
				continue;
			}
			this.r[w] = lo;
			this.r[w + 1] = hi;
			w += 2;
		}
		this.len = w;
		return this;
	}
	appendLiteral(x, flags) {
		return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
	}
	appendRange(lo, hi) {
		if (this.len > 0) {
			for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
				const rlo = this.r[this.len - i];
				const rhi = this.r[this.len - i + 1];
				if (lo <= rhi + 1 && rlo <= hi + 1) {
					if (lo < rlo) this.r[this.len - i] = lo;
					if (hi > rhi) this.r[this.len - i + 1] = hi;
					return this;
				}
			}
		}
		this.r[this.len++] = lo;
		this.r[this.len++] = hi;
		return this;
	}
	appendFoldedRange(lo, hi) {
		if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
		if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
		if (lo < Unicode.MIN_FOLD) {
			this.appendRange(lo, Unicode.MIN_FOLD - 1);
			lo = Unicode.MIN_FOLD;
		}
		if (hi > Unicode.MAX_FOLD) {
			this.appendRange(Unicode.MAX_FOLD + 1, hi);
			hi = Unicode.MAX_FOLD;
		}
		for (let c = lo; c <= hi; c++) {
			this.appendRange(c, c);
			for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
		}
		return this;
	}
	appendClass(x) {
		for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
		return this;
	}
	appendFoldedClass(x) {
		for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
		return this;
	}
	appendNegatedClass(x) {
		let nextLo = 0;
		for (let i = 0; i < x.length; i += 2) {
			const lo = x[i];
			const hi = x[i + 1];
			if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
			nextLo = hi + 1;
		}
		if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
		return this;
	}
	appendTable(table) {
		for (let i = 0; i < table.length; ++i) {
			const lo = table.getLo(i);
			const hi = table.getHi(i);
			const stride = table.getStride(i);
			if (stride === 1) {
				this.appendRange(lo, hi);
				continue;
			}
			for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
		}
		return this;
	}
	appendNegatedTable(table) {
		let nextLo = 0;
		for (let i = 0; i < table.length; ++i) {
			const lo = table.getLo(i);
			const hi = table.getHi(i);
			const stride = table.getStride(i);
			if (stride === 1) {
				if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
				nextLo = hi + 1;
				continue;
			}
			for (let c = lo; c <= hi; c += stride) {
				if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
				nextLo = c + 1;
			}
		}
		if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
		return this;
	}
	appendTableWithSign(table, sign) {
		return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
	}
	negateClass() {
		let nextLo = 0;
		let w = 0;
		for (let i = 0; i < this.len; i += 2) {
			const lo = this.r[i];
			const hi = this.r[i + 1];
			if (nextLo <= lo - 1) {
				this.r[w] = nextLo;
				this.r[w + 1] = lo - 1;
				w += 2;
			}
			nextLo = hi + 1;
		}
		this.len = w;
		if (nextLo <= Unicode.MAX_RUNE) {
			this.r[this.len++] = nextLo;
			this.r[this.len++] = Unicode.MAX_RUNE;
		}
		return this;
	}
	appendClassWithSign(x, sign) {
		return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
	}
	appendGroup(g, foldCase) {
		let cls = g.cls;
		if (foldCase) cls = new CharClass().appendFoldedClass(cls).cleanClass().toArray();
		return this.appendClassWithSign(cls, g.sign);
	}
	toString() {
		return CharClass.charClassToString(this.r, this.len);
	}
};
// src/Parser.js
var StringIterator = class {
	constructor(str) {
		this.str = str;
		this.position = 0;
	}
	pos() {
		return this.position;
	}
	rewindTo(pos) {
		this.position = pos;
	}
	more() {
		return this.position < this.str.length;
	}
	peek() {
		return this.str.codePointAt(this.position);
	}
	skip(n) {
		this.position += n;
	}
	skipString(s) {
		this.position += s.length;
	}
	pop() {
		const r = this.str.codePointAt(this.position);
		this.position += Utils.charCount(r);
		return r;
	}
	lookingAt(s) {
		return this.str.startsWith(s, this.position);
	}
	rest() {
		return this.str.substring(this.position);
	}
	from(beforePos) {
		return this.str.substring(beforePos, this.position);
	}
	toString() {
		return this.rest();
	}
};
/**
* A parser of regular expression patterns.
*
* The only public entry point is {@link #parse(String pattern, int flags)}.
*/
var Parser = class Parser {
	static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
	static ERR_INVALID_CHAR_RANGE = "invalid character class range";
	static ERR_INVALID_ESCAPE = "invalid escape sequence";
	static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
	static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
	static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
	static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
	static ERR_MISSING_BRACKET = "missing closing ]";
	static ERR_MISSING_PAREN = "missing closing )";
	static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
	static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
	static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
	static ERR_UNEXPECTED_PAREN = "unexpected )";
	static ERR_NESTING_DEPTH = "expression nests too deeply";
	static ERR_LARGE = "expression too large";
	static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
	static MAX_HEIGHT = 1e3;
	static MAX_SIZE = 1398101;
	static MAX_RUNES = 33554432;
	static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		Unicode.MAX_RUNE,
		1
	]));
	static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		127,
		1
	]));
	static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		127,
		1,
		383,
		383,
		1,
		8490,
		8490,
		1
	]));
	static unicodeTable(name) {
		if (name === "Any") return {
			tab: Parser.ANY_TABLE,
			fold: Parser.ANY_TABLE,
			sign: 1
		};
		if (name === "Ascii") return {
			tab: Parser.ASCII_TABLE,
			fold: Parser.ASCII_FOLD_TABLE,
			sign: 1
		};
		if (name === "Assigned") return {
			tab: UnicodeTables.CATEGORIES.get("Cn"),
			fold: UnicodeTables.CATEGORIES.get("Cn"),
			sign: -1
		};
		if (name === "Lc") return {
			tab: UnicodeTables.CATEGORIES.get("LC"),
			fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
			sign: 1
		};
		if (UnicodeTables.CATEGORIES.has(name)) return {
			tab: UnicodeTables.CATEGORIES.get(name),
			fold: UnicodeTables.FOLD_CATEGORIES.get(name),
			sign: 1
		};
		if (UnicodeTables.SCRIPTS.has(name)) return {
			tab: UnicodeTables.SCRIPTS.get(name),
			fold: UnicodeTables.FOLD_SCRIPT.get(name),
			sign: 1
		};
		return null;
	}
	static minFoldRune(r) {
		if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
		let min = r;
		const r0 = r;
		for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
		return min;
	}
	static leadingRegexp(re) {
		if (re.op === Regexp.Op.EMPTY_MATCH) return null;
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			const sub = re.subs[0];
			if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
			return sub;
		}
		return re;
	}
	static literalRegexp(s, flags) {
		const re = new Regexp(Regexp.Op.LITERAL);
		re.flags = flags;
		re.runes = Utils.stringToRunes(s);
		return re;
	}
	/**
	* Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
	* @param {string} pattern
	* @param {number} flags
	*/
	static parse(pattern, flags) {
		return new Parser(pattern, flags).parseInternal();
	}
	static parseRepeat(t) {
		const start = t.pos();
		if (!t.more() || !t.lookingAt("{")) return -1;
		t.skip(1);
		const min = Parser.parseInt(t);
		if (min === -1) return -1;
		if (!t.more()) return -1;
		let max;
		if (!t.lookingAt(",")) max = min;
		else {
			t.skip(1);
			if (!t.more()) return -1;
			if (t.lookingAt("}")) max = -1;
			else if ((max = Parser.parseInt(t)) === -1) return -1;
		}
		if (!t.more() || !t.lookingAt("}")) return -1;
		t.skip(1);
		if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_SIZE, t.from(start));
		return min << 16 | max & Unicode.MAX_BMP;
	}
	static isValidCaptureName(name) {
		if (name.length === 0) return false;
		for (let i = 0; i < name.length; i++) {
			const c = name.codePointAt(i);
			if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
		}
		return true;
	}
	static parseInt(t) {
		const start = t.pos();
		while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
		const n = t.from(start);
		if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
		if (n.length > 8) return -2;
		return parseInt(n, 10);
	}
	static isCharClass(re) {
		return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
	}
	static matchRune(re, r) {
		switch (re.op) {
			case Regexp.Op.LITERAL: return re.runes.length === 1 && re.runes[0] === r;
			case Regexp.Op.CHAR_CLASS:
				for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
				return false;
			case Regexp.Op.ANY_CHAR_NOT_NL: return r !== Codepoint.CODES["\n"];
			case Regexp.Op.ANY_CHAR: return true;
		}
		return false;
	}
	static mergeCharClass(dst, src) {
		switch (dst.op) {
			case Regexp.Op.ANY_CHAR: break;
			case Regexp.Op.ANY_CHAR_NOT_NL:
				if (Parser.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
				break;
			case Regexp.Op.CHAR_CLASS: {
				const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
				if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
				else cc.appendClass(src.runes);
				dst.runes = cc.toGrowableArray();
				break;
			}
			case Regexp.Op.LITERAL:
				if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
				dst.op = Regexp.Op.CHAR_CLASS;
				dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
		}
	}
	static parseEscape(t) {
		const startPos = t.pos();
		t.skip(1);
		if (!t.more()) throw new RE2JSSyntaxException(Parser.ERR_TRAILING_BACKSLASH);
		let c = t.pop();
		bigswitch: switch (c) {
			case Codepoint.CODES["1"]:
			case Codepoint.CODES["2"]:
			case Codepoint.CODES["3"]:
			case Codepoint.CODES["4"]:
			case Codepoint.CODES["5"]:
			case Codepoint.CODES["6"]:
			case Codepoint.CODES["7"]: if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
			case Codepoint.CODES["0"]: {
				let r = c - Codepoint.CODES["0"];
				for (let i = 1; i < 3; i++) {
					if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
					r = r * 8 + t.peek() - Codepoint.CODES["0"];
					t.skip(1);
				}
				return r;
			}
			case Codepoint.CODES["x"]: {
				if (!t.more()) break;
				c = t.pop();
				if (c === Codepoint.CODES["{"]) {
					let nhex = 0;
					let r = 0;
					while (true) {
						if (!t.more()) break bigswitch;
						c = t.pop();
						if (c === Codepoint.CODES["}"]) break;
						const v = Utils.unhex(c);
						if (v < 0) break bigswitch;
						r = r * 16 + v;
						if (r > Unicode.MAX_RUNE) break bigswitch;
						nhex++;
					}
					if (nhex === 0) break bigswitch;
					return r;
				}
				const x = Utils.unhex(c);
				if (!t.more()) break;
				c = t.pop();
				const y = Utils.unhex(c);
				if (x < 0 || y < 0) break;
				return x * 16 + y;
			}
			case Codepoint.CODES["a"]: return Codepoint.CODES["\x07"];
			case Codepoint.CODES["f"]: return Codepoint.CODES["\f"];
			case Codepoint.CODES["n"]: return Codepoint.CODES["\n"];
			case Codepoint.CODES["r"]: return Codepoint.CODES["\r"];
			case Codepoint.CODES["t"]: return Codepoint.CODES["	"];
			case Codepoint.CODES["v"]: return Codepoint.CODES["\v"];
			default: if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
		}
		throw new RE2JSSyntaxException(Parser.ERR_INVALID_ESCAPE, t.from(startPos));
	}
	static parseClassChar(t, wholeClassPos) {
		if (!t.more()) throw new RE2JSSyntaxException(Parser.ERR_MISSING_BRACKET, t.from(wholeClassPos));
		if (t.lookingAt("\\")) return Parser.parseEscape(t);
		return t.pop();
	}
	static hasCapture(re) {
		if (re === null) return false;
		if (re.op === Regexp.Op.CAPTURE) return true;
		if (re.subs) {
			for (let sub of re.subs) if (Parser.hasCapture(sub)) return true;
		}
		return false;
	}
	constructor(wholeRegexp, flags = 0) {
		this.wholeRegexp = wholeRegexp;
		this.flags = flags;
		this.numCap = 0;
		this.namedGroups = Object.create(null);
		this.stack = [];
		this.free = null;
		this.numRegexp = 0;
		this.numRunes = 0;
		this.repeats = 0;
		this.height = null;
		this.size = null;
		this.nlb = 0;
	}
	newRegexp(op) {
		let re = this.free;
		if (re !== null && re.subs !== null && re.subs.length > 0) {
			this.free = re.subs[0];
			re.reinit();
			re.op = op;
		} else {
			re = new Regexp(op);
			this.numRegexp += 1;
		}
		return re;
	}
	reuse(re) {
		if (this.height !== null && this.height.has(re)) this.height.delete(re);
		if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
		this.free = re;
	}
	checkLimits(re) {
		if (this.numRunes > Parser.MAX_RUNES) throw new RE2JSSyntaxException(Parser.ERR_LARGE);
		this.checkSize(re);
		this.checkHeight(re);
	}
	checkSize(re) {
		if (this.size === null) {
			if (this.repeats === 0) this.repeats = 1;
			if (re.op === Regexp.Op.REPEAT) {
				let n = re.max;
				if (n === -1) n = re.min;
				if (n <= 0) n = 1;
				if (n > Math.floor(Parser.MAX_SIZE / this.repeats)) this.repeats = Parser.MAX_SIZE;
				else this.repeats *= n;
			}
			if (this.numRegexp < Math.floor(Parser.MAX_SIZE / this.repeats)) return;
			this.size = /* @__PURE__ */ new Map();
			for (let reEx of this.stack) this.checkSize(reEx);
		}
		if (this.calcSize(re, true) > Parser.MAX_SIZE) throw new RE2JSSyntaxException(Parser.ERR_LARGE);
	}
	calcSize(re, force = false) {
		if (!force && this.size !== null) {
			if (this.size.has(re)) return this.size.get(re);
		}
		let size = 0;
		switch (re.op) {
			case Regexp.Op.LITERAL:
				size = re.runes.length;
				break;
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE:
			case Regexp.Op.STAR:
				size = 2 + this.calcSize(re.subs[0]);
				break;
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
				size = 1 + this.calcSize(re.subs[0]);
				break;
			case Regexp.Op.CONCAT:
				for (let sub of re.subs) size = size + this.calcSize(sub);
				break;
			case Regexp.Op.ALTERNATE:
				for (let sub of re.subs) size = size + this.calcSize(sub);
				if (re.subs.length > 1) size = size + re.subs.length - 1;
				break;
			case Regexp.Op.REPEAT: {
				let sub = this.calcSize(re.subs[0]);
				if (re.max === -1) {
					if (re.min === 0) size = 2 + sub;
					else size = 1 + re.min * sub;
					break;
				}
				size = re.max * sub + (re.max - re.min);
				break;
			}
		}
		size = Math.max(1, size);
		if (this.size === null) this.size = /* @__PURE__ */ new Map();
		this.size.set(re, size);
		return size;
	}
	checkHeight(re) {
		if (this.numRegexp < Parser.MAX_HEIGHT) return;
		if (this.height === null) {
			this.height = /* @__PURE__ */ new Map();
			for (let reEx of this.stack) this.checkHeight(reEx);
		}
		if (this.calcHeight(re, true) > Parser.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser.ERR_NESTING_DEPTH);
	}
	calcHeight(re, force = false) {
		if (!force && this.height !== null) {
			if (this.height.has(re)) return this.height.get(re);
		}
		let h = 1;
		for (let sub of re.subs) {
			const hsub = this.calcHeight(sub);
			if (h < 1 + hsub) h = 1 + hsub;
		}
		if (this.height === null) this.height = /* @__PURE__ */ new Map();
		this.height.set(re, h);
		return h;
	}
	pop() {
		return this.stack.pop();
	}
	popToPseudo() {
		const n = this.stack.length;
		let i = n;
		while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
		return this.stack.splice(i, n - i);
	}
	push(re) {
		this.numRunes += re.runes.length;
		if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
			if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
			re.op = Regexp.Op.LITERAL;
			re.runes = [re.runes[0]];
			re.flags = this.flags & ~RE2Flags.FOLD_CASE;
		} else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
			if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
			re.op = Regexp.Op.LITERAL;
			re.runes = [re.runes[0]];
			re.flags = this.flags | RE2Flags.FOLD_CASE;
		} else this.maybeConcat(-1, 0);
		this.stack.push(re);
		this.checkLimits(re);
		return re;
	}
	maybeConcat(r, flags) {
		const n = this.stack.length;
		if (n < 2) return false;
		const re1 = this.stack[n - 1];
		const re2 = this.stack[n - 2];
		if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
		if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
		for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
		if (r >= 0) {
			re1.runes = [r];
			re1.flags = flags;
			return true;
		}
		this.pop();
		this.reuse(re1);
		return false;
	}
	newLiteral(r, flags) {
		const re = this.newRegexp(Regexp.Op.LITERAL);
		re.flags = flags;
		if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser.minFoldRune(r);
		re.runes = [r];
		return re;
	}
	literal(r) {
		this.push(this.newLiteral(r, this.flags));
	}
	op(op) {
		const re = this.newRegexp(op);
		re.flags = this.flags;
		return this.push(re);
	}
	repeat(op, min, max, beforePos, t, lastRepeatPos) {
		let flags = this.flags;
		if ((flags & RE2Flags.PERL_X) !== 0) {
			if (t.more() && t.lookingAt("?")) {
				t.skip(1);
				flags ^= RE2Flags.NON_GREEDY;
			}
			if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
		}
		const n = this.stack.length;
		if (n === 0) throw new RE2JSSyntaxException(Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
		const sub = this.stack[n - 1];
		if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
		const re = this.newRegexp(op);
		re.min = min;
		re.max = max;
		re.flags = flags;
		re.subs = [sub];
		this.stack[n - 1] = re;
		this.checkLimits(re);
		if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
	}
	repeatIsValid(re, n) {
		if (re.op === Regexp.Op.REPEAT) {
			let m = re.max;
			if (m === 0) return true;
			if (m < 0) m = re.min;
			if (m > n) return false;
			if (m > 0) n = Math.trunc(n / m);
		}
		for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
		return true;
	}
	concat() {
		this.maybeConcat(-1, 0);
		const subs = this.popToPseudo();
		if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
		return this.push(this.collapse(subs, Regexp.Op.CONCAT));
	}
	alternate() {
		const subs = this.popToPseudo();
		if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
		if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
		return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
	}
	cleanAlt(re) {
		if (re.op === Regexp.Op.CHAR_CLASS) {
			re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
			if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
				re.runes = /* @__PURE__ */ new Int32Array(0);
				re.op = Regexp.Op.ANY_CHAR;
			} else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
				re.runes = /* @__PURE__ */ new Int32Array(0);
				re.op = Regexp.Op.ANY_CHAR_NOT_NL;
			}
		}
	}
	collapse(subs, op) {
		if (subs.length === 1) return subs[0];
		let len = 0;
		for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
		let newsubs = new Array(len).fill(null);
		let i = 0;
		for (let sub of subs) if (sub.op === op) {
			for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
			this.reuse(sub);
		} else newsubs[i++] = sub;
		let re = this.newRegexp(op);
		re.subs = newsubs;
		if (op === Regexp.Op.ALTERNATE) {
			re.subs = this.factor(re.subs);
			if (re.subs.length === 1) {
				const old = re;
				re = re.subs[0];
				this.reuse(old);
			}
		}
		return re;
	}
	factor(array) {
		if (array.length < 2) return array;
		let s = 0;
		let lensub = array.length;
		let lenout = 0;
		let str = null;
		let strlen = 0;
		let strflags = 0;
		let start = 0;
		for (let i = 0; i <= lensub; i++) {
			let istr = null;
			let istrlen = 0;
			let iflags = 0;
			if (i < lensub) {
				let re = array[s + i];
				if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
				if (re.op === Regexp.Op.LITERAL) {
					istr = re.runes;
					istrlen = re.runes.length;
					iflags = re.flags & RE2Flags.FOLD_CASE;
				}
				if (iflags === strflags) {
					let same = 0;
					while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
					if (same > 0) {
						strlen = same;
						continue;
					}
				}
			}
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				const prefix = this.newRegexp(Regexp.Op.LITERAL);
				prefix.flags = strflags;
				prefix.runes = str.slice(0, strlen);
				for (let j = start; j < i; j++) {
					array[s + j] = this.removeLeadingString(array[s + j], strlen);
					this.checkLimits(array[s + j]);
				}
				const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
				const re = this.newRegexp(Regexp.Op.CONCAT);
				re.subs = [prefix, suffix];
				array[lenout++] = re;
			}
			start = i;
			str = istr;
			strlen = istrlen;
			strflags = iflags;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		let first = null;
		for (let i = 0; i <= lensub; i++) {
			let ifirst = null;
			if (i < lensub) {
				ifirst = Parser.leadingRegexp(array[s + i]);
				if (first !== null && first.equals(ifirst) && (Parser.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser.isCharClass(first.subs[0]))) continue;
			}
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				const prefix = first;
				for (let j = start; j < i; j++) {
					const reuse = j !== start;
					array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
					this.checkLimits(array[s + j]);
				}
				const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
				const re = this.newRegexp(Regexp.Op.CONCAT);
				re.subs = [prefix, suffix];
				array[lenout++] = re;
			}
			start = i;
			first = ifirst;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		for (let i = 0; i <= lensub; i++) {
			if (i < lensub && Parser.isCharClass(array[s + i])) continue;
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				let max = start;
				for (let j = start + 1; j < i; j++) {
					const subMax = array[s + max];
					const subJ = array[s + j];
					if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
				}
				const tmp = array[s + start];
				array[s + start] = array[s + max];
				array[s + max] = tmp;
				for (let j = start + 1; j < i; j++) {
					Parser.mergeCharClass(array[s + start], array[s + j]);
					this.reuse(array[s + j]);
				}
				this.cleanAlt(array[s + start]);
				array[lenout++] = array[s + start];
			}
			if (i < lensub) array[lenout++] = array[s + i];
			start = i + 1;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		for (let i = 0; i < lensub; ++i) {
			if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
			array[lenout++] = array[s + i];
		}
		lensub = lenout;
		s = 0;
		return array.slice(s, lensub);
	}
	removeLeadingString(re, n) {
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			const sub = this.removeLeadingString(re.subs[0], n);
			re.subs[0] = sub;
			if (sub.op === Regexp.Op.EMPTY_MATCH) {
				this.reuse(sub);
				switch (re.subs.length) {
					case 0:
					case 1:
						re.op = Regexp.Op.EMPTY_MATCH;
						re.subs = Regexp.emptySubs();
						break;
					case 2: {
						const old = re;
						re = re.subs[1];
						this.reuse(old);
						break;
					}
					default: re.subs = re.subs.slice(1, re.subs.length);
				}
			}
			return re;
		}
		if (re.op === Regexp.Op.LITERAL) {
			re.runes = re.runes.slice(n, re.runes.length);
			if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
		}
		return re;
	}
	removeLeadingRegexp(re, reuse) {
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			if (reuse) this.reuse(re.subs[0]);
			re.subs = re.subs.slice(1, re.subs.length);
			switch (re.subs.length) {
				case 0:
					re.op = Regexp.Op.EMPTY_MATCH;
					re.subs = Regexp.emptySubs();
					break;
				case 1: {
					const old = re;
					re = re.subs[0];
					this.reuse(old);
					break;
				}
			}
			return re;
		}
		if (reuse) this.reuse(re);
		return this.newRegexp(Regexp.Op.EMPTY_MATCH);
	}
	parseInternal() {
		if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser.literalRegexp(this.wholeRegexp, this.flags);
		let lastRepeatPos = -1;
		let min = -1;
		let max = -1;
		const t = new StringIterator(this.wholeRegexp);
		while (t.more()) {
			let repeatPos = -1;
			bigswitch: switch (t.peek()) {
				case Codepoint.CODES["("]:
					if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
						if (t.lookingAt("(?<=")) {
							this.parsePosLookBehind();
							t.skip(4);
							break;
						}
						if (t.lookingAt("(?<!")) {
							this.parseNegLookBehind();
							t.skip(4);
							break;
						}
					}
					if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
						this.parsePerlFlags(t);
						break;
					}
					this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
					t.skip(1);
					break;
				case Codepoint.CODES["|"]:
					this.parseVerticalBar();
					t.skip(1);
					break;
				case Codepoint.CODES[")"]:
					this.parseRightParen();
					t.skip(1);
					break;
				case Codepoint.CODES["^"]:
					if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
					else this.op(Regexp.Op.BEGIN_LINE);
					t.skip(1);
					break;
				case Codepoint.CODES["$"]:
					if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
					else this.op(Regexp.Op.END_LINE);
					t.skip(1);
					break;
				case Codepoint.CODES["."]:
					if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
					else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
					t.skip(1);
					break;
				case Codepoint.CODES["["]:
					this.parseClass(t);
					break;
				case Codepoint.CODES["*"]:
				case Codepoint.CODES["+"]:
				case Codepoint.CODES["?"]: {
					repeatPos = t.pos();
					let op = null;
					switch (t.pop()) {
						case Codepoint.CODES["*"]:
							op = Regexp.Op.STAR;
							break;
						case Codepoint.CODES["+"]:
							op = Regexp.Op.PLUS;
							break;
						case Codepoint.CODES["?"]: op = Regexp.Op.QUEST;
					}
					this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
					break;
				}
				case Codepoint.CODES["{"]: {
					const before = t.pos();
					const minMax = Parser.parseRepeat(t);
					if (minMax < 0) {
						t.rewindTo(before);
						this.literal(t.pop());
						break;
					}
					repeatPos = before;
					min = minMax >> 16;
					max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
					this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
					break;
				}
				case Codepoint.CODES["\\"]: {
					const savedPos = t.pos();
					t.skip(1);
					if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
						case Codepoint.CODES["A"]:
							this.op(Regexp.Op.BEGIN_TEXT);
							break bigswitch;
						case Codepoint.CODES["b"]:
							this.op(Regexp.Op.WORD_BOUNDARY);
							break bigswitch;
						case Codepoint.CODES["B"]:
							this.op(Regexp.Op.NO_WORD_BOUNDARY);
							break bigswitch;
						case Codepoint.CODES["C"]: throw new RE2JSSyntaxException(Parser.ERR_INVALID_ESCAPE, "\\C");
						case Codepoint.CODES["Q"]: {
							let lit = t.rest();
							const i = lit.indexOf("\\E");
							if (i >= 0) {
								lit = lit.substring(0, i);
								t.skipString(lit);
								t.skipString("\\E");
							} else t.skipString(lit);
							let j = 0;
							while (j < lit.length) {
								const codepoint = lit.codePointAt(j);
								this.literal(codepoint);
								j += Utils.charCount(codepoint);
							}
							break bigswitch;
						}
						case Codepoint.CODES["z"]:
							this.op(Regexp.Op.END_TEXT);
							break bigswitch;
						default: t.rewindTo(savedPos);
					}
					else t.rewindTo(savedPos);
					const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
					re.flags = this.flags;
					if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
						const cc = new CharClass();
						if (this.parseUnicodeClass(t, cc)) {
							re.runes = cc.toArray();
							this.push(re);
							break bigswitch;
						}
					}
					const cc = new CharClass();
					if (this.parsePerlClassEscape(t, cc)) {
						re.runes = cc.toArray();
						this.push(re);
						break bigswitch;
					}
					t.rewindTo(savedPos);
					this.reuse(re);
					this.literal(Parser.parseEscape(t));
					break;
				}
				default: this.literal(t.pop());
			}
			lastRepeatPos = repeatPos;
		}
		this.concat();
		if (this.swapVerticalBar()) this.pop();
		this.alternate();
		if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser.ERR_MISSING_PAREN, this.wholeRegexp);
		this.stack[0].namedGroups = this.namedGroups;
		return this.stack[0];
	}
	parsePerlFlags(t) {
		const startPos = t.pos();
		const s = t.rest();
		if (s.startsWith("(?P<") || s.startsWith("(?<")) {
			const begin = s.charAt(2) === "P" ? 4 : 3;
			const end = s.indexOf(">");
			if (end < 0) throw new RE2JSSyntaxException(Parser.ERR_INVALID_NAMED_CAPTURE, s);
			const name = s.substring(begin, end);
			t.skipString(name);
			t.skip(begin + 1);
			if (!Parser.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
			const re = this.op(Regexp.Op.LEFT_PAREN);
			re.cap = ++this.numCap;
			if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser.ERR_DUPLICATE_NAMED_CAPTURE, name);
			this.namedGroups[name] = this.numCap;
			re.name = name;
			return;
		}
		t.skip(2);
		let flags = this.flags;
		let sign = 1;
		let sawFlag = false;
		loop: while (t.more()) {
			const c = t.pop();
			switch (c) {
				case Codepoint.CODES["i"]:
					flags |= RE2Flags.FOLD_CASE;
					sawFlag = true;
					break;
				case Codepoint.CODES["m"]:
					flags &= ~RE2Flags.ONE_LINE;
					sawFlag = true;
					break;
				case Codepoint.CODES["s"]:
					flags |= RE2Flags.DOT_NL;
					sawFlag = true;
					break;
				case Codepoint.CODES["U"]:
					flags |= RE2Flags.NON_GREEDY;
					sawFlag = true;
					break;
				case Codepoint.CODES["-"]:
					if (sign < 0) break loop;
					sign = -1;
					flags = ~flags;
					sawFlag = false;
					break;
				case Codepoint.CODES[":"]:
				case Codepoint.CODES[")"]:
					if (sign < 0) {
						if (!sawFlag) break loop;
						flags = ~flags;
					}
					if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
					this.flags = flags;
					return;
				default: break loop;
			}
		}
		throw new RE2JSSyntaxException(Parser.ERR_INVALID_PERL_OP, t.from(startPos));
	}
	parsePosLookBehind() {
		const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
		re.flags = this.flags;
		re.lb = ++this.nlb;
		return this.push(re);
	}
	parseNegLookBehind() {
		const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
		re.flags = this.flags;
		re.lb = -++this.nlb;
		return this.push(re);
	}
	parseVerticalBar() {
		this.concat();
		if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
	}
	swapVerticalBar() {
		const n = this.stack.length;
		if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser.isCharClass(this.stack[n - 1]) && Parser.isCharClass(this.stack[n - 3])) {
			let re1 = this.stack[n - 1];
			let re3 = this.stack[n - 3];
			if (re1.op > re3.op) {
				const tmp = re3;
				re3 = re1;
				re1 = tmp;
				this.stack[n - 3] = re3;
			}
			Parser.mergeCharClass(re3, re1);
			this.reuse(re1);
			this.pop();
			return true;
		}
		if (n >= 2) {
			const re1 = this.stack[n - 1];
			const re2 = this.stack[n - 2];
			if (re2.op === Regexp.Op.VERTICAL_BAR) {
				if (n >= 3) this.cleanAlt(this.stack[n - 3]);
				this.stack[n - 2] = re1;
				this.stack[n - 1] = re2;
				return true;
			}
		}
		return false;
	}
	parseRightParen() {
		this.concat();
		if (this.swapVerticalBar()) this.pop();
		this.alternate();
		if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
		const re1 = this.pop();
		const re2 = this.pop();
		if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
		this.flags = re2.flags;
		if (re2.lb !== 0) {
			if (Parser.hasCapture(re1)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
			if (re2.lb > 0) re2.op = Regexp.Op.PLB;
			else re2.op = Regexp.Op.NLB;
			re2.subs = [re1];
			this.push(re2);
			return;
		}
		if (re2.cap === 0) this.push(re1);
		else {
			re2.op = Regexp.Op.CAPTURE;
			re2.subs = [re1];
			this.push(re2);
		}
	}
	parsePerlClassEscape(t, cc) {
		const beforePos = t.pos();
		if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
		t.pop();
		const p = t.from(beforePos);
		const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
		if (g === null) return false;
		cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
		return true;
	}
	parseNamedClass(t, cc) {
		const cls = t.rest();
		const i = cls.indexOf(":]");
		if (i < 0) return false;
		const name = cls.substring(0, i + 2);
		t.skipString(name);
		const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
		if (g === null) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, name);
		cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
		return true;
	}
	parseUnicodeClass(t, cc) {
		const startPos = t.pos();
		if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
		t.skip(1);
		let sign = 1;
		let c = t.pop();
		if (c === Codepoint.CODES["P"]) sign = -1;
		if (!t.more()) {
			t.rewindTo(startPos);
			throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
		}
		c = t.pop();
		let name;
		if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
		else {
			const rest = t.rest();
			const end = rest.indexOf("}");
			if (end < 0) {
				t.rewindTo(startPos);
				throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
			}
			name = rest.substring(0, end);
			t.skipString(name);
			t.skip(1);
		}
		if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
			sign = 0 - sign;
			name = name.substring(1);
		}
		const pair = Parser.unicodeTable(name);
		if (pair === null) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.from(startPos));
		if (pair.sign < 0) sign = 0 - sign;
		const tab = pair.tab;
		const fold = pair.fold;
		if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
		else {
			const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
			cc.appendClassWithSign(Array.from(tmp), sign);
		}
		return true;
	}
	parseClass(t) {
		const startPos = t.pos();
		t.skip(1);
		const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
		re.flags = this.flags;
		const cc = new CharClass();
		let sign = 1;
		if (t.more() && t.lookingAt("^")) {
			sign = -1;
			t.skip(1);
			if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
		}
		let first = true;
		while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
			if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
				const s = t.rest();
				if (s === "-" || !s.startsWith("-]")) {
					t.rewindTo(startPos);
					throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
				}
			}
			first = false;
			const beforePos = t.pos();
			if (t.lookingAt("[:")) {
				if (this.parseNamedClass(t, cc)) continue;
				t.rewindTo(beforePos);
			}
			if (this.parseUnicodeClass(t, cc)) continue;
			if (this.parsePerlClassEscape(t, cc)) continue;
			t.rewindTo(beforePos);
			const lo = Parser.parseClassChar(t, startPos);
			let hi = lo;
			if (t.more() && t.lookingAt("-")) {
				t.skip(1);
				if (t.more() && t.lookingAt("]")) t.skip(-1);
				else {
					hi = Parser.parseClassChar(t, startPos);
					if (hi < lo) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
				}
			}
			if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
			else cc.appendFoldedRange(lo, hi);
		}
		t.skip(1);
		cc.cleanClass();
		if (sign < 0) cc.negateClass();
		re.runes = cc.toArray();
		this.push(re);
	}
};
// src/RE2.js
/**
* An RE2 class instance is a compiled representation of an RE2 regular expression, independent of
* the public Java-like Pattern/Matcher API.
*
* This class also contains various implementation helpers for RE2 regular expressions.
*
* Use the {@link #quoteMeta(String)} utility function to quote all regular expression
* metacharacters in an arbitrary string.
*
*/
var RE2 = class RE2 {
	static initTest(expr) {
		const re2 = RE2.compile(expr);
		const res = new RE2(re2.expr, re2.prog, re2.numSubexp, re2.longest);
		res.cond = re2.cond;
		res.prefix = re2.prefix;
		res.prefixUTF8 = re2.prefixUTF8;
		res.prefixComplete = re2.prefixComplete;
		res.prefixRune = re2.prefixRune;
		res.prefilter = re2.prefilter;
		res.namedGroups = re2.namedGroups;
		return res;
	}
	/**
	* Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
	* used to match against text.
	*
	* When matching against text, the regexp returns a match that begins as early as possible in the
	* input (leftmost), and among those it chooses the one that a backtracking search would have
	* found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
	* and other implementations use, although this package implements it without the expense of
	* backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
	*/
	static compile(expr) {
		return RE2.compileImpl(expr, RE2Flags.PERL, false);
	}
	/**
	* {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
	* (egrep) syntax and changes the match semantics to leftmost-longest.
	*
	* That is, when matching against text, the regexp returns a match that begins as early as
	* possible in the input (leftmost), and among those it chooses a match that is as long as
	* possible. This so-called leftmost-longest matching is the same semantics that early regular
	* expression implementations used and that POSIX specifies.
	*
	* However, there can be multiple leftmost-longest matches, with different submatch choices, and
	* here this package diverges from POSIX. Among the possible leftmost-longest matches, this
	* package chooses the one that a backtracking search would have found first, while POSIX
	* specifies that the match be chosen to maximize the length of the first subexpression, then the
	* second, and so on from left to right. The POSIX rule is computationally prohibitive and not
	* even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
	*/
	static compilePOSIX(expr) {
		return RE2.compileImpl(expr, RE2Flags.POSIX, true);
	}
	static compileImpl(expr, mode, longest) {
		let re = Parser.parse(expr, mode);
		const maxCap = re.maxCap();
		const namedGroups = re.namedGroups;
		re = Simplify.simplify(re);
		const prefilter = PrefilterTree.build(re);
		const prog = Compiler.compileRegexp(re);
		const re2 = new RE2(expr, prog, maxCap, longest);
		re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
		const [prefixCompl, prefixStr] = prog.prefix();
		re2.prefixComplete = prefixCompl;
		re2.prefix = prefixStr;
		re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
		if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
		re2.namedGroups = namedGroups;
		return re2;
	}
	/**
	* Returns true iff textual regular expression {@code pattern} matches string {@code s}.
	*
	* More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
	*/
	static match(pattern, s) {
		return RE2.compile(pattern).match(s);
	}
	constructor(expr, prog, numSubexp = 0, longest = 0) {
		this.expr = expr;
		this.prog = prog;
		this.numSubexp = numSubexp;
		this.longest = longest;
		this.cond = prog.startCond();
		this.prefix = null;
		this.prefixUTF8 = null;
		this.prefixComplete = false;
		this.prefixRune = 0;
		/** @type {Record<string, number>} */
		this.namedGroups = Object.create(null);
		this.machinePool = [];
		this.lazyDFA = null;
		this.onepass = OnePass.compile(this.prog);
		this.prefilter = null;
	}
	get dfa() {
		if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
		return this.lazyDFA;
	}
	matchPrefixComplete(input, pos, anchor, ncap) {
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
		let matchStart = -1;
		let matchEnd = -1;
		const pLen = input.prefixLength(this);
		if (anchor === RE2Flags.UNANCHORED) {
			const idx = input.index(this, pos);
			if (idx < 0) return null;
			matchStart = pos + idx;
			matchEnd = matchStart + pLen;
		} else if (anchor === RE2Flags.ANCHOR_BOTH) {
			if (input.endPos() !== pLen) return null;
			if (input.index(this, 0) !== 0) return null;
			matchStart = 0;
			matchEnd = pLen;
		} else if (anchor === RE2Flags.ANCHOR_START) {
			if (input.index(this, 0) !== 0) return null;
			matchStart = 0;
			matchEnd = pLen;
		}
		if (matchStart < 0) return null;
		if (ncap > 0) {
			const matchcap = new Int32Array(ncap).fill(-1);
			matchcap[0] = matchStart;
			matchcap[1] = matchEnd;
			return Array.from(matchcap);
		}
		return [];
	}
	createLookbehindState() {
		return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
	}
	executeEngine(input, pos, anchor, ncap, lbState = null) {
		if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
		if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
			if (!this.prefilter.eval(input, pos)) return null;
		}
		if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
		if (ncap > 0) {
			if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
			return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
		}
		if (this.prog.numLb === 0) {
			const dfaResult = this.dfa.match(input, pos, anchor);
			if (dfaResult !== null) return dfaResult ? [] : null;
			if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
		}
		return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
	}
	/**
	* Returns the number of parenthesized subexpressions in this regular expression.
	*/
	numberOfCapturingGroups() {
		return this.numSubexp;
	}
	/**
	* Returns the number of instructions in this compiled regular expression program.
	*/
	numberOfInstructions() {
		return this.prog.numInst();
	}
	get() {
		return this.machinePool.length > 0 ? this.machinePool.pop() : null;
	}
	reset() {
		this.machinePool.length = 0;
	}
	put(m) {
		this.machinePool.push(m);
	}
	toString() {
		return this.expr;
	}
	doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
		let m = this.get();
		if (!m) m = Machine.fromRE2(this);
		m.init(ncap);
		const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
		this.put(m);
		return cap;
	}
	match(s) {
		return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
	}
	/**
	* Matches the regular expression against input starting at position start and ending at position
	* end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
	* pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
	* array. It is most efficient not to ask for submatch boundaries.
	*
	* @param input the input byte array
	* @param start the beginning position in the input
	* @param end the end position in the input
	* @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
	* @param group the array to fill with submatch positions
	* @param ngroup the number of array pairs to fill in
	* @param lbState optional state carried between successive matches over the same input (see
	*   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
	* @returns true if a match was found
	*/
	matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
		if (!(input instanceof MatcherInputBase)) {
			if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
			else input = MatcherInput.utf16(input);
		}
		return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
	}
	matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
		if (start > end) return [false, null];
		const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
		const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
		if (groupMatch === null) return [false, null];
		return [true, groupMatch];
	}
	/**
	* Returns true iff this regexp matches the UTF-8 byte array {@code b}.
	*/
	matchUTF8(b) {
		return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
	}
	/**
	* Returns a copy of {@code src} in which all matches for this regexp have been replaced by
	* {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceAll(src, repl) {
		return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
	}
	/**
	* Returns a copy of {@code src} in which only the first match for this regexp has been replaced
	* by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceFirst(src, repl) {
		return this.replaceAllFunc(src, () => repl, 1);
	}
	/**
	* Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
	* been replaced by the return value of of function {@code repl} (whose first argument is the
	* matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceAllFunc(src, replFunc, maxReplaces) {
		let lastMatchEnd = 0;
		let searchPos = 0;
		let out = "";
		const input = MachineInput.fromUTF16(src);
		const lbState = this.createLookbehindState();
		let numReplaces = 0;
		while (searchPos <= src.length) {
			const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
			if (a === null || a.length === 0) break;
			out += src.substring(lastMatchEnd, a[0]);
			if (a[1] > lastMatchEnd || a[0] === 0) {
				out += replFunc(src.substring(a[0], a[1]));
				numReplaces++;
			}
			lastMatchEnd = a[1];
			const width = input.step(searchPos) & 7;
			if (searchPos + width > a[1]) searchPos += width;
			else if (searchPos + 1 > a[1]) searchPos++;
			else searchPos = a[1];
			if (numReplaces >= maxReplaces) break;
		}
		out += src.substring(lastMatchEnd);
		return out;
	}
	pad(a) {
		if (a === null) return null;
		let n = (1 + this.numSubexp) * 2;
		if (a.length < n) {
			let a2 = new Array(n).fill(-1);
			for (let i = 0; i < a.length; i++) a2[i] = a[i];
			a = a2;
		}
		return a;
	}
	allMatches(input, n, deliverFun = (v) => v) {
		let result = [];
		const end = input.endPos();
		if (n < 0) n = end + 1;
		let pos = 0;
		let i = 0;
		let prevMatchEnd = -1;
		const lbState = this.createLookbehindState();
		while (i < n && pos <= end) {
			const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
			if (matches === null || matches.length === 0) break;
			let accept = true;
			if (matches[1] === pos) {
				if (matches[0] === prevMatchEnd) accept = false;
				const r = input.step(pos);
				if (r < 0) pos = end + 1;
				else pos += r & 7;
			} else pos = matches[1];
			prevMatchEnd = matches[1];
			if (accept) {
				result.push(deliverFun(this.pad(matches)));
				i++;
			}
		}
		return result;
	}
	/**
	* Returns an array holding the text of the leftmost match in {@code b} of this regular
	* expression.
	*
	* A return value of null indicates no match.
	*/
	findUTF8(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return null;
		return b.slice(a[0], a[1]);
	}
	/**
	* Returns a two-element array of integers defining the location of the leftmost match in
	* {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
	*
	* A return value of null indicates no match.
	*/
	findUTF8Index(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return null;
		return a.slice(0, 2);
	}
	/**
	* Returns a string holding the text of the leftmost match in {@code s} of this regular
	* expression.
	*
	* If there is no match, the return value is an empty string, but it will also be empty if the
	* regular expression successfully matches an empty string. Use {@link #findIndex} or
	* {@link #findSubmatch} if it is necessary to distinguish these cases.
	*/
	find(s) {
		const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return "";
		return s.substring(a[0], a[1]);
	}
	/**
	* Returns a two-element array of integers defining the location of the leftmost match in
	* {@code s} of this regular expression. The match itself is at
	* {@code s.substring(loc[0], loc[1])}.
	*
	* A return value of null indicates no match.
	*/
	findIndex(s) {
		return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
	}
	/**
	* Returns an array of arrays the text of the leftmost match of the regular expression in
	* {@code b} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findUTF8Submatch(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
		if (a === null) return null;
		const ret = new Array(1 + this.numSubexp).fill(null);
		for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
		return ret;
	}
	/**
	* Returns an array holding the index pairs identifying the leftmost match of this regular
	* expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
	* <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
	*
	* A return value of null indicates no match.
	*/
	findUTF8SubmatchIndex(b) {
		return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
	}
	/**
	* Returns an array of strings holding the text of the leftmost match of the regular expression in
	* {@code s} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findSubmatch(s) {
		const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
		if (a === null) return null;
		const ret = new Array(1 + this.numSubexp).fill(null);
		for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
		return ret;
	}
	/**
	* Returns an array holding the index pairs identifying the leftmost match of this regular
	* expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findSubmatchIndex(s) {
		return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
	}
	/**
	* {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
	* list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*
	* TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
	* by |b|.
	*/
	findAllUTF8(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
	* returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8Index(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
	* to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
	* description above.
	*
	* A return value of null indicates no match.
	*/
	findAll(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
	* list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllIndex(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
	* it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8Submatch(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
			let slice = new Array(match.length / 2 | 0).fill(null);
			for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
			return slice;
		});
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
	* {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
	* expression, as defined by the <a href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8SubmatchIndex(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n);
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
	* returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllSubmatch(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
			let slice = new Array(match.length / 2 | 0).fill(null);
			for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
			return slice;
		});
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
	* {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
	* expression, as defined by the <a href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllSubmatchIndex(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n);
		if (result.length === 0) return null;
		return result;
	}
};
// src/Set.js
var RE2Set = class RE2Set {
	/** @type {number} */
	static UNANCHORED = RE2Flags.UNANCHORED;
	/** @type {number} */
	static ANCHOR_START = RE2Flags.ANCHOR_START;
	/** @type {number} */
	static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
	/**
	* Constructs a new RE2Set with the specified anchor mode and flags.
	* @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
	* @param {number} [flags=0] - The public flags to apply to all patterns in the set.
	* @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
	*/
	constructor(anchor = RE2Set.UNANCHORED, flags = 0, maxMem = 8388608) {
		if (![
			RE2Set.UNANCHORED,
			RE2Set.ANCHOR_START,
			RE2Set.ANCHOR_BOTH
		].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
		Utils.checkFlags(flags);
		this.anchor = anchor;
		this.jsFlags = flags;
		this.maxMem = maxMem;
		let re2Flags = RE2Flags.PERL;
		if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
		if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
		this.re2Flags = re2Flags;
		this.regexps = [];
		this.prog = null;
		this.dfa = null;
		this.dummyRe2 = null;
	}
	/**
	* Adds a new regular expression pattern to the set.
	* Patterns cannot be added after the set has been compiled.
	* @param {string} pattern - The regular expression pattern to add.
	* @returns {number} The integer index assigned to the added pattern.
	* @throws {RE2JSCompileException} If patterns are added after compilation.
	*/
	add(pattern) {
		if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
		Utils.checkPattern(pattern);
		let fregex = pattern;
		if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
		if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
		if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
		const re = Parser.parse(fregex, this.re2Flags);
		this.regexps.push(Simplify.simplify(re));
		return this.regexps.length - 1;
	}
	/**
	* Compiles the added patterns into a single state machine.
	* This is automatically called on the first match if not called explicitly.
	* @returns {void}
	*/
	compile() {
		if (this.prog) return;
		const prog = Compiler.compileSet(this.regexps);
		if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
		this.prog = prog;
		this.dfa = new DFA(this.prog, this.maxMem);
		this.dummyRe2 = {
			prog: this.prog,
			cond: this.prog.startCond(),
			prefix: "",
			prefixRune: 0,
			longest: false
		};
	}
	/**
	* Matches the input against the compiled set of regular expressions.
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
	* @returns {number[]} An array of indices representing the patterns that successfully matched the input.
	*/
	match(input) {
		if (!this.prog) this.compile();
		const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
		let internalAnchor = RE2Flags.UNANCHORED;
		if (this.anchor === RE2Set.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
		else if (this.anchor === RE2Set.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
		const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
		if (dfaResult !== null) return dfaResult;
		const machine = Machine.fromRE2(this.dummyRe2);
		machine.init(0);
		return machine.matchSet(machineInput, 0, internalAnchor);
	}
};
// src/TranslateRegExpString.js
/**
* Transform JS regex string to RE2 regex string
*/
var TranslateRegExpString = class TranslateRegExpString {
	static isHexadecimal(ch) {
		return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
	}
	static translate(data) {
		let prefixFlags = "";
		if (Object.prototype.toString.call(data) === "[object RegExp]") {
			if (data.ignoreCase) prefixFlags += "i";
			if (data.multiline) prefixFlags += "m";
			if (data.dotAll) prefixFlags += "s";
			data = data.source;
		}
		if (typeof data !== "string") return data;
		let result = "";
		let changed = false;
		let size = data.length;
		if (size === 0) {
			result = "(?:)";
			changed = true;
		}
		let inCharClass = false;
		let i = 0;
		while (i < size) {
			let ch = data[i];
			if (ch === "\\") {
				if (i + 1 < size) {
					ch = data[i + 1];
					switch (ch) {
						case "\\":
							result += "\\\\";
							i += 2;
							continue;
						case "c":
							if (i + 2 < size) {
								let code = data[i + 2].charCodeAt(0);
								if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
									let val = code % 32;
									result += "\\x";
									result += (val >> 4).toString(16).toUpperCase();
									result += (val & 15).toString(16).toUpperCase();
									i += 3;
									changed = true;
									continue;
								}
							}
							result += "c";
							i += 2;
							changed = true;
							continue;
						case "u":
							if (i + 2 < size) {
								if (data[i + 2] === "{") {
									let j = i + 3;
									let hasHex = false;
									let closed = false;
									while (j < size) {
										const hexChar = data[j];
										if (hexChar === "}") {
											closed = true;
											break;
										}
										if (!TranslateRegExpString.isHexadecimal(hexChar)) break;
										hasHex = true;
										j++;
									}
									if (closed && hasHex) {
										result += "\\x";
										i += 2;
										changed = true;
										continue;
									}
								} else if (i + 5 < size) {
									let isHex4 = true;
									for (let j = 0; j < 4; j++) if (!TranslateRegExpString.isHexadecimal(data[i + 2 + j])) {
										isHex4 = false;
										break;
									}
									if (isHex4) {
										result += "\\x{" + data.substring(i + 2, i + 6) + "}";
										i += 6;
										changed = true;
										continue;
									}
								}
							}
							result += "u";
							i += 2;
							changed = true;
							continue;
						case "x": {
							let isValidHex = false;
							if (i + 2 < size && data[i + 2] === "{") {
								let j = i + 3;
								let hasHex = false;
								let closed = false;
								while (j < size) {
									const hexChar = data[j];
									if (hexChar === "}") {
										closed = true;
										break;
									}
									if (!TranslateRegExpString.isHexadecimal(hexChar)) break;
									hasHex = true;
									j++;
								}
								if (closed && hasHex) isValidHex = true;
							} else if (i + 3 < size && TranslateRegExpString.isHexadecimal(data[i + 2]) && TranslateRegExpString.isHexadecimal(data[i + 3])) isValidHex = true;
							if (isValidHex) {
								result += "\\x";
								i += 2;
							} else {
								result += "x";
								i += 2;
								changed = true;
							}
							continue;
						}
						case "n":
						case "r":
						case "t":
						case "a":
						case "f":
						case "v":
						case "d":
						case "D":
						case "s":
						case "S":
						case "w":
						case "W":
						case "b":
						case "B":
						case "p":
						case "P":
						case "A":
						case "z":
						case "Q":
						case "E":
						case "0":
						case "1":
						case "2":
						case "3":
						case "4":
						case "5":
						case "6":
						case "7":
							result += "\\" + ch;
							i += 2;
							continue;
						default: {
							let cp = data.codePointAt(i + 1);
							if (cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122) {
								let symSize = Utils.charCount(cp);
								result += data.substring(i + 1, i + 1 + symSize);
								i += symSize + 1;
								changed = true;
							} else {
								result += "\\";
								let symSize = Utils.charCount(cp);
								result += data.substring(i + 1, i + 1 + symSize);
								i += symSize + 1;
							}
							continue;
						}
					}
				}
			} else if (ch === "/") {
				result += "\\/";
				i += 1;
				changed = true;
				continue;
			} else if (ch === "[") {
				if (!inCharClass && data[i + 1] === "]") {
					result += "[^\\x00-\\x{10FFFF}]";
					i += 2;
					changed = true;
					continue;
				}
				if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
					result += "[\\x00-\\x{10FFFF}]";
					i += 3;
					changed = true;
					continue;
				}
				inCharClass = true;
			} else if (ch === "]") inCharClass = false;
			else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
				if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
					result += "(?P<";
					i += 3;
					changed = true;
					continue;
				}
			}
			let cp = data.codePointAt(i);
			let symSize = Utils.charCount(cp);
			result += data.substring(i, i + symSize);
			i += symSize;
		}
		const finalResult = changed ? result : data;
		if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
		return finalResult;
	}
};
// src/index.js
const execResult = (m, input) => {
	const result = m.matchArray();
	result.index = m.start(0);
	result.input = input;
	result.groups = m.namedGroupsObject();
	return result;
};
/**
* A compiled representation of an RE2 regular expression
*
* The matching functions take {@code String} arguments instead of the more general Java
* {@code CharSequence} since the latter doesn't provide UTF-16 decoding.
*
*
* @author rsc@google.com (Russ Cox)
* @class
*/
var RE2JS = class RE2JS {
	/**
	* Flag: case insensitive matching.
	*/
	static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
	/**
	* Flag: dot ({@code .}) matches all characters, including newline.
	*/
	static DOTALL = PublicFlags.DOTALL;
	/**
	* Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
	* beginning and end of input.
	*/
	static MULTILINE = PublicFlags.MULTILINE;
	/**
	* Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
	*/
	static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
	/**
	* Flag: matches longest possible string.
	*/
	static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
	/**
	* Flag: enable linear-time captureless lookbehinds.
	*/
	static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
	/**
	* Returns a literal pattern string for the specified string.
	*
	* This method produces a string that can be used to create a <code>RE2JS</code> that would
	* match the string <code>s</code> as if it were a literal pattern.
	*
	* Metacharacters or escape sequences in the input sequence will be given no special meaning.
	*
	* @param {string} str The string to be literalized
	* @returns {string} A literal string replacement
	*/
	static quote(str) {
		return Utils.quoteMeta(str);
	}
	/**
	* Quotes '\' and '$' in {@code str}, so that the returned string could be used in
	* replacement methods as a literal replacement of {@code str}.
	*
	* This is a convenience delegation to {@link Matcher.quoteReplacement}.
	*
	* @param {string} str the string to be quoted
	* @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
	* @returns {string} the quoted string
	*/
	static quoteReplacement(str, javaMode = false) {
		return Matcher.quoteReplacement(str, javaMode);
	}
	/**
	* Translates a given regular expression string to ensure compatibility with RE2JS.
	*
	* This function preprocesses the input regex string by applying necessary transformations,
	* such as escaping special characters (e.g., `/`), converting named capture groups to
	* RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
	* resulting regex is safe and properly formatted before compilation.
	*
	* @param {string|RegExp} expr - The regular expression string to be translated.
	* @returns {string} - The transformed regular expression string, ready for compilation.
	*/
	static translateRegExp(expr) {
		return TranslateRegExpString.translate(expr);
	}
	/**
	* Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
	* @param {string} regex
	* @param {number} [flags=0]
	* @returns {RE2JS}
	*/
	static compile(regex, flags = 0) {
		Utils.checkPattern(regex);
		Utils.checkFlags(flags);
		let fregex = regex;
		if ((flags & RE2JS.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
		if ((flags & RE2JS.DOTALL) !== 0) fregex = `(?s)${fregex}`;
		if ((flags & RE2JS.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
		let re2Flags = RE2Flags.PERL;
		if ((flags & RE2JS.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
		if ((flags & RE2JS.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
		const p = new RE2JS(regex, flags);
		p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS.LONGEST_MATCH) !== 0);
		return p;
	}
	/**
	* Matches a string against a regular expression.
	*
	* @param {string} regex the regular expression
	* @param {string|number[]|Uint8Array} input the input
	* @returns {boolean} true if the regular expression matches the entire input
	* @throws RE2JSSyntaxException if the regular expression is malformed
	*/
	static matches(regex, input) {
		return RE2JS.compile(regex).testExact(input);
	}
	/**
	* This is visible for testing.
	* @private
	*/
	static initTest(pattern, flags, re2) {
		if (pattern == null) throw new Error("pattern is null");
		if (re2 == null) throw new Error("re2 is null");
		const p = new RE2JS(pattern, flags);
		p.re2Input = re2;
		return p;
	}
	/**
	*
	* @param {string} pattern
	* @param {number} flags
	*/
	constructor(pattern, flags) {
		this.patternInput = pattern;
		this.flagsInput = flags;
		/** @type {import('./RE2.js').RE2} */
		this.re2Input = null;
	}
	/**
	* Releases memory used by internal caches associated with this pattern. Does not change the
	* observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
	*/
	reset() {
		this.re2Input.reset();
	}
	/**
	* Returns the flags used in the constructor.
	* @returns {number}
	*/
	flags() {
		return this.flagsInput;
	}
	/**
	* Returns the pattern used in the constructor.
	* @returns {string}
	*/
	pattern() {
		return this.patternInput;
	}
	re2() {
		return this.re2Input;
	}
	/**
	* Matches a string against a regular expression.
	*
	* @param {string|number[]|Uint8Array} input the input
	* @returns {boolean} true if the regular expression matches the entire input
	*/
	matches(input) {
		return this.testExact(input);
	}
	/**
	* Creates a new {@code Matcher} matching the pattern against the input.
	*
	* @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
	* @returns {Matcher}
	*/
	matcher(input) {
		if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
		return new Matcher(this, input);
	}
	/**
	* Tests whether the regular expression matches any part of the input string.
	* Performance Note: This method is highly optimized. Because it only returns
	* a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
	* and guarantees execution on the high-speed DFA engine whenever possible.
	*
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
	* @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
	*/
	test(input) {
		if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
		return this.re2Input.match(input);
	}
	/**
	* Tests whether the regular expression matches the ENTIRE input string.
	* * **Performance Note:** This operates identically to `.matches()`, but is significantly
	* faster because it does not request capture group data. By requesting 0 capture groups,
	* it securely routes execution through the DFA fast-path.
	*
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
	* @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
	*/
	testExact(input) {
		const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
		return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
	}
	/**
	* Executes a search for a match in a specified string.
	* Returns a result array, or null if no match is found.
	* The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
	* including `.index`, `.input`, and `.groups` properties.
	*
	* @param {string|number[]|Uint8Array} input the input string or byte array
	* @returns {Array|null} the match array with index, input, and groups properties, or null
	*/
	exec(input) {
		const m = this.matcher(input);
		return m.find() ? execResult(m, input) : null;
	}
	/**
	* Splits input around instances of the regular expression. It returns an array giving the strings
	* that occur before, between, and after instances of the regular expression.
	*
	* If {@code limit <= 0}, there is no limit on the size of the returned array. If
	* {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
	* {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
	* of the input, possibly including additional matches of the pattern.
	*
	* @param {string} input the input string to be split
	* @param {number} [limit=0] the limit
	* @returns {string[]} the split strings
	*/
	split(input, limit = 0) {
		const m = this.matcher(input);
		const result = [];
		let emptiesSkipped = 0;
		let last = 0;
		while (m.find()) {
			if (last === 0 && m.end() === 0) {
				last = m.end();
				continue;
			}
			if (limit > 0 && result.length === limit - 1) break;
			if (last === m.start()) {
				if (limit === 0) {
					emptiesSkipped += 1;
					last = m.end();
					continue;
				}
			} else while (emptiesSkipped > 0) {
				result.push("");
				emptiesSkipped -= 1;
			}
			result.push(m.substring(last, m.start()));
			last = m.end();
		}
		if (limit === 0 && last !== m.inputLength()) {
			while (emptiesSkipped > 0) {
				result.push("");
				emptiesSkipped -= 1;
			}
			result.push(m.substring(last, m.inputLength()));
		}
		if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
		return result;
	}
	/**
	* Returns an iterator of all results matching a string against the regular expression,
	* including capturing groups.
	*
	* @param {string|number[]|Uint8Array} input the input string or byte array
	* @returns {IterableIterator<RegExpMatchArray>}
	*/
	*matchAll(input) {
		const m = this.matcher(input);
		while (m.find()) yield execResult(m, input);
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		return this.patternInput;
	}
	/**
	* Returns the program size of this pattern.
	*
	* <p>
	* Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
	* "cost". Larger numbers are more expensive than smaller numbers.
	* </p>
	*
	* @returns {number} the program size of this pattern
	*/
	programSize() {
		return this.re2Input.numberOfInstructions();
	}
	/**
	* Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
	* pattern and is excluded from this count.
	*
	* @returns {number} the number of capturing groups in this pattern
	*/
	groupCount() {
		return this.re2Input.numberOfCapturingGroups();
	}
	/**
	* Return a map of the capturing groups in this matcher's pattern, where key is the name and value
	* is the index of the group in the pattern.
	* @returns {Record<string, number>}
	*/
	namedGroups() {
		return this.re2Input.namedGroups;
	}
	/**
	*
	* @param {*} other
	* @returns {boolean}
	*/
	equals(other) {
		if (this === other) return true;
		if (other === null || this.constructor !== other.constructor) return false;
		return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
	}
};
/**
* Creates an RE2JS regex directly from a template literal.
* @overload
* @param {TemplateStringsArray} stringsOrFlags - The raw string segments of the template literal.
* @param {...any} values - The interpolated values.
* @returns {RE2JS}
*/
/**
* Creates a template literal tag function with specific RE2JS flags.
* @overload
* @param {number} stringsOrFlags - The RE2JS flags to apply (e.g., RE2JS.CASE_INSENSITIVE).
* @returns {(strings: TemplateStringsArray, ...tagValues: any[]) => RE2JS}
*/
/**
* Implementation signature
* @param {TemplateStringsArray | number} stringsOrFlags
* @param {...any} values
* @returns {RE2JS | ((strings: TemplateStringsArray, ...tagValues: any[]) => RE2JS)}
*/
function re(stringsOrFlags, ...values) {
	if (Array.isArray(stringsOrFlags) && "raw" in stringsOrFlags) {
		const pattern = String.raw(stringsOrFlags, ...values);
		return RE2JS.compile(pattern);
	}
	const flags = typeof stringsOrFlags === "number" ? stringsOrFlags : 0;
	return (strings, ...tagValues) => {
		const pattern = String.raw(strings, ...tagValues);
		return RE2JS.compile(pattern, flags);
	};
}



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
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
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
