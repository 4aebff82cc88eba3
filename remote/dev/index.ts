// Async boundary: lets the federation runtime negotiate shared React/Mantine before any import runs.
import('./bootstrap');
