/** @jsxImportSource solid-js */
import { createMemo, createSignal, For, Index } from 'solid-js';
import { render } from 'solid-js/web';
import { bodyWith, REMOVED } from './data';

const [restored, setRestored] = createSignal<ReadonlySet<number>>(new Set());
const body = createMemo(() => bodyWith(restored()));
const [title, setTitle] = createSignal('三區政協主席秘書長聯席會交流材料');

function App() {
  return (
    <form>
      <input id="title" value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
      <p id="length">{body().join('').length} 字</p>
      <section id="preview">
        <Index each={body()}>{(p) => <p>{p()}</p>}</Index>
      </section>
      <ul>
        <For each={REMOVED}>
          {(b, i) => (
            <li>
              <span>{b.reason}</span> <span>{b.text}</span>
              <button
                type="button"
                class="restore"
                disabled={restored().has(i())}
                onClick={() => setRestored(new Set([...restored(), i()]))}
              >
                放回
              </button>
            </li>
          )}
        </For>
      </ul>
    </form>
  );
}

render(() => <App />, document.getElementById('app') as HTMLElement);
window.mounted = performance.now();
