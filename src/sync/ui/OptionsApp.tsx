import type { Signal } from '@preact/signals';
import { type PlainKey, t } from '../../ui/i18n';
import type { OptionsState } from './optionsState';
import { statusText } from './statusText';

interface FieldProps {
  id: string;
  label: PlainKey;
  value: Signal<string>;
  type?: 'text' | 'url' | 'password';
  placeholder?: string;
  hint?: PlainKey;
  autocomplete?: string;
}

function Field({ id, label, value, type = 'text', placeholder, hint, autocomplete = 'off' }: FieldProps) {
  return (
    <label class="field" for={id}>
      <span>{t(label)}</span>
      <input
        id={id}
        type={type as 'text'}
        value={value.value}
        placeholder={placeholder}
        autocomplete={autocomplete}
        spellcheck={false}
        onInput={(e) => {
          value.value = e.currentTarget.value;
        }}
      />
      {hint && <small>{t(hint)}</small>}
    </label>
  );
}

/** The settings page: the office's server and this person's account, 测试连接, 开始同步 / 暂停, the status. */
export function OptionsApp({ state }: { state: OptionsState }) {
  const { actions } = state;
  const message = state.message.value;
  const status = state.status.value;
  return (
    <main class="options">
      <h1>{t('sync.heading')}</h1>
      <p class="intro">{t('sync.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
        }}
      >
        <Field id="sync-server" label="sync.server" value={state.server} hint="sync.serverHint" type="url" />
        <Field id="sync-database" label="sync.database" value={state.database} />
        <Field id="sync-user" label="sync.user" value={state.user} autocomplete="username" />
        <Field
          id="sync-password"
          label="sync.password"
          value={state.password}
          type="password"
          hint="sync.passwordNote"
          autocomplete="current-password"
        />
        <Field
          id="sync-name"
          label="sync.name"
          value={state.name}
          placeholder={t('sync.namePlaceholder')}
          hint="sync.nameHint"
        />
        <Field
          id="sync-device"
          label="sync.device"
          value={state.device}
          placeholder={t('sync.devicePlaceholder')}
        />
        <div class="buttons">
          <button
            type="button"
            id="sync-test"
            disabled={state.busy.value}
            onClick={() => void actions.test()}
          >
            {t('sync.test')}
          </button>
          {state.enabled.value ? (
            <button type="button" id="sync-pause" onClick={() => void actions.pause()}>
              {t('sync.pause')}
            </button>
          ) : (
            <button
              type="button"
              id="sync-start"
              class="primary"
              disabled={state.busy.value}
              onClick={() => void actions.start()}
            >
              {t('sync.start')}
            </button>
          )}
        </div>
      </form>
      <p
        id="sync-message"
        role="status"
        aria-live="polite"
        data-ok={message ? String(message.ok) : undefined}
      >
        {message?.text ?? ''}
      </p>
      <p class="status">
        <span>{t('sync.statusLabel')}：</span>
        <strong id="sync-state" data-state={status.state}>
          {statusText(status)}
        </strong>
      </p>
    </main>
  );
}
