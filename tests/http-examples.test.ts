/**
 * Every request and response in every entry's Example section, fed to Node's
 * llhttp as a reader would send it: the framing rules of RFC 9112 §6 hold, the
 * parser reads exactly the messages and bodies shown, and a header the entry
 * says MUST be sent is in the example response or the example says why not.
 */
import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../src/lib/content/content-files';
import { framingProblems, header, type HttpMessage, readExample, toWire, wireLength } from '../src/lib/content/http-examples';
import type { CodeData } from '../src/schemas/code';
import { LLHTTP_METHODS, parseRequests, parseResponses, type Parsed } from './llhttp';

const entries = readContentFiles('content/codes');

/** The content bytes a message carries as shown: declared for a partial body, decoded for a chunked one. */
function contentBytes(message: HttpMessage): number {
	if (/chunked/i.test(header(message, 'Transfer-Encoding') ?? '')) {
		const lines = message.body.split('\n');
		let total = 0;
		for (let index = 0; index < lines.length; index += 2) total += parseInt(lines[index], 16) || 0;
		return total;
	}
	const length = wireLength(message);
	if (message.partial && length !== undefined) return length;
	return new TextEncoder().encode(message.body).length;
}

/** What the parser must report for the messages shown; `bodies` says which ones deliver content. */
function expected(messages: readonly HttpMessage[], bodies: boolean[]): Parsed {
	return {
		starts: messages.map((message) => message.status ?? message.method!),
		bodyBytes: messages.flatMap((message, index) => (bodies[index] ? [contentBytes(message)] : [])),
	};
}

describe.each(entries.map((entry) => [entry.filePath, entry] as const))('%s', (filePath, entry) => {
	const example = readExample(entry.body, entry.bodyLine);
	const data = entry.frontmatter as CodeData;

	test('shows at least one raw HTTP exchange', () => {
		expect(example.blocks.length, `${filePath}: the Example section has no http block`).toBeGreaterThan(0);
	});

	test('every message is framed as RFC 9112 §6 requires', () => {
		let method: string | undefined;
		const problems = example.blocks.flatMap((block) =>
			block.messages.flatMap((message) => {
				if (message.kind === 'request') method = message.method;
				return framingProblems(message, message.kind === 'response' ? method : undefined).map((problem) => `${filePath}:${problem}`);
			}),
		);
		expect(problems).toEqual([]);
	});

	test("Node's llhttp parses exactly the messages and bodies shown", async () => {
		let method: string | undefined;
		for (const block of example.blocks) {
			const where = `${filePath}:${block.line}`;
			const [first] = block.messages;
			if (first.kind === 'request') {
				// llhttp knows a fixed list of methods; an extension method such as M-GET is a valid
				// token (RFC 9110 §9.1), so the parser is given GET in its place to check the rest.
				const messages = block.messages.map((message) =>
					message.method && !LLHTTP_METHODS.has(message.method) ? { ...message, method: 'GET', startLine: message.startLine.replace(message.method, 'GET') } : message,
				);
				method = block.messages.at(-1)!.method;
				const parsed = await parseRequests(toWire(messages), messages.length);
				// CONNECT and upgrade requests hand the connection over instead of delivering a body.
				const shown = expected(messages, messages.map((message) => message.method !== 'CONNECT' && !/upgrade/i.test(header(message, 'Connection') ?? '')));
				expect(JSON.stringify({ ...parsed, error: parsed.error ?? null }), where).toBe(JSON.stringify({ ...shown, error: null }));
			} else {
				const parsed = await parseResponses(toWire(block.messages), method);
				const final = block.messages.at(-1)!;
				// Node hands any answer to CONNECT, and a 101, over as a raw socket, so only its status is read;
				// otherwise the client delivers the final response's content (none for HEAD, 204 and 304).
				const tunnel = method === 'CONNECT' || final.status === 101;
				const shown = expected(block.messages, block.messages.map((message) => message === final && final.status! >= 200 && !tunnel));
				if (final.status! < 200 && !tunnel) shown.starts.push(204), shown.bodyBytes.push(0);
				expect(JSON.stringify({ ...parsed, error: parsed.error ?? null }), where).toBe(JSON.stringify({ ...shown, error: null }));
			}
		}
	});

	test('the example response carries every header the entry says MUST be sent, or says why not', () => {
		const required = (data.headers ?? []).filter((field) => field.role === 'must').map((field) => field.name);
		const responses = example.blocks.flatMap((block) => block.messages).filter((message) => message.status === data.code);
		const missing = required.filter(
			(name) => !responses.some((message) => message.headers.some(([field]) => field.toLowerCase() === name.toLowerCase())) && !example.prose.includes(name),
		);
		expect(missing, `${filePath}: the example ${data.code} response lacks a MUST header and the Example text does not say why`).toEqual([]);
	});
});
