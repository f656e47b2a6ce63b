import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { markedParagraphs } from '../../library/gapMarkers';
import { formatDate } from '../../ui/dom';
import { MarkedPieces } from '../../ui/GapMarker';
import { t } from '../../ui/i18n';
import { converterFor } from '../../ui/scriptConverter';
import { safeHref } from '../fileNames';
import { outlineOf } from '../outline';
import { selectionWithin } from '../selection';
import type { PageProps } from './pageProps';
import { ReaderEditor } from './ReaderEditor';
import { ReaderHeader } from './ReaderHeader';
import { ReaderHistory } from './ReaderHistory';
import { Recurring } from './Recurring';

const scrollTo = (paragraph: number, block: ScrollLogicalPosition) =>
  document.getElementById(`p-${paragraph}`)?.scrollIntoView({ block });

/** The reader shows the speech in the chosen script, with its outline; the editor edits what is saved. */
export function Reader(props: PageProps) {
  const { state, actions } = props;
  const speech = state.reader.value;
  const shown = useSignal<(text: string) => string>((x) => x);
  const bodyBox = useRef<HTMLElement>(null);
  const titleBox = useRef<HTMLHeadingElement>(null);
  const script = state.script.value;
  useEffect(() => {
    let current = true;
    void converterFor(script).then((convert) => {
      if (current) shown.value = convert;
    });
    return () => {
      current = false;
    };
  }, [script]);
  useEffect(() => {
    if (!speech) return;
    titleBox.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') actions.closeReader();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [speech?.id]);

  const convert = shown.value;
  const body = speech ? convert(speech.body) : '';
  const outline = outlineOf(body);
  const headingAt = new Map(outline.map((o) => [o.paragraph, o]));
  return (
    <aside id="reader" hidden={!speech} aria-labelledby="reader-title">
      <div class="reader-bar">
        <button
          type="button"
          id="add-excerpt"
          onClick={() => void actions.addExcerpt(bodyBox.current ? selectionWithin(bodyBox.current) : '')}
        >
          {t('excerptAdd')}
        </button>
        <span id="excerpt-status" role="status">
          {state.excerptStatus}
        </span>
        <button type="button" id="reader-close" onClick={actions.closeReader}>
          {t('libClose')}
        </button>
      </div>
      <ReaderHeader {...props} speech={speech} convert={convert} titleBox={titleBox} />
      <div class="reader-layout">
        <nav id="reader-outline-box" aria-label={t('libOutline')} hidden={outline.length === 0}>
          <h3>{t('libOutline')}</h3>
          <ol id="reader-outline">
            {outline.map((o) => (
              <li key={o.paragraph} class={`level-${o.level}`}>
                <a
                  href={`#p-${o.paragraph}`}
                  class={`level-${o.level}`}
                  onClick={(e) => {
                    e.preventDefault();
                    scrollTo(o.paragraph, 'start');
                  }}
                >
                  {o.text}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <article id="reader-body" ref={bodyBox}>
          {(speech ? markedParagraphs(speech.body, speech) : []).map((pieces, i) => {
            const heading = headingAt.get(i);
            const text = <MarkedPieces pieces={pieces} convert={convert} />;
            if (!heading)
              return (
                <p key={i} id={`p-${i}`}>
                  {text}
                </p>
              );
            const H = heading.level === 1 ? 'h3' : 'h4';
            return (
              <H key={i} id={`p-${i}`} class="reader-heading">
                {text}
              </H>
            );
          })}
        </article>
      </div>
      {speech && <Recurring {...props} speechId={speech.id} onJump={(p) => scrollTo(p, 'center')} />}
      <h3>{t('libSources')}</h3>
      <ul id="reader-sources">
        {speech?.sources.map((src) => {
          const href = safeHref(src.url);
          return (
            <li key={src.url}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {src.site || src.url}
                </a>
              ) : (
                <span>{src.url}</span>
              )}
              {` · ${t('libCaptured', formatDate(src.capturedAt))}`}
            </li>
          );
        })}
      </ul>
      {speech && <ReaderHistory speech={speech} />}
      {speech && <ReaderEditor key={`${speech.id}:${speech.updatedAt}`} {...props} speech={speech} />}
    </aside>
  );
}
