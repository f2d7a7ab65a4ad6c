import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The program never touches the network: no CDN, no remote fonts, everything bundled.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    host: '127.0.0.1',
    // The UI imports the Fluent files from ../locales (one source of truth with Rust).
    fs: { allow: ['..'] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2021',
    // No inline scripts: the CSP allows only 'self'.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
