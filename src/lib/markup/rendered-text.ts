/**
 * What a careful editor would catch in a built page's visible text: a word glued
 * to a link or other inline element ("seeall", "Registry,RFC"), Markdown that was
 * printed instead of rendered, and straight quotes where typographic ones belong.
 * Pure functions over parsed HTML (node-html-parser), for the built-file tests.
 */
import { type HTMLElement, type Node, NodeType } from 'node-html-parser';

/** Elements whose text is code or data, where straight quotes and backticks are meant. */
const LITERAL = new Set(['code', 'pre', 'kbd', 'samp', 'svg', 'textarea']);

/** Elements that sit inside a line of text; a boundary between them and text needs its own space. */
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/** Marks where an inline element starts or ends in the flattened text. */
const EDGE = '\u0001';

export interface TextProblem {
	kind: 'glued' | 'markdown' | 'straight-quote';
	/** The text around the problem, with the edge of the element shown as "|". */
	context: string;
}

function flatten(node: Node, out: string[], literal: boolean): void {
	if (node.nodeType === NodeType.TEXT_NODE) {
		// Code keeps its letters (a word glued to it still shows) but not its punctuation, which is meant.
		out.push(literal ? node.rawText.replace(/[^\p{L}\p{N}\s]/gu, '·') : node.text);
		return;
	}
	if (node.nodeType !== NodeType.ELEMENT_NODE) return;
	const element = node as HTMLElement;
	const tag = element.rawTagName?.toLowerCase() ?? '';
	if (element.hasAttribute?.('hidden') || element.getAttribute?.('aria-hidden') === 'true' || tag === 'script' || tag === 'style' || tag === 'template') return;
	const inline = INLINE.has(tag);
	// A block element, a line break or an image ends the run of text, as it does on screen.
	out.push(inline ? EDGE : '\n');
	for (const child of element.childNodes) flatten(child, out, literal || LITERAL.has(tag));
	out.push(inline ? EDGE : '\n');
}

/** The visible text of `root`, literal text masked, with inline element edges marked. */
export function visibleText(root: HTMLElement): string {
	const out: string[] = [];
	flatten(root, out, false);
	return out.join('');
}

function around(text: string, index: number, length: number): string {
	return text
		.slice(Math.max(0, index - 30), index + length + 30)
		.replaceAll(EDGE, '|')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A letter or digit, or punctuation that ends a clause, that meets the next word at
 * an element edge with no space between: the words run together on screen. An ending
 * after code (`POST`s, `PUT`ting, `fetch`es) is meant.
 */
const GLUED = new RegExp(`[\\p{L}\\p{N}]${EDGE}+(?=[\\p{L}\\p{N}])(?!(?:s|es|ed|d|ing|ting)\\b)|[,;:.!?]${EDGE}+(?=\\p{L})`, 'gu');

/** Markdown syntax that shows as raw symbols: backticks, emphasis stars, link syntax. */
const MARKDOWN = /`[^`\n]+`|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\((?:https?:|\/)[^)\s]*\)/g;

/** A straight apostrophe or quotation mark in prose. */
const STRAIGHT = /['"]/g;

export function textProblems(root: HTMLElement): TextProblem[] {
	const text = visibleText(root);
	const problems: TextProblem[] = [];
	for (const match of text.matchAll(GLUED)) problems.push({ kind: 'glued', context: around(text, match.index, match[0].length) });
	const plain = text.replaceAll(EDGE, '');
	for (const match of plain.matchAll(MARKDOWN)) problems.push({ kind: 'markdown', context: around(plain, match.index, match[0].length) });
	for (const match of plain.matchAll(STRAIGHT)) problems.push({ kind: 'straight-quote', context: around(plain, match.index, 1) });
	return problems;
}
