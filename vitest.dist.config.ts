import { defineConfig } from 'vitest/config';

/** Tests of the built files in `dist/`: `npm run build` first (`npm test` does). */
export default defineConfig({
	test: {
		include: ['tests/built/**/*.test.ts'],
	},
});
