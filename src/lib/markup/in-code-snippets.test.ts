import { evaluate } from 'satteri';
import { describe, expect, test } from 'vitest';
import { inCodeLanguages, inCodeSnippets, snippetLanguages, snippetRange } from './in-code-snippets';

const body = `## Example

\`\`\`http
HTTP/1.1 502 Bad Gateway
\`\`\`

## In code

Express:

\`\`\`js
res.sendStatus(502);
\`\`\`

\`\`\`text
log line
\`\`\`

### Go

\`\`\`go
w.WriteHeader(http.StatusBadGateway)
\`\`\`

\`\`\`js
res.status(502).end();
\`\`\`

## Specification and history

RFC 9110.
`;

/**
 * Renders `source` with the plugin to a string, each MDX element as `[Name](children)`, every
 * other element as its text: enough to see which blocks each element holds.
 */
async function rendered(source: string): Promise<string> {
	const { default: Content } = (await evaluate(source, {
		mdastPlugins: [inCodeSnippets],
		Fragment: Symbol.for('fragment'),
		jsx: element,
		jsxs: element,
	})) as { default: (props: object) => Node };
	return text(Content({ components: { InCodeSnippets: part('InCodeSnippets'), OutsideSnippets: part('OutsideSnippets') } }));
}

type Node = string | Node[] | { type: unknown; props: { children?: Node; [key: string]: unknown } } | null | undefined;
function element(type: unknown, props: unknown): Node {
	return typeof type === 'function' ? type(props) : { type, props: props as { children?: Node } };
}
const part =
	(name: string) =>
	({ children }: { children?: Node }) =>
		`[${name}](${text(children)})`;
function text(node: Node): string {
	if (node == null) return '';
	if (typeof node === 'string') return node.trim();
	if (Array.isArray(node)) return node.map(text).filter(Boolean).join(' ');
	return text(node.props.children);
}

describe('inCodeSnippets', () => {
	test('wraps what the "In code" section holds, up to the next section, apart from the rest of the body', async () => {
		expect(await rendered(body)).toBe(
			[
				'[OutsideSnippets](Example HTTP/1.1 502 Bad Gateway In code)',
				'[InCodeSnippets](Express: res.sendStatus(502); log line Go w.WriteHeader(http.StatusBadGateway) res.status(502).end();)',
				'[OutsideSnippets](Specification and history RFC 9110.)',
			].join(' '),
		);
	});

	test('leaves a body without the section as it is', async () => {
		expect(await rendered('## Example\n\nText.\n')).toBe('Example Text.');
	});

	test('when the section ends the body, nothing follows the examples', async () => {
		expect(await rendered('## In code\n\n```go\nx\n```\n')).toBe('[OutsideSnippets](In code) [InCodeSnippets](x)');
	});
});

describe('snippetRange', () => {
	const heading = (depth: number, text: string) => ({ type: 'heading', depth, children: [{ type: 'text', value: text }] });
	test('runs from after the heading to the next heading of level 2 or 1', () => {
		const blocks = [heading(2, 'Example'), heading(2, 'In code'), { type: 'paragraph' }, heading(3, 'Go'), { type: 'code', lang: 'go' }, heading(2, 'Specification and history')];
		expect(snippetRange(blocks)).toEqual({ start: 2, end: 5 });
	});

	test('is undefined without an "In code" heading of level 2', () => {
		expect(snippetRange([heading(3, 'In code')])).toBeUndefined();
	});
});

describe('snippetLanguages', () => {
	test('names each language once, in order, and not plain text or unlabelled blocks', () => {
		expect(snippetLanguages([{ type: 'code', lang: 'js' }, { type: 'paragraph' }, { type: 'code', lang: 'text' }, { type: 'code' }, { type: 'code', lang: 'go' }, { type: 'code', lang: 'js' }])).toEqual(['js', 'go']);
	});
});

describe('inCodeLanguages', () => {
	test('are those of the examples under "In code" only', () => {
		expect(inCodeLanguages(body)).toEqual(['js', 'go']);
	});
});
