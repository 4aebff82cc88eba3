import { createRoot } from 'react-dom/client';
import { applySavedColorScheme } from '../../shared/vm';
import { App } from './App';

applySavedColorScheme();

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
