// The HTML of the report's section on help received and feeling supported, and its key to the
// kinds of support and cost. Every piece of text goes through escapeHtml.
import type { ReportModel } from './report-types';
import { helpReport, supportKey } from './help-words';
import { escapeHtml as e } from './svg-charts';

const para = (text: string, cls = '') => `<p${cls ? ` class="${cls}"` : ''}>${e(text)}</p>`;
const list = (items: readonly string[]) => `<ul class="hr-claims">${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;

/** The key: what each kind of support and cost mean. */
export function supportKeyHtml(): string {
  const key = supportKey();
  return (
    `<h3>Key: kinds of support and cost</h3>` +
    para(key.kinds) +
    `<dl class="hr-key">${key.kindRows.map((r) => `<div><dt>${e(r.term)}</dt><dd>${e(r.meaning)}</dd></div>`).join('')}</dl>` +
    para(key.cost)
  );
}

export function helpBody(m: ReportModel): string {
  const h = helpReport(m.insights);
  const claim = para(h.claim.words) + (h.claim.figures === null ? '' : para(h.claim.figures, 'hr-stat'));
  const mismatches = h.mismatches.map((x) => `<h3>${e(x.title)}</h3>` + para(x.meaning, 'hr-sub') + (x.days.length > 0 ? list(x.days) : '')).join('');
  const channels =
    `<div class="hr-scroll" role="region" aria-label="Channels table" tabindex="0"><table><caption>Interactions by channel, and mean felt (−2 draining to +2 nourishing)</caption>` +
    `<thead><tr><th scope="col">Channel</th><th scope="col" class="hr-num">Interactions</th><th scope="col" class="hr-num">Mean felt</th></tr></thead><tbody>` +
    h.channels.map((c) => `<tr><th scope="row">${e(c.channel)}</th><td class="hr-num">${e(c.interactions)}</td><td class="hr-num">${e(c.felt)}</td></tr>`).join('') +
    `</tbody></table></div>`;
  const groups = h.groups.map((g) => `<h3>${e(g.title)}</h3>` + para(g.hint, 'hr-sub') + (g.people.length > 0 ? list(g.people) : para('No one in this range.'))).join('');
  return (
    para(h.definition) +
    para(h.figures) +
    claim +
    (h.open === null ? '' : para(h.open)) +
    mismatches +
    `<h3>Asking for help</h3>` +
    list(h.asked) +
    `<h3>How support came</h3>` +
    channels +
    `<h3>Which way support went</h3>` +
    para(h.reciprocity) +
    groups +
    (h.notRecorded === null ? '' : para(h.notRecorded)) +
    para(h.mixed, 'hr-sub') +
    supportKeyHtml()
  );
}
