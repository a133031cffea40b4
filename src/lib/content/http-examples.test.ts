import { describe, expect, test } from 'vitest';
import { FILLER_MAX, framingProblems, readExample, splitMessages, toWire } from './http-examples';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('readExample', () => {
	test('reads the http blocks and the prose of the Example section only', () => {
		const body = ['## What it means', '', '```http', 'GET / HTTP/1.1', '```', '', '## Example', '', 'Why the body is short.', '', '```http', 'HEAD / HTTP/1.1', 'Host: a', '```', '', '```js', 'x', '```', '', '## In code'].join('\n');
		const example = readExample(body);
		expect(example.blocks).toHaveLength(1);
		expect(example.blocks[0].messages[0]).toMatchObject({ kind: 'request', method: 'HEAD', headers: [['Host', 'a']] });
		expect(example.prose).toContain('Why the body is short.');
		expect(example.prose).not.toContain('HEAD');
	});
});

describe('splitMessages', () => {
	test('splits an interim response from the final one at the blank line before its status line', () => {
		const messages = splitMessages(['HTTP/1.1 103 Early Hints', 'Link: </a.css>; rel=preload', '', 'HTTP/1.1 200 OK', 'Content-Length: 2', '', 'ok']);
		expect(messages.map((message) => message.status)).toEqual([103, 200]);
		expect(messages[1].body).toBe('ok');
	});

	test('marks a body with … as partial, and a request with Expect that holds its body back', () => {
		expect(splitMessages(['HTTP/1.1 200 OK', '', '<html>…</html>'])[0].partial).toBe(true);
		expect(splitMessages(['PUT /a HTTP/1.1', 'Content-Length: 9', 'Expect: 100-continue'])[0].partial).toBe(true);
		expect(splitMessages(['PUT /a HTTP/1.1', 'Content-Length: 9'])[0].partial).toBe(false);
	});
});

describe('framingProblems', () => {
	test('refuses a request body without Content-Length or chunked framing', () => {
		const [request] = splitMessages(['POST /a HTTP/1.1', 'Host: a', '', '{"x":1}']);
		expect(framingProblems(request)).toEqual([expect.stringContaining('without Content-Length or chunked framing')]);
	});

	test('counts the body in UTF-8 bytes against Content-Length', () => {
		const [accented] = splitMessages(['HTTP/1.1 200 OK', 'Content-Length: 4', '', 'café']);
		expect(framingProblems(accented)).toEqual([expect.stringContaining('Content-Length is 4 but the body shown is 5 bytes')]);
		const [exact] = splitMessages(['HTTP/1.1 200 OK', 'Content-Length: 4', '', 'a', 'bc']);
		expect(framingProblems(exact)).toEqual([]);
	});

	test('does not measure a body shown in part', () => {
		const [partial] = splitMessages(['HTTP/1.1 200 OK', 'Content-Length: 5000', '', '<html>…']);
		expect(framingProblems(partial)).toEqual([]);
	});

	test('refuses content on 1xx, 204, 304 and responses to HEAD', () => {
		for (const status of ['100 Continue', '204 No Content', '304 Not Modified']) {
			const [response] = splitMessages([`HTTP/1.1 ${status}`, '', 'body']);
			expect(framingProblems(response)).toEqual([expect.stringContaining('has no content, but a body is shown')]);
		}
		const [head] = splitMessages(['HTTP/1.1 200 OK', 'Content-Length: 4', '', 'body']);
		expect(framingProblems(head, 'HEAD')).toEqual([expect.stringContaining('a response to HEAD has no content')]);
	});

	test('refuses a line that is not a start line', () => {
		const [broken] = splitMessages(['GET /annual report.pdf HTTP/1.1', 'Host: a']);
		expect(framingProblems(broken)).toEqual([expect.stringContaining('not a request line or status line')]);
	});
});

describe('toWire', () => {
	test('ends head lines with CRLF and keeps the body as shown', () => {
		expect(decode(toWire(splitMessages(['HTTP/1.1 200 OK', 'Content-Length: 3', '', 'a', 'b'])))).toBe('HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\na\nb');
	});

	test('stands in capped filler for a partial body and declares its length', () => {
		const wire = decode(toWire(splitMessages(['PUT /a HTTP/1.1', 'Content-Length: 734003200', '', '(video …)'])));
		expect(wire).toBe(`PUT /a HTTP/1.1\r\nContent-Length: ${FILLER_MAX}\r\n\r\n${'x'.repeat(FILLER_MAX)}`);
	});

	test('frames a chunked body with CRLF and the closing empty line', () => {
		const wire = decode(toWire(splitMessages(['POST /a HTTP/1.1', 'Transfer-Encoding: chunked', '', '3', 'abc', '0'])));
		expect(wire.endsWith('\r\n\r\n3\r\nabc\r\n0\r\n\r\n')).toBe(true);
	});
});
