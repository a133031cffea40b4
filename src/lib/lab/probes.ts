/**
 * The requests the lab makes of each client, one probe per question asked of a code:
 * - `get`: a plain GET (every code): is the response handed over, retried, followed?
 * - `post`: a POST with a body (codes sent with Location): the method and body after the redirect;
 * - `credentials`: a GET with Authorization and Cookie headers (codes sent with Location): kept on the other host?
 * - `repeat`: the same GET twice (heuristically cacheable codes): does the second reach the server?
 * - `userinfo`: a GET with credentials in the URL (401): sent at once, after the challenge, or never?
 *
 * Each probe has its own URLs (`/lab/<probe id>/…`), so the server's log tells probes apart.
 * The first request goes to 127.0.0.1 and redirects to localhost: two host names, one server.
 */
import type { CodePlan, LabLinks } from './plan.ts';

export const PROBE_KINDS = ['get', 'post', 'credentials', 'repeat', 'userinfo'] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];

/** The body of the POST probe. */
export const LAB_POST_BODY = 'lab=1';
/** Sent by the credentials probe; the server's log says whether they reached the other host. */
export const LAB_AUTHORIZATION = 'Bearer lab-secret';
export const LAB_COOKIE = 'lab=1';
/** The two host names of the one lab server: the first request goes to A, redirects lead to B. */
export const HOST_A = '127.0.0.1';
export const HOST_B = 'localhost';

export interface LabRequest {
	/** Unique within a lab run: client, kind and code. */
	id: string;
	code: number;
	kind: ProbeKind;
	method: 'GET' | 'POST';
	url: string;
	/** Headers the client is asked to send; for a browser the cookie comes from its jar instead. */
	headers: Record<string, string>;
	body?: string;
	/** 2 for `repeat`: the same request again once the first has finished. */
	times: 1 | 2;
}

/** The probes a code gets. */
export function probeKinds(plan: CodePlan): ProbeKind[] {
	return PROBE_KINDS.filter((kind) => {
		switch (kind) {
			case 'get':
				return true;
			case 'post':
			case 'credentials':
				return plan.location;
			case 'repeat':
				return plan.heuristic;
			case 'userinfo':
				return plan.code === 401;
		}
	});
}

export function probeId(client: string, kind: ProbeKind, code: number): string {
	return `${client}.${kind}.${code}`;
}

/** The URLs of one probe's responses on the server at `port`. */
export function probeLinks(id: string, code: number, port: number): LabLinks {
	return { hop: `http://${HOST_B}:${port}/lab/${id}/${code}/hop`, land: `http://${HOST_B}:${port}/lab/${id}/land`, hint: `/lab/${id}/hint.css`, realm: `lab ${id}` };
}

/** The request of one probe for `client`, against the lab server at `port`. */
export function labRequest(client: string, plan: CodePlan, kind: ProbeKind, port: number): LabRequest {
	const id = probeId(client, kind, plan.code);
	const path = `/lab/${id}/${plan.code}`;
	const base = { id, code: plan.code, kind, method: 'GET' as const, url: `http://${HOST_A}:${port}${path}`, headers: {}, times: 1 as const };
	switch (kind) {
		case 'get':
			return base;
		case 'post':
			return { ...base, method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: LAB_POST_BODY };
		case 'credentials':
			return { ...base, headers: { Authorization: LAB_AUTHORIZATION, Cookie: LAB_COOKIE } };
		case 'repeat':
			return { ...base, times: 2 };
		case 'userinfo':
			return { ...base, url: `http://lab:lab@${HOST_A}:${port}${path}` };
	}
}

/** Every request of a lab run for one client, given the probes it can make. */
export function labRequests(client: string, plans: readonly CodePlan[], port: number, kinds: readonly ProbeKind[] = PROBE_KINDS): LabRequest[] {
	return plans.flatMap((plan) => probeKinds(plan).filter((kind) => kinds.includes(kind)).map((kind) => labRequest(client, plan, kind, port)));
}
