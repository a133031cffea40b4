/**
 * `<site-search>`: the part of search that loads with every page. It only wires
 * the keyboard shortcut and waits for the first sign of a search (focus, typing,
 * or a `?q=` in the URL) before loading the real controller and the index.
 */
import controllerUrl from './search-controller?module-url';
import loaderUrl from './search-loader?module-url';

type ControllerModule = typeof import('./search-controller');
type LoaderModule = typeof import('./search-loader');
type Controller = InstanceType<ControllerModule['SearchController']>;

class SiteSearch extends HTMLElement {
	connectedCallback(): void {
		const input = this.querySelector<HTMLInputElement>('[data-search-input]')!;
		let controller: Promise<Controller> | undefined;
		let ready = false;
		const start = () => {
			// By URL, not `import('./search-controller')`: see src/integrations/module-url.ts. The loader is
			// requested alongside the controller, so the index starts loading without waiting for it.
			controller ??= Promise.all([import(/* @vite-ignore */ controllerUrl), import(/* @vite-ignore */ loaderUrl)]).then(([{ SearchController }, { searchData }]: [ControllerModule, LoaderModule]) => {
				ready = true;
				return new SearchController(this, input, searchData);
			});
			return controller;
		};
		for (const type of ['focus', 'input']) input.addEventListener(type, start, { once: true });
		// Enter pressed before the controller has loaded must not submit the form: it waits and opens the result.
		this.querySelector('form')!.addEventListener('submit', (event) => {
			if (ready) return;
			event.preventDefault();
			void start().then((loaded) => loaded.openBest());
		});
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
