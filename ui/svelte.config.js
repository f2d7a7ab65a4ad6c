import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Component styles go to the bundled CSS file, never to inline <style> tags.
    css: 'external',
  },
};
