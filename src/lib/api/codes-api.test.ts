import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { browserSupportByCode } from '../codes/browser-support';
import { describe, expect, test } from 'vitest';
import { codeSchema } from '../../schemas/code';
import { codesApiSchema } from './codes-api-schema';
import { toApiCode, toApiIndex } from './codes-api';
import { readContentFiles } from '../content/content-files';

const site = new URL('https://status.example/');
const entries = readContentFiles('content/codes').map((file) => codeSchema.parse(file.frontmatter));
const byCode = new Map(entries.map((data) => [data.code, data]));
const schema = codesApiSchema(site);
const ajv = new Ajv2020({ allErrors: true });
const validateIndex = ajv.compile(schema);
const validateCode = ajv.getSchema(`${schema.$id}#/$defs/code`)!;

const support = browserSupportByCode(JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@mdn/browser-compat-data'), 'utf8')));

describe('codes API', () => {
	test('every entry, and the index of all of them, follows the published schema', () => {
		const index = toApiIndex(entries, site, support);
		expect(validateIndex(index), ajv.errorsText(validateIndex.errors)).toBe(true);
		for (const code of index.codes) expect(validateCode(code), `${code.code}: ${ajv.errorsText(validateCode.errors)}`).toBe(true);
	});

	test('lists every entry once, in numeric order', () => {
		const codes = toApiIndex([...entries].reverse(), site).codes.map((item) => item.code);
		expect(codes).toEqual([...byCode.keys()].sort((a, b) => a - b));
	});

	test('a registered code carries its class, spec, constants and absolute links', () => {
		const api = toApiCode(byCode.get(429)!, site);
		expect(api).toMatchObject({
			code: 429,
			name: 'Too Many Requests',
			class: '4xx',
			status: 'registered',
			spec: { document: 'RFC 6585', section: '4' },
			cacheable: { value: 'never', cite: 'https://www.rfc-editor.org/rfc/rfc6585#section-4' },
			url: 'https://status.example/codes/429/',
		});
		expect(api.constants.go).toEqual([{ name: 'http.StatusTooManyRequests', deprecated: false, library: 'go' }]);
		expect(api.related.every((item) => item.url === `https://status.example/codes/${item.code}/`)).toBe(true);
		expect(api).not.toHaveProperty('aliases');
	});

	test('carries the versions of constants: added, replaced, deprecated and removed', () => {
		const api = toApiCode(byCode.get(413)!, site);
		expect(api.constants.python[0]).toEqual({ name: 'HTTPStatus.CONTENT_TOO_LARGE', deprecated: false, library: 'python', since: '3.13', replaces: 'HTTPStatus.REQUEST_ENTITY_TOO_LARGE' });
		expect(api.constants.spring.find((constant) => constant.name === 'HttpStatus.REQUEST_ENTITY_TOO_LARGE')).toMatchObject({ deprecated: true, removedIn: '7.0', lastIn: '6.2' });
		expect(toApiCode(byCode.get(499)!, site).constants.dotnet).toEqual([{ name: 'StatusCodes.Status499ClientClosedRequest', deprecated: false, library: 'aspnetcore', since: '8.0' }]);
	});

	test('carries what raises or returns the code, by framework, and none for a code no framework names', () => {
		const api = toApiCode(byCode.get(419)!, site);
		expect(api.exceptions).toContainEqual(expect.objectContaining({ framework: 'laravel', name: 'TokenMismatchException', kind: 'exception' }));
		expect(toApiCode(byCode.get(404)!, site).exceptions[0].framework).toBe('django');
		expect(toApiCode(byCode.get(100)!, site).exceptions).toEqual([]);
		const bad = { ...api, exceptions: [{ ...api.exceptions[0], kind: 'error' }] };
		expect(validateCode(bad)).toBe(false);
	});

	test('the schema refuses a constant version that is not a release number', () => {
		const api = toApiCode(byCode.get(413)!, site);
		const bad = { ...api, constants: { ...api.constants, python: [{ ...api.constants.python[0], since: 'soon' }] } };
		expect(validateCode(bad)).toBe(false);
	});

	test('carries permanence and redirect method where the entry has them', () => {
		const moved = toApiCode(byCode.get(308)!, site);
		expect(moved.permanence?.value).toBe('permanent');
		expect(moved.redirect?.method).toBe('kept');
		expect(toApiCode(byCode.get(200)!, site)).not.toHaveProperty('redirect');
	});

	test('leaves out what an entry does not have: no spec for a vendor code, no class outside 100–599', () => {
		const api = toApiCode(byCode.get(999)!, site);
		expect(api).not.toHaveProperty('spec');
		expect(api).not.toHaveProperty('class');
		expect(api.vendors.length).toBeGreaterThan(0);
		expect(toApiCode(byCode.get(418)!, site).knownAs).toBe('I’m a teapot');
	});

	test('the schema rejects a code with a missing or an unknown field', () => {
		const { url: _url, ...withoutUrl } = toApiCode(byCode.get(200)!, site);
		expect(validateCode(withoutUrl)).toBe(false);
		expect(validateCode({ ...toApiCode(byCode.get(200)!, site), aliases: [] })).toBe(false);
	});

	test('browser support comes with the codes browser-compat-data describes, and with no other', () => {
		const index = toApiIndex(entries, site, support);
		const withSupport = index.codes.filter((code) => code.browserSupport).map((code) => code.code);
		expect(withSupport).toEqual([103, 308, 425].filter((code) => byCode.has(code)));
		const early = index.codes.find((code) => code.code === 103)!.browserSupport!;
		expect(early.features.find((feature) => feature.name === 'rel=preload')?.browsers.safari).toEqual({ added: false });
		expect(toApiCode(byCode.get(103)!, site)).not.toHaveProperty('browserSupport');
	});

	test('0 is in the index as not-a-status, without a class, and the schema refuses it under any other status', () => {
		const api = toApiCode(byCode.get(0)!, site);
		expect(api).toMatchObject({ code: 0, status: 'not-a-status', url: 'https://status.example/codes/0/' });
		expect(api).not.toHaveProperty('class');
		expect(validateCode(api)).toBe(true);
		expect(validateCode({ ...api, status: 'unofficial' })).toBe(false);
		expect(validateCode({ ...toApiCode(byCode.get(429)!, site), status: 'not-a-status' })).toBe(false);
	});
});
