export { extractSpeech } from './extractSpeech';
export type * from './types';
export { isCaptureError } from './types';
