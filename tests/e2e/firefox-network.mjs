// The Firefox harness's network: every HTTP(S) request a page makes is held over WebDriver
// BiDi (network.addIntercept) and answered from the fixtures at its real URL (with the
// strict CSP the sites send), with a 404 on a fixture's origin, or refused and recorded.
// Requests BiDi does not see (the background script's, Firefox's own) go to a recording
// proxy on 127.0.0.1 that refuses them all: nothing can leave the machine, and any attempt
// is a violation.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STRICT_CSP, fixturesRoot } from './harness.mjs';

/**
 * The browser's raw WebDriver BiDi connection (puppeteer's, for commands it does not wrap).
 * @typedef {{send: (method: string, params?: object) => Promise<any>, on: (event: string, handler: (params: any) => void) => void}} BiDi
 */

/** A fixture page's own script, served on the site's origin: /fixture-site.js, /fixture-linkedin.js. */
const SITE_SCRIPT = /^\/fixture-(site|linkedin)\.js$/;

/**
 * Starts the recording proxy. Its `prefs` point Firefox at it for every scheme.
 * @param {string[]} violations  where refused requests are written
 */
export async function startProxy(violations) {
  const server = createServer((request, response) => {
    violations.push(request.url || '');
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    violations.push(`https://${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
    },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/** A BiDi header. */
const header = (name, value) => ({ name, value: { type: 'string', value } });

/**
 * Holds every http(s) request and answers it from `fixtures` (page URL without its
 * #fragment → HTML file); other paths on a fixture's origin get a 404, and every other
 * request is refused and written to `violations`.
 * @param {BiDi} bidi
 * @param {Record<string, string>} fixtures
 * @param {string[]} violations
 */
export async function serveFixtures(bidi, fixtures, violations) {
  const pages = new Map(Object.entries(fixtures).map(([url, file]) => [url.split('#')[0], file]));
  const origins = new Set([...pages.keys()].map((url) => new URL(url).origin));
  /** @param {string} url */
  const answer = (url) => {
    const { origin, pathname } = new URL(url);
    const page = pages.get(url.split('#')[0]);
    if (page) return { status: 200, headers: [header('content-type', 'text/html; charset=utf-8'), header('content-security-policy', STRICT_CSP)], body: readFileSync(page) };
    if (!origins.has(origin)) return null;
    const script = SITE_SCRIPT.exec(pathname);
    if (script) return { status: 200, headers: [header('content-type', 'text/javascript')], body: readFileSync(join(fixturesRoot, `${script[1]}.js`)) };
    return { status: 404, headers: [], body: Buffer.alloc(0) };
  };
  bidi.on('network.beforeRequestSent', (/** @type {any} */ event) => {
    const url = event.request.url;
    if (!/^(https?|wss?):/.test(url)) return;
    const response = answer(url);
    if (!response) violations.push(url);
    if (!event.isBlocked) return;
    const request = event.request.request;
    const sent = response
      ? bidi.send('network.provideResponse', {
          request,
          statusCode: response.status,
          reasonPhrase: response.status === 200 ? 'OK' : 'Not Found',
          headers: response.headers,
          body: { type: 'base64', value: response.body.toString('base64') },
        })
      : bidi.send('network.failRequest', { request });
    // The page may have gone away meanwhile: nothing is left to answer.
    sent.catch(() => {});
  });
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await bidi.send('network.addIntercept', {
    phases: ['beforeRequestSent'],
    urlPatterns: ['http', 'https', 'ws', 'wss'].map((protocol) => ({ type: 'pattern', protocol })),
  });
}
