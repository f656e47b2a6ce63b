import { computed, signal } from '@preact/signals';
import { render } from 'preact';
import { bodyWith, REMOVED } from './data';

const restored = signal<ReadonlySet<number>>(new Set());
const body = computed(() => bodyWith(restored.value));
const title = signal('三區政協主席秘書長聯席會交流材料');

function App() {
  return (
    <form>
      <input id="title" value={title.value} onInput={(e) => (title.value = e.currentTarget.value)} />
      <p id="length">{body.value.join('').length} 字</p>
      <section id="preview">
        {body.value.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </section>
      <ul>
        {REMOVED.map((b, i) => (
          <li key={b.text}>
            <span>{b.reason}</span> <span>{b.text}</span>
            <button
              type="button"
              class="restore"
              disabled={restored.value.has(i)}
              onClick={() => (restored.value = new Set([...restored.value, i]))}
            >
              放回
            </button>
          </li>
        ))}
      </ul>
    </form>
  );
}

const root = document.getElementById('app') as HTMLElement;
render(<App />, root);
window.mounted = performance.now();
