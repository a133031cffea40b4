import { describe, expect, test } from 'vitest';
import { normaliseError } from './errors';

describe('normaliseError', () => {
	test('replaces what changes from run to run: URLs, lab paths, addresses and ports', () => {
		expect(normaliseError('Get "http://127.0.0.1:40123/lab/go.get.101/101": read tcp 127.0.0.1:5000->127.0.0.1:40123: read: connection reset by peer')).toBe(
			'Get "<url>": read tcp <address>-><address>: read: connection reset by peer',
		);
		expect(normaliseError("ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=40123): Max retries exceeded with url: /lab/x/101")).toBe(
			'ConnectionError: HTTPConnectionPool(host=<host>, port=<port>): Max retries exceeded with url: <path>',
		);
		expect(normaliseError('net::ERR_EMPTY_RESPONSE at http://localhost:4000/lab/a/101\nCall log:\n  - navigating')).toBe('net::ERR_EMPTY_RESPONSE at <url>');
	});

	test('keeps a long message to one short line', () => {
		expect(normaliseError('x'.repeat(500))).toHaveLength(160);
	});
});
