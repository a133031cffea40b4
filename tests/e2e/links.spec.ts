/**
 * Every built page, read from `dist/`: no broken internal link or missing
 * `#fragment`, no link that needs a redirect, external links only over https to
 * reference hosts, and nothing loaded from another host. No browser needed.
 */
import { expect, test } from '@playwright/test';
import { type HTMLElement, parse } from 'node-html-parser';
import { join } from 'node:path';
import { REFERENCE_HOSTS } from '../../src/lib/hosting/reference-hosts';
import { builtPages, DIST, readPage, resolveBuiltPath } from './built-site';

interface Link {
	/** Where the URL was found, e.g. `a[href]`. */
	source: string;
	url: string;
	/** Whether following it loads something into the page (scripts, styles, images) rather than navigating. */
	resource: boolean;
}

const pages = builtPages();
const documents = new Map(pages.map((page) => [join(DIST, page.file), parse(readPage(page))]));
/** The site's own origin, from the home page's canonical link: absolute links to it are internal. */
const origin = new URL(documents.get(join(DIST, 'index.html'))!.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;

function linksIn(document: HTMLElement): Link[] {
	const links: Link[] = [];
	const add = (source: string, url: string | undefined, resource: boolean) => {
		if (url !== undefined) links.push({ source, url: url.trim(), resource });
	};
	for (const element of document.querySelectorAll('a[href], area[href]')) add('a[href]', element.getAttribute('href'), false);
	for (const element of document.querySelectorAll('link[href]')) {
		// Canonical and alternate links name a page; every other rel (stylesheet, icon, preload…) fetches.
		add(`link[rel=${element.getAttribute('rel')}]`, element.getAttribute('href'), !/\b(canonical|alternate|prev|next)\b/.test(element.getAttribute('rel') ?? ''));
	}
	for (const element of document.querySelectorAll('[src]')) add(`${element.tagName.toLowerCase()}[src]`, element.getAttribute('src'), true);
	for (const element of document.querySelectorAll('[srcset]')) {
		for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) add('srcset', candidate.trim().split(/\s+/)[0], true);
	}
	for (const element of document.querySelectorAll('form[action]')) add('form[action]', element.getAttribute('action'), false);
	for (const element of document.querySelectorAll('meta[content]')) {
		const content = element.getAttribute('content') ?? '';
		const refresh = content.match(/^\s*\d+\s*;\s*url=(.+)$/i);
		if (refresh) add('meta[refresh]', refresh[1], false);
		// Open Graph and Twitter images are fetched by whoever shows the card.
		else if (/^https?:\/\//.test(content)) add(`meta[${element.getAttribute('property') ?? element.getAttribute('name')}]`, content, true);
	}
	// Site URLs inside structured data (JSON-LD) must resolve too; its vocabulary URLs (schema.org) and
	// node identifiers (`@id`, e.g. `…/codes/429/#term`) are names, not links.
	for (const element of document.querySelectorAll('script[type="application/ld+json"]')) {
		JSON.stringify(JSON.parse(element.rawText), (key, value) => {
			if (key !== '@id' && typeof value === 'string' && value.startsWith(`${origin}/`)) add('ld+json', value, false);
			return value;
		});
	}
	return links;
}

function hasTarget(document: HTMLElement, fragment: string): boolean {
	const id = decodeURIComponent(fragment);
	return document.querySelectorAll('[id], a[name]').some((element) => element.getAttribute('id') === id || element.getAttribute('name') === id);
}

test('every link on every built page works, and only reference hosts are linked', () => {
	const problems: string[] = [];
	let internal = 0;
	let external = 0;
	for (const page of pages) {
		const document = documents.get(join(DIST, page.file))!;
		for (const { source, url: raw, resource } of linksIn(document)) {
			const where = `${page.path} ${source} "${raw}"`;
			let url: URL;
			try {
				url = new URL(raw, `${origin}${page.path}`);
			} catch {
				problems.push(`${where}: not a URL`);
				continue;
			}
			if (url.origin === origin) {
				internal++;
				const target = resolveBuiltPath(url.pathname);
				if (target === undefined) problems.push(`${where}: no such page`);
				else if ('redirect' in target) problems.push(`${where}: redirects to ${target.redirect}; link there directly`);
				else if (url.hash === '#' || raw.endsWith('#')) problems.push(`${where}: empty fragment`);
				else if (url.hash && target.file.endsWith('.html') && !hasTarget(documents.get(target.file)!, url.hash.slice(1))) {
					problems.push(`${where}: no element with id "${decodeURIComponent(url.hash.slice(1))}" on ${url.pathname}`);
				}
			} else {
				external++;
				if (resource) problems.push(`${where}: loads from another host`);
				else if (url.protocol !== 'https:') problems.push(`${where}: only https links leave the site`);
				else if (!(REFERENCE_HOSTS as readonly string[]).includes(url.hostname)) problems.push(`${where}: ${url.hostname} is not on the reference allow-list (src/lib/hosting/reference-hosts.ts)`);
			}
		}
	}
	console.log(`links: ${pages.length} pages crawled, ${internal + external} links checked (${internal} internal, ${external} external)`);
	expect(problems).toEqual([]);
	expect(pages.length).toBeGreaterThan(100);
});

test('every page is reachable by links from the home page, except the not-found page and redirects', () => {
	const seen = new Set(['/']);
	const queue = ['/'];
	while (queue.length > 0) {
		const path = queue.shift()!;
		const target = resolveBuiltPath(path);
		if (!target || !('file' in target) || !target.file.endsWith('.html')) continue;
		for (const { url: raw, resource } of linksIn(documents.get(target.file)!)) {
			const url = new URL(raw, `${origin}${path}`);
			if (resource || url.origin !== origin || seen.has(url.pathname)) continue;
			seen.add(url.pathname);
			queue.push(url.pathname);
		}
	}
	const isRedirect = (page: (typeof pages)[number]) => documents.get(join(DIST, page.file))!.querySelector('meta[http-equiv="refresh"]') !== null;
	const orphans = pages.filter((page) => !seen.has(page.path) && page.path !== '/404.html' && !isRedirect(page)).map((page) => page.path);
	expect(orphans, 'pages no link leads to').toEqual([]);
});
