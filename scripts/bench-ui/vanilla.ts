import { h } from '../../src/ui/dom';
import { bodyWith, REMOVED } from './data';

// Today's way, for reference: elements built by hand, the preview redrawn on every change.
const restored = new Set<number>();
const preview = h('section', { id: 'preview' });
const length = h('p', { id: 'length' });
const draw = () => {
  const body = bodyWith(restored);
  preview.replaceChildren(...body.map((p) => h('p', {}, p)));
  length.textContent = `${body.join('').length} 字`;
};
const items = REMOVED.map((b, i) => {
  const button = h('button', { type: 'button', class: 'restore' }, '放回');
  button.addEventListener('click', () => {
    restored.add(i);
    button.disabled = true;
    draw();
  });
  return h('li', {}, h('span', {}, b.reason), ' ', h('span', {}, b.text), button);
});
const title = h('input', { id: 'title' });
title.value = '三區政協主席秘書長聯席會交流材料';
(document.getElementById('app') as HTMLElement).append(
  h('form', {}, title, length, preview, h('ul', {}, ...items)),
);
draw();
window.mounted = performance.now();
