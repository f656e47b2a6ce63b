import type { SiteModule } from './types';

export const huiwen: SiteModule = {
  id: 'huiwen',
  name: '汇文网',
  hosts: /(^|\.)huiwenwang\.cn$/,
  content: ['#docPreview', '.doc-preview'],
};
