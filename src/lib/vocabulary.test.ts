import { describe, expect, test } from 'vitest';
import { buildVocabulary } from './vocabulary';

describe('buildVocabulary', () => {
	test('lists each word once, most frequent first, without short words or numbers', () => {
		expect(buildVocabulary(['Too Many Requests', 'too many retries: 429', 'Retry later'])).toEqual(['many', 'later', 'requests', 'retries', 'retry']);
	});
});
