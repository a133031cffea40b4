import { describe, expect, test } from 'vitest';
import { cacheabilitySpec, HEURISTICALLY_CACHEABLE } from './http-semantics';

describe('HEURISTICALLY_CACHEABLE', () => {
	test('holds the RFC 9110 §15.1 list plus 451 from RFC 7725', () => {
		expect([...HEURISTICALLY_CACHEABLE.keys()].sort()).toEqual([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]);
		expect(HEURISTICALLY_CACHEABLE.has(429)).toBe(false);
	});
});

describe('cacheabilitySpec', () => {
	test('cites the section that decides, RFC 9110 §15.1 by default', () => {
		expect(cacheabilitySpec(451)).toBe('https://www.rfc-editor.org/rfc/rfc7725#section-3');
		expect(cacheabilitySpec(200)).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15.1');
		expect(cacheabilitySpec(500)).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15.1');
	});
});
