import { describe, expect, test } from 'vitest';
import type { CodeBehaviour } from '../lab/client-behaviour';
import { buildComparisonTable, type ComparableCode } from './comparison-table';
import { CACHEABILITY, HEADER_ROLES, PERMANENCE, REDIRECT_METHOD, RETRY_ADVICE } from '../codes/http-semantics';
import { CLIENTS_URL } from '../seo/urls';

const S = 'https://www.rfc-editor.org/rfc/rfc9110#section-';

const moved: ComparableCode = {
	code: 308,
	summary: 'Moved for good, method kept.',
	spec: { document: 'RFC 9110', section: '15.4.9', url: `${S}15.4.9` },
	headers: [
		{ name: 'Location', role: 'should', note: 'The new URL.', cite: `${S}15.4.9` },
		{ name: 'Cache-Control', role: 'common', note: 'Limits how long it sticks.' },
	],
	cacheable: 'heuristic',
	retry: { advice: 'follow', note: 'Resend to Location.' },
	permanence: { value: 'permanent', cite: `${S}15.4.9` },
	redirect: { method: 'kept', cite: `${S}15.4.9` },
};

const vendor: ComparableCode = {
	code: 499,
	summary: 'The client went away.',
	headers: [],
	cacheable: 'explicit',
	retry: { advice: 'retry-as-is' },
};

describe('buildComparisonTable', () => {
	test('gives one row per property in the order asked, one cell per code in the order given', () => {
		const rows = buildComparisonTable([vendor, moved], ['cacheable', 'summary']);
		expect(rows.map((row) => row.property)).toEqual(['cacheable', 'summary']);
		expect(rows.map((row) => row.heading)).toEqual(['Caching', 'In short']);
		expect(rows[1].cells).toEqual([[{ text: 'The client went away.' }], [{ text: 'Moved for good, method kept.' }]]);
	});

	test('reads permanence and redirect method from the entry, citing the section that states them by its name', () => {
		const [permanence, method] = buildComparisonTable([moved], ['permanence', 'method']);
		expect(permanence.cells[0]).toEqual([{ text: PERMANENCE.permanent, cite: { label: 'RFC 9110 §15.4.9', href: `${S}15.4.9` } }]);
		expect(method.cells[0]).toEqual([{ text: REDIRECT_METHOD.kept, cite: { label: 'RFC 9110 §15.4.9', href: `${S}15.4.9` } }]);
	});

	test('says so when an entry has no permanence or is not a redirect', () => {
		const [permanence, method] = buildComparisonTable([vendor], ['permanence', 'method']);
		expect(permanence.cells[0]).toEqual([{ text: 'Not stated' }]);
		expect(method.cells[0]).toEqual([{ text: 'Not a redirect' }]);
	});

	test('states cacheability in the words of its three states, citing the section that decides', () => {
		const [row] = buildComparisonTable([moved, vendor], ['cacheable']);
		expect(row.cells).toEqual([
			[{ text: CACHEABILITY.heuristic.label, cite: { label: 'RFC 9110 §15.1', href: `${S}15.1` } }],
			[{ text: CACHEABILITY.explicit.label, cite: { label: 'RFC 9111 §3', href: 'https://www.rfc-editor.org/rfc/rfc9111#section-3' } }],
		]);
	});

	test('lists every header with its role, citing normative ones', () => {
		const [row] = buildComparisonTable([moved, vendor], ['headers']);
		expect(row.cells[0]).toEqual([
			{ field: 'Location', text: HEADER_ROLES.should, cite: { label: 'RFC 9110 §15.4.9', href: `${S}15.4.9` } },
			{ field: 'Cache-Control', text: HEADER_ROLES.common },
		]);
		expect(row.cells[1]).toEqual([{ text: 'None in particular' }]);
	});

	test('gives the retry advice with the entry note, and the defining section or its absence', () => {
		const [retry, spec] = buildComparisonTable([moved, vendor], ['retry', 'spec']);
		expect(retry.cells[0]).toEqual([{ text: RETRY_ADVICE.follow, note: 'Resend to Location.' }]);
		expect(spec.cells).toEqual([[{ cite: { label: 'RFC 9110 §15.4.9', href: `${S}15.4.9` } }], [{ text: 'No specification: a vendor code' }]]);
	});

	test('the measured rows group the clients by what they did, the most common outcome last, and point at the client lab', () => {
		const lab = (code: number): CodeBehaviour | undefined =>
			code === 308
				? {
						code,
						sent: { reason: 'Permanent Redirect', interim: false, headers: ['Location'], notSent: [] },
						clients: {
							curl: { result: 'response', status: 200, retries: 0, hops: 2, post: { method: 'POST', body: true } },
							'python-urllib': { result: 'error', retries: 0, hops: 0 },
							go: { result: 'response', status: 200, retries: 0, hops: 2, post: { method: 'POST', body: true } },
							'chromium-fetch': { result: 'response', status: 200, retries: 0, prompt: true },
							'firefox-fetch': { result: 'response', status: 200, retries: 0, prompt: true },
						},
					}
				: undefined;
		const [post, prompt] = buildComparisonTable([moved, vendor], ['clientPost', 'clientPrompt'], lab);
		expect(post.cells[0]).toEqual([{ text: 'Stays a POST with its body: curl, Go' }, { text: 'Not followed: every other client', cite: { label: 'client lab', href: CLIENTS_URL } }]);
		expect(post.cells[1]).toEqual([{ text: 'Not measured' }]);
		// Only browsers can prompt: curl, urllib and Go are not counted.
		expect(prompt.cells[0]).toEqual([{ text: 'A prompt: every browser', cite: { label: 'client lab', href: CLIENTS_URL } }]);
	});
});
