import type { SiteModule } from './types';

export const xiexiebang: SiteModule = {
  id: 'xiexiebang',
  name: '写写帮文库',
  hosts: /(^|\.)xiexiebang\.com$/,
  content: ['#contents', '.content'],
};
