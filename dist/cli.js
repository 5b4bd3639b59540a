#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _worker_compile_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(805);
/* harmony import */ var _worker_helper_threads_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(964);
/* harmony import */ var _store_cap_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(573);
/* harmony import */ var _worker_memory_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(691);
/* harmony import */ var _worker_spare_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(56);







// The CLI's entry, bundled as dist/cli.js: it turns V8's compile cache on, starts the worker that
// will read the store (on another core, while this thread goes on), then loads the CLI itself
// (dist/cli-main.js), which only then is compiled, or read back from the cache. V8's helper
// threads yield to the worker's (helper-threads.ts).
(0,_worker_compile_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .enableCompileCache */ .Lw)();
(0,_worker_helper_threads_js__WEBPACK_IMPORTED_MODULE_3__/* .lowerHelperThreads */ .Nx)();
// Joined from parts so that ncc leaves the import to run time (see store/sqljs.ts).
const [MAIN, WORKER] = [['cli-main', 'js'].join('.'), ['worker', 'js'].join('.')];
const here = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));
const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(here, MAIN);
// With the default store-size limit: another setting, or a command with no store, leaves it unused.
const spare = _worker_spare_js__WEBPACK_IMPORTED_MODULE_4__/* .SpareWorker */ .GF.start(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(here, WORKER), (0,_worker_memory_js__WEBPACK_IMPORTED_MODULE_5__/* .memoryLimits */ .I)(_store_cap_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_STORE_BYTES */ .d).heapMb);
// A report that could not be written is no report: a full disk must not leave a green step. (A
// reader that went away, as `| head`, is EPIPE: it took what it wanted.)
function unwritten(error) {
    if (!error || error.code === 'EPIPE')
        return;
    process.stderr.write(`pv-check: the report could not be written to standard output (${error.code ?? 'an error'}): check the disk and the redirection, or write it with --output FILE.\n`);
    process.exit(2);
}
process.stdout.on('error', unwritten);
let code;
try {
    const cli = (await import(
    /* webpackIgnore: true */ (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(file).href));
    (0,_worker_compile_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .flushCompileCache */ .eK)();
    code = await cli.main(process.argv.slice(2), spare);
}
catch {
    process.stderr.write(`pv-check: the installation is incomplete (${file} is missing or unreadable): reinstall it.\n`); // prettier-ignore
    code = 2;
}
// Exit once the output is written, without waiting for the worker thread to be torn down (it may
// still be compiling wasm code in the background, which delays a natural exit).
process.stdout.write('', (error) => {
    unwritten(error);
    process.stderr.write('', () => process.exit(code));
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 573:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ DEFAULT_MAX_STORE_BYTES)
/* harmony export */ });
// The store-size cap's default, in a module of its own: the CLI's entry (dist/cli.js, compiled on
// every run) needs it, and none of the header checks.
/** Default cap on a store's size: 512 MiB. */
const DEFAULT_MAX_STORE_BYTES = 512 * 1024 * 1024;


/***/ }),

/***/ 805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Lw: () => (/* binding */ enableCompileCache),
  eK: () => (/* binding */ flushCompileCache)
});

// UNUSED EXPORTS: cacheDir

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/worker/compile-cache.ts
// V8's on-disk compile cache for the bundles (Node 22.1+): a laptop user runs pv-check often,
// and compiling the bundles again on every run is a large part of a small store's time.




const api = (external_node_module_default());
/**
 * The cache folder: one per user in the system's temp folder (it outlives a job on self-hosted
 * runners, where the runner's own temp folder is emptied), created private. Null when it cannot
 * be used safely: another user could plant compiled code in a folder that is not ours alone.
 */
function cacheDir(base = external_node_os_default().tmpdir()) {
    const uid = process.getuid?.() ?? -1;
    const dir = external_node_path_default().join(base, uid >= 0 ? `pv-check-compile-cache-${uid}` : 'pv-check-compile-cache');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const st = (0,external_node_fs_.lstatSync)(dir);
    if (!st.isDirectory())
        return null;
    if (uid >= 0 && (st.uid !== uid || (st.mode & 0o022) !== 0))
        return null;
    return dir;
}
/**
 * Turns the cache on for the modules loaded after this call (not the calling file). Never
 * throws: without a writable folder, or on a Node without the cache, pv-check is only slower.
 */
function enableCompileCache(base) {
    try {
        if (typeof api.enableCompileCache !== 'function')
            return;
        const dir = cacheDir(base);
        if (dir)
            api.enableCompileCache(dir);
    }
    catch {
        // An unwritable temp folder, a read-only file system: run uncached.
    }
}
/**
 * Writes what was compiled so far to the cache (Node 22.10+): a worker is terminated rather than
 * left to exit, and the CLI exits at once, so neither waits for Node to write it at exit.
 */
function flushCompileCache() {
    try {
        api.flushCompileCache?.();
    }
    catch {
        // As above: the cache is an optimisation.
    }
}


/***/ }),

