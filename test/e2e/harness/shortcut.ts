/** One key of a shortcut, with what both browsers' synthetic key events need. */
export interface ShortcutKey {
  key: string;
  code: string;
  /** The Windows virtual key code, which Chromium and Gecko both use as keyCode. */
  keyCode: number;
  /** The DevTools protocol's modifier bit, for a modifier key. */
  modifierBit?: number;
}

const MODIFIERS: Record<string, ShortcutKey> = {
  Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18, modifierBit: 1 },
  Ctrl: { key: 'Control', code: 'ControlLeft', keyCode: 17, modifierBit: 2 },
  Control: { key: 'Control', code: 'ControlLeft', keyCode: 17, modifierBit: 2 },
  Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16, modifierBit: 8 },
};

/** A manifest shortcut such as `Alt+Shift+S` → the keys to hold down in order, the last a letter or digit. */
export function shortcutKeys(shortcut: string): ShortcutKey[] {
  const names = shortcut.split('+');
  const last = (names.pop() ?? '').toUpperCase();
  if (!/^[A-Z0-9]$/.test(last)) throw new Error(`Only letter and digit shortcuts are supported: ${shortcut}`);
  const modifiers = names.map((n) => {
    const m = MODIFIERS[n];
    if (!m) throw new Error(`Unknown modifier ${n} in ${shortcut}`);
    return m;
  });
  const code = /\d/.test(last) ? `Digit${last}` : `Key${last}`;
  return [...modifiers, { key: last, code, keyCode: last.charCodeAt(0) }];
}
