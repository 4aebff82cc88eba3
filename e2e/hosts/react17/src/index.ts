// An async boundary, so the federation runtime is set up before the app loads remotes.
import('./bootstrap');
