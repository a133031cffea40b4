/**
 * What the client lab's server sends for each code, read from the entries: the
 * status line, the headers the entry lists (with a value the lab makes up for
 * each), and for 1xx codes an interim response before a final 200. Nothing
 * about what clients do is here: only what they are sent.
 *
 * Imported by the lab's scripts under Node's type stripping, so every import
 * names its file with the extension.
 */

/** What the lab reads from an entry: its frontmatter as written, or as the content schema outputs it. */
export interface LabEntry {
	code: number;
	name: string;
	knownAs?: string;
	headers: readonly { name: string; role: string }[];
	cacheable: string;
}

export interface CodePlan {
	code: number;
	/** The reason phrase on the status line. */
	reason: string;
	/** A 1xx other than 101: sent as an interim response, followed by a final 200. */
	interim: boolean;
	/** Sent with Location, so a client may follow it: first to the other host name, then to a landing page there. */
	location: boolean;
	/** Heuristically cacheable: sent with an old Last-Modified and no explicit freshness, and requested twice. */
	heuristic: boolean;
	/** The headers of the entry the lab sends, in the entry's order. */
	headers: string[];
	/** The headers of the entry the lab leaves out, and why. */
	notSent: { name: string; why: string }[];
}

/** The URLs a response may point at, on the lab server: all of one probe. */
export interface LabLinks {
	/** The second redirect, on the other host name. */
	hop: string;
	/** Where the redirects end: a 200 on the other host name. */
	land: string;
	/** The stylesheet a 103's Link header asks to preload. */
	hint: string;
	/** The realm of its challenges: one per probe, so credentials a browser remembers never carry over to another probe. */
	realm: string;
}

export type HeaderPair = [name: string, value: string];

export interface LabResponse {
	status: number;
	reason: string;
	headers: HeaderPair[];
	body: string;
	/** Sent before the final response, on the raw connection (a 1xx other than 101). */
	interim?: { status: number; reason: string; headers: HeaderPair[] };
	/** A 101: after it the connection belongs to another protocol, so the lab closes it. */
	switches?: boolean;
}

/** Where in a probe a request landed: the code's URL, its second redirect, the landing page, a 103's hint. */
export type LabStep = 'first' | 'hop' | 'land' | 'hint';

/** The credentials of the lab's 401 (user `lab`, password `lab`), as a Basic Authorization header carries them. */
export const LAB_BASIC_AUTHORIZATION = `Basic ${Buffer.from('lab:lab').toString('base64')}`;
/** Far enough back that a heuristic freshness (a tenth of the age, RFC 9111 §4.2.2) lasts the whole lab. */
export const LAB_LAST_MODIFIED = 'Mon, 01 Jan 2024 00:00:00 GMT';

type HeaderValue = string | ((code: number, links: LabLinks, bodyLength: number) => string) | { skip: string };

const REQUEST_HEADER = { skip: 'a request header' };
const NO_FRESHNESS = { skip: 'the lab measures caching without explicit freshness' };
const SET_BY_SERVER = { skip: 'the server sets it from the body' };

/**
 * A value for every header an entry may list, by lower-case name. A header an entry lists
 * that is missing here stops the lab (`labPlan` throws), so a new one is never silently left out.
 */
const HEADER_VALUES: Record<string, HeaderValue> = {
	accept: 'text/html',
	'accept-encoding': 'identity',
	'accept-patch': 'application/json-patch+json',
	'accept-ranges': 'bytes',
	'access-control-expose-headers': 'Location',
	allow: 'GET, HEAD',
	'cache-control': NO_FRESHNESS,
	'cf-ray': '8a1b2c3d4e5f6a7b-LAB',
	connection: (code) => (code === 101 || code === 426 ? 'Upgrade' : 'close'),
	'content-length': SET_BY_SERVER,
	'content-location': (_code, links) => links.land,
	'content-range': (code, _links, length) => (code === 416 ? `bytes */${length}` : `bytes 0-${length - 1}/${length * 2}`),
	// Allows the 103's same-origin preload, which is what is measured.
	'content-security-policy': "default-src 'self'",
	'content-type': SET_BY_SERVER,
	date: SET_BY_SERVER,
	'delta-base': '"lab-base"',
	etag: '"lab"',
	expect: REQUEST_HEADER,
	expires: NO_FRESHNESS,
	im: 'feed',
	'last-modified': LAB_LAST_MODIFIED,
	link: (code, links) => (code === 103 ? `<${links.hint}>; rel=preload; as=style` : code === 451 ? '<https://blocker.example/>; rel="blocked-by"' : `<${links.land}>; rel="alternate"`),
	location: (_code, links) => links.hop,
	'ms-echo-request': 'lab',
	'proxy-authenticate': (_code, links) => `Basic realm="${links.realm}"`,
	ratelimit: '"default";r=0;t=1',
	'ratelimit-policy': '"default";q=10;w=1',
	'retry-after': '1',
	'sec-websocket-accept': 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=',
	server: 'lab',
	'set-cookie': 'lab-set=1; Path=/',
	'transfer-encoding': SET_BY_SERVER,
	upgrade: 'lab/1',
	'upload-draft-interop-version': '6',
	'upload-limit': 'max-size=1000000',
	'upload-offset': '0',
	vary: 'Accept',
	via: '1.1 lab',
	'www-authenticate': (_code, links) => `Basic realm="${links.realm}"`,
	'x-forwarded-for': REQUEST_HEADER,
};

