import { render } from 'react-dom';
import { applySavedColorScheme } from '../../shared/vm';
import { App } from './App';

applySavedColorScheme();

// React 17's root API: this host cannot run the remote's React 18.3+ components.
const root = document.getElementById('root');
if (root) render(<App />, root);
