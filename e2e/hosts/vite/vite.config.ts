import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The remote's URL is read at run time (src/App.tsx), so no `remotes` here.
export default defineConfig({
  plugins: [
    react(),
    federation({
      name: 'vite_host',
      shared: { react: { singleton: true }, 'react-dom': { singleton: true } },
    }),
  ],
  // ../shared's modules use this host's React, not another copy found above it.
  resolve: { dedupe: ['react', 'react-dom'] },
  build: { target: 'esnext' },
});
