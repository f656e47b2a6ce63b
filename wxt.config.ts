import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '稿库 Gaoku',
    description: '一键把讲话稿、致辞、汇报材料从文档分享网站干净地收进自己的稿库。',
    permissions: ['activeTab', 'scripting', 'storage'],
  },
});
