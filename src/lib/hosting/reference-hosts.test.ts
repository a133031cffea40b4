import { describe, expect, test } from 'vitest';
import { isLinkTo, REFERENCE_HOSTS, SPEC_HOSTS } from './reference-hosts';

describe('isLinkTo', () => {
	test('accepts an https link to an allowed host', () => {
		expect(isLinkTo('https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20', SPEC_HOSTS)).toBe(true);
	});

	test('refuses plain http, other hosts and non-URLs', () => {
		expect(isLinkTo('http://www.rfc-editor.org/rfc/rfc9110', SPEC_HOSTS)).toBe(false);
		expect(isLinkTo('https://developer.mozilla.org/', SPEC_HOSTS)).toBe(false);
		expect(isLinkTo('https://example.com/', REFERENCE_HOSTS)).toBe(false);
		expect(isLinkTo('rfc9110', REFERENCE_HOSTS)).toBe(false);
	});
});
