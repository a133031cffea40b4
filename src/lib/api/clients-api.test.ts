import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { clientBehaviour } from '../lab/client-data';
import { clientsApiSchema } from './clients-api-schema';
import { readContentFiles } from '../content/content-files';

const schema = clientsApiSchema(new URL('https://status.example/'));
const ajv = new Ajv2020({ allErrors: true });
const validate = ajv.compile(schema);
const entryCodes = readContentFiles('content/codes')
	.map((file) => (file.frontmatter as { code: number }).code)
	.filter((code) => code >= 100)
	.sort((a, b) => a - b);

describe('the client lab data (src/data/client-behaviour.json)', () => {
	test('follows the published schema', () => {
		expect(validate(clientBehaviour), ajv.errorsText(validate.errors)).toBe(true);
	});

	test('has at least six clients, each with a name and a version, over at least 60 codes', () => {
		expect(clientBehaviour.clients.length).toBeGreaterThanOrEqual(6);
		for (const client of clientBehaviour.clients) expect(client.name && client.version, client.id).toBeTruthy();
		expect(clientBehaviour.codes.filter((item) => Object.keys(item.clients).length >= 6).length).toBeGreaterThanOrEqual(60);
	});

	test('covers every status code with an entry, in numeric order: run npm run lab after adding one', () => {
		expect(clientBehaviour.codes.map((item) => item.code)).toEqual(entryCodes);
	});

	test('observes every code with every client it lists', () => {
		const ids = clientBehaviour.clients.map((client) => client.id).sort();
		for (const item of clientBehaviour.codes) expect(Object.keys(item.clients).sort(), String(item.code)).toEqual(ids);
	});
});

describe('the schema', () => {
	test('refuses an observation with a field it does not define, or a client it does not know', () => {
		const broken = structuredClone(clientBehaviour) as unknown as { codes: { clients: Record<string, Record<string, unknown>> }[] };
		broken.codes[0].clients.curl.guess = true;
		expect(validate(broken)).toBe(false);
		const unknown = structuredClone(clientBehaviour) as unknown as { codes: { clients: Record<string, unknown> }[] };
		unknown.codes[0].clients.wget = { result: 'response', retries: 0 };
		expect(validate(unknown)).toBe(false);
	});
});
