import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../content/content-files';
import { type LabEntry, labPlan } from './plan';
import { HOST_A, HOST_B, LAB_AUTHORIZATION, LAB_POST_BODY, labRequest, labRequests, probeKinds, probeLinks } from './probes';

const plans = new Map(labPlan(readContentFiles('content/codes').map((file) => file.frontmatter as LabEntry)).map((plan) => [plan.code, plan]));
const plan = (code: number) => plans.get(code)!;

describe('probeKinds', () => {
	test('asks every code a plain GET, redirects a POST and credentials, cacheable codes twice, a 401 credentials in the URL', () => {
		expect(probeKinds(plan(429))).toEqual(['get']);
		expect(probeKinds(plan(307))).toEqual(['get', 'post', 'credentials']);
		expect(probeKinds(plan(301))).toEqual(['get', 'post', 'credentials', 'repeat']);
		expect(probeKinds(plan(404))).toEqual(['get', 'repeat']);
		expect(probeKinds(plan(401))).toEqual(['get', 'userinfo']);
	});
});

describe('labRequest', () => {
	test('starts on the first host name, and a redirect leads to the second', () => {
		const request = labRequest('curl', plan(301), 'get', 8080);
		expect(request).toMatchObject({ id: 'curl.get.301', method: 'GET', url: `http://${HOST_A}:8080/lab/curl.get.301/301`, times: 1 });
		expect(probeLinks(request.id, 301, 8080).hop).toBe(`http://${HOST_B}:8080/lab/curl.get.301/301/hop`);
	});

	test('each probe asks its own question', () => {
		expect(labRequest('go', plan(308), 'post', 1)).toMatchObject({ method: 'POST', body: LAB_POST_BODY });
		expect(labRequest('go', plan(308), 'credentials', 1).headers).toMatchObject({ Authorization: LAB_AUTHORIZATION, Cookie: 'lab=1' });
		expect(labRequest('go', plan(404), 'repeat', 1).times).toBe(2);
		expect(labRequest('go', plan(401), 'userinfo', 1).url).toBe(`http://lab:lab@${HOST_A}:1/lab/go.userinfo.401/401`);
	});
});

describe('labRequests', () => {
	test('gives every probe of every code a unique id, and only the kinds a client can make', () => {
		const requests = labRequests('curl', [...plans.values()], 1);
		expect(new Set(requests.map((request) => request.id)).size).toBe(requests.length);
		expect(requests.filter((request) => request.kind === 'get')).toHaveLength(plans.size);
		expect(labRequests('chromium-page', [...plans.values()], 1, ['get', 'post']).some((request) => request.kind === 'credentials')).toBe(false);
	});
});
