/**
 * The search box behaviour, loaded on first use: builds the results panel, runs
 * queries through the query layer and Pagefind and renders results as options of
 * the listbox the input controls. Focus stays in the input: arrows move the active
 * option (`aria-activedescendant`), Enter opens it, Escape closes the list, then clears.
 */
import { type SearchHelp, searchHelp } from '../lib/search/help';
import { planQuery, type QueryPlan, vocabularyLookups } from '../lib/search/query';
import { knownCodes, type SearchHit } from '../lib/search/results';
import { createVocabulary, EMPTY_VOCABULARY, type Vocabulary } from '../lib/search/spelling';
import { STATUS_CLASSES } from '../lib/codes/status-classes';
import { classUrl, codeUrl, UNOFFICIAL_URL, vocabularyShardUrl } from '../lib/seo/urls';
import { shardOf } from '../lib/search/vocabulary';
import panelCss from '../styles/search-panel.css?inline';
import { type SearchOutcome, searchCodes } from './search-engine';
import type { SearchData } from './search-loader';

const MAX_RESULTS = 8;
const OPTION_ID_PREFIX = 'site-search-option-';
const RESULTS_ID = 'site-search-results';

/**
 * The panel under the box: filters, the status line that announces the count, the listbox and the help.
 * Built here, with its stylesheet, rather than served with every page, where it would sit closed until the
 * first search.
 */
const PANEL = `<div data-search-panel hidden class="search-panel">
<div class="search-filters">
<label>Class <select data-search-class><option value="">All</option>${STATUS_CLASSES.map(({ slug }) => `<option value="${slug}">${slug}</option>`).join('')}</select></label>
<label>Show <select data-search-kind><option value="">Registered and unofficial</option><option value="registered">Registered only</option><option value="unofficial">Unofficial only</option></select></label>
</div>
<p role="status" class="search-status"></p>
<div id="${RESULTS_ID}" role="listbox" aria-label="Search results" data-search-results class="search-results"></div>
<div data-search-help hidden class="search-help"></div>
</div>`;

