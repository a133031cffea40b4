/**
 * IIS and ASP.NET Core Module sub-statuses on a code page: the anchor of each row,
 * so `/codes/500/#iis-500-19` can be shared.
 */

/** `iis-500-19`; a second meaning of the same number (502.5 in ARR and in the ASP.NET Core Module) gets `iis-502-5-2`. */
export function subStatusAnchors(rows: readonly { code: string }[]): string[] {
	const seen = new Map<string, number>();
	return rows.map(({ code }) => {
		const count = (seen.get(code) ?? 0) + 1;
		seen.set(code, count);
		const anchor = `iis-${code.replace('.', '-')}`;
		return count === 1 ? anchor : `${anchor}-${count}`;
	});
}
