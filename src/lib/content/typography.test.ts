import { describe, expect, test } from 'vitest';
import { splitLastWord, typeset } from './typography';

describe('typeset', () => {
	test('turns apostrophes inside and after words into right single quotes', () => {
		expect(typeset("don't parse the server's body")).toBe('don’t parse the server’s body');
		expect(typeset("the users' keys")).toBe('the users’ keys');
		expect(typeset("I'm a teapot")).toBe('I’m a teapot');
	});

	test('opens and closes single and double quotations', () => {
		expect(typeset('proposed as "Switch Proxy" in 1996')).toBe('proposed as “Switch Proxy” in 1996');
		expect(typeset('"Overloaded" (as sent)')).toBe('“Overloaded” (as sent)');
		expect(typeset("called 'unused' here")).toBe('called ‘unused’ here');
	});

	test('leaves text without straight quotes alone', () => {
		expect(typeset('Rate limit hit; wait for Retry-After')).toBe('Rate limit hit; wait for Retry-After');
	});
});

describe('splitLastWord', () => {
	test('cuts before the last word, keeping the space with the head', () => {
		expect(splitLastWord('Upload Resumption Supported')).toEqual({ head: 'Upload Resumption ', last: 'Supported' });
		expect(splitLastWord('OK')).toEqual({ head: '', last: 'OK' });
	});
});
