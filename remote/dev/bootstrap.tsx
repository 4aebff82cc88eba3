// The workbench is the page here, as a Mantine host is: Mantine's stylesheet styles it and the feature.
import '@mantine/core/styles.css';
import { createRoot } from 'react-dom/client';
import { Workbench } from './Workbench';

const container = document.getElementById('root');
if (container) createRoot(container).render(<Workbench />);
