import { describe, expect, test } from 'vitest';
import { citationLabel } from './citations';

describe('citationLabel', () => {
	test('names an RFC and its section', () => {
		expect(citationLabel('https://www.rfc-editor.org/rfc/rfc9110#section-15.1')).toBe('RFC 9110 §15.1');
		expect(citationLabel('https://www.rfc-editor.org/rfc/rfc6585.html#section-4')).toBe('RFC 6585 §4');
		expect(citationLabel('https://datatracker.ietf.org/doc/html/rfc9111#section-3')).toBe('RFC 9111 §3');
	});

	test('names an appendix as such, and a whole document without a section', () => {
		expect(citationLabel('https://www.rfc-editor.org/rfc/rfc9110#appendix-B.3')).toBe('RFC 9110 App. B.3');
		expect(citationLabel('https://www.rfc-editor.org/rfc/rfc9110#section-appendix.b.3')).toBe('RFC 9110 App. B.3');
		expect(citationLabel('https://www.rfc-editor.org/rfc/rfc7725')).toBe('RFC 7725');
	});

	test('keeps an Internet-Draft by its name', () => {
		expect(citationLabel('https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05#section-4.2')).toBe('draft-ietf-httpbis-resumable-upload-05 §4.2');
	});

	test('falls back to the host for anything else', () => {
		expect(citationLabel('https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/418')).toBe('developer.mozilla.org');
	});
});
