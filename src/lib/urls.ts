/**
 * Every internal URL is built here, in its one canonical form: a trailing slash,
 * because the site is built as `codes/429/index.html` and every static host serves
 * that directly at `/codes/429/` (and redirects `/codes/429` to it).
 */
export const HOME_URL = '/';
export const UNOFFICIAL_URL = '/codes/unofficial/';
export const GUIDE_URL = '/guide/';
export const COMPARE_URL = '/compare/';
export const CHEAT_SHEET_URL = '/cheat-sheet/';

export function codeUrl(code: number): string {
	return `/codes/${code}/`;
}

export function classUrl(slug: string): string {
	return `/codes/${slug}/`;
}

/** `/compare/401-403-404/` */
export function compareUrl(slug: string): string {
	return `${COMPARE_URL}${slug}/`;
}

/** Absolute URL for canonical links and structured data. */
export function absoluteUrl(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : path;
}
