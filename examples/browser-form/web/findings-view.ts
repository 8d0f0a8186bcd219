import { CATEGORY_LABELS, type Finding, INDICATOR_LABELS } from '@duibiao/core';

import { TEXT } from './text.js';

/**
 * Lists findings, each with its rule id (as `data-rule-id`), its message,
 * and a line naming its kind, the suggested action and, for a member's
 * finding, which member of the form it is about.
 *
 * @param list - The list to fill; what it held is replaced.
 * @param findings - The findings, in the checker's order.
 * @param memberIds - The ID numbers of the form's member rows, in order.
 */
export function showFindings(
  list: HTMLElement,
  findings: readonly Finding[],
  memberIds: readonly string[],
): void {
  list.replaceChildren(...findings.map((finding) => item(finding, memberIds)));
}

function item(finding: Finding, memberIds: readonly string[]) {
  const element = document.createElement('li');
  element.dataset.ruleId = finding.ruleId;
  element.className = `severity-${finding.severity}`;

  const message = document.createElement('p');
  message.className = 'message';
  message.textContent = finding.message;

  const parts = [
    CATEGORY_LABELS[finding.category],
    INDICATOR_LABELS[finding.indicator],
    TEXT.suggestion(finding.action),
  ];
  const row = finding.memberId ? memberIds.indexOf(finding.memberId) : -1;
  if (row >= 0) parts.unshift(TEXT.member(row + 1));
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = parts.join(' · ');
  element.append(message, meta);

  return element;
}
