/**
 * <benefit-tiles>: an embeddable, dependency-free view of the signed-in
 * partner's benefit tiles (PB-5…PB-7, PB-11), for partner dashboards on
 * their own sites (the gateway must list the site in CORS_ORIGINS).
 *
 *   <script type="module" src="https://graph.example/static/benefit-tiles.js"></script>
 *   <benefit-tiles endpoint="https://graph.example/graphql" lang="fr"></benefit-tiles>
 *   <script type="module">
 *     document.querySelector('benefit-tiles').tokenProvider = () => myAuth.getAccessToken();
 *   </script>
 *
 * Attributes / properties:
 *   token          the caller's bearer token, as an attribute or property;
 *   tokenProvider  (property) a function returning the token (or a promise of it); called before
 *                  every request and once more after an UNAUTHENTICATED answer, so the embedding
 *                  page refreshes it. The component never stores a token: not in storage, cookies
 *                  or the DOM; a provider's token lives only for the request it is fetched for;
 *   endpoint       the gateway's GraphQL URL (default `/graphql`, same origin);
 *   lang           en, fr or ja (labels; anything else falls back to English).
 *
 * Theming without forking: CSS custom properties (--benefit-tiles-font, --benefit-tiles-color,
 * --benefit-tiles-muted, --benefit-tiles-accent, --benefit-tiles-background,
 * --benefit-tiles-border, --benefit-tiles-radius, --benefit-tiles-gap, --benefit-tiles-error)
 * and parts: grid, tile, title, where, status, numbers, total, consumed, remaining, why, activate,
 * who, message (`benefit-tiles::part(tile) { … }`).
 *
 * It sends operations by their persisted-document id (trusted documents), never their text. States
 * a page can style or watch: `data-state` = loading | ready | empty | error, with `data-error-code`
 * = SIGN_IN | TOKEN_EXPIRED | NO_MEMBERSHIP | NETWORK | UNKNOWN on error. When done it dispatches
 * `benefit-tiles:rendered` (detail: the tiles) or `benefit-tiles:error` (detail: { code }).
 *
 * A blank tile says why: the checklist items that FAILED (the blocking one; items after it are
 * NOT_CHECKED and not shown). A NOT_ACTIVATED tile offers "Activate" to a program admin (the
 * self-service activation, PB-11), after which the tiles reload and show PROVISIONING; anyone else
 * is told that a program admin of their organisation can do it.
 */
import { PERSISTED_DOCUMENT_IDS } from './persisted-document-ids.js';

