// Hand-run browser check of the admin console against a running platform (./rag up), in headless Chromium:
// lists, search, ask (extractive, streamed; rated, then found in the answer log; a follow-up; generative without a model: its 503 problem), upload,
// delete, status, export and import a collection, create a collection, set its search defaults and delete it.
//   apt-get install chromium && npm install playwright-core@1 && node smoke.js [http://127.0.0.1:8080/]
const { chromium } = require('playwright-core');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.log('PAGE ERROR', e.message));
  await page.goto(process.argv[2] || 'http://127.0.0.1:8080/');
  await page.waitForSelector('#documents tr');
  await page.waitForSelector('#folders tr');
  console.log('folders:', (await page.locator('#folders tr').first().innerText()).replace(/\s+/g, ' '));
  await page.waitForSelector('#buckets tr');
  console.log('buckets:', (await page.locator('#buckets tr').first().innerText()).replace(/\s+/g, ' '));
  await page.waitForSelector('#containers tr');
  console.log('containers:', (await page.locator('#containers tr').first().innerText()).replace(/\s+/g, ' '));
  await page.waitForSelector('#repositories tr');
  console.log('repositories:', (await page.locator('#repositories tr').first().innerText()).replace(/\s+/g, ' '));
  await page.waitForSelector('#spaces tr');
  console.log('spaces:', (await page.locator('#spaces tr').first().innerText()).replace(/\s+/g, ' '));
  await page.waitForSelector('#projects tr');
  console.log('projects:', (await page.locator('#projects tr').first().innerText()).replace(/\s+/g, ' '));
  await page.waitForSelector('#guides tr');
  console.log('guides:', (await page.locator('#guides tr').first().innerText()).replace(/\s+/g, ' '));
  await page.waitForSelector('#gdrives tr');
  console.log('gdrives:', (await page.locator('#gdrives tr').first().innerText()).replace(/\s+/g, ' '));
  await page.waitForSelector('#kbs tr');
  console.log('kbs:', (await page.locator('#kbs tr').first().innerText()).replace(/\s+/g, ' '));
  await page.waitForSelector('#mailboxes tr');
  console.log('mailboxes:', (await page.locator('#mailboxes tr').first().innerText()).replace(/\s+/g, ' '));
  await page.waitForSelector('#drives tr');
  console.log('drives:', (await page.locator('#drives tr').first().innerText()).replace(/\s+/g, ' '));
  await page.waitForSelector('#sites tr');
  console.log('sites:', (await page.locator('#sites tr').first().innerText()).replace(/\s+/g, ' '));
  console.log('collections:', await page.locator('#collections tr').count(), 'documents:', await page.locator('#documents tr').count());
  // re-chunk the first collection at 64 tokens, answering the prompt, and wait for the run to end
  page.once('dialog', (dialog) => dialog.accept('64'));
  await page.locator('#collections tr').first().getByText('re-chunk').click();
  await page.waitForFunction(() => document.getElementById('rechunk-status').textContent.startsWith('re-chunked'));
  console.log('re-chunk:', await page.locator('#rechunk-status').innerText());
  await page.fill('#search-query', 'which port does the gateway use');
  await page.click('#search button');
  await page.waitForSelector('#results tr');
  console.log('highlighted terms:', await page.locator('#results mark').allInnerTexts());
  console.log('search rows:', await page.locator('#results tr').count(), '| first:', (await page.locator('#results tr').first().innerText()).slice(0, 120).replace(/\s+/g, ' '));
  // the same search within one source prefix: only the sample configuration document
  await page.fill('#search-source', 'docs/sample/configuration');
  await page.click('#search button');
  await page.waitForFunction(() => [...document.querySelectorAll('#results tr')].every((r) => r.innerText.includes('configuration')));
  console.log('search within docs/sample/configuration:', await page.locator('#results tr').count(), 'rows');
  await page.fill('#search-source', '');
  await page.fill('#ask-question', 'Which port does the gateway listen on?');
  await page.click('#ask button');
  await page.waitForSelector('#answer h3'); // the citations heading: the stream has ended
  console.log('answer:', (await page.locator('#answer').innerText()).slice(0, 300).replace(/\s+/g, ' '));
  // rate it, then find it in the answer log among the answers rated wrong
  await page.fill('#feedback-comment', 'smoke check');
  await page.click('#feedback-down');
  await page.waitForFunction(() => document.getElementById('feedback-result').textContent.includes('down'));
  await page.selectOption('#answer-log-rating', 'down');
  await page.waitForFunction(() => document.getElementById('answer-log').innerText.includes('down: smoke check'));
  console.log('answer log:', (await page.locator('#answer-log tr').first().innerText()).slice(0, 160).replace(/\s+/g, ' '));
  await page.check('#ask-follow-up');
  await page.fill('#ask-question', 'And the retrieval service?');
  await page.click('#ask button');
  await page.waitForSelector('#answer h3');
  console.log('follow-up:', await page.locator('#conversation').innerText(), '|', (await page.locator('#answer .answer').innerText()).slice(0, 120));
  // ask about one document only: every citation is of that document
  await page.uncheck('#ask-follow-up');
  const asked = await page.locator('#documents tr').first().locator('td').first().innerText();
  await page.locator('#documents tr').first().getByRole('button', { name: 'ask', exact: true }).click();
  await page.fill('#ask-question', 'What does this document say?');
  await page.click('#ask button');
  await page.waitForSelector('#answer h3');
  const cited = await page.locator('#answer li').allInnerTexts();
  if (cited.length === 0 || !cited.every((c) => c.includes(`(document ${asked},`))) throw new Error(`cited beyond document ${asked}: ${cited}`);
  console.log(`asked document ${asked}:`, cited.length, 'citations, all of it');
  await page.getByRole('button', { name: 'ask the whole collection' }).click();
  await page.uncheck('#ask-follow-up');
  await page.selectOption('#ask-mode', 'generative');
  await page.click('#ask button');
  await page.waitForFunction(() => document.getElementById('ask-error').textContent.length > 0 || document.querySelector('#answer h3'));
  console.log('generative ask error:', await page.locator('#ask-error').innerText());
  // upload a file
  await page.setInputFiles('#upload-file', { name: 'smoke.md', mimeType: 'text/markdown', buffer: Buffer.from('# Smoke\n\nThe console uploads files through the gateway.\n') });
  await page.fill('#upload-readers', 'hr, user:smoke');
  await page.click('#upload button');
  await page.waitForFunction(() => document.getElementById('upload-result').textContent.length > 0 || document.getElementById('documents-error').textContent.length > 0);
  console.log('upload:', await page.locator('#upload-result').innerText(), await page.locator('#documents-error').innerText(), '| documents now:', await page.locator('#documents tr').count(), '| readers:', await page.locator('#documents tr').last().locator('td').nth(4).innerText());
  // open the document to everyone again from its row
  page.once('dialog', (d) => d.accept(''));
  await page.locator('#documents tr').last().getByRole('button', { name: 'readers' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('#documents tr')].pop().innerText.includes('everyone'));
  console.log('readers after the change:', await page.locator('#documents tr').last().locator('td').nth(4).innerText());
  // confirmations from here on; a collection's search defaults are asked for as JSON
  page.on('dialog', (d) => d.accept(d.message().startsWith('Search defaults') ? '{"mode": "bm25", "rerank": true}' : undefined));
  await page.locator('#documents tr').last().getByRole('button', { name: 'delete' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#documents tr').length === 3);
  console.log('after delete:', await page.locator('#documents tr').count());
  await page.click('#refresh-status');
  await page.waitForTimeout(500);
  console.log('status:', (await page.locator('#status').innerText()).slice(0, 160).replace(/\s+/g, ' '));
  // export the collection, import the file under another name, then delete that one
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.locator('#collections tr').first().getByRole('button', { name: 'export' }).click()]);
  const exportedFile = await download.path();
  console.log('exported:', download.suggestedFilename(), require('fs').readFileSync(exportedFile, 'utf8').split('\n').filter((l) => l).length, 'lines');
  await page.fill('#import-name', 'smoke-copy');
  await page.setInputFiles('#import-file', exportedFile);
  await page.click('#import-collection button');
  await page.waitForFunction(() => document.getElementById('import-result').textContent.length > 0 || document.getElementById('collections-error').textContent.length > 0);
  console.log('import:', await page.locator('#import-result').innerText(), await page.locator('#collections-error').innerText());
  await page.locator('#collections tr', { hasText: 'smoke-copy' }).getByRole('button', { name: 'delete' }).click();
  await page.waitForFunction(() => ![...document.querySelectorAll('#collections tr')].some((r) => r.innerText.includes('smoke-copy')));
  // create a collection, then delete it from its row
  await page.fill('#collection-name', 'smoke-tmp');
  await page.selectOption('#collection-language', 'german');
  await page.fill('#collection-redact', 'email, phone');
  await page.fill('#collection-instructions', 'Answer in German.');
  await page.click('#create-collection button');
  await page.waitForFunction(() => document.getElementById('current-collection').textContent === 'smoke-tmp');
  await page.waitForFunction(() => [...document.querySelectorAll('#collections tr')].some((r) => r.innerText.includes('smoke-tmp')));
  console.log('created:', (await page.locator('#collections tr', { hasText: 'smoke-tmp' }).innerText()).replace(/\s+/g, ' '));
  if (!(await page.locator('#collections tr', { hasText: 'smoke-tmp' }).innerText()).includes('Answer in German.')) throw new Error('instructions not shown');
  await page.locator('#collections tr', { hasText: 'smoke-tmp' }).getByRole('button', { name: 'search defaults' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('#collections tr')].some((r) => r.innerText.includes('mode=bm25, rerank=true')));
  console.log('search defaults:', (await page.locator('#collections tr', { hasText: 'smoke-tmp' }).innerText()).replace(/\s+/g, ' '));
  await page.locator('#collections tr', { hasText: 'smoke-tmp' }).getByRole('button', { name: 'delete' }).click();
  await page.waitForFunction(() => ![...document.querySelectorAll('#collections tr')].some((r) => r.innerText.includes('smoke-tmp')));
  console.log('collection deleted:', await page.locator('#current-collection').innerText(), '| collections:', await page.locator('#collections tr').count());
  await browser.close();
})().catch((e) => { console.error('FAILED', e); process.exit(1); });
