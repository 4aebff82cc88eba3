// Async boundary: the federation runtime negotiates the shared React and Mantine with the
// remote before any module that imports them runs.
import('./bootstrap');
