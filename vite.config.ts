// Vite builds the React client from client/ into dist/client, which the server serves.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true, target: 'es2022', sourcemap: true },
  server: {
    // `npm run dev`: the client on Vite's dev server, signalling and the REST API proxied to the Node server.
    proxy: { '/socket.io': { target: 'http://localhost:3000', ws: true }, '/healthz': 'http://localhost:3000', '/api': 'http://localhost:3000' },
  },
});
