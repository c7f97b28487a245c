import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves the built admin and /graphql from one origin; in development Vite proxies
// /graphql to a server started with `npm start` (port 4000 by default). The root is the folder
// Vite runs in: admin/ under `npm run dev -w admin`, set explicitly by scripts/build-if-needed.mjs.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/graphql': 'http://localhost:4000', '/import': 'http://localhost:4000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries apart from Regie's own code, so that a new admin release reuses the cached
        // ones, in chunks under Vite's 500 kB warning; the highest priority group that matches wins.
        codeSplitting: {
          groups: [
            { name: 'graphql', test: /node_modules[\\/](@apollo|graphql|ra-data-graphql\S*?)[\\/]/, priority: 3 },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion)[\\/]/, priority: 2 },
            // ra-core apart from react-admin's components: together they pass 500 kB.
            { name: 'ra-core', test: /node_modules[\\/]ra-core[\\/]/, priority: 3 },
            { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-\S+?)[\\/]/, priority: 2 },
            { name: 'charts', test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|internmap|decimal\.js-light|@reduxjs|redux|react-redux|immer|reselect|es-toolkit|eventemitter3|tiny-invariant)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules/, priority: 1 },
          ],
        },
      },
    },
  },
});
