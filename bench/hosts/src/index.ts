// The usual Module Federation async boundary: shared modules are negotiated before the app runs.
import('./bootstrap');
