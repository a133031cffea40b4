import { describe, expect, test } from 'vitest';
import type { ClientBehaviour, LabClient, Observation } from './client-behaviour';
import { compareBehaviour, labBehaviour, mergeBehaviour } from './behaviour';
import type { CodePlan } from './plan';

const plan = (code: number): CodePlan => ({ code, reason: 'Lab', interim: false, location: false, heuristic: false, headers: ['Retry-After'], notSent: [] });
const curl: Omit<LabClient, 'date'> = { id: 'curl', name: 'curl', version: '8.0.0', invocation: 'curl -sS -L' };
const go: Omit<LabClient, 'date'> = { id: 'go', name: 'Go net/http', version: '1.22.0', invocation: 'client.Do' };

function data(date: string, clients: Omit<LabClient, 'date'>[], observations: Record<number, Partial<Record<LabClient['id'], Observation>>>): ClientBehaviour {
	return {
		date,
		clients: clients.map((client) => ({ ...client, date })),
		codes: Object.entries(observations).map(([code, byClient]) => ({ code: Number(code), sent: { reason: 'Lab', interim: false, headers: [], notSent: [] }, clients: byClient })),
	};
}
const got = (status: number, extra: Partial<Observation> = {}): Observation => ({ result: 'response', status, retries: 0, ...extra });

describe('labBehaviour', () => {
	test('observes each code for each client run, in the clients’ table order, with what the server sent', () => {
		const reports = (client: string) => new Map([[`${client}.get.429`, { ok: true, status: 429 }]]);
		const behaviour = labBehaviour([plan(429)], [{ client: go, reports: reports('go') }, { client: curl, reports: reports('curl') }], () => [{ probe: 'x', step: 'first', method: 'GET', body: '', at: 0 }], '2026-01-02');
		expect(behaviour.clients.map((client) => client.id)).toEqual(['curl', 'go']);
		expect(behaviour.clients[0].date).toBe('2026-01-02');
		expect(behaviour.codes[0]).toEqual({ code: 429, sent: { reason: 'Lab', interim: false, headers: ['Retry-After'], notSent: [] }, clients: { curl: got(429), go: got(429) } });
	});
});

describe('mergeBehaviour', () => {
	test('replaces the clients that ran and keeps the others, with their own date', () => {
		const committed = data('2026-01-01', [curl, go], { 429: { curl: got(429), go: got(429) } });
		const fresh = data('2026-02-01', [{ ...curl, version: '8.1.0' }], { 429: { curl: got(429, { retries: 1 }) } });
		const merged = mergeBehaviour(committed, fresh);
		expect(merged.date).toBe('2026-02-01');
		expect(merged.clients.map((client) => `${client.id} ${client.version} ${client.date}`)).toEqual(['curl 8.1.0 2026-02-01', 'go 1.22.0 2026-01-01']);
		expect(merged.codes[0].clients).toEqual({ curl: got(429, { retries: 1 }), go: got(429) });
	});
});

describe('compareBehaviour', () => {
	const committed = data('2026-01-01', [curl, go], { 301: { curl: got(200, { hops: 2, post: { method: 'GET', body: false } }), go: got(200) } });

	test('finds what a client of the recorded version now does differently', () => {
		const fresh = data('2026-02-01', [curl], { 301: { curl: got(200, { hops: 2, post: { method: 'POST', body: true } }) } });
		expect(compareBehaviour(committed, fresh)).toEqual({
			differences: [{ code: 301, client: 'curl', text: '301 curl: post {"method":"GET","body":false} in the data, {"method":"POST","body":true} now' }],
			notCompared: [],
		});
	});

	test('compares no client of another version, and says so', () => {
		const fresh = data('2026-02-01', [{ ...go, version: '1.23.0' }], { 301: { go: got(301) } });
		expect(compareBehaviour(committed, fresh)).toEqual({ differences: [], notCompared: ['Go net/http: 1.23.0 here, 1.22.0 in the data (2026-01-01)'] });
	});

	test('compares whether a client retried, not how often, and not the wording of an error', () => {
		const before = data('2026-01-01', [curl], { 408: { curl: { result: 'error', error: 'a', retries: 1 } } });
		expect(compareBehaviour(before, data('2026-02-01', [curl], { 408: { curl: { result: 'error', error: 'b', retries: 3 } } })).differences).toEqual([]);
		expect(compareBehaviour(before, data('2026-02-01', [curl], { 408: { curl: { result: 'error', error: 'a', retries: 0 } } })).differences).toHaveLength(1);
	});

	test('reports a code observed on one side only', () => {
		const fresh = data('2026-02-01', [curl], { 301: { curl: got(200, { hops: 2, post: { method: 'GET', body: false } }) }, 302: { curl: got(200) } });
		expect(compareBehaviour(committed, fresh).differences.map((item) => item.text)).toEqual(['302 curl: observed now, not in the data']);
	});
});
