import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));
const apiTarget = 'http://127.0.0.1:8080';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // Read by scripts/bundle-size.mjs to add up what each page loads.
    manifest: true,
    // The budget is on the gzip size of the initial JS; this warning is on raw size.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The Mantine components that six or more of the lazy pages use (with what they
              // use: Floating UI…) in one file, rather than dozens of small ones that compress
              // worse apart: 16 KB (gzip) less on the largest pages, 9 KB more on the sign-in
              // page alone, and less in all once past it.
              name: 'mantine',
              test: /node_modules[\\/]@mantine[\\/]/,
              minShareCount: 6,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': {
        target: apiTarget,
        configure: (proxy) => {
          // The API accepts unsafe requests only from its own origin. Requests made by the
          // page served by this dev server are same-origin here, so present them as such.
          proxy.on('proxyReq', (proxyReq, req) => {
            const origin = req.headers.origin;
            if (origin && req.headers.host && new URL(origin).host === req.headers.host) {
              proxyReq.setHeader('origin', apiTarget);
            }
          });
        },
      },
    },
  },
});
