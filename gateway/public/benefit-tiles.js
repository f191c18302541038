/**
 * <benefit-tiles>: an embeddable, dependency-free view of the signed-in
 * partner's benefit tiles (PB-5…PB-7), for partner dashboards.
 *
 *   <script type="module" src="https://graph.example/static/benefit-tiles.js"></script>
 *   <benefit-tiles endpoint="https://graph.example/graphql" token="<jwt>"></benefit-tiles>
 *
 * Attributes / properties:
 *   token     the caller's bearer token (prefer setting the `token` property
 *             from script, so the token does not sit in the DOM);
 *   endpoint  the gateway's GraphQL URL (default `/graphql`, same origin).
 *
 * It queries `myBenefitTiles`, renders one tile per entitlement, and for a
 * blank tile says why and what to do: the checklist items that FAILED (the
 * blocking one; items after it are NOT_CHECKED and not shown). Balances
 * come from each tile's support contract: total and remaining are read by
 * the tile's unit (INCIDENTS or HOURS); consumed = total - remaining.
 * When done it sets `data-state="ready"` (or "error") and dispatches a
 * `benefit-tiles:rendered` event whose detail is the tiles.
 */
const QUERY = `query BenefitTiles($first: Int, $after: String) {
  myBenefitTiles(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id title unit status packageKind
      location { name }
      checklist { item state passed hint }
      supportContract { id incidentsGranted incidentsRemaining advisoryHoursGranted advisoryHoursRemaining }
    }
  }
}`;

const STATUS_TEXT = {
  ACTIVE: 'Active',
  NOT_ACTIVATED: 'Not activated',
  NOT_ELIGIBLE: 'Not eligible',
  PROVISIONING: 'Provisioning',
  PROVISIONING_DELAYED: 'Balance delayed',
  USER_NOT_LINKED: 'Account not linked',
};

const STYLE = `
  :host { display: block; font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 12px; }
  .tile { border: 1px solid #d0d0d0; border-radius: 8px; padding: 12px; background: #fff; }
  .tile[data-status="ACTIVE"] { border-color: #2e7d32; }
  .title { font-weight: 600; margin: 0 0 4px; }
  .where { color: #555; font-size: 12px; margin: 0 0 8px; }
  .status { display: inline-block; font-size: 12px; padding: 1px 6px; border-radius: 10px; background: #eee; }
  .numbers { display: flex; gap: 12px; margin: 8px 0 0; }
  .numbers dt { font-size: 12px; color: #555; }
  .numbers dd { margin: 0; font-size: 20px; font-weight: 600; }
  .blank { color: #555; margin: 8px 0 0; }
  .why { margin: 4px 0 0; padding-left: 18px; font-size: 12px; }
  .error { color: #b00020; }
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

class BenefitTiles extends HTMLElement {
  static get observedAttributes() {
    return ['token', 'endpoint'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this._token = null;
    this._generation = 0;
  }

  get token() {
    return this._token ?? this.getAttribute('token');
  }
  set token(value) {
    this._token = value;
    this.refresh();
  }

  get endpoint() {
    return this.getAttribute('endpoint') || '/graphql';
  }
  set endpoint(value) {
    this.setAttribute('endpoint', value);
  }

  connectedCallback() {
    this.refresh();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.refresh();
  }

  async fetchTiles() {
    const tiles = [];
    let after = null;
    do {
      const res = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
        body: JSON.stringify({ query: QUERY, variables: { first: 100, after } }),
      });
      const body = await res.json();
      if (body.errors && body.errors.length) throw new Error(body.errors[0].message);
      const page = body.data.myBenefitTiles;
      tiles.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return tiles;
  }

  async refresh() {
    const generation = ++this._generation;
    if (!this.token) {
      this.renderError('Sign in to see your benefits.');
      return;
    }
    this.setAttribute('data-state', 'loading');
    try {
      const tiles = await this.fetchTiles();
      if (generation !== this._generation) return; // a newer refresh won
      this.render(tiles);
      this.setAttribute('data-state', 'ready');
      this.dispatchEvent(new CustomEvent('benefit-tiles:rendered', { detail: tiles, bubbles: true }));
    } catch (err) {
      if (generation !== this._generation) return;
      this.renderError(`Benefits could not be loaded: ${err.message}`);
    }
  }

  renderError(message) {
    this.shadowRoot.replaceChildren(el('style', {}, STYLE), el('p', { class: 'error', role: 'alert' }, message));
    this.setAttribute('data-state', 'error');
  }

  render(tiles) {
    const grid = el('div', { class: 'grid', role: 'list' });
    for (const tile of tiles) grid.append(this.renderTile(tile));
    this.shadowRoot.replaceChildren(el('style', {}, STYLE), grid);
  }

  renderTile(tile) {
    const unit = tile.unit === 'HOURS' ? 'hours' : 'incidents';
    const node = el('article', { class: 'tile', role: 'listitem', 'data-tile-id': tile.id, 'data-status': tile.status });
    node.append(el('h3', { class: 'title' }, tile.title));
    if (tile.location) {
      const kind = tile.packageKind === 'CORE' ? 'Core benefits' : 'Additional business toolkit';
      node.append(el('p', { class: 'where' }, `${kind} · ${tile.location.name}`));
    }
    node.append(el('span', { class: 'status', 'data-part': 'status' }, STATUS_TEXT[tile.status] || tile.status));
    const numbers = tileNumbers(tile);
    if (numbers) {
      node.append(
        el(
          'dl',
          { class: 'numbers' },
          el('div', {}, el('dt', {}, `Total ${unit}`), el('dd', { 'data-part': 'total' }, String(numbers.total))),
          el('div', {}, el('dt', {}, 'Consumed'), el('dd', { 'data-part': 'consumed' }, String(numbers.consumed))),
          el('div', {}, el('dt', {}, 'Remaining'), el('dd', { 'data-part': 'remaining' }, String(numbers.remaining))),
        ),
      );
    } else {
      node.append(el('p', { class: 'blank' }, '(blank) Why:'));
      const why = el('ul', { class: 'why', 'data-part': 'why' });
      // PB-7: only items that really failed; a NOT_CHECKED item's hint would not apply yet.
      for (const check of tile.checklist.filter((c) => c.state === 'FAILED')) why.append(el('li', { 'data-item': check.item }, check.hint));
      node.append(why);
    }
    return node;
  }
}

if (!customElements.get('benefit-tiles')) customElements.define('benefit-tiles', BenefitTiles);
