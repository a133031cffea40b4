import { beforeAll, describe, expect, test } from 'vitest';
import { highlight } from './highlight';

/** The text a browser shows for the HTML, as `textContent` reads it. */
const text = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

const HTTP = `HTTP/1.1 429 Too Many Requests
Content-Type: application/problem+json
Retry-After: 30

{
  "title": "Too many requests <slow down> & retry",
  "retry": 30
}
`;

describe('highlight', () => {
	// Loading Shiki's grammars takes a few seconds on a busy machine.
	beforeAll(() => highlight('', 'text'), 60_000);

	test('tokenizes the first text of a language as it does the next', async () => {
		const code = "app.use('/v1', (req, res, next) => {\n  if (!limiter.allow(req.get('Authorization'))) {\n";
		const first = await highlight(code, 'js');
		expect(first).toContain('<span class="hl-k">if</span>');
		expect(await highlight(code, 'js')).toBe(first);
	});

	test('keeps the text byte for byte, only adding spans', async () => {
		for (const [code, language] of [
			[HTTP, 'http'],
			["app.use('/v1', (req, res) => res.status(429)); // a <b> & c\n", 'js'],
			['if err != nil {\n\thttp.Error(w, "x", http.StatusTooManyRequests)\n}\n', 'go'],
			['location / {\n    return 444;  # close\n}\n', 'nginx'],
			['2025/03/04 [error] upstream <x> & y\n', 'text'],
		] as const) {
			const html = await highlight(code, language);
			expect(text(html), language).toBe(code);
			expect(html, language).not.toMatch(/style=/);
		}
	});

	test('marks tokens with classes only', async () => {
		const html = await highlight(HTTP, 'http');
		expect(html).toContain('<span class="hl-a">Content-Type</span>');
		expect(html).toMatch(/<span class="hl-n">[^<]*429/);
		expect(html).toContain('<span class="hl-s">"Too many requests &lt;slow down&gt; &amp; retry"</span>');
		expect([...html.matchAll(/class="([^"]+)"/g)].every((match) => /^hl-[a-z]$/.test(match[1]))).toBe(true);
	});

	test('leaves plain text and unknown languages unmarked, but escaped', async () => {
		expect(await highlight('a <b> & c', 'text')).toBe('a &lt;b&gt; &amp; c');
		expect(await highlight('a <b>', undefined)).toBe('a &lt;b&gt;');
		expect(await highlight('x', 'brainfuck')).toBe('x');
	});
});
