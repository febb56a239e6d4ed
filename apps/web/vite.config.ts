import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The lead's server: in development Vite serves the app and hands the API and the
// collaboration socket to it, so the browser sees one origin, exactly as in production.
const SERVER = 'http://127.0.0.1:3000';

const proxy = {
  '/api': { target: SERVER, changeOrigin: false },
  '/collab': { target: SERVER, ws: true, changeOrigin: false },
};

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the production build: they would publish the app's source (issue #12);
    // `npm run dev` (Vite's dev server) still gives them to a developer.
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // The API contract's schemas read every answer; zod changes only with its version.
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            {
              name: 'collab',
              test: /node_modules[\\/](yjs|y-websocket|y-protocols|lib0|@tiptap[\\/]y-tiptap)[\\/]/,
            },
            {
              name: 'editor',
              test: /node_modules[\\/](@tiptap|prosemirror-[a-z-]+|linkifyjs|orderedmap|rope-sequence|w3c-keyname)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy },
});
