/**
 * The entries as the tests expect to see them, read from `content/codes/` (not from the built site),
 * with shown text typeset as the schema does. The schema itself reads CSV files through Vite, which
 * Playwright cannot load.
 */
import { displayName } from '../../src/lib/codes/codes';
import { readContentFiles } from '../../src/lib/content/content-files';
import { typeset } from '../../src/lib/content/typography';

export interface ExpectedCode {
	code: number;
	name: string;
	knownAs?: string;
	status: string;
	tagline: string;
	vendors?: { vendor: string; name: string }[];
	/** What the h1 shows after the number. */
	title: string;
}

export const entries: ExpectedCode[] = readContentFiles('content/codes')
	.map(({ frontmatter }) => {
		const raw = frontmatter as Omit<ExpectedCode, 'title'>;
		const data = { ...raw, tagline: typeset(raw.tagline), ...(raw.knownAs && { knownAs: typeset(raw.knownAs) }) };
		return { ...data, title: displayName(data) };
	})
	.sort((a, b) => a.code - b.code);
