/**
 * Feeds raw HTTP/1.1 bytes to Node's own parser, llhttp, over a loopback socket:
 * requests to an `http.Server`, responses to an `http.request` client. What the
 * parser saw (or its error) is returned, so a test can compare it with what the
 * example shows. Nothing here re-implements parsing.
 */
import { createServer as createHttpServer, METHODS, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, createServer as createTcpServer, type AddressInfo } from 'node:net';

export interface Parsed {
	/** Method of each request, or status of each response (1xx first), in order. */
	starts: (string | number)[];
	/** Body bytes of each message the parser delivered a body for. */
	bodyBytes: number[];
	/** The parser's error, as `HPE_… reason`. */
	error?: string;
}

/** Methods llhttp knows; any other token is valid HTTP (RFC 9110 §9.1) but refused by this parser. */
export const LLHTTP_METHODS: ReadonlySet<string> = new Set(METHODS);

/** How long a request exchange may take before the parser's verdict is read anyway. */
const TIME_LIMIT_MS = 5_000;
/** After the client side closes, time for the server to report what it parsed last. */
const SETTLE_MS = 50;

function bodyOf(message: IncomingMessage): Promise<number> {
	return new Promise((resolve, reject) => {
		let bytes = 0;
		message.on('data', (chunk: Buffer) => (bytes += chunk.length));
		message.on('end', () => resolve(bytes));
		message.on('error', reject);
		message.on('aborted', () => reject(new Error('aborted: the connection closed before the body was complete')));
	});
}

function describe(error: unknown): string {
	const { code, reason, message } = error as { code?: string; reason?: string; message?: string };
	return [code, reason ?? message].filter(Boolean).join(' ');
}

/**
 * Sends `wire` to a real server on 127.0.0.1 and reports the requests its parser
 * delivered, waiting for `count` of them, a parse error or the time limit.
 */
export async function parseRequests(wire: Uint8Array, count: number): Promise<Parsed> {
	const parsed: Parsed = { starts: [], bodyBytes: [] };
	const pending: Promise<void>[] = [];
	let done = () => {};
	const finished = new Promise<void>((resolve) => (done = resolve));
	const seen = () => parsed.starts.length >= count && Promise.all(pending).then(done);
	const handle = (request: IncomingMessage, response: ServerResponse) => {
		parsed.starts.push(request.method!);
		pending.push(
			bodyOf(request).then(
				(bytes) => {
					parsed.bodyBytes.push(bytes);
					response.end();
				},
				(error) => void (parsed.error ??= describe(error)),
			),
		);
		seen();
	};
	const server = createHttpServer(handle);
	// An expectation other than 100-continue goes to its own event; its request is read the same way.
	server.on('checkExpectation', handle);
	server.on('connect', (request, socket) => {
		parsed.starts.push(request.method!);
		socket.end();
		seen();
	});
	server.on('upgrade', (request, socket) => {
		parsed.starts.push(request.method!);
		socket.end();
		seen();
	});
	server.on('clientError', (error, socket) => {
		parsed.error ??= describe(error);
		socket.destroy();
		done();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	try {
		// The socket stays open: a server that is still waiting for body bytes shows up as the time limit.
		const socket = connect(port, '127.0.0.1', () => socket.write(wire));
		socket.on('error', () => undefined);
		socket.on('close', () => setTimeout(done, SETTLE_MS));
		const limit = setTimeout(done, TIME_LIMIT_MS);
		await finished;
		clearTimeout(limit);
		socket.destroy();
		await Promise.allSettled(pending);
	} finally {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	}
	return parsed;
}

function lastStatusLine(wire: Uint8Array): string {
	return new TextDecoder().decode(wire).match(/^HTTP\/\d\.\d \d{3}.*$/gm)?.at(-1) ?? '';
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const joined = new Uint8Array(a.length + b.length);
	joined.set(a);
	joined.set(b, a.length);
	return joined;
}

/**
 * Serves `wire` as the answer to one request with `method` and reports what a
 * real client's parser made of it: interim responses, final status, body bytes.
 */
export async function parseResponses(wire: Uint8Array, method = 'GET'): Promise<Parsed> {
	const parsed: Parsed = { starts: [], bodyBytes: [] };
	// A client reads an interim response only on its way to a final one: a block that shows
	// 1xx alone is followed by an empty 204 here, and the caller expects it.
	if (/^HTTP\/1\.1 1(?!01)\d\d\b/.test(lastStatusLine(wire))) wire = concat(wire, new TextEncoder().encode('HTTP/1.1 204 No Content\r\n\r\n'));
	const server = createTcpServer((socket) => {
		socket.once('data', () => socket.end(wire));
		socket.on('error', () => undefined);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const switching = /^HTTP\/1\.1 101 /.test(new TextDecoder().decode(wire.subarray(0, 16)));
	try {
		await new Promise<void>((resolve) => {
			const request = httpRequest({
				host: '127.0.0.1',
				port,
				method,
				path: method === 'CONNECT' ? 'example.com:443' : '/',
				headers: switching ? { Connection: 'Upgrade', Upgrade: 'websocket' } : {},
				agent: false,
			});
			request.on('information', (info) => parsed.starts.push(info.statusCode));
			request.on('response', (response) => {
				parsed.starts.push(response.statusCode!);
				bodyOf(response).then(
					(bytes) => parsed.bodyBytes.push(bytes),
					(error) => void (parsed.error ??= describe(error)),
				).finally(resolve);
			});
			const tunnel = (response: IncomingMessage, socket: import('node:net').Socket) => {
				parsed.starts.push(response.statusCode!);
				socket.destroy();
				resolve();
			};
			request.on('connect', tunnel);
			request.on('upgrade', tunnel);
			request.on('error', (error) => {
				parsed.error ??= describe(error);
				resolve();
			});
			request.end();
		});
	} finally {
		await new Promise((resolve) => server.close(resolve));
	}
	return parsed;
}