/***/ 964:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nx: () => (/* binding */ lowerHelperThreads)
/* harmony export */ });
/* unused harmony exports HELPER_NAME, HELPER_NICENESS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
// V8's helper threads (its optimising compilers, concurrent garbage collection, wasm tier-up) at
// a lower priority: on a machine of two cores the four of them took turns with the thread that
// reads the store, which ran its report a tenth slower for it. At niceness 5 they mostly run on
// the core the report leaves free; at 19 they starved whenever other work kept both cores busy,
// and the report, left in unoptimised code, took twice as long. See docs/performance.md (29th
// round).


/** The name Node gives the threads of V8's platform pool (shared by every thread's isolate). */
const HELPER_NAME = 'V8Worker';
/** Their niceness: a priority below the report thread's (niceness 0), which any user may give. */
const HELPER_NICENESS = 5;
/** Where Linux lists the process's threads. */
const TASKS = '/proc/self/task';
/**
 * Gives V8's helper threads a lower priority (HELPER_NICENESS), on Linux (elsewhere, or where
 * /proc cannot be read, it does nothing). Never throws: a thread gone or a system that refuses
 * is left as it is. Returns how many threads it lowered. `tasks` and `set` are for tests.
 */
function lowerHelperThreads(tasks = TASKS, set = node_os__WEBPACK_IMPORTED_MODULE_1__.setPriority) {
    if (tasks === TASKS && process.platform !== 'linux')
        return 0;
    let ids;
    try {
        ids = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(tasks);
    }
    catch {
        return 0;
    }
    let lowered = 0;
    for (const id of ids) {
        try {
            if (!/^\d+$/.test(id))
                continue;
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`${tasks}/${id}/comm`, 'utf8').trim() !== HELPER_NAME)
                continue;
            set(Number(id), HELPER_NICENESS);
            lowered += 1;
        }
        catch {
            // Gone since the listing, or refused: left at its priority.
        }
    }
    return lowered;
}


/***/ }),

/***/ 691:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ memoryLimits)
/* harmony export */ });
// The memory a worker reading a store may use, from the store-size cap. A leaf module: the CLI's
// entry (dist/cli.js, compiled on every run) starts its spare worker with these limits.
const MIB = 1024 * 1024;
/**
 * Limits proportional to the store cap. Legitimate reads hold at most the file once (outside the
 * V8 heap: bytes in a typed array that sql.js reads in place, or a file read page by page) plus
 * text and numbers read from it, which are a fraction of its size; a hostile store that inflates
 * values (generated columns, huge printf) is stopped well before the runner runs out of memory.
 */
function memoryLimits(maxStoreBytes) {
    const capMb = Math.ceil(maxStoreBytes / MIB);
    return {
        heapMb: 256 + 2 * capMb,
        sqliteBytes: Math.min(1024, Math.max(256, capMb)) * MIB,
    };
}


/***/ }),

/***/ 56:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GF: () => (/* binding */ SpareWorker)
});

// UNUSED EXPORTS: offerSpare, takeSpare

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/worker/spare.ts
// A worker started before it is asked for: the CLI starts one as it begins, so that the thread's
// own start (Node's bootstrap, the worker's bundle, sql.js' wasm) runs on another core while the
// CLI loads its code and reads its arguments. It then waits for its one request as a message.

/** A worker waiting for its request, and the heap limit it was started with. */
class SpareWorker {
    worker;
    file;
    heapMb;
    dead = false;
    constructor(worker, 
    /** The worker's file: a request for another file starts its own. */
    file, 
    /** `resourceLimits.maxOldGenerationSizeMb`: a request needing another limit starts its own. */
    heapMb) {
        this.worker = worker;
        this.file = file;
        this.heapMb = heapMb;
        // Listening from the start: a worker that died before it was asked for is never handed out.
        worker.once('exit', () => (this.dead = true));
        worker.once('error', () => (this.dead = true));
    }
    /** Whether it can still take a request. */
    get alive() {
        return !this.dead;
    }
    /**
     * Starts the bundled worker `file` with the heap limit `heapMb`; null when it cannot be started
     * (the request then starts its own, which says what is wrong).
     */
    static start(file, heapMb) {
        try {
            const worker = new external_node_worker_threads_namespaceObject.Worker(file, {
                workerData: { spare: true },
                resourceLimits: { maxOldGenerationSizeMb: heapMb },
                // As a request's own worker (run.ts): its output is captured, not inherited.
                stdout: true,
                stderr: true,
            });
            // Not kept waiting for: a command that needs no worker ends without it.
            worker.unref();
            return new SpareWorker(worker, file, heapMb);
        }
        catch {
            return null;
        }
    }
}
let offered = null;
/** Hands a spare worker to the next request that can use it (one at most; a second replaces it). */
function offerSpare(spare) {
    if (offered && offered !== spare)
        void offered.worker.terminate();
    offered = spare;
}
/**
 * The spare worker, when it is alive and was started from `file` with the heap limit `heapMb`,
 * else null; it is handed out once. Another spare is terminated: it would never be used.
 */
function takeSpare(file, heapMb) {
    const spare = offered;
    offered = null;
    if (!spare)
        return null;
    if (spare.alive && spare.file === file && spare.heapMb === heapMb) {
        spare.worker.ref();
        return spare.worker;
    }
    void spare.worker.terminate();
    return null;
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=cli.js.map
