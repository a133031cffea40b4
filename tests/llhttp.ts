/**
 * Feeds raw HTTP/1.1 bytes to Node's own parser, llhttp, over a loopback socket:
 * requests to an `http.Server`, responses to an `http.request` client. What the
 * parser saw (or its error) is returned, so a test can compare it with what the
 * example shows. Nothing here re-implements parsing.
 */
import { createServer as createHttpServer, METHODS, request as httpRequest, type IncomingMessage } from 'node:http';
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

const QUIET_MS = 150;

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

/** Sends `wire` to a real server on 127.0.0.1 and reports the requests its parser delivered. */
export async function parseRequests(wire: Uint8Array): Promise<Parsed> {
	const parsed: Parsed = { starts: [], bodyBytes: [] };
	const pending: Promise<void>[] = [];
	const server = createHttpServer((request, response) => {
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
	});
	// Requests the server would not hand to the ordinary handler still count as parsed.
	server.on('checkExpectation', (request, response) => {
		parsed.starts.push(request.method!);
		response.writeHead(417).end();
	});
	server.on('connect', (request, socket) => {
		parsed.starts.push(request.method!);
		socket.end();
	});
	server.on('upgrade', (request, socket) => {
		parsed.starts.push(request.method!);
		socket.end();
	});
	server.on('clientError', (error, socket) => {
		parsed.error ??= describe(error);
		socket.destroy();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	try {
		await new Promise<void>((resolve) => {
			const socket = connect(port, '127.0.0.1', () => socket.write(wire));
			let timer = setTimeout(() => socket.destroy(), QUIET_MS * 4);
			socket.on('data', () => {
				clearTimeout(timer);
				timer = setTimeout(() => socket.destroy(), QUIET_MS);
			});
			socket.on('close', () => {
				clearTimeout(timer);
				resolve();
			});
			socket.on('error', () => undefined);
		});
		await Promise.all(pending);
	} finally {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	}
	return parsed;
}

/**
 * Serves `wire` as the answer to one request with `method` and reports what a
 * real client's parser made of it: interim responses, final status, body bytes.
 */
export async function parseResponses(wire: Uint8Array, method = 'GET'): Promise<Parsed> {
	const parsed: Parsed = { starts: [], bodyBytes: [] };
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
