/** The five classes of RFC 9110 §15 and the facts each class page states. */

export const CLASS_DIGITS = [1, 2, 3, 4, 5] as const;
export type ClassDigit = (typeof CLASS_DIGITS)[number];

export interface StatusClass {
	digit: ClassDigit;
	/** `4xx`: the form used in URLs and headings. */
	slug: string;
	/** Class name as RFC 9110 §15 titles it. */
	name: string;
	/** One line for the home page and search results. */
	tagline: string;
	/** RFC 9110 section that defines the class. */
	specSection: string;
}

const CLASSES: Record<ClassDigit, Omit<StatusClass, 'digit' | 'slug'>> = {
	1: { name: 'Informational', tagline: 'Interim answers: the final response is still to come.', specSection: '15.2' },
	2: { name: 'Successful', tagline: 'The request was received, understood and carried out.', specSection: '15.3' },
	3: { name: 'Redirection', tagline: 'The client has to take another step, usually another URL.', specSection: '15.4' },
	4: { name: 'Client Error', tagline: 'The request is at fault: fix it before sending it again.', specSection: '15.5' },
	5: { name: 'Server Error', tagline: 'The server failed to answer a request that looked valid.', specSection: '15.6' },
};

export function statusClass(digit: ClassDigit): StatusClass {
	return { digit, slug: `${digit}xx`, ...CLASSES[digit] };
}

export const STATUS_CLASSES: readonly StatusClass[] = CLASS_DIGITS.map(statusClass);

/** The class a code belongs to, or undefined for numbers outside 100–599 (some vendor codes). */
export function classOf(code: number): StatusClass | undefined {
	const digit = Math.floor(code / 100);
	return (CLASS_DIGITS as readonly number[]).includes(digit) ? statusClass(digit as ClassDigit) : undefined;
}

export function classSpecUrl(statusClass: StatusClass): string {
	return `https://www.rfc-editor.org/rfc/rfc9110#section-${statusClass.specSection}`;
}
