import { createRoot } from 'react-dom/client';
import { App } from './App';

// Dark mode the Tailwind way: a `dark` class on <html>, from the user's saved choice.
document.documentElement.classList.toggle('dark', document.cookie.includes('theme=dark'));

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
