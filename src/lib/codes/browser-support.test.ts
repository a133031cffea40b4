import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BrowserDataError, browserSupportByCode, cellLabel, footnotes, plainText } from './browser-support';

const require = createRequire(import.meta.url);
const packaged = JSON.parse(readFileSync(require.resolve('@mdn/browser-compat-data'), 'utf8'));
const pinned = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies['@mdn/browser-compat-data'];

const statement = (version_added: string | false | null, extra: object = {}) => ({ version_added, ...extra });
const minimal = (support: object = {}) => ({
	__meta: { version: '9.0.0', timestamp: '2027-01-02T03:04:05.000Z' },
	browsers: {},
	http: {
		status: {
			'103': {
				__compat: {
					mdn_url: 'https://developer.mozilla.org/docs/Web/HTTP/Reference/Status/103',
					support: { chrome: statement('103', { notes: 'Supported in <code>HTTP/2</code> and later only.' }), edge: statement('103'), firefox: statement('120'), safari: statement('17'), ...support },
				},
				preload: {
					__compat: { description: '<code>rel=preload</code>', support: { chrome: statement('103'), edge: statement('103'), firefox: statement('123'), safari: statement(false) } },
				},
			},
		},
	},
});

describe('browserSupportByCode', () => {
	test('reads every http.status entry of the pinned package: 103, 308 and 425', () => {
		const support = browserSupportByCode(packaged);
		expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
		expect([...support.keys()]).toEqual([103, 308, 425]);
		const early = support.get(103)!;
		expect(early.source).toMatchObject({ package: '@mdn/browser-compat-data', version: pinned });
		expect(early.features.map((item) => item.name)).toEqual(['103', 'rel=preconnect', 'rel=preload']);
		expect(early.features[2].browsers.safari.added).toBe(false);
		expect(support.get(308)!.features[0].browsers.firefox.added).toBe('14');
	});

	test('keeps the first statement of each browser, with its notes as plain text, flags and the sub-features in order', () => {
		const support = browserSupportByCode(
			minimal({ edge: [statement('79', { flags: [{ type: 'preference', name: '#enable-tls13-early-data' }] }), statement('12', { version_removed: '79' })] }),
		).get(103)!;
		expect(support.source).toEqual({ package: '@mdn/browser-compat-data', version: '9.0.0', date: '2027-01-02', url: 'https://github.com/mdn/browser-compat-data' });
		expect(support.mdn).toBe('https://developer.mozilla.org/docs/Web/HTTP/Reference/Status/103');
		expect(support.features[0]).toEqual({
			key: 'http.status.103',
			name: '103',
			browsers: {
				chrome: { added: '103', notes: ['Supported in HTTP/2 and later only.'] },
				edge: { added: '79', flags: ['#enable-tls13-early-data'] },
				firefox: { added: '120' },
				safari: { added: '17' },
			},
		});
		expect(support.features[1]).toMatchObject({ key: 'http.status.103.preload', name: 'rel=preload' });
	});

	test('fails with the package version and the path of every value that changed shape', () => {
		const changed = minimal({ safari: { version_added: 17 } });
		expect(() => browserSupportByCode(changed)).toThrow(BrowserDataError);
		expect(() => browserSupportByCode(changed)).toThrow(/@mdn\/browser-compat-data 9\.0\.0 no longer has the shape[\s\S]*http\.status\.103\.__compat\.support\.safari/);
		const noSafari = minimal();
		delete (noSafari.http.status['103'].preload.__compat.support as Record<string, unknown>).safari;
		expect(() => browserSupportByCode(noSafari)).toThrow(/http\.status\.103\.preload\.__compat\.support\.safari/);
		expect(() => browserSupportByCode(minimal({ firefox: statement('mirror') }))).toThrow(/must be a release number/);
		expect(() => browserSupportByCode({ http: {} })).toThrow(/__meta/);
	});
});

describe('labels and notes', () => {
	test('a cell says the first release, No, Unknown, a flag or a removal', () => {
		expect(cellLabel({ added: '103' })).toBe('103');
		expect(cellLabel({ added: false })).toBe('No');
		expect(cellLabel({ added: null })).toBe('Unknown');
		expect(cellLabel({ added: '76', flags: ['#x'] })).toBe('76 (flag)');
		expect(cellLabel({ added: '12', removed: '79' })).toBe('12–79');
	});

	test('notes are grouped by feature and text, naming the browsers', () => {
		const support = browserSupportByCode(minimal({ safari: statement('17', { notes: 'Supported in <code>HTTP/2</code> and later only.' }) })).get(103)!;
		expect(footnotes(support)).toEqual([{ feature: '103', browsers: ['Chrome', 'Safari'], text: 'Supported in HTTP/2 and later only.' }]);
	});

	test('HTML in BCD text becomes plain text', () => {
		expect(plainText('Use <a href="https://example.com/">the <code>rel=preload</code></a> &amp; more')).toBe('Use the rel=preload & more');
	});
});
