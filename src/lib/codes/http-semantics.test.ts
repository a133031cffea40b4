import { describe, expect, test } from 'vitest';
import { cacheabilityOf, cacheabilitySpec, HEURISTICALLY_CACHEABLE, keysOf, NEVER_STORED, PERMANENCE } from './http-semantics';

describe('keysOf', () => {
	test('lists a label table\'s keys in the order written', () => {
		expect(keysOf(PERMANENCE)).toEqual(['permanent', 'temporary', 'unspecified']);
	});
});

describe('HEURISTICALLY_CACHEABLE', () => {
	test('holds the RFC 9110 §15.1 list plus 451 from RFC 7725', () => {
		expect([...HEURISTICALLY_CACHEABLE.keys()].sort()).toEqual([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]);
		expect(HEURISTICALLY_CACHEABLE.has(429)).toBe(false);
	});
});

describe('NEVER_STORED', () => {
	test('holds the four codes RFC 6585 forbids caches to store', () => {
		expect([...NEVER_STORED.keys()].sort()).toEqual([428, 429, 431, 511]);
	});
});

describe('cacheabilityOf', () => {
	test('gives heuristic to the codes the specifications list', () => {
		expect(cacheabilityOf(200)).toBe('heuristic');
		expect(cacheabilityOf(451)).toBe('heuristic');
	});

	test('gives never to the RFC 6585 codes and to interim 1xx responses', () => {
		expect(cacheabilityOf(429)).toBe('never');
		expect(cacheabilityOf(511)).toBe('never');
		expect(cacheabilityOf(103)).toBe('never');
	});

	test('gives explicit to every other code, registered or not', () => {
		expect(cacheabilityOf(500)).toBe('explicit');
		expect(cacheabilityOf(302)).toBe('explicit');
		expect(cacheabilityOf(499)).toBe('explicit');
	});
});

describe('cacheabilitySpec', () => {
	test('cites the section that decides, RFC 9111 §3 when no status-specific rule applies', () => {
		expect(cacheabilitySpec(451)).toBe('https://www.rfc-editor.org/rfc/rfc7725#section-3');
		expect(cacheabilitySpec(200)).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15.1');
		expect(cacheabilitySpec(429)).toBe('https://www.rfc-editor.org/rfc/rfc6585#section-4');
		expect(cacheabilitySpec(500)).toBe('https://www.rfc-editor.org/rfc/rfc9111#section-3');
		expect(cacheabilitySpec(100)).toBe('https://www.rfc-editor.org/rfc/rfc9111#section-3');
	});
});