/** The panel's rules, adopted once: a constructed stylesheet needs no CSP hash, unlike a `<style>` element. */
function adoptPanelStyles(): void {
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(panelCss);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export class SearchController {
	readonly #input: HTMLInputElement;
	readonly #panel: HTMLElement;
	readonly #results: HTMLElement;
	readonly #status: HTMLElement;
	readonly #help: HTMLElement;
	readonly #classFilter: HTMLSelectElement;
	readonly #kindFilter: HTMLSelectElement;
	/** Pagefind and the results table, loading since the first sign of a search. */
	readonly #data: Promise<SearchData>;
	/** The codes that have a page, from the results table. */
	readonly #knownCodes: Promise<ReadonlySet<number>>;
	/** Shards of the site's words for spelling correction, by first letter, loaded as queries need them. */
	readonly #vocabularyShards = new Map<string, Promise<string[]>>();
	/** Every shard requested so far as one vocabulary, rebuilt only when a shard is added. */
	#vocabulary: Promise<Vocabulary> = Promise.resolve(EMPTY_VOCABULARY);
	#latest = 0;
	#pending: Promise<void> = Promise.resolve();
	/** Index of the active option, or -1 while the input itself is the focus of attention. */
	#active = -1;

	constructor(root: HTMLElement, input: HTMLInputElement, data: Promise<SearchData>) {
		this.#input = input;
		this.#data = data;
		// None when the table fails to load: the search that awaits the data then says search is unavailable.
		this.#knownCodes = data.then(({ table }) => knownCodes(table), () => new Set<number>());
		adoptPanelStyles();
		root.insertAdjacentHTML('beforeend', PANEL);
		input.setAttribute('aria-controls', RESULTS_ID);
		this.#panel = root.querySelector('[data-search-panel]')!;
		this.#results = root.querySelector('[data-search-results]')!;
		this.#status = root.querySelector('[role="status"]')!;
		this.#help = root.querySelector('[data-search-help]')!;
		this.#classFilter = root.querySelector('[data-search-class]')!;
		this.#kindFilter = root.querySelector('[data-search-kind]')!;

		const search = () => {
			this.#pending = this.#search();
		};
		input.addEventListener('input', search);
		this.#classFilter.addEventListener('change', search);
		this.#kindFilter.addEventListener('change', search);
		root.querySelector('form')?.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.openBest();
		});
		input.addEventListener('keydown', (event) => this.#keydown(event));
		root.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && event.target !== input) {
				this.#close();
				input.focus();
			}
		});
		document.addEventListener('click', (event) => {
			if (!root.contains(event.target as Node)) this.#close();
		});
		input.addEventListener('focus', () => {
			if (this.#results.hasAttribute('data-search-query')) this.#open();
		});
		search();
	}

	async #search(): Promise<void> {
		const query = this.#input.value;
		const run = ++this.#latest;
		if (!query.trim()) {
			this.#results.replaceChildren();
			this.#results.removeAttribute('data-search-query');
			this.#results.removeAttribute('data-search-count');
			this.#results.removeAttribute('aria-busy');
			this.#status.textContent = '';
			this.#setActive(-1);
			this.#close();
			return;
		}
		this.#results.setAttribute('aria-busy', 'true');
		let plan: QueryPlan;
		let outcome: SearchOutcome;
		const vocabulary = this.#vocabularyFor(query);
		const known = await this.#knownCodes;
		try {
			plan = planQuery(query, known, await vocabulary);
			outcome = await searchCodes(await this.#data, plan, this.#filters(), MAX_RESULTS);
		} catch (error) {
			if (run !== this.#latest) return;
			this.#render(query, { count: 0, hits: [], resolved: [] }, [], known, 'Search is unavailable right now. Every code is listed on the home page.');
			console.error(error);
			return;
		}
		if (run !== this.#latest) return; // A newer query is already on its way.
		this.#render(
			query,
			outcome,
			plan.missing.filter((number) => !outcome.resolved.includes(number)),
			known,
			resultStatus(query, outcome),
		);
	}

	/**
	 * The vocabulary shards `query` needs, with every shard loaded so far (spelling correction keeps a
	 * word's first two letters, so other shards never change the result). Search still works, uncorrected,
	 * if a shard fails to load.
	 */
	#vocabularyFor(query: string): Promise<Vocabulary> {
		// Single letters too: a query of one letter is searched as the start of a word.
		const missing = [
			...new Set(
				vocabularyLookups(query)
					.filter((word) => /\p{L}/u.test(word))
					.map(shardOf),
			),
		].filter((shard) => !this.#vocabularyShards.has(shard));
		if (missing.length === 0) return this.#vocabulary;
		for (const shard of missing) {
			const words = fetch(vocabularyShardUrl(shard))
				.then((response) => (response.ok ? response.json() : []))
				.catch(() => []);
			this.#vocabularyShards.set(shard, words);
		}
		this.#vocabulary = Promise.all(this.#vocabularyShards.values()).then((shards) => createVocabulary(shards.flat()));
		return this.#vocabulary;
	}

	#filters(): Record<string, string> {
		const filters: Record<string, string> = {};
		if (this.#classFilter.value) filters.class = this.#classFilter.value;
		if (this.#kindFilter.value) filters.kind = this.#kindFilter.value;
		return filters;
	}

	/** Shows the results; `data-search-count` says how many the query has (0: the links shown are help, not results). */
	#render(query: string, { count, hits }: SearchOutcome, missing: readonly number[], known: ReadonlySet<number>, status: string): void {
		this.#results.replaceChildren(...hits.map((hit, index) => resultOption(hit, index)));
		this.#setActive(-1);
		this.#status.textContent = status;
		const help = this.#helpContent(searchHelp(missing, known, Object.keys(this.#filters()).length > 0), hits.length === 0);
		this.#help.replaceChildren(...help);
		this.#help.hidden = help.length === 0;
		this.#results.setAttribute('data-search-count', String(count));
		this.#results.setAttribute('data-search-query', query);
		this.#results.removeAttribute('aria-busy');
		this.#open();
	}

	/** Nearest real codes for a number the site lacks; when nothing was found, a way out of the filters and where to browse. */
	#helpContent(help: SearchHelp, empty: boolean): HTMLElement[] {
		const parts: HTMLElement[] = [];
		if (help.noResponse !== undefined) {
			parts.push(
				paragraph(
					`${help.noResponse} is not an HTTP status code. A client reports status ${help.noResponse} (curl prints 000) when no response arrived at all: the connection failed or timed out, or the browser blocked the request (CORS, mixed content, an extension). Look in the browser console or the network log for the reason.`,
				),
			);
		}
		for (const { code, nearest } of help.missingCodes) {
			parts.push(paragraph(`${code} is not a code this site knows. Nearest: `, ...joinLinks(nearest.map((near) => link(String(near), codeUrl(near))))));
		}
		if (!empty) return parts;
		if (help.filtered) {
			const clear = document.createElement('button');
			clear.type = 'button';
			clear.textContent = 'Search all classes and kinds';
			clear.addEventListener('click', () => {
				this.#classFilter.value = '';
				this.#kindFilter.value = '';
				this.#pending = this.#search();
				this.#input.focus();
			});
			parts.push(paragraph('', clear));
		}
		parts.push(
			paragraph('Try a number (404), a name (not found), a constant (HTTP_NOT_FOUND) or what you see (rate limited).'),
			paragraph('Or browse: ', ...joinLinks([...STATUS_CLASSES.map((item) => link(item.slug, classUrl(item.slug))), link('unofficial codes', UNOFFICIAL_URL)])),
		);
		return parts;
	}

	/** Enter: the active option opens; otherwise an existing code opens at once, anything else the first result. */
	async openBest(): Promise<void> {
		const active = this.#options()[this.#active];
		if (active) return location.assign(active.href);
		const plan = planQuery(this.#input.value, await this.#knownCodes);
		if (plan.code !== undefined) return location.assign(codeUrl(plan.code));
		await this.#pending;
		const first = this.#options()[0];
		if (first) location.assign(first.href);
	}

	#options(): HTMLAnchorElement[] {
		return [...this.#results.querySelectorAll<HTMLAnchorElement>('a[role="option"]')];
	}

	#keydown(event: KeyboardEvent): void {
		const options = this.#options();
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			if (options.length === 0) return;
			event.preventDefault();
			this.#open();
			const step = event.key === 'ArrowDown' ? 1 : -1;
			// Past either end the active option goes back to none, as in a native combobox.
			const next = this.#active + step;
			this.#setActive(next < -1 ? options.length - 1 : next >= options.length ? -1 : next);
		} else if (event.key === 'Escape') {
			event.preventDefault();
			if (!this.#panel.hidden) {
				this.#close();
			} else if (this.#input.value) {
				this.#input.value = '';
				this.#pending = this.#search();
			}
		}
	}

	#setActive(index: number): void {
		const options = this.#options();
		this.#active = index;
		options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
		const active = options[index];
		if (active) {
			this.#input.setAttribute('aria-activedescendant', active.id);
			active.scrollIntoView({ block: 'nearest' });
		} else {
			this.#input.removeAttribute('aria-activedescendant');
		}
	}

	#open(): void {
		this.#panel.hidden = false;
		this.#input.setAttribute('aria-expanded', 'true');
	}

	#close(): void {
		this.#panel.hidden = true;
		this.#input.setAttribute('aria-expanded', 'false');
		this.#setActive(-1);
	}
}

