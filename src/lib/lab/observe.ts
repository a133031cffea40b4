/**
 * From what a client reported and what the lab's server saw, the observation
 * of one client for one code. Only these two sources count: nothing about a
 * client is assumed.
 */
import type { Observation } from './client-behaviour.ts';
import { type CodePlan, LAB_BASIC_AUTHORIZATION, type LabStep } from './plan.ts';
import { LAB_AUTHORIZATION, LAB_COOKIE, LAB_POST_BODY, type LabRequest } from './probes.ts';

/** A request the server received for a probe. */
export interface Hit {
	probe: string;
	step: LabStep;
	method: string;
	authorization?: string;
	cookie?: string;
	body: string;
	/** Milliseconds since the lab started. */
	at: number;
}

/** What a client handed its caller for one probe (for `repeat`, the second request). */
export interface ClientReport {
	/** A response was handed over: no exception, exit status 0, no browser error page. */
	ok: boolean;
	status?: number;
	error?: string;
	/** Interim statuses an interface of the client reported (curl's header dump, Go's trace). */
	interim?: number[];
	/** A browser kept the page it was on: no new document. */
	stayed?: boolean;
	/** A browser asked for credentials or opened a dialog (the lab cancels each). */
	prompt?: boolean;
}

export interface ProbeRun {
	request: LabRequest;
	report: ClientReport;
	hits: Hit[];
}

/** Wait that counts as honouring `Retry-After: 1`, with room for timer slack. */
const RETRY_AFTER_MS = 900;

const requests = (run: ProbeRun, step: LabStep) => run.hits.filter((hit) => hit.step === step && hit.method !== 'OPTIONS');
const hasCookie = (header: string | undefined) => (header ?? '').split(/;\s*/).includes(LAB_COOKIE);

/** One client's observation of one code from its probe runs; the `get` run must be among them. */
export function observe(plan: CodePlan, runs: readonly ProbeRun[]): Observation {
	const run = (kind: LabRequest['kind']) => runs.find((item) => item.request.kind === kind);
	const get = run('get');
	if (!get) throw new Error(`${plan.code}: no get probe`);
	const { report } = get;
	const first = requests(get, 'first');
	const observation: Observation = {
		result: report.stayed ? 'stayed' : report.ok ? 'response' : 'error',
		...(report.ok && !report.stayed && report.status !== undefined && { status: report.status }),
		...(!report.ok && report.error && { error: report.error }),
		retries: Math.max(0, first.length - 1),
	};
	if (first.length > 1) observation.waited = first[1].at - first[0].at >= RETRY_AFTER_MS;
	if (plan.interim) observation.interim = (report.interim ?? []).includes(plan.code) || report.status === plan.code;
	if (plan.code === 103) observation.hints = requests(get, 'hint').length > 0;
	if (plan.location) observation.hops = Number(requests(get, 'hop').length > 0) + Number(requests(get, 'land').length > 0);

	const post = run('post');
	const postHop = post && requests(post, 'hop')[0];
	if (postHop) observation.post = { method: postHop.method, body: postHop.body === LAB_POST_BODY };

	const credentials = run('credentials');
	if (credentials) {
		const [sent] = requests(credentials, 'first');
		const [hop] = requests(credentials, 'hop');
		if (sent && hop) {
			if (sent.authorization === LAB_AUTHORIZATION) observation.authorization = hop.authorization === LAB_AUTHORIZATION;
			if (hasCookie(sent.cookie)) observation.cookie = hasCookie(hop.cookie);
		}
	}

	const repeat = run('repeat');
	if (repeat) observation.cached = requests(repeat, 'first').length === 1;

	const userinfo = run('userinfo');
	if (userinfo) {
		const sent = requests(userinfo, 'first');
		const index = sent.findIndex((hit) => hit.authorization === LAB_BASIC_AUTHORIZATION);
		observation.userinfo = sent.length === 0 ? 'refused' : index === 0 ? 'first' : index > 0 ? 'after-challenge' : 'not-sent';
	}

	if (report.prompt) observation.prompt = true;
	return observation;
}
