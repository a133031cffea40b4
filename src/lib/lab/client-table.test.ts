import { describe, expect, test } from 'vitest';
import type { CodeBehaviour, Observation } from './client-behaviour';
import { behaviourOf } from './client-data';
import { CLIENT_WORDS, clientTable } from './client-table';

const item = (code: number, clients: CodeBehaviour['clients'], headers: string[] = []): CodeBehaviour => ({ code, sent: { reason: 'Lab', interim: false, headers, notSent: [] }, clients });
const got = (status: number, extra: Partial<Observation> = {}): Observation => ({ result: 'response', status, retries: 0, ...extra });

describe('clientTable', () => {
	test('one row per client, in table order, named as people know it', () => {
		const table = clientTable(item(404, { go: got(404), curl: got(404), 'python-urllib': { result: 'error', error: 'HTTPError 404', retries: 0 } }))!;
		expect(table.columns).toEqual(['Gets']);
		expect(table.rows).toEqual([
			{ client: 'curl', cells: ['404'] },
			{ client: 'urllib', cells: ['error'] },
			{ client: 'Go', cells: ['404'] },
		]);
	});

	test('a redirect shows whether it is followed, the method after a POST, credentials on the other host and caching', () => {
		const table = clientTable(
			item(301, {
				curl: got(200, { hops: 2, post: { method: 'GET', body: false }, authorization: false, cookie: false, cached: false }),
				'python-urllib': got(200, { hops: 2, authorization: true, cookie: true, cached: false }),
				'chromium-page': got(200, { hops: 2, post: { method: 'POST', body: true }, cached: true }),
			}),
		)!;
		expect(table.columns).toEqual(['Follows', 'POST becomes', 'Auth, cookie to other host', 'Cached']);
		expect(table.rows.map((row) => row.cells)).toEqual([
			['yes', 'GET', 'dropped', 'no'],
			['yes', 'stops', 'kept', 'no'],
			['yes', 'POST', '–', 'yes'],
		]);
	});

	test('a code sent with Retry-After shows retries even when no client retried', () => {
		const table = clientTable(item(429, { curl: got(429), go: got(429, { retries: 1, waited: true }) }, ['Retry-After']))!;
		expect(table.columns).toEqual(['Gets', 'Retries']);
		expect(table.rows.map((row) => row.cells[1])).toEqual(['no', 'after 1 s']);
		expect(clientTable(item(404, { curl: got(404) }))!.columns).not.toContain('Retries');
	});

	test('a 1xx shows whether it is seen and a 103 whether its hint is preloaded; a 401 prompts and URL credentials', () => {
		expect(clientTable(item(103, { curl: got(200, { interim: true, hints: false }) }))!.rows[0].cells).toEqual(['200', 'yes', 'no']);
		const challenge = clientTable(item(401, { curl: got(401, { userinfo: 'first' }), 'firefox-page': got(401, { userinfo: 'after-challenge', prompt: true }) }))!;
		expect(challenge.columns).toEqual(['Gets', 'Prompt', 'user:pass@ URL']);
		expect(challenge.rows.map((row) => row.cells)).toEqual([
			['401', 'no', 'sent'],
			['401', 'yes', 'after 401'],
		]);
	});

	test('a page that stays where it was says so', () => {
		expect(clientTable(item(204, { 'chromium-page': { result: 'stayed', retries: 0 } }))!.rows[0].cells).toEqual(['stays']);
	});

	test('nothing for a code the lab never sent', () => {
		expect(clientTable(undefined)).toBeUndefined();
		expect(clientTable(item(999, {}))).toBeUndefined();
	});

	test('the legend explains every column heading', () => {
		const columns = new Set(CLIENT_WORDS.map((group) => group.column));
		for (const code of [103, 301, 401, 429]) for (const column of clientTable(behaviourOf(code))!.columns) expect(columns, column).toContain(column);
	});
});

describe('the committed data', () => {
	test('the 301 table names curl, fetch and requests', () => {
		const clients = clientTable(behaviourOf(301))!.rows.map((row) => row.client).join(', ');
		expect(clients).toMatch(/\bcurl\b/);
		expect(clients).toMatch(/\bfetch\b/);
		expect(clients).toMatch(/\brequests\b/);
	});
});
