/**
 * Rules and lookups for the `comparisons` collection (`content/comparisons/`):
 * one page per group of codes people confuse, named after its codes.
 */
import { type Problem, proseBlocks, uncitedNormativeClaims } from '../content/validate-entries';

/** `[401, 403, 404]` → `401-403-404`: the file name and URL segment of a comparison. */
export function comparisonSlug(codes: readonly number[]): string {
	return codes.join('-');
}

/** `401 vs 403 vs 404` */
export function comparisonName(codes: readonly number[]): string {
	return codes.join(' vs ');
}

export interface ComparisonToValidate {
	id: string;
	filePath: string;
	data: { codes: number[] };
	body: string;
}

/** File name = codes joined by hyphens; every normative claim in the prose links to its section. */
export function validateComparisons(entries: readonly ComparisonToValidate[]): Problem[] {
	return entries.flatMap(({ id, filePath, data, body }) => {
		const problems: Problem[] = [];
		const slug = comparisonSlug(data.codes);
		if (id !== slug) problems.push({ filePath, field: 'codes', message: `the file for codes ${data.codes.join(', ')} must be named ${slug}.mdx` });
		for (const claim of uncitedNormativeClaims(proseBlocks(body).paragraphs)) {
			problems.push({ filePath, field: 'body', message: `normative claim without a link to its specification section: "${claim.slice(0, 90)}…"` });
		}
		return problems;
	});
}

/** Codes a comparison names that have no entry. */
export function missingCodes(codes: readonly number[], existing: ReadonlySet<number>): number[] {
	return codes.filter((code) => !existing.has(code));
}

/** The comparisons that include `code`, in the order given. */
export function comparisonsWith<T extends { codes: readonly number[] }>(comparisons: readonly T[], code: number): T[] {
	return comparisons.filter((comparison) => comparison.codes.includes(code));
}
