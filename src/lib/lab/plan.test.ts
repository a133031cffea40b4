import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../content/content-files';
import { LAB_BASIC_AUTHORIZATION, LAB_LAST_MODIFIED, type LabEntry, labBody, type LabLinks, labPlan, labResponse, parseLabPath } from './plan';

const entries = readContentFiles('content/codes').map((file) => file.frontmatter as LabEntry);
const plans = new Map(labPlan(entries).map((plan) => [plan.code, plan]));
const links: LabLinks = { hop: 'http://localhost:1/lab/p/301/hop', land: 'http://localhost:1/lab/p/land', hint: '/lab/p/hint.css', realm: 'lab p' };
const header = (headers: [string, string][], name: string) => headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

describe('labPlan', () => {
	test('has a value for every header any entry lists, and plans every status code but no number below 100', () => {
		expect(plans.size).toBe(entries.filter((entry) => entry.code >= 100).length);
		expect(plans.has(0)).toBe(false);
	});

	test('refuses a header it has no value for, naming the code and the header', () => {
		expect(() => labPlan([{ code: 299, name: 'Lab', headers: [{ name: 'X-Unknown', role: 'common' }], cacheable: 'explicit' }])).toThrow(/299: .*X-Unknown/);
	});

	test('sends 1xx other than 101 as interim responses, redirects with Location, and heuristic codes as cacheable', () => {
		expect([100, 101, 102, 103, 104].filter((code) => plans.get(code)!.interim)).toEqual([100, 102, 103, 104]);
		expect([...plans.values()].filter((plan) => plan.location).map((plan) => plan.code)).toEqual(expect.arrayContaining([201, 301, 302, 303, 307, 308]));
		expect(plans.get(104)!.location).toBe(false);
		expect(plans.get(404)!.heuristic).toBe(true);
		expect(plans.get(429)!.heuristic).toBe(false);
	});

	test('leaves out what the specification forbids and what would measure something else, saying why', () => {
		expect(plans.get(204)!.notSent).toContainEqual({ name: 'Content-Length', why: 'the specification forbids it' });
		expect(plans.get(301)!.notSent).toContainEqual({ name: 'Cache-Control', why: 'the lab measures caching without explicit freshness' });
		expect(plans.get(301)!.headers).toEqual(['Location']);
	});

	test('names an unused code by the name people know', () => {
		expect(plans.get(418)!.reason).toBe("I'm a teapot");
	});
});

describe('labResponse', () => {
	test('a redirect leads to the other host name, then from there to the landing page', () => {
		expect(header(labResponse(plans.get(301)!, links, 'first').headers, 'Location')).toBe(links.hop);
		expect(header(labResponse(plans.get(301)!, links, 'hop').headers, 'Location')).toBe(links.land);
	});

	test('a 103 goes out as an interim response whose Link preloads the hint, before a final 200', () => {
		const response = labResponse(plans.get(103)!, links, 'first');
		expect(response).toMatchObject({ status: 200, body: labBody(200) });
		expect(response.interim?.status).toBe(103);
		expect(header(response.interim!.headers, 'Link')).toBe('</lab/p/hint.css>; rel=preload; as=style');
	});

	test('a 101 switches and carries no body', () => {
		expect(labResponse(plans.get(101)!, links, 'first')).toMatchObject({ status: 101, switches: true, body: '' });
	});

	test('a 401 challenges with a realm of the probe, and lets the lab credentials in', () => {
		expect(header(labResponse(plans.get(401)!, links, 'first').headers, 'WWW-Authenticate')).toBe('Basic realm="lab p"');
		expect(labResponse(plans.get(401)!, links, 'first', LAB_BASIC_AUTHORIZATION).status).toBe(200);
		expect(labResponse(plans.get(401)!, links, 'first', 'Basic bm86bm8=').status).toBe(401);
	});

	test('asks for a retry after one second where the entry lists Retry-After', () => {
		for (const code of [429, 503]) expect(header(labResponse(plans.get(code)!, links, 'first').headers, 'Retry-After')).toBe('1');
	});

	test('a 206 and a 416 describe the body they carry in Content-Range', () => {
		const partial = labResponse(plans.get(206)!, links, 'first');
		const length = Buffer.byteLength(partial.body);
		expect(header(partial.headers, 'Content-Range')).toBe(`bytes 0-${length - 1}/${length * 2}`);
		expect(header(labResponse(plans.get(416)!, links, 'first').headers, 'Content-Range')).toMatch(/^bytes \*\/\d+$/);
	});

	test('a heuristically cacheable code gets an old Last-Modified and no freshness; 204 and 304 no body', () => {
		const notFound = labResponse(plans.get(404)!, links, 'first').headers;
		expect(header(notFound, 'Last-Modified')).toBe(LAB_LAST_MODIFIED);
		expect(header(notFound, 'Cache-Control')).toBeUndefined();
		expect(labResponse(plans.get(204)!, links, 'first').body).toBe('');
		expect(labResponse(plans.get(304)!, links, 'first').body).toBe('');
	});
});

describe('parseLabPath', () => {
	test('reads the probe and step of every lab URL, and nothing else', () => {
		expect(parseLabPath('/lab/curl.get.301/301')).toEqual({ probe: 'curl.get.301', step: 'first', code: 301 });
		expect(parseLabPath('/lab/curl.get.301/301/hop')).toEqual({ probe: 'curl.get.301', step: 'hop', code: 301 });
		expect(parseLabPath('/lab/curl.get.301/land')).toEqual({ probe: 'curl.get.301', step: 'land' });
		expect(parseLabPath('/lab/curl.get.103/hint.css')).toEqual({ probe: 'curl.get.103', step: 'hint' });
		expect(parseLabPath('/favicon.ico')).toBeUndefined();
		expect(parseLabPath('/lab/x/1000')).toBeUndefined();
	});
});
