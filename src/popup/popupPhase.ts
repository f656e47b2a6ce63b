/** Where the popup is: capturing, reading a file or recognising, showing a capture or a refusal, saving, saved. */
export type PopupPhase = 'loading' | 'reading' | 'ready' | 'error' | 'saving' | 'saved' | 'duplicate';
