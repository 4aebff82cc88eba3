// An async boundary, so the shared React is negotiated before the app imports it.
import('./bootstrap');