const LABELS = {
  en: {
    status: { ACTIVE: 'Active', NOT_ACTIVATED: 'Not activated', NOT_ELIGIBLE: 'Not eligible', PROVISIONING: 'Provisioning', PROVISIONING_DELAYED: 'Balance delayed', USER_NOT_LINKED: 'Account not linked' },
    core: 'Core benefits',
    toolkit: 'Additional business toolkit',
    total: { INCIDENTS: 'Total incidents', HOURS: 'Total hours' },
    consumed: 'Consumed',
    remaining: 'Remaining',
    blank: '(blank) Why:',
    activate: 'Activate',
    activating: 'Activating…',
    who: 'A program admin of your organisation can activate this benefit.',
    loading: 'Loading your benefits…',
    empty: 'Your organisation has no benefit tiles yet.',
    errors: {
      SIGN_IN: 'Sign in to see your benefits.',
      TOKEN_EXPIRED: 'Your session has expired: sign in again.',
      NO_MEMBERSHIP: 'Your organisation is not linked to a partner-program membership.',
      NETWORK: 'The benefits service cannot be reached. Try again later.',
      UNKNOWN: 'Your benefits could not be loaded.',
    },
    why: null, // English uses the graph's own hints, which carry dates and next steps
  },
  fr: {
    status: { ACTIVE: 'Actif', NOT_ACTIVATED: 'Non activé', NOT_ELIGIBLE: 'Non admissible', PROVISIONING: 'En cours de mise à disposition', PROVISIONING_DELAYED: 'Solde en retard', USER_NOT_LINKED: 'Compte non lié' },
    core: 'Avantages principaux',
    toolkit: 'Kit d’outils professionnels supplémentaire',
    total: { INCIDENTS: 'Total des incidents', HOURS: 'Total des heures' },
    consumed: 'Consommé',
    remaining: 'Restant',
    blank: '(vide) Pourquoi :',
    activate: 'Activer',
    activating: 'Activation…',
    who: 'Un administrateur du programme de votre organisation peut activer cet avantage.',
    loading: 'Chargement de vos avantages…',
    empty: 'Votre organisation n’a encore aucune vignette d’avantages.',
    errors: {
      SIGN_IN: 'Connectez-vous pour voir vos avantages.',
      TOKEN_EXPIRED: 'Votre session a expiré : reconnectez-vous.',
      NO_MEMBERSHIP: 'Votre organisation n’est liée à aucune adhésion au programme partenaire.',
      NETWORK: 'Le service des avantages est injoignable. Réessayez plus tard.',
      UNKNOWN: 'Vos avantages n’ont pas pu être chargés.',
    },
    why: {
      USER_LINKED: 'Votre compte n’est pas lié à une organisation partenaire active.',
      ORGANIZATION_ELIGIBLE: 'Votre organisation n’est pas admissible à cet avantage.',
      BENEFIT_ACTIVATED: 'L’avantage n’est pas encore activé.',
      BALANCE_PROPAGATED: 'Le solde n’est pas encore disponible (2 à 3 jours après l’activation).',
    },
  },
  ja: {
    status: { ACTIVE: '有効', NOT_ACTIVATED: '未アクティブ化', NOT_ELIGIBLE: '対象外', PROVISIONING: 'プロビジョニング中', PROVISIONING_DELAYED: '残高の反映遅延', USER_NOT_LINKED: 'アカウント未リンク' },
    core: 'コア特典',
    toolkit: '追加ビジネス ツールキット',
    total: { INCIDENTS: 'インシデント合計', HOURS: '時間合計' },
    consumed: '消費済み',
    remaining: '残り',
    blank: '(空白) 理由:',
    activate: 'アクティブ化',
    activating: 'アクティブ化しています…',
    who: 'この特典は、組織のプログラム管理者がアクティブ化できます。',
    loading: '特典を読み込んでいます…',
    empty: 'お客様の組織にはまだ特典タイルがありません。',
    errors: {
      SIGN_IN: '特典を表示するにはサインインしてください。',
      TOKEN_EXPIRED: 'セッションの有効期限が切れました。もう一度サインインしてください。',
      NO_MEMBERSHIP: 'お客様の組織はパートナー プログラムのメンバーシップにリンクされていません。',
      NETWORK: '特典サービスに接続できません。しばらくしてからもう一度お試しください。',
      UNKNOWN: '特典を読み込めませんでした。',
    },
    why: {
      USER_LINKED: 'アカウントが有効なパートナー組織にリンクされていません。',
      ORGANIZATION_ELIGIBLE: 'お客様の組織はこの特典の対象ではありません。',
      BENEFIT_ACTIVATED: '特典がまだアクティブ化されていません。',
      BALANCE_PROPAGATED: '残高はまだ反映されていません (アクティブ化から 2～3 日)。',
    },
  },
};

/** The labels of a `lang` value: its primary subtag if we have it (fr-CA → fr), else English. */
export function labelsFor(lang) {
  const primary = String(lang || '').toLowerCase().split('-')[0];
  return LABELS[primary] || LABELS.en;
}

const STYLE = `
  :host { display: block; font: var(--benefit-tiles-font, 14px/1.4 system-ui, sans-serif); color: var(--benefit-tiles-color, #1b1b1b); }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: var(--benefit-tiles-gap, 12px); }
  .tile { border: 1px solid var(--benefit-tiles-border, #d0d0d0); border-radius: var(--benefit-tiles-radius, 8px); padding: 12px; background: var(--benefit-tiles-background, #fff); }
  .tile[data-status="ACTIVE"] { border-color: var(--benefit-tiles-accent, #2e7d32); }
  .title { font-weight: 600; margin: 0 0 4px; font-size: 1em; }
  .where, dt, .blank, .who { color: var(--benefit-tiles-muted, #555); }
  .where { font-size: 12px; margin: 0 0 8px; }
  .status { display: inline-block; font-size: 12px; padding: 1px 6px; border-radius: 10px; background: #eee; }
  .numbers { display: flex; gap: 12px; margin: 8px 0 0; }
  .numbers dt { font-size: 12px; }
  .numbers dd { margin: 0; font-size: 20px; font-weight: 600; }
  .blank { margin: 8px 0 0; }
  .why { margin: 4px 0 0; padding-left: 18px; font-size: 12px; }
  .who { font-size: 12px; margin: 8px 0 0; }
  button { margin-top: 8px; font: inherit; padding: 4px 12px; border-radius: var(--benefit-tiles-radius, 8px); border: 0; color: #fff; background: var(--benefit-tiles-accent, #2e7d32); cursor: pointer; }
  button[disabled] { opacity: .6; cursor: default; }
  .message { margin: 0; }
  .message.error { color: var(--benefit-tiles-error, #b00020); }
`;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  // textContent only: data from the graph is never parsed as HTML.
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/** total, consumed, remaining of a tile, read on its contract by unit; null for a blank tile. */
export function tileNumbers(tile) {
  const c = tile.supportContract;
  if (tile.status !== 'ACTIVE' || !c) return null;
  const total = tile.unit === 'HOURS' ? c.advisoryHoursGranted : c.incidentsGranted;
  const remaining = tile.unit === 'HOURS' ? c.advisoryHoursRemaining : c.incidentsRemaining;
  return { total, consumed: total - remaining, remaining };
}

