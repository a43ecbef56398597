import { chromium } from '@playwright/test';
const [url, out, width] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4] ?? 1280)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width, height: 900 } });
await page.goto(url);
await page.waitForSelector('[data-ready="true"]');
if (process.argv[5]) { await page.getByRole('textbox', { name: 'Message' }).fill(process.argv[5]); await page.getByRole('button', { name: 'Submit' }).click(); await page.getByText('Status:done').waitFor({ timeout: 15000 }); }
const wide = await page.evaluate(() => [...document.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0,8).map(e => e.tagName + '.' + e.className.toString().slice(0,60)));
console.log(wide);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
