import { describe, expect, test } from 'vitest';
import { codeInIdentifier, hresultStatus, lettersAsDigits, MAX_PASTE_LENGTH, readPasted } from './pasted';

describe('readPasted', () => {
	test('drops timestamps, addresses, ids, URLs and paths, and keeps the words', () => {
		const { text, stated } = readPasted(
			'2026/01/14 09:12:33 [error] 2811#2811: *91 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.5, server: api.example.com, request: "GET /v1/items HTTP/1.1", upstream: "http://127.0.0.1:8080/v1/items"',
		);
		expect(text).not.toMatch(/\d/);
		expect(text).not.toMatch(/example|v1|items|127/);
		expect(text).toMatch(/upstream timed out .*Connection timed out.* while reading response header from upstream/);
		expect(stated).toEqual([]);
	});

	test('drops request ids, UUIDs, hex ids and the address that looks like a code', () => {
		const { text } = readPasted('[2026-01-14T09:12:33.123Z] ERROR request_id=7f3c2a1b trace 3f2b8c1e-9a7d-4e21-8c55-0b6a1f2e3d4c ip=203.0.113.7 cf-ray 8f3a1c2b4d5e6f70-FRA at server.js:123:45 POST /api/orders 409 Conflict');
		expect(text.replace(/\s+/g, ' ')).toBe('[ ] ERROR trace ip= cf-ray at POST 409 Conflict');
	});

	test('keeps the name of the package whose file a stack trace shows, and drops the rest of the path', () => {
		expect(readPasted('at parse (/app/node_modules/body-parser/lib/types/json.js:89:19)').text.replace(/\s+/g, ' ')).toBe('at parse ( body-parser )');
		expect(readPasted('node_modules/axios/lib/core/settle.js:19').text.trim()).toBe('axios');
		expect(readPasted('File "/usr/lib/python3/site-packages/requests/models.py", line 1021').text).toMatch(/^File " requests "/);
		expect(readPasted('at C:\\app\\node_modules\\@nestjs\\core\\router.js:12').text.trim()).toBe('at @nestjs\\core');
	});

	test('drops the keys of a JSON body and keeps its values', () => {
		const { text } = readPasted(`{"error": {"code": "resource_missing", "message": "No such customer", "type": "invalid_request_error"}}`);
		expect(text.replace(/\s+/g, ' ')).toBe('{ { "resource_missing", "No such customer", "invalid_request_error"}}');
		expect(readPasted(`{'detail': 'Not found.'}`).text.replace(/\s+/g, ' ')).toBe("{ 'Not found.'}");
	});

	test('reads the status of a status line, from curl -v too', () => {
		expect(readPasted('HTTP/1.1 429 Too Many Requests').stated).toEqual([429]);
		expect(readPasted('< HTTP/2 403').stated).toEqual([403]);
		expect(readPasted('< HTTP/2 403').text).toBe('< 403');
	});

	test('reads a number in the place of a status, whatever its value', () => {
		expect(readPasted('status 0').stated).toEqual([0]);
		expect(readPasted('HTTP status code: 502').stated).toEqual([502]);
		expect(readPasted('FastAPI HTTPException(status_code=404)').stated).toEqual([404]);
		expect(readPasted('Request failed with status code 413').stated).toEqual([413]);
		expect(readPasted('process exited with exit code 137').stated).toEqual([]);
	});

	test('reads the status inside a Windows error code', () => {
		expect(readPasted('BITS job failed: 0x80190194').stated).toEqual([404]);
		expect(readPasted('0x801901F4').stated).toEqual([500]);
	});

	test('reads codes written with letters for digits', () => {
		expect(readPasted('5o3 service unavailable').text).toBe('503 service unavailable');
		expect(readPasted('got a 4O4').text).toBe('got a 404');
	});

	test('reads only the first MAX_PASTE_LENGTH characters', () => {
		expect(readPasted(`${'word '.repeat(MAX_PASTE_LENGTH)}HTTP/1.1 429`).stated).toEqual([]);
	});
});

describe('hresultStatus', () => {
	test('takes the status from the low 16 bits of facility 0x19', () => {
		expect(hresultStatus('0x80190194')).toBe(404);
		expect(hresultStatus('0x8019019d')).toBe(413);
		expect(hresultStatus('0x80070005')).toBeUndefined();
	});
});

describe('lettersAsDigits', () => {
	test('reads o as 0 and l or I as 1 in a three-character code', () => {
		expect(lettersAsDigits('5o3')).toBe('503');
		expect(lettersAsDigits('4O1')).toBe('401');
		expect(lettersAsDigits('4l9')).toBe('419');
	});

	test('leaves numbers and words alone', () => {
		expect(lettersAsDigits('404')).toBeUndefined();
		expect(lettersAsDigits('too')).toBeUndefined();
		expect(lettersAsDigits('5xx')).toBeUndefined();
	});
});

describe('codeInIdentifier', () => {
	test('finds a code after a word that means a status', () => {
		expect(codeInIdentifier('Http404')).toBe(404);
		expect(codeInIdentifier('E403')).toBe(403);
		expect(codeInIdentifier('Status404NotFound')).toBe(404);
		expect(codeInIdentifier('ERR_HTTP_429')).toBe(429);
	});

	test('does not read other identifiers with digits as codes', () => {
		expect(codeInIdentifier('x509')).toBeUndefined();
		expect(codeInIdentifier('sha256')).toBeUndefined();
		expect(codeInIdentifier('Http4040')).toBeUndefined();
	});
});
