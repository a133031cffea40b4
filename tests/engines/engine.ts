/**
 * What the engine tests need from a browser, whatever drives it: Firefox over
 * WebDriver BiDi (`firefox.ts`), WebKitGTK over classic WebDriver (`webkit.ts`).
 * One window per engine, reused by every test.
 */

export interface EnginePage {
	/** The path last given to `goto`, for messages. */
	readonly path: string;
	/** Loads `path` (relative to the site) and waits for its `load` event; returns the HTTP status of the document. */
	goto(path: string): Promise<number>;
	/** Runs `fn` in the page; it must not use anything from outside its own body. */
	evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
	/** A real mouse click on the first element matching `selector`. */
	click(selector: string): Promise<void>;
	/** Focuses the first element matching `selector` and types `text` key by key. */
	type(selector: string, text: string): Promise<void>;
	/** Presses Enter in the first element matching `selector`. */
	pressEnter(selector: string): Promise<void>;
	/**
	 * What went wrong since the last call, each as one line: console errors
	 * (uncaught exceptions, failed loads and CSP violations included),
	 * unhandled rejections, and requests that failed or got an HTTP error
	 * (other than the document `goto` loaded, whose status it returns).
	 */
	takeErrors(): Promise<string[]>;
}

export interface Engine {
	/** `firefox` or `webkit`, as test names say it. */
	name: string;
	/** The browser and its version, e.g. `Firefox 153.8.0esr`. */
	version: string;
	page: EnginePage;
	close(): Promise<void>;
}

export type LaunchEngine = (baseURL: string) => Promise<Engine>;

/** Polls `check` until it returns something other than `false`, `undefined` or `null`, and returns that; fails after `timeout` ms with `what`. */
export async function waitFor<T>(check: () => Promise<T | false | undefined | null>, what: string, timeout = 10_000): Promise<T> {
	const deadline = Date.now() + timeout;
	let last: unknown;
	for (;;) {
		try {
			const value = await check();
			if (value !== false && value !== undefined && value !== null) return value;
			last = value;
		} catch (error) {
			// A navigation can interrupt a script; the next try runs in the new document.
			last = error;
		}
		if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/**
 * Starts the marks that `takeErrors` logs to the console and requests from the
 * server (`/engine-tests-mark-3`, a 404 nobody reports), to learn that every
 * console message and load before them has been reported.
 */
export const MARK_PREFIX = 'engine-tests-mark-';
