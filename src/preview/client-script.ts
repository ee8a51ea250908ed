/**
 * The script the preview adds to its pages (served at /preview.js, so the pages' Content
 * Security Policy allows scripts from the server only, none inline). It listens to the
 * server's events: the portal page takes the body of a newer one when it is built; the print view swaps
 * its PDF; both show the overlay of problems, built with DOM calls (textContent), never
 * as HTML, since messages quote what the clerk typed.
 */
export const CLIENT_SCRIPT = `(() => {
  'use strict';
  const me = document.currentScript;
  const view = me.dataset.view;
  let version = Number(me.dataset.version);
  let overlay = document.getElementById('report-preview-overlay');
  let hiddenFor = '';

  function el(tag, css, text) {
    const node = document.createElement(tag);
    if (css) node.style.cssText = css;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function showOverlay(model) {
    overlay.replaceChildren();
    const key = model ? JSON.stringify(model) : '';
    if (!model || key === hiddenFor) { overlay.hidden = true; return; }
    const colour = model.failed ? '#b3261e' : '#8a5a00';
    overlay.style.cssText = 'position:fixed;top:0;left:0;right:0;z-index:2147483647;max-height:50vh;overflow:auto;' +
      'background:#fff;color:#1a1a1a;border-bottom:4px solid ' + colour + ';box-shadow:0 4px 16px rgba(0,0,0,.3);' +
      'font:15px/1.6 system-ui,"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;padding:12px 20px;text-align:left';
    overlay.setAttribute('role', 'alert');
    const head = el('div', 'display:flex;gap:16px;align-items:baseline');
    head.append(el('strong', 'color:' + colour + ';font-size:17px', model.title), el('span', 'color:#555', model.summary));
    const close = el('button', 'margin-left:auto;font:inherit;padding:2px 12px;cursor:pointer', model.close);
    close.type = 'button';
    close.addEventListener('click', () => { hiddenFor = key; overlay.hidden = true; });
    head.append(close);
    const list = el('ul', 'margin:8px 0 0;padding:0;list-style:none');
    for (const item of model.items) {
      const li = el('li', 'padding:4px 0;border-top:1px solid #eee');
      li.dataset.rule = item.rule;
      li.append(
        el('code', 'font:13px ui-monospace,monospace;color:#333', item.where), ' ',
        el('strong', 'color:' + (item.severity === 'error' ? '#b3261e' : '#8a5a00'), item.label), ' ',
        el('span', '', item.message), ' ',
        el('code', 'font:13px ui-monospace,monospace;color:#666', item.rule));
      list.append(li);
    }
    overlay.append(head, list);
    overlay.hidden = false;
  }

  function showPrint(print) {
    const frame = document.getElementById('report-preview-pdf');
    const status = document.getElementById('report-preview-status');
    if (status) status.textContent = print.status;
    if (frame && print.version > 0 && String(print.version) !== frame.dataset.version) {
      frame.dataset.version = String(print.version);
      frame.src = '/report.pdf?v=' + print.version;
      document.body.dataset.pdfVersion = String(print.version);
    }
  }

  // The newer portal page replaces this one's body in place: quicker than a reload (no new
  // document, no new connection), and the reader keeps their place on the page.
  async function swapPage() {
    try {
      const html = await (await fetch('/', { cache: 'no-store' })).text();
      const next = new DOMParser().parseFromString(html, 'text/html');
      const script = next.querySelector('script[data-view="portal"]');
      if (!script) throw new Error('not a preview page');
      const x = scrollX, y = scrollY;
      document.title = next.title;
      document.body.replaceWith(document.adoptNode(next.body));
      scrollTo(x, y);
      version = Number(script.dataset.version);
      overlay = document.getElementById('report-preview-overlay');
    } catch {
      location.reload();
    }
  }

  // one update at a time; a state that comes meanwhile is the one shown next
  let latest;
  let busy = false;
  async function update() {
    if (busy) return;
    busy = true;
    try {
      for (let tries = 0; view === 'portal' && latest.version !== version && tries < 3; tries++) await swapPage();
      if (view === 'print') showPrint(latest.print);
      showOverlay(latest.overlay);
    } finally {
      busy = false;
    }
  }

  const events = new EventSource('/events');
  events.addEventListener('state', (event) => {
    latest = JSON.parse(event.data);
    update();
  });
})();
`;
