/**
 * The search box behaviour, loaded on first use: runs queries through the query
 * layer and Pagefind, renders results as links, and handles the keyboard
 * (arrows move through results, Enter opens, Escape closes).
 */
import { planQuery } from '../lib/search-query';
import { createVocabulary, type Vocabulary } from '../lib/spelling';
import { codeUrl } from '../lib/urls';
import { type SearchHit, SearchEngine } from './search-engine';

const MAX_RESULTS = 8;

export class SearchController {
	readonly #root: HTMLElement;
	readonly #input: HTMLInputElement;
	readonly #panel: HTMLElement;
	readonly #results: HTMLElement;
	readonly #status: HTMLElement;
	readonly #classFilter: HTMLSelectElement;
	readonly #kindFilter: HTMLSelectElement;
	readonly #knownCodes: ReadonlySet<number>;
	readonly #engine = new SearchEngine();
	/** The site's words for spelling correction; search still works, uncorrected, if it fails to load. */
	readonly #vocabulary: Promise<Vocabulary> = fetch(`${import.meta.env.BASE_URL}search-vocabulary.json`)
		.then((response) => (response.ok ? response.json() : []))
		.catch(() => [])
		.then(createVocabulary);
	#latest = 0;
	#pending: Promise<void> = Promise.resolve();

	constructor(root: HTMLElement, input: HTMLInputElement) {
		this.#root = root;
		this.#input = input;
		this.#panel = root.querySelector('[data-search-panel]')!;
		this.#results = root.querySelector('[data-search-results]')!;
		this.#status = root.querySelector('[role="status"]')!;
		this.#classFilter = root.querySelector('[data-search-class]')!;
		this.#kindFilter = root.querySelector('[data-search-kind]')!;
		this.#knownCodes = new Set((root.dataset.codes ?? '').split(' ').map(Number));

		const search = () => {
			this.#pending = this.#search();
		};
		input.addEventListener('input', search);
		this.#classFilter.addEventListener('change', search);
		this.#kindFilter.addEventListener('change', search);
		root.querySelector('form')?.addEventListener('submit', (event) => void this.#submit(event));
		root.addEventListener('keydown', (event) => this.#keydown(event));
		document.addEventListener('click', (event) => {
			if (!root.contains(event.target as Node)) this.#close();
		});
		input.addEventListener('focus', () => {
			if (this.#results.childElementCount > 0) this.#panel.hidden = false;
		});
		search();
	}

	async #search(): Promise<void> {
		const query = this.#input.value;
		const run = ++this.#latest;
		if (!query.trim()) {
			this.#results.replaceChildren();
			this.#results.removeAttribute('data-search-query');
			this.#results.removeAttribute('aria-busy');
			this.#status.textContent = '';
			this.#panel.hidden = true;
			return;
		}
		this.#results.setAttribute('aria-busy', 'true');
		let hits: SearchHit[];
		try {
			const plan = planQuery(query, this.#knownCodes, await this.#vocabulary);
			hits = await this.#engine.search(plan, this.#filters(), MAX_RESULTS);
		} catch (error) {
			if (run !== this.#latest) return;
			this.#render(query, [], 'Search is unavailable right now. Every code is listed on the home page.');
			console.error(error);
			return;
		}
		if (run !== this.#latest) return; // A newer query is already on its way.
		const count = hits.length;
		this.#render(query, hits, count ? `${count} result${count === 1 ? '' : 's'}` : `No code matches “${query}”.`);
	}

	#filters(): Record<string, string> {
		const filters: Record<string, string> = {};
		if (this.#classFilter.value) filters.class = this.#classFilter.value;
		if (this.#kindFilter.value) filters.kind = this.#kindFilter.value;
		return filters;
	}

	#render(query: string, hits: SearchHit[], status: string): void {
		this.#results.replaceChildren(...hits.map((hit) => resultItem(hit)));
		this.#status.textContent = status;
		this.#results.setAttribute('data-search-query', query);
		this.#results.removeAttribute('aria-busy');
		this.#panel.hidden = false;
	}

	/** Enter: an existing code opens at once; anything else opens the first result. */
	async #submit(event: SubmitEvent): Promise<void> {
		event.preventDefault();
		const plan = planQuery(this.#input.value, this.#knownCodes);
		if (plan.code !== undefined) return location.assign(codeUrl(plan.code));
		await this.#pending;
		const first = this.#links()[0];
		if (first) location.assign(first.href);
	}

	#links(): HTMLAnchorElement[] {
		return [...this.#results.querySelectorAll<HTMLAnchorElement>('a[href]')];
	}

	#keydown(event: KeyboardEvent): void {
		const links = this.#links();
		const index = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			if (links.length === 0 || this.#panel.hidden) return;
			event.preventDefault();
			const step = event.key === 'ArrowDown' ? 1 : -1;
			const next = index + step;
			if (next < 0) this.#input.focus();
			else links[Math.min(next, links.length - 1)].focus();
		} else if (event.key === 'Escape') {
			this.#close();
			this.#input.focus();
		}
	}

	#close(): void {
		this.#panel.hidden = true;
	}
}

function resultItem(hit: SearchHit): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = hit.url;
	link.className = 'block rounded px-2 py-1.5 no-underline hover:bg-raised focus-visible:bg-raised';
	const title = document.createElement('span');
	title.className = 'block font-semibold text-ink';
	title.textContent = hit.title;
	const meta = document.createElement('span');
	meta.className = 'ml-2 text-xs font-normal text-muted';
	meta.textContent = [hit.className, hit.unofficial ? 'Unofficial' : ''].filter(Boolean).join(' · ');
	title.append(meta);
	const summary = document.createElement('span');
	summary.className = 'block text-sm text-muted';
	summary.textContent = hit.summary;
	link.append(title, summary);
	item.append(link);
	return item;
}
