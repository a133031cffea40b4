/** The machine-readable files and the host redirect file, against the schema and the content entries. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { browserSupport } from '../../src/lib/codes/bcd-data';
import { clientBehaviour } from '../../src/lib/lab/client-data';
import { toApiCode } from '../../src/lib/api/codes-api';
import { readContentFiles } from '../../src/lib/content/content-files';
import { redirectRules } from '../../src/lib/seo/site-files';
import { absoluteUrl, CLIENTS_JSON_URL, CLIENTS_SCHEMA_URL, CODES_JSON_URL, CODES_SCHEMA_URL, codeAliasUrls, codeJsonUrl, codeUrl, shortcutUrls } from '../../src/lib/seo/urls';
import { codeSchema } from '../../src/schemas/code';
import { existsInDist, readDist, site } from './dist';

const entries = readContentFiles('content/codes').map((file) => codeSchema.parse(file.frontmatter));
const schema = JSON.parse(readDist(CODES_SCHEMA_URL));
const ajv = new Ajv2020({ allErrors: true });
const validateIndex = ajv.compile(schema);
const validateCode = ajv.getSchema(`${schema.$id}#/$defs/code`)!;

describe('JSON data', () => {
	test('the schema is a draft 2020-12 schema published at its own id', () => {
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.$id).toBe(absoluteUrl(CODES_SCHEMA_URL, site));
	});

	test('/codes.json follows the schema and holds every entry, in code order, as the content says', () => {
		const index = JSON.parse(readDist(CODES_JSON_URL));
		expect(validateIndex(index), ajv.errorsText(validateIndex.errors)).toBe(true);
		const expected = [...entries].sort((a, b) => a.code - b.code).map((data) => toApiCode(data, site, browserSupport().get(data.code)));
		expect(index.codes).toEqual(JSON.parse(JSON.stringify(expected)));
	});

	test('every /codes/<code>.json follows the schema and agrees with its entry', () => {
		for (const data of entries) {
			const file = JSON.parse(readDist(codeJsonUrl(data.code)));
			expect(validateCode(file), `${data.code}: ${ajv.errorsText(validateCode.errors)}`).toBe(true);
			expect(file).toEqual(JSON.parse(JSON.stringify(toApiCode(data, site, browserSupport().get(data.code)))));
			expect(file).toMatchObject({ code: data.code, name: data.name, status: data.status, summary: data.summary, cacheable: { value: data.cacheable } });
		}
	});
});

describe('client lab data', () => {
	test('/clients.json is the committed lab data and follows /clients.schema.json, published at its own id', () => {
		const clientsSchema = JSON.parse(readDist(CLIENTS_SCHEMA_URL));
		expect(clientsSchema.$id).toBe(absoluteUrl(CLIENTS_SCHEMA_URL, site));
		const validate = new Ajv2020({ allErrors: true }).compile(clientsSchema);
		const data = JSON.parse(readDist(CLIENTS_JSON_URL));
		expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
		expect(data).toEqual(clientBehaviour);
	});
});

describe('_redirects', () => {
	test('redirects /<code> to the code page for every entry, and nothing else', () => {
		const codes = entries.map((data) => data.code);
		const rules = readDist('/_redirects');
		expect(rules).toBe(redirectRules(codes));
		const paths = codes.flatMap((code) => [...shortcutUrls(code), ...codeAliasUrls(code)]);
		expect(rules.trim().split('\n')).toHaveLength(paths.length);
		for (const code of codes) {
			expect(rules).toContain(`/${code} ${codeUrl(code)} 301\n`);
			expect(existsInDist(codeUrl(code)), codeUrl(code)).toBe(true);
		}
		// 0 is reached under its curl spelling too.
		if (codes.includes(0)) for (const path of ['/000', '/codes/000']) expect(rules).toContain(`${path} ${codeUrl(0)} 301\n`);
	});
});