const TYPE_LABELS: Record<Exclude<SearchHit['type'], 'code' | 'not-status'>, string> = { comparison: 'Comparison', guide: 'Decision guide' };

/** "3 results", or how many of how many are shown; "No code matches" for none. */
function resultStatus(query: string, { count, hits }: SearchOutcome): string {
	if (count === 0) return `No code matches “${query}”.`;
	if (hits.length < count) return `${count} results, the best ${hits.length} shown`;
	return `${count} result${count === 1 ? '' : 's'}`;
}

function resultOption(hit: SearchHit, index: number): HTMLAnchorElement {
	const option = document.createElement('a');
	option.href = hit.url;
	option.id = `${OPTION_ID_PREFIX}${index}`;
	option.setAttribute('role', 'option');
	option.setAttribute('aria-selected', 'false');
	// Options are reached with the arrows from the input, not with Tab.
	option.tabIndex = -1;
	option.className = 'search-option';
	const title = document.createElement('span');
	title.className = 'search-title';
	title.textContent = hit.title;
	const meta = document.createElement('span');
	meta.className = 'search-meta';
	meta.textContent =
		hit.type === 'code' || hit.type === 'not-status' ? [hit.className, hit.unofficial ? 'Unofficial' : ''].filter(Boolean).join(' · ') : TYPE_LABELS[hit.type];
	// Spaces keep the option's accessible name readable ("Too Many Requests 4xx Client Error").
	title.append(' ', meta);
	const tagline = document.createElement('span');
	tagline.className = 'search-tagline';
	tagline.textContent = hit.tagline;
	option.append(title, ' ', tagline);
	return option;
}

function paragraph(text: string, ...children: Node[]): HTMLParagraphElement {
	const element = document.createElement('p');
	element.append(text, ...children);
	return element;
}

function link(text: string, href: string): HTMLAnchorElement {
	const element = document.createElement('a');
	element.href = href;
	element.textContent = text;
	return element;
}

/** Links separated by commas, as inline text. */
function joinLinks(links: HTMLAnchorElement[]): Node[] {
	return links.flatMap((element, index) => (index === 0 ? [element] : [document.createTextNode(', '), element]));
}
