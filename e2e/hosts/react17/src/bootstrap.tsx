import { render } from 'react-dom';
import { App } from './App';

// Dark mode the Tailwind way: a `dark` class on <html>, from the user's saved choice.
document.documentElement.classList.toggle('dark', document.cookie.includes('theme=dark'));

// React 17's root API: this host cannot run the remote's React 18.3+ components.
const root = document.getElementById('root');
if (root) render(<App />, root);
