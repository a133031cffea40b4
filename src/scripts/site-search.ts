/**
 * `<site-search>`: the part of search that loads with every page. It only wires
 * the keyboard shortcut and waits for the first sign of a search (focus, typing,
 * or a `?q=` in the URL) before loading the real controller and the index.
 */
class SiteSearch extends HTMLElement {
	#controller?: Promise<unknown>;

	connectedCallback(): void {
		const input = this.querySelector<HTMLInputElement>('[data-search-input]');
		if (!input) return;
		const start = () => {
			this.#controller ??= import('./search-controller').then(({ SearchController }) => new SearchController(this, input));
		};
		input.addEventListener('focus', start, { once: true });
		input.addEventListener('input', start, { once: true });
		document.addEventListener('keydown', (event) => {
			if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
				event.preventDefault();
				input.focus();
				input.select();
			}
		});
		const query = new URLSearchParams(location.search).get('q');
		if (query) {
			input.value = query;
			start();
		}
	}
}

customElements.define('site-search', SiteSearch);
