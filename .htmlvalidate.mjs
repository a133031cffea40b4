/**
 * html-validate settings for the built pages (`tests/e2e/valid-html.spec.ts`,
 * or `npx html-validate "dist/**\/*.html"`). The recommended and document presets
 * apply in full except for these rules, each off or narrowed for a reason:
 */
export default {
	extends: ['html-validate:recommended', 'html-validate:document'],
	rules: {
		// Astro writes `<!doctype html>`; the doctype is case-insensitive, this rule is about style only.
		'doctype-style': 'off',
		// HTTP examples in <pre> keep significant trailing spaces, e.g. the status line "HTTP/1.1 520 " with an empty reason phrase.
		'no-trailing-whitespace': 'off',
		// The search form has one field and submits on Enter (implicit submission); it only exists with JavaScript,
		// which answers as you type, so a submit button would be a control that does nothing new.
		'wcag/h32': 'off',
		// HTML allows any id without spaces; the guide's answer ids are their dotted paths (`#client.auth`), the shareable fragment.
		'valid-id': ['error', { relaxed: true }],
		// The search results are a listbox of links (ARIA combobox pattern); a native <select> cannot hold links.
		// A wide code block is itself the named, focusable region that scrolls; wrapping each <pre> in a <section> adds nothing.
		'prefer-native-element': ['error', { exclude: ['listbox', 'region'] }],
		// Every script is the site's own; integrity hashes are demanded only for what comes from elsewhere (nothing, today).
		'require-sri': ['error', { target: 'crossorigin' }],
	},
};
