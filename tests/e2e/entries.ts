/** The entries as the tests expect to see them, read from `content/codes/` through the schema (not from the built site). */
import { displayName } from '../../src/lib/codes';
import { readContentFiles } from '../../src/lib/content-files';
import { codeSchema } from '../../src/schemas/code';

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
		const data: Omit<ExpectedCode, 'title'> = codeSchema.parse(frontmatter);
		return { ...data, title: displayName(data) };
	})
	.sort((a, b) => a.code - b.code);
