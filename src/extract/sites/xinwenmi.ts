import type { SiteModule } from './types';

export const xinwenmi: SiteModule = {
  id: 'xinwenmi',
  name: '新文秘网',
  hosts: /(^|\.)(?:xinwenmi\.(?:com|net|cn)|jey722\.cn)$/,
  content: ['#MyContent', '.wenzhang'],
};
