import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/lib/content/content-files.ts';
import { type LabEntry, labPlan } from '../../src/lib/lab/plan.ts';
import { type LabServer, START_PATH, startLabServer } from './server.ts';

let server: LabServer;
beforeAll(async () => {
	server = await startLabServer(labPlan(readContentFiles('content/codes').map((file) => file.frontmatter as LabEntry)));
});
afterAll(() => server.close());

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
	interim: { status: number; headers: Record<string, string | string[] | undefined> }[];
}

function send(path: string, options: { method?: string; host?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const interim: Answer['interim'] = [];
		const outgoing = request({ host: options.host ?? '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers }, (response) => {
			let body = '';
			response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
			response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body, interim }));
		});
		outgoing.on('information', (info) => interim.push({ status: info.statusCode, headers: info.headers }));
		outgoing.on('error', reject);
		outgoing.end();
	});
}

describe('the lab server', () => {
	test('answers a code with its reason phrase and closes the connection, logging the request under its probe', async () => {
		const answer = await send('/lab/t.get.429/429', { headers: { Authorization: 'Bearer x' } });
		expect(answer).toMatchObject({ status: 429, headers: { 'retry-after': '1', connection: 'close' } });
		expect(answer.body).toContain('lab 429');
		expect(server.hits('t.get.429')).toEqual([expect.objectContaining({ probe: 't.get.429', step: 'first', method: 'GET', authorization: 'Bearer x' })]);
	});

	test('redirects to the other host name, which redirects to its landing page', async () => {
		const first = await send('/lab/t.get.308/308');
		expect(first.headers.location).toBe(`http://localhost:${server.port}/lab/t.get.308/308/hop`);
		const hop = await send('/lab/t.get.308/308/hop', { host: 'localhost' });
		expect(hop.headers.location).toBe(`http://localhost:${server.port}/lab/t.get.308/land`);
		expect((await send('/lab/t.get.308/land', { host: 'localhost' })).status).toBe(200);
		expect(server.hits('t.get.308').map((hit) => hit.step)).toEqual(['first', 'hop', 'land']);
	});

	test('sends a 103 with its Link before the final 200', async () => {
		const answer = await send('/lab/t.get.103/103');
		expect(answer.interim).toEqual([expect.objectContaining({ status: 103, headers: expect.objectContaining({ link: '</lab/t.get.103/hint.css>; rel=preload; as=style' }) })]);
		expect(answer.status).toBe(200);
	});

	test('lets a browser read answers across host names, with credentials', async () => {
		const preflight = await send('/lab/t.credentials.301/301/hop', { method: 'OPTIONS', headers: { Origin: 'null', 'Access-Control-Request-Headers': 'authorization' } });
		expect(preflight).toMatchObject({ status: 204, headers: { 'access-control-allow-origin': 'null', 'access-control-allow-credentials': 'true', 'access-control-allow-headers': 'authorization' } });
	});

	test('gives the start page a cookie, and anything else outside the lab a 404', async () => {
		expect((await send(START_PATH)).headers['set-cookie']).toEqual(['lab=1; Path=/']);
		expect((await send('/favicon.ico')).status).toBe(404);
		expect((await send('/lab/t.get.600/600')).status).toBe(404);
	});
});
