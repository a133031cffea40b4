/**
 * Finds, on an entry, the vendor meaning that covers a row of the unofficial-codes
 * table. The table names vendors loosely ("AWS Elastic Load Balancing (ALB)"), so a
 * meaning matches when its vendor contains the table vendor's first word; rows whose
 * first word names no vendor ("Early HTTP/1.1 drafts", "Informal") match by reason phrase.
 */
export interface VendorMeaningLike {
	vendor: string;
	name: string;
}

const NOT_A_VENDOR = new Set(['early', 'informal']);

export function vendorKey(vendor: string): string {
	return vendor.split(/[\s(;,/]+/)[0].toLowerCase();
}

export function findVendorMeaning<T extends VendorMeaningLike>(
	meanings: readonly T[],
	row: { vendor: string; name: string },
): T | undefined {
	const key = vendorKey(row.vendor);
	if (NOT_A_VENDOR.has(key)) return meanings.find((meaning) => meaning.name.toLowerCase() === row.name.toLowerCase());
	return meanings.find((meaning) => meaning.vendor.toLowerCase().includes(key));
}
