/**
 * Calls `onQuery` when the user pauses typing, never in the middle of a pinyin (or any IME) composition:
 * the half-typed Latin letters of a composition are not what the user is searching for.
 */
export function watchSearchInput(input: HTMLInputElement, onQuery: (q: string) => void, delay = 150): void {
  let composing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => onQuery(input.value.trim()), delay);
  };
  input.addEventListener('compositionstart', () => {
    composing = true;
    clearTimeout(timer);
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    schedule();
  });
  input.addEventListener('input', (e) => {
    if (composing || (e as InputEvent).isComposing) return;
    schedule();
  });
}
