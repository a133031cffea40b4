import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const shots = process.argv.slice(2);
for (const spec of shots) {
  const [path, name, y] = spec.split('|');
  await page.goto('http://127.0.0.1:4417' + path);
  await page.evaluate((top) => window.scrollTo(0, Number(top)), y ?? 0);
  await page.screenshot({ path: `/tmp/cov-${name}.png` });
}
await browser.close();
