import { describe, expect, test } from 'vitest';
import { codeBlockLabel, codeText, languageName, languageOf } from './code-blocks';

describe('languageOf', () => {
	test('reads the fence language from the rendered code element', () => {
		expect(languageOf('<code class="language-http">GET / HTTP/1.1</code>')).toBe('http');
		expect(languageOf('<code>plain</code>')).toBeUndefined();
	});
});

describe('languageName', () => {
	test('spells known languages as people write them and falls back to Code', () => {
		expect(languageName('csharp')).toBe('C#');
		expect(languageName('text')).toBe('Code');
		expect(languageName(undefined)).toBe('Code');
		expect(languageName('yaml')).toBe('YAML');
	});
});

describe('codeBlockLabel', () => {
	test('numbers a repeated name from its second use so every name on a page is distinct', () => {
		const seen = new Map<string, number>();
		expect(['http', 'http', 'go', 'http', undefined].map((language) => codeBlockLabel(language, seen))).toEqual([
			'HTTP example',
			'HTTP example 2',
			'Go example',
			'HTTP example 3',
			'Code example',
		]);
	});
});

describe('codeText', () => {
	test('gives the text of the rendered block with its entities decoded', () => {
		expect(codeText('<code class="language-js">app.use(&#39;/v1&#39;, (a) =&gt; a &amp;&amp; b &lt; &quot;c&quot;);\n</code>')).toBe(`app.use('/v1', (a) => a && b < "c");\n`);
		expect(codeText('<code>&#x2026; &hellip; &nbsp;</code>')).toBe('… &hellip; &nbsp;');
	});
});
