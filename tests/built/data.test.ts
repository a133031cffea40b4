/** The machine-readable files and the host redirect file, against the schema and the content entries. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { toApiCode } from '../../src/lib/codes-api';
import { readContentFiles } from '../../src/lib/content-files';
import { redirectRules } from '../../src/lib/site-files';
import { absoluteUrl, CODES_JSON_URL, CODES_SCHEMA_URL, codeJsonUrl, codeUrl } from '../../src/lib/urls';
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
		const expected = [...entries].sort((a, b) => a.code - b.code).map((data) => toApiCode(data, site));
		expect(index.codes).toEqual(JSON.parse(JSON.stringify(expected)));
	});

	test('every /codes/<code>.json follows the schema and agrees with its entry', () => {
		for (const data of entries) {
			const file = JSON.parse(readDist(codeJsonUrl(data.code)));
			expect(validateCode(file), `${data.code}: ${ajv.errorsText(validateCode.errors)}`).toBe(true);
			expect(file).toEqual(JSON.parse(JSON.stringify(toApiCode(data, site))));
			expect(file).toMatchObject({ code: data.code, name: data.name, status: data.status, summary: data.summary, cacheable: { value: data.cacheable } });
		}
	});
});

describe('_redirects', () => {
	test('redirects /<code> to the code page for every entry, and nothing else', () => {
		const codes = entries.map((data) => data.code);
		const rules = readDist('/_redirects');
		expect(rules).toBe(redirectRules(codes));
		expect(rules.trim().split('\n')).toHaveLength(codes.length);
		for (const code of codes) {
			expect(rules).toContain(`/${code} ${codeUrl(code)} 301\n`);
			expect(existsInDist(codeUrl(code)), codeUrl(code)).toBe(true);
		}
	});
});
