/**
 * What real HTTP clients did with each code, as the client lab (`npm run lab`,
 * `scripts/lab/`) measured it and wrote it to `src/data/client-behaviour.json`.
 * Every field is an observation: what the client handed its caller and what
 * the lab's server saw it send. Served as `/clients.json`.
 */
import { keysOf } from '../codes/http-semantics.ts';

/** The clients the lab drives, in the order tables list them. */
export const CLIENTS = {
	curl: { label: 'curl' },
	'node-fetch': { label: 'Node fetch' },
	'python-requests': { label: 'requests' },
	'python-urllib': { label: 'urllib' },
	go: { label: 'Go' },
	'chromium-fetch': { label: 'Chromium fetch' },
	'chromium-page': { label: 'Chromium page' },
	'firefox-fetch': { label: 'Firefox fetch' },
	'firefox-page': { label: 'Firefox page' },
} as const;

export type ClientId = keyof typeof CLIENTS;
export const CLIENT_IDS = keysOf(CLIENTS);

export const RESULTS = ['response', 'error', 'stayed'] as const;
export const USERINFO = ['first', 'after-challenge', 'not-sent', 'refused'] as const;

export interface Observation {
	/** The plain GET: the response handed to the caller, an error (exception, non-zero exit, browser error page), or for a page the browser staying on the page it was on. */
	result: (typeof RESULTS)[number];
	/** With a response: its status, after any redirect followed; for a page, the status of the document shown. */
	status?: number;
	/** With an error: the client's words for it, addresses and ports left out. */
	error?: string;
	/** Requests for the code's URL after the first, made by the client on its own. */
	retries: number;
	/** With retries: whether the first retry came at least 0.9 s later, as the lab's `Retry-After: 1` asks where it is sent. */
	waited?: boolean;
	/** 1xx: whether the caller can see the interim response (an interface reports it, or it is handed over as the response). */
	interim?: boolean;
	/** 103: whether the client fetched the stylesheet the hint's Link header asks to preload. */
	hints?: boolean;
	/** Codes sent with Location: redirects followed, of the two the lab chains (the first to another host name). */
	hops?: number;
	/** Codes sent with Location: the request after the redirect of a POST with a body; absent when it was not followed. */
	post?: { method: string; body: boolean };
	/** Codes sent with Location: whether the Authorization header reached the other host name; absent when not followed or never sent. */
	authorization?: boolean;
	/** Codes sent with Location: whether the cookie reached the other host name; absent when not followed or never sent. */
	cookie?: boolean;
	/** Heuristically cacheable codes: whether a second identical request was answered without reaching the server. */
	cached?: boolean;
	/** 401: credentials written in the URL were sent with the first request, after the challenge, never, or the URL was refused. */
	userinfo?: (typeof USERINFO)[number];
	/** The plain GET made a browser ask for credentials (its prompt, which the lab cancels as a visitor closing it would). */
	prompt?: true;
}

export interface LabClient {
	id: ClientId;
	/** The client as people know it: `curl`, `Python requests`, `Chromium fetch()`. */
	name: string;
	/** The client's own version: curl's, the requests package's, the browser's, undici's for Node fetch. */
	version: string;
	/** What runs it, where that is not the client itself: `Node.js 22.23.3`, `CPython 3.11.2`. */
	runtime?: string;
	/** How the lab calls it. */
	invocation: string;
	/** The day the lab last ran it (YYYY-MM-DD). */
	date: string;
}

export interface CodeBehaviour {
	code: number;
	/** What the lab's server sent, from the entry. */
	sent: {
		reason: string;
		/** A 1xx sent as an interim response before a final 200. */
		interim: boolean;
		headers: string[];
		notSent: { name: string; why: string }[];
	};
	/** One observation per client that was run. */
	clients: Partial<Record<ClientId, Observation>>;
}

export interface ClientBehaviour {
	/** The day of the latest lab run (YYYY-MM-DD). */
	date: string;
	clients: LabClient[];
	codes: CodeBehaviour[];
}