/**
 * Whether the token's caller may activate (a program admin of a partner organisation). Only to decide
 * what to offer: the graph checks role and organisation again, and refuses anyone else.
 */
export function mayActivate(token) {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return payload.org_kind === 'PARTNER' && Array.isArray(payload.roles) && payload.roles.includes('program_admin');
  } catch {
    return false;
  }
}

/** An error the component shows with its code (`data-error-code`). */
class TilesError extends Error {
  constructor(code, message) {
    super(message || code);
    this.code = code;
  }
}

class BenefitTiles extends HTMLElement {
  static get observedAttributes() {
    return ['token', 'endpoint', 'lang'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this._token = null;
    this._generation = 0;
    /** @type {null | (() => string | null | Promise<string | null>)} */
    this._tokenProvider = null;
  }

  get token() {
    return this._token ?? this.getAttribute('token');
  }
  set token(value) {
    this._token = value;
    this.refresh();
  }

  get tokenProvider() {
    return this._tokenProvider;
  }
  set tokenProvider(fn) {
    this._tokenProvider = typeof fn === 'function' ? fn : null;
    this.refresh();
  }

  get endpoint() {
    return this.getAttribute('endpoint') || '/graphql';
  }
  set endpoint(value) {
    this.setAttribute('endpoint', value);
  }

  get labels() {
    return labelsFor(this.getAttribute('lang'));
  }

  connectedCallback() {
    this.refresh();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.refresh();
  }

  /** The token for one request: the provider's (fresh each time) or the attribute/property. */
  async currentToken() {
    if (this._tokenProvider) return (await this._tokenProvider()) || null;
    return this.token || null;
  }

  /** Runs a persisted operation by id; retries once with a fresh token after UNAUTHENTICATED when a provider can refresh it. */
  async run(operationName, variables, retried = false) {
    const token = await this.currentToken();
    if (!token) throw new TilesError('SIGN_IN');
    let res;
    let body;
    try {
      res = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          operationName,
          variables,
          extensions: { persistedQuery: { version: 1, sha256Hash: PERSISTED_DOCUMENT_IDS[operationName] } },
        }),
      });
      body = await res.json();
    } catch (err) {
      // A refused CORS preflight, an unreachable host or a non-JSON answer all look alike to a browser.
      throw new TilesError('NETWORK', err && err.message);
    }
    const first = body.errors && body.errors[0];
    const code = first && first.extensions && first.extensions.code;
    if (code === 'UNAUTHENTICATED') {
      if (this._tokenProvider && !retried) return this.run(operationName, variables, true);
      throw new TilesError('TOKEN_EXPIRED', first.message);
    }
    if (first && !body.data) throw new TilesError(code || 'UNKNOWN', first.message);
    return body;
  }

  async fetchTiles() {
    const tiles = [];
    let packages = [];
    let membership = null;
    let after = null;
    do {
      const body = await this.run('BenefitTiles', { first: 100, after });
      const page = body.data.myBenefitTiles;
      membership = body.data.myPartnerMembership;
      if (membership) packages = membership.benefitPackages;
      tiles.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    if (!membership) throw new TilesError('NO_MEMBERSHIP');
    const packageOf = new Map();
    for (const p of packages) for (const e of p.entitlements) packageOf.set(e.id, p.id);
    return tiles.map((t) => ({ ...t, packageId: packageOf.get(t.id) || null }));
  }

  async refresh() {
    const generation = ++this._generation;
    this.setAttribute('data-state', 'loading');
    this.removeAttribute('data-error-code');
    this.shadowRoot.replaceChildren(el('style', {}, STYLE), el('p', { class: 'message', part: 'message', role: 'status' }, this.labels.loading));
    try {
      const tiles = await this.fetchTiles();
      if (generation !== this._generation) return; // a newer refresh won
      const activator = mayActivate((await this.currentToken()) || '');
      this.render(tiles, activator);
      this.setAttribute('data-state', tiles.length ? 'ready' : 'empty');
      this.dispatchEvent(new CustomEvent('benefit-tiles:rendered', { detail: tiles, bubbles: true }));
    } catch (err) {
      if (generation !== this._generation) return;
      const code = err instanceof TilesError && this.labels.errors[err.code] ? err.code : 'UNKNOWN';
      this.renderError(code);
    }
  }

  renderError(code) {
    this.shadowRoot.replaceChildren(el('style', {}, STYLE), el('p', { class: 'message error', part: 'message', role: 'alert' }, this.labels.errors[code]));
    this.setAttribute('data-state', 'error');
    this.setAttribute('data-error-code', code);
    this.dispatchEvent(new CustomEvent('benefit-tiles:error', { detail: { code }, bubbles: true }));
  }

  render(tiles, activator) {
    if (!tiles.length) {
      this.shadowRoot.replaceChildren(el('style', {}, STYLE), el('p', { class: 'message', part: 'message' }, this.labels.empty));
      return;
    }
    const grid = el('div', { class: 'grid', role: 'list', part: 'grid' });
    for (const tile of tiles) grid.append(this.renderTile(tile, activator));
    this.shadowRoot.replaceChildren(el('style', {}, STYLE), grid);
  }

  renderTile(tile, activator) {
    const L = this.labels;
    const part = (name) => ({ 'data-part': name, part: name });
    const node = el('article', { class: 'tile', role: 'listitem', part: 'tile', 'data-tile-id': tile.id, 'data-status': tile.status });
    node.append(el('h3', { class: 'title', part: 'title' }, tile.title));
    if (tile.location) {
      const kind = tile.packageKind === 'CORE' ? L.core : L.toolkit;
      node.append(el('p', { class: 'where', part: 'where' }, `${kind} · ${tile.location.name}`));
    }
    node.append(el('span', { class: 'status', ...part('status') }, L.status[tile.status] || tile.status));
    const numbers = tileNumbers(tile);
    if (numbers) {
      node.append(
        el(
          'dl',
          { class: 'numbers', part: 'numbers' },
          el('div', {}, el('dt', {}, L.total[tile.unit] || L.total.INCIDENTS), el('dd', part('total'), String(numbers.total))),
          el('div', {}, el('dt', {}, L.consumed), el('dd', part('consumed'), String(numbers.consumed))),
          el('div', {}, el('dt', {}, L.remaining), el('dd', part('remaining'), String(numbers.remaining))),
        ),
      );
      return node;
    }
    node.append(el('p', { class: 'blank' }, L.blank));
    const why = el('ul', { class: 'why', ...part('why') });
    // PB-7: only items that really failed; a NOT_CHECKED item's hint would not apply yet.
    for (const check of tile.checklist.filter((c) => c.state === 'FAILED')) {
      why.append(el('li', { 'data-item': check.item }, (L.why && L.why[check.item]) || check.hint));
    }
    node.append(why);
    if (tile.status === 'NOT_ACTIVATED' && tile.packageId) {
      if (activator) {
        const button = el('button', { type: 'button', ...part('activate') }, L.activate);
        button.addEventListener('click', () => this.activate(tile, button));
        node.append(button);
      } else {
        node.append(el('p', { class: 'who', ...part('who') }, L.who));
      }
    }
    return node;
  }

  /** PB-11: self-service activation of the tile's package, then a reload (the tiles turn PROVISIONING). */
  async activate(tile, button) {
    button.disabled = true;
    button.textContent = this.labels.activating;
    try {
      const body = await this.run('ActivateBenefitTile', { packageId: tile.packageId });
      if (body.errors && body.errors.length) throw new TilesError(body.errors[0].extensions?.code || 'UNKNOWN', body.errors[0].message);
      await this.refresh();
    } catch (err) {
      button.disabled = false;
      button.textContent = this.labels.activate;
      const message = el('p', { class: 'message error', part: 'message', role: 'alert', 'data-error-code': err.code || 'UNKNOWN' }, err.message);
      button.after(message);
    }
  }
}

if (!customElements.get('benefit-tiles')) customElements.define('benefit-tiles', BenefitTiles);
