import { describe, expect, test } from 'vitest';
import {
	codeCrumbs,
	type CodeInfo,
	displayName,
	fullTitle,
	groupByClass,
	groupByVendor,
	neighbours,
} from './codes';

function info(code: number, overrides: Partial<CodeInfo> = {}): CodeInfo {
	return { code, name: `Name ${code}`, status: 'registered', summary: '', vendors: [], ...overrides };
}

describe('displayName and fullTitle', () => {
	test('use the registry name', () => {
		expect(fullTitle(info(429, { name: 'Too Many Requests' }))).toBe('429 Too Many Requests');
	});

	test('put the familiar name before (Unused)', () => {
		expect(displayName({ name: '(Unused)', knownAs: "I'm a teapot" })).toBe("I'm a teapot (Unused)");
	});
});

describe('codeCrumbs', () => {
	test('lead from home through the class to the code', () => {
		expect(codeCrumbs(info(429))).toEqual([{ label: 'Home', href: '/' }, { label: '4xx Client Error', href: '/codes/4xx/' }, { label: '429' }]);
	});

	test('go through the unofficial index, or the numbers that are no status, outside the classes', () => {
		expect(codeCrumbs(info(999, { status: 'unofficial' }))[1]).toEqual({ label: 'Unofficial codes', href: '/codes/unofficial/' });
		expect(codeCrumbs(info(0, { status: 'not-a-status' }))[1]).toEqual({ label: 'Not status codes', href: '/not-status-codes/' });
	});

	test('of a page beside the code page link the code and end at that page', () => {
		expect(codeCrumbs(info(502), 'In code').slice(2)).toEqual([{ label: '502', href: '/codes/502/' }, { label: 'In code' }]);
	});
});

describe('groupByClass', () => {
	test('returns five classes, sorted, with vendor codes apart and out-of-range numbers left out', () => {
		const groups = groupByClass([info(404), info(200), info(499, { status: 'unofficial' }), info(400), info(999, { status: 'unofficial' })]);
		expect(groups.map((group) => group.statusClass.slug)).toEqual(['1xx', '2xx', '3xx', '4xx', '5xx']);
		expect(groups[3].official.map((item) => item.code)).toEqual([400, 404]);
		expect(groups[3].unofficial.map((item) => item.code)).toEqual([499]);
		expect(groups[0].official).toEqual([]);
		expect(groups.flatMap((group) => [...group.official, ...group.unofficial]).map((item) => item.code)).not.toContain(999);
	});
});

describe('neighbours', () => {
	const items = [info(301), info(200), info(404)];

	test('finds the previous and next code in numeric order', () => {
		expect(neighbours(items, 301)).toEqual({ previous: items[1], next: items[2] });
	});

	test('has no previous for the first code and no next for the last', () => {
		expect(neighbours(items, 200).previous).toBeUndefined();
		expect(neighbours(items, 404).next).toBeUndefined();
	});
});

describe('groupByVendor', () => {
	test('lists each vendor once with its codes in order', () => {
		const groups = groupByVendor([
			info(499, { status: 'unofficial', vendors: [{ vendor: 'nginx', name: 'Client Closed Request' }, { vendor: 'Esri', name: 'Token Required' }] }),
			info(444, { status: 'unofficial', vendors: [{ vendor: 'nginx', name: 'No Response' }] }),
		]);
		expect(groups.map((group) => group.vendor)).toEqual(['Esri', 'nginx']);
		expect(groups[1].meanings.map((meaning) => meaning.entry.code)).toEqual([444, 499]);
	});

	test('groups a vendor named with a qualifier under the plain vendor name', () => {
		const groups = groupByVendor([
			info(527, { status: 'unofficial', vendors: [{ vendor: 'Cloudflare (obsolete)', name: 'Railgun Error' }] }),
			info(522, { status: 'unofficial', vendors: [{ vendor: 'Cloudflare', name: 'Connection Timed Out' }] }),
		]);
		expect(groups).toHaveLength(1);
		expect(groups[0].vendor).toBe('Cloudflare');
		expect(groups[0].meanings.map((meaning) => meaning.qualifier)).toEqual([undefined, 'obsolete']);
	});
});
