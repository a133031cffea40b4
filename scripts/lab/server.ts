/**
 * The lab's HTTP/1.1 server: answers each code as `labResponse` says, on two
 * host names (127.0.0.1 and localhost, both on loopback), and logs every
 * request of every probe for `observe` to read.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Hit } from '../../src/lib/lab/observe.ts';
import { type CodePlan, type HeaderPair, labBody, labResponse, parseLabPath } from '../../src/lib/lab/plan.ts';
import { LAB_COOKIE, probeLinks } from '../../src/lib/lab/probes.ts';

/** The page a browser starts each probe from; it also puts the lab's cookie in the browser's jar for 127.0.0.1. */
export const START_PATH = '/lab/start';
/** Lets a browser see the 103 before the final response, as a server thinking would. */
const INTERIM_DELAY_MS = 100;
/** After a 101 the client speaks a protocol the lab does not: close the connection soon after. */
const SWITCH_CLOSE_MS = 200;

export interface LabServer {
	port: number;
	/** The requests of one probe so far. */
	hits(probe: string): Hit[];
	close(): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';

function readBody(request: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		request.on('error', reject);
	});
}

/** A browser's cross-origin requests (after a redirect to the other host name) must be allowed to read the answer. */
function corsHeaders(request: IncomingMessage): HeaderPair[] {
	const origin = request.headers.origin;
	if (!origin) return [];
	return [
		['Access-Control-Allow-Origin', origin],
		['Access-Control-Allow-Credentials', 'true'],
	];
}

/**
 * Every response closes its connection, so each request starts on a new one and a client's
 * behaviour does not hang on whether it reused a connection (Chromium resends a request whose
 * reused connection closes without an answer, and reads a 101 there as an empty 200).
 */
function closing(headers: HeaderPair[]): HeaderPair[] {
	const connection = headers.find(([name]) => name.toLowerCase() === 'connection');
	if (!connection) return [...headers, ['Connection', 'close']];
	return headers.map(([name, value]) => (name === connection[0] && !/\bclose\b/i.test(value) ? [name, `${value}, close`] : [name, value]));
}

function rawHead(status: number, reason: string, headers: HeaderPair[]): string {
	return `HTTP/1.1 ${status} ${reason}\r\n${headers.map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`;
}

export async function startLabServer(plans: readonly CodePlan[]): Promise<LabServer> {
	const byCode = new Map(plans.map((plan) => [plan.code, plan]));
	const log = new Map<string, Hit[]>();
	const started = performance.now();
	let port = 0;

	async function handle(request: IncomingMessage, response: ServerResponse) {
		const body = await readBody(request);
		const path = new URL(request.url ?? '/', 'http://lab').pathname;
		const cors = corsHeaders(request);
		if (path === START_PATH) {
			response.writeHead(200, closing([['Content-Type', HTML], ['Set-Cookie', `${LAB_COOKIE}; Path=/`]]).flat());
			response.end(labBody(200).replace('lab 200', 'lab start'));
			return;
		}
		const target = parseLabPath(path);
		const plan = target?.code === undefined ? undefined : byCode.get(target.code);
		if (!target || (target.code !== undefined && !plan)) {
			response.writeHead(404, closing([['Content-Type', 'text/plain']]).flat()).end('not a lab URL');
			return;
		}
		const hit: Hit = { probe: target.probe, step: target.step, method: request.method ?? 'GET', body, at: performance.now() - started };
		if (request.headers.authorization) hit.authorization = request.headers.authorization;
		if (request.headers.cookie) hit.cookie = request.headers.cookie;
		log.set(target.probe, [...(log.get(target.probe) ?? []), hit]);

		if (request.method === 'OPTIONS') {
			response.writeHead(
				204,
				closing([...cors, ['Access-Control-Allow-Methods', 'GET, POST'], ['Access-Control-Allow-Headers', request.headers['access-control-request-headers'] ?? '']]).flat(),
			);
			response.end();
			return;
		}
		if (target.step === 'hint') {
			response.writeHead(200, closing([['Content-Type', 'text/css']]).flat()).end('');
			return;
		}
		if (target.step === 'land' || !plan) {
			response.writeHead(200, closing([...cors, ['Content-Type', HTML]]).flat()).end(labBody(200));
			return;
		}
		const answer = labResponse(plan, probeLinks(target.probe, plan.code, port), target.step, request.headers.authorization);
		const socket = response.socket;
		if (answer.switches) {
			socket?.write(rawHead(answer.status, answer.reason, [...answer.headers, ...cors]));
			setTimeout(() => socket?.destroy(), SWITCH_CLOSE_MS);
			return;
		}
		if (answer.interim && socket) {
			socket.write(rawHead(answer.interim.status, answer.interim.reason, answer.interim.headers));
			await new Promise((resolve) => setTimeout(resolve, INTERIM_DELAY_MS));
		}
		const headers: HeaderPair[] = [...answer.headers, ...cors];
		if (answer.body) headers.push(['Content-Type', HTML]);
		response.writeHead(answer.status, answer.reason, closing(headers).flat());
		response.end(answer.body);
	}

	const onRequest = (request: IncomingMessage, response: ServerResponse) => {
		handle(request, response).catch((error: unknown) => {
			console.error(`lab server: ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
			response.destroy();
		});
	};
	// localhost may resolve to ::1 first (browsers try it), so the server listens on both loopback addresses.
	const servers: Server[] = [createServer(onRequest), createServer(onRequest)];
	await new Promise<void>((resolve, reject) => servers[0].once('error', reject).listen(0, '127.0.0.1', resolve));
	port = (servers[0].address() as AddressInfo).port;
	await new Promise<void>((resolve) =>
		servers[1]
			// A machine without IPv6 still has 127.0.0.1 for localhost.
			.once('error', () => resolve())
			.listen(port, '::1', resolve),
	);
	return {
		port,
		hits: (probe) => log.get(probe) ?? [],
		close: async () => {
			for (const server of servers) server.closeAllConnections();
			await Promise.all(servers.map((server) => new Promise((resolve) => (server.listening ? server.close(resolve) : resolve(undefined)))));
		},
	};
}
