/**
 * The few W3C WebDriver commands the engine tests use, sent with `fetch`
 * (https://www.w3.org/TR/webdriver2/). Enough for WebKitWebDriver; no client
 * library needed.
 */

export class WebDriverError extends Error {}

/** Key codes of the WebDriver "keyboard actions" table. */
export const KEYS = { enter: '\uE007' } as const;

export class WebDriverSession {
	readonly capabilities: Record<string, unknown>;
	readonly #url: string;

	private constructor(endpoint: string, id: string, capabilities: Record<string, unknown>) {
		this.#url = `${endpoint}/session/${id}`;
		this.capabilities = capabilities;
	}

	static async create(endpoint: string, alwaysMatch: Record<string, unknown>): Promise<WebDriverSession> {
		const { sessionId, capabilities } = (await send(endpoint, 'POST', '/session', { capabilities: { alwaysMatch } })) as {
			sessionId: string;
			capabilities: Record<string, unknown>;
		};
		return new WebDriverSession(endpoint, sessionId, capabilities);
	}

	/** Loads `url` and returns when its `load` event has fired (page load strategy "normal"). */
	navigate(url: string): Promise<unknown> {
		return send(this.#url, 'POST', '/url', { url });
	}

	async currentUrl(): Promise<string> {
		return (await send(this.#url, 'GET', '/url')) as string;
	}

	/** Runs `fn` in the page with JSON-serialisable `args` and returns its (awaited) result. */
	execute<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
		return send(this.#url, 'POST', '/execute/sync', { script: `return (${fn.toString()}).apply(null, arguments);`, args }) as Promise<Awaited<R>>;
	}

	async #element(selector: string): Promise<string> {
		const found = (await send(this.#url, 'POST', '/element', { using: 'css selector', value: selector })) as Record<string, string>;
		return Object.values(found)[0];
	}

	/** A real click at the element's centre, after scrolling it into view. */
	async click(selector: string): Promise<void> {
		await send(this.#url, 'POST', `/element/${await this.#element(selector)}/click`, {});
	}

	/** Focuses the element and types `text` key by key (`KEYS` for special keys). */
	async sendKeys(selector: string, text: string): Promise<void> {
		await send(this.#url, 'POST', `/element/${await this.#element(selector)}/value`, { text });
	}

	async delete(): Promise<void> {
		await send(this.#url, 'DELETE', '');
	}
}

async function send(base: string, method: string, path: string, body?: unknown): Promise<unknown> {
	const response = await fetch(`${base}${path}`, {
		method,
		headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const { value } = (await response.json()) as { value: unknown };
	if (!response.ok) {
		const { error, message } = value as { error: string; message: string };
		throw new WebDriverError(`WebDriver ${method} ${path}: ${error}: ${message}`);
	}
	return value;
}
