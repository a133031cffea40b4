/**
 * Text a page serves but does not show: in elements with the `hidden` attribute, an
 * inline `display: none` or `visibility: hidden`, a utility class that hides at every
 * width, or a `<template>`. Search terms must not ride along this way (issue 15): the
 * built-file test caps it on every page. Text for screen readers (`sr-only`) and
 * decoration marked `aria-hidden` are shown to someone, so they do not count.
 * Pure functions over parsed HTML (node-html-parser), for the built-file tests.
 */
import { type HTMLElement, type Node, NodeType } from 'node-html-parser';

/** The most hidden text a page may carry: room for a little metadata, not for a list of keywords. */
export const MAX_HIDDEN_TEXT = 300;

/** Elements whose content is never text. */
const NOT_TEXT = new Set(['script', 'style', 'svg']);

/** A utility class that hides, unless another class shows the element again at some width or state (`hidden sm:block`). */
function hiddenByClass(element: HTMLElement): boolean {
	const classes = (element.getAttribute('class') ?? '').split(/\s+/);
	if (!classes.includes('hidden') && !classes.includes('invisible')) return false;
	return !classes.some((name) => /^[\w-[\]:()]+:(?:block|inline|inline-block|flex|inline-flex|grid|table|contents|visible)$/.test(name));
}

export function isHidden(element: HTMLElement): boolean {
	if (element.tagName?.toUpperCase() === 'TEMPLATE') return true;
	if (element.hasAttribute('hidden')) return true;
	const style = (element.getAttribute('style') ?? '').replace(/\s/g, '').toLowerCase();
	if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
	return hiddenByClass(element);
}

/** The element's tag in lower case; '' for the root of a parsed fragment. */
function tagOf(element: HTMLElement): string {
	return element.tagName?.toLowerCase() ?? '';
}

function textOf(node: Node): string {
	if (node.nodeType === NodeType.TEXT_NODE) return node.text;
	if (node.nodeType !== NodeType.ELEMENT_NODE || NOT_TEXT.has(tagOf(node as HTMLElement))) return '';
	return node.childNodes.map(textOf).join(' ');
}

export interface HiddenText {
	/** The hidden element, as a short selector: `div[data-search-panel]`. */
	element: string;
	/** Its text, whitespace collapsed. */
	text: string;
}

function describe(element: HTMLElement): string {
	const tag = tagOf(element);
	const id = element.getAttribute('id');
	const data = Object.keys(element.attributes).find((name) => name.startsWith('data-'));
	return `${tag}${id ? `#${id}` : ''}${data ? `[${data}]` : ''}`;
}

/** Every outermost hidden element under `root` that holds text, with its text. */
export function hiddenTexts(root: HTMLElement): HiddenText[] {
	const found: HiddenText[] = [];
	const visit = (element: HTMLElement) => {
		if (NOT_TEXT.has(tagOf(element))) return;
		if (isHidden(element)) {
			const text = textOf(element).replace(/\s+/g, ' ').trim();
			if (text) found.push({ element: describe(element), text });
			return;
		}
		for (const child of element.childNodes) if (child.nodeType === NodeType.ELEMENT_NODE) visit(child as HTMLElement);
	};
	visit(root);
	return found;
}

/** How many characters of hidden text `root` holds. */
export function hiddenTextLength(root: HTMLElement): number {
	return hiddenTexts(root).reduce((sum, item) => sum + item.text.length, 0);
}
