/**
 * `<code-table>`: all that loads with `/codes/`. The first sign of use (focus
 * or a press inside the table or its filters) loads the sorting and filtering
 * code; a heading clicked meanwhile is sorted by once it has loaded.
 */
import enhancerUrl from './code-table?module-url';

type Enhancer = typeof import('./code-table');

customElements.define(
	'code-table',
	class extends HTMLElement {
		connectedCallback(): void {
			let clicked: Element | null = null;
			const remember = (event: Event) => (clicked = (event.target as Element).closest('th button'));
			const load = () => {
				for (const type of ['focusin', 'pointerdown']) this.removeEventListener(type, load);
				this.addEventListener('click', remember);
				// By URL: see src/integrations/module-url.ts.
				import(/* @vite-ignore */ enhancerUrl).then(({ enhance }: Enhancer) => {
					this.removeEventListener('click', remember);
					enhance(this, clicked);
				});
			};
			for (const type of ['focusin', 'pointerdown']) this.addEventListener(type, load);
		}
	},
);