/** One plan per status code (100–999) of the entries, in numeric order; numbers below 100 are no status to send. */
export function labPlan(entries: readonly LabEntry[]): CodePlan[] {
	return entries
		.filter((entry) => entry.code >= 100)
		.sort((a, b) => a.code - b.code)
		.map((entry) => {
			const headers: string[] = [];
			const notSent: CodePlan['notSent'] = [];
			for (const { name, role } of entry.headers) {
				const value = HEADER_VALUES[name.toLowerCase()];
				if (value === undefined) throw new Error(`${entry.code}: the lab has no value for the header ${name}; add one to HEADER_VALUES (src/lib/lab/plan.ts)`);
				if (role === 'must-not') notSent.push({ name, why: 'the specification forbids it' });
				else if (typeof value === 'object') notSent.push({ name, why: value.skip });
				else headers.push(name);
			}
			return {
				code: entry.code,
				reason: entry.name === '(Unused)' ? (entry.knownAs ?? 'Unused') : entry.name,
				interim: entry.code < 200 && entry.code !== 101,
				location: entry.code >= 200 && headers.some((name) => name.toLowerCase() === 'location'),
				heuristic: entry.cacheable === 'heuristic',
				headers,
				notSent,
			};
		});
}

/** The small HTML page every final response carries; its title says the status it came with, which a browser driver reads back. */
export function labBody(status: number): string {
	return `<!doctype html><title>lab ${status}</title><p>lab ${status}`;
}

function headerPairs(plan: CodePlan, links: LabLinks, bodyLength: number, step: 'first' | 'hop'): HeaderPair[] {
	return plan.headers.map((name) => {
		const value = HEADER_VALUES[name.toLowerCase()] as Exclude<HeaderValue, { skip: string }>;
		// The second redirect leads to the landing page.
		if (step === 'hop' && name.toLowerCase() === 'location') return [name, links.land];
		return [name, typeof value === 'string' ? value : value(plan.code, links, bodyLength)];
	});
}

const OK = { status: 200, reason: 'OK' };

/**
 * What the server answers at the code's URL (`first`) or at its second redirect (`hop`).
 * A 401 answers 200 to the lab's credentials, so a client that sends them is let in.
 */
export function labResponse(plan: CodePlan, links: LabLinks, step: 'first' | 'hop', authorization?: string): LabResponse {
	const cacheHeaders: HeaderPair[] = plan.heuristic && !plan.headers.some((name) => name.toLowerCase() === 'last-modified') ? [['Last-Modified', LAB_LAST_MODIFIED]] : [];
	if (plan.code === 401 && authorization === LAB_BASIC_AUTHORIZATION) return { ...OK, headers: [], body: labBody(200) };
	if (plan.interim) {
		return { ...OK, headers: [], body: labBody(200), interim: { status: plan.code, reason: plan.reason, headers: headerPairs(plan, links, 0, step) } };
	}
	if (plan.code === 101) return { status: 101, reason: plan.reason, headers: headerPairs(plan, links, 0, step), body: '', switches: true };
	// 204, 205 and 304 have no content (RFC 9110 §15.3.5, §15.3.6, §15.4.5).
	const body = [204, 205, 304].includes(plan.code) ? '' : labBody(plan.code);
	return { status: plan.code, reason: plan.reason, headers: [...headerPairs(plan, links, Buffer.byteLength(body), step), ...cacheHeaders], body };
}

/** A lab URL's parts: `/lab/<probe>/<code>`, `/lab/<probe>/<code>/hop`, `/lab/<probe>/land`, `/lab/<probe>/hint.css`. */
export function parseLabPath(path: string): { probe: string; step: LabStep; code?: number } | undefined {
	const match = /^\/lab\/([\w.-]+)\/(?:(\d{3})(\/hop)?|(land)|(hint\.css))$/.exec(path);
	if (!match) return undefined;
	const [, probe, code, hop, land] = match;
	if (code) return { probe, step: hop ? 'hop' : 'first', code: Number(code) };
	return { probe, step: land ? 'land' : 'hint' };
}
