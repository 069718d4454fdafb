// Hand-run browser check of the console's sign-in (OpenID Connect authorization code flow with PKCE) in headless
// Chromium, against a stand-in identity provider this script serves (discovery, keys, authorize, token with refresh,
// logout) and a platform started to trust it:
//   node sign-in-smoke.js idp 9999 &    (or let the check below start it)
//   RAG_GATEWAY_JWT_ISSUER=http://127.0.0.1:9999/realms/smoke RAG_GATEWAY_CONSOLE_CLIENT_ID=jrag-console ./rag up
//   node sign-in-smoke.js check http://127.0.0.1:8080/ 9999
// It signs in (roles rag-writer and hr), sees the collections, uploads a document for hr and one for finance (the
// second is then hidden from it: a user reads as its roles and user:<name>), outlives its 31-second access token
// through a refresh, and signs out through the identity provider.
const crypto = require('crypto');
const http = require('http');

const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'smoke', alg: 'RS256', use: 'sig' };
const codes = new Map(); // code -> {challenge, redirectUri, clientId}
const seen = { authorize: 0, code: 0, refresh: 0, logout: 0 };

const b64 = (data) => Buffer.from(data).toString('base64url');

function jwt(issuer, claims) {
  const now = Math.floor(Date.now() / 1000);
  const header = b64(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'smoke' }));
  const payload = b64(JSON.stringify({ iss: issuer, iat: now, exp: now + 31, ...claims }));
  const signature = crypto.sign('sha256', Buffer.from(`${header}.${payload}`), privateKey);
  return `${header}.${payload}.${b64(signature)}`;
}

function identityProvider(port) {
  const issuer = `http://127.0.0.1:${port}/realms/smoke`;
  const json = (res, status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    res.end(JSON.stringify(body));
  };
  const tokens = () => ({
    access_token: jwt(issuer, { sub: 'u-1', preferred_username: 'smoke-user', roles: ['rag-writer', 'hr'] }),
    id_token: jwt(issuer, { sub: 'u-1', aud: 'jrag-console' }),
    refresh_token: `r-${crypto.randomUUID()}`,
    token_type: 'Bearer',
    expires_in: 31,
  });
  return http.createServer((req, res) => {
    const url = new URL(req.url, issuer);
    if (url.pathname === '/realms/smoke/.well-known/openid-configuration') {
      return json(res, 200, {
        issuer, jwks_uri: `${issuer}/certs`, authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`, end_session_endpoint: `${issuer}/logout`,
      });
    }
    if (url.pathname === '/realms/smoke/certs') return json(res, 200, { keys: [jwk] });
    if (url.pathname === '/realms/smoke/auth') {
      seen.authorize++;
      const p = url.searchParams;
      if (p.get('response_type') !== 'code' || p.get('code_challenge_method') !== 'S256' || !p.get('code_challenge')) {
        return json(res, 400, { error: 'invalid_request' });
      }
      const code = crypto.randomUUID();
      codes.set(code, { challenge: p.get('code_challenge'), redirectUri: p.get('redirect_uri'), clientId: p.get('client_id') });
      const back = new URL(p.get('redirect_uri'));
      back.searchParams.set('code', code);
      back.searchParams.set('state', p.get('state'));
      res.writeHead(302, { Location: back.toString() });
      return res.end();
    }
    if (url.pathname === '/realms/smoke/logout') {
      seen.logout++;
      res.writeHead(302, { Location: url.searchParams.get('post_logout_redirect_uri') });
      return res.end();
    }
    if (url.pathname === '/realms/smoke/token' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => {
        const form = new URLSearchParams(body);
        if (form.get('grant_type') === 'authorization_code') {
          const pending = codes.get(form.get('code'));
          codes.delete(form.get('code'));
          const proof = b64(crypto.createHash('sha256').update(form.get('code_verifier') || '').digest());
          if (!pending || pending.challenge !== proof || pending.redirectUri !== form.get('redirect_uri')
            || pending.clientId !== form.get('client_id')) {
            return json(res, 400, { error: 'invalid_grant', error_description: 'code, verifier or redirect_uri wrong' });
          }
          seen.code++;
          return json(res, 200, tokens());
        }
        if (form.get('grant_type') === 'refresh_token' && form.get('refresh_token')) {
          seen.refresh++;
          return json(res, 200, tokens());
        }
        return json(res, 400, { error: 'unsupported_grant_type' });
      });
      return undefined;
    }
    return json(res, 404, { error: 'not_found' });
  }).listen(port, '127.0.0.1');
}

async function check(consoleUrl, port) {
  const { chromium } = require('playwright-core');
  const server = identityProvider(port);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.log('PAGE ERROR', e.message));
    await page.goto(consoleUrl);
    await page.waitForSelector('#sign-in:not([hidden])');
    await page.click('#sign-in');
    await page.waitForFunction(() => document.getElementById('signed-in').textContent.length > 0);
    console.log('signed in:', await page.locator('#signed-in').innerText(), '| url:', page.url(), '| grants:', JSON.stringify(seen));
    await page.waitForSelector('#collections tr');
    console.log('collections:', await page.locator('#collections tr').count());
    // a collection of its own, a document for hr (its role) and one for finance (not its role)
    await page.fill('#collection-name', 'signed-in');
    await page.click('#create-collection button');
    await page.locator('#collections tr', { hasText: 'signed-in' }).getByText('open').click();
    for (const [name, readers] of [['for-hr.md', 'hr'], ['for-finance.md', 'finance']]) {
      await page.setInputFiles('#upload-file', { name, mimeType: 'text/markdown', buffer: Buffer.from(`# ${name}\n\nOnly ${readers} reads this.\n`) });
      await page.fill('#upload-readers', readers);
      await page.click('#upload button');
      await page.waitForFunction((n) => document.getElementById('upload-result').textContent.includes(n) || document.getElementById('documents-error').textContent.length > 0, name);
      console.log('upload:', await page.locator('#upload-result').innerText(), await page.locator('#documents-error').innerText());
    }
    console.log('documents it may read:', await page.locator('#documents tr').allInnerTexts());
    // past the access token's first seconds the console refreshes it before calling
    await page.waitForTimeout(2500);
    await page.click('#refresh-status');
    await page.waitForFunction(() => document.getElementById('status').textContent.includes('BM25 index'));
    console.log('after the refresh window:', JSON.stringify(seen), '| status:', (await page.locator('#status').innerText()).slice(0, 60).replace(/\s+/g, ' '));
    page.once('dialog', (dialog) => dialog.accept());
    await page.locator('#collections tr', { hasText: 'signed-in' }).getByText('delete').click();
    await page.waitForFunction(() => ![...document.querySelectorAll('#collections tr')].some((r) => r.innerText.includes('signed-in')));
    await page.click('#sign-out');
    await page.waitForSelector('#sign-in:not([hidden])');
    console.log('signed out:', JSON.stringify(seen), '| url:', page.url());
  } finally {
    await browser.close();
    server.close();
  }
}

const [mode, first, second] = process.argv.slice(2);
if (mode === 'idp') identityProvider(Number(first || 9999));
else check(first || 'http://127.0.0.1:8080/', Number(second || 9999)).catch((e) => { console.error(e); process.exit(1); });
