/**
 * Link text for a citation: what a link into a specification points at, so that
 * a link reads "RFC 9110 §15.1" rather than a bare "Yes" or "Permanent".
 */

/** `https://www.rfc-editor.org/rfc/rfc9110#section-15.1` → `RFC 9110 §15.1`; drafts keep their name; other links name their host. */
export function citationLabel(url: string): string {
	const parsed = new URL(url);
	const document = parsed.pathname.match(/\/(rfc\d+|draft-[a-z0-9-]+?)(?:\.html|\.txt)?\/?$/i)?.[1];
	if (!document) return parsed.hostname.replace(/^www\./, '');
	const name = /^rfc/i.test(document) ? `RFC ${document.slice(3)}` : document;
	const fragment = decodeURIComponent(parsed.hash.slice(1));
	const appendix = fragment.match(/^(?:section-)?appendix[-.](.+)$/i)?.[1];
	if (appendix) return `${name} App. ${appendix.toUpperCase()}`;
	const section = fragment.match(/^section-(.+)$/i)?.[1];
	return section ? `${name} §${section}` : name;
}
