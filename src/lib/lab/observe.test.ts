import { describe, expect, test } from 'vitest';
import { type ClientReport, type Hit, observe, type ProbeRun } from './observe';
import { type CodePlan, LAB_BASIC_AUTHORIZATION } from './plan';
import { LAB_AUTHORIZATION, LAB_POST_BODY, labRequest, type ProbeKind } from './probes';

const plan = (code: number, extra: Partial<CodePlan> = {}): CodePlan => ({ code, reason: 'Lab', interim: false, location: false, heuristic: false, headers: [], notSent: [], ...extra });
const hit = (step: Hit['step'], at = 0, extra: Partial<Hit> = {}): Hit => ({ probe: 'p', step, method: 'GET', body: '', at, ...extra });
const run = (target: CodePlan, kind: ProbeKind, report: ClientReport, hits: Hit[]): ProbeRun => ({ request: labRequest('curl', target, kind, 1), report, hits });

describe('observe', () => {
	test('a response handed over, requested once', () => {
		const target = plan(404);
		expect(observe(target, [run(target, 'get', { ok: true, status: 404 }, [hit('first')])])).toEqual({ result: 'response', status: 404, retries: 0 });
	});

	test('an error keeps the client’s words, and no status', () => {
		const target = plan(407);
		expect(observe(target, [run(target, 'get', { ok: false, error: 'TypeError: Failed to fetch' }, [hit('first')])])).toEqual({ result: 'error', error: 'TypeError: Failed to fetch', retries: 0 });
	});

	test('a browser that keeps its page stays, whatever it reports', () => {
		const target = plan(204);
		expect(observe(target, [run(target, 'get', { ok: false, stayed: true }, [hit('first')])]).result).toBe('stayed');
	});

	test('counts the requests the client repeated by itself, and whether it waited the second Retry-After asks', () => {
		const target = plan(503);
		expect(observe(target, [run(target, 'get', { ok: true, status: 503 }, [hit('first', 0), hit('first', 1_005)])])).toMatchObject({ retries: 1, waited: true });
		expect(observe(target, [run(target, 'get', { ok: true, status: 503 }, [hit('first', 0), hit('first', 20), hit('first', 40)])])).toMatchObject({ retries: 2, waited: false });
	});

	test('ignores CORS preflights, which are the browser’s own requests', () => {
		const target = plan(301, { location: true });
		const observation = observe(target, [run(target, 'get', { ok: true, status: 200 }, [hit('first'), hit('hop', 1, { method: 'OPTIONS' }), hit('hop', 2), hit('land', 3)])]);
		expect(observation).toMatchObject({ retries: 0, hops: 2 });
	});

	test('a 1xx is seen when an interface reports it, or when it is handed over as the response', () => {
		const target = plan(103, { interim: true });
		expect(observe(target, [run(target, 'get', { ok: true, status: 200, interim: [103] }, [hit('first')])])).toMatchObject({ interim: true, hints: false });
		expect(observe(target, [run(target, 'get', { ok: true, status: 103 }, [hit('first')])]).interim).toBe(true);
		expect(observe(target, [run(target, 'get', { ok: true, status: 200 }, [hit('first'), hit('hint')])])).toMatchObject({ interim: false, hints: true });
	});

	test('a redirect: hops followed, the POST after it, credentials on the other host', () => {
		const target = plan(302, { location: true });
		const observation = observe(target, [
			run(target, 'get', { ok: true, status: 200 }, [hit('first'), hit('hop'), hit('land')]),
			run(target, 'post', { ok: true, status: 200 }, [hit('first', 0, { method: 'POST', body: LAB_POST_BODY }), hit('hop'), hit('land')]),
			run(target, 'credentials', { ok: true, status: 200 }, [hit('first', 0, { authorization: LAB_AUTHORIZATION, cookie: 'a=b; lab=1' }), hit('hop', 1, { cookie: 'lab=1' }), hit('land')]),
		]);
		expect(observation).toMatchObject({ hops: 2, post: { method: 'GET', body: false }, authorization: false, cookie: true });
	});

	test('says nothing of a POST or of credentials the client did not carry over, or never sent', () => {
		const target = plan(307, { location: true });
		const observation = observe(target, [
			run(target, 'get', { ok: true, status: 307 }, [hit('first')]),
			run(target, 'post', { ok: false, error: 'HTTPError 307' }, [hit('first', 0, { method: 'POST', body: LAB_POST_BODY })]),
			run(target, 'credentials', { ok: true, status: 200 }, [hit('first'), hit('hop')]),
		]);
		expect(observation.hops).toBe(0);
		expect(observation).not.toHaveProperty('post');
		expect(observation).not.toHaveProperty('authorization');
		expect(observation).not.toHaveProperty('cookie');
	});

	test('cached when the second request never reached the server', () => {
		const target = plan(200, { heuristic: true });
		const get = run(target, 'get', { ok: true, status: 200 }, [hit('first')]);
		expect(observe(target, [get, run(target, 'repeat', { ok: true, status: 200 }, [hit('first')])]).cached).toBe(true);
		expect(observe(target, [get, run(target, 'repeat', { ok: true, status: 200 }, [hit('first'), hit('first', 5)])]).cached).toBe(false);
	});

	test('credentials in the URL: sent at once, after the challenge, never, or refused', () => {
		const target = plan(401);
		const get = run(target, 'get', { ok: true, status: 401 }, [hit('first')]);
		const userinfo = (hits: Hit[]) => observe(target, [get, run(target, 'userinfo', { ok: true, status: 200 }, hits)]).userinfo;
		expect(userinfo([hit('first', 0, { authorization: LAB_BASIC_AUTHORIZATION })])).toBe('first');
		expect(userinfo([hit('first'), hit('first', 1, { authorization: LAB_BASIC_AUTHORIZATION })])).toBe('after-challenge');
		expect(userinfo([hit('first')])).toBe('not-sent');
		expect(userinfo([])).toBe('refused');
	});

	test('a prompt of the plain GET is recorded', () => {
		const target = plan(401);
		expect(observe(target, [run(target, 'get', { ok: true, status: 401, prompt: true }, [hit('first')])]).prompt).toBe(true);
	});
});
