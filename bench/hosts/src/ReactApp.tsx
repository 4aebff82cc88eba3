import { VmPage } from './VmPage';

/** A React-only dashboard page (no Mantine): plain elements around the feature. */
export function App() {
  return (
    <>
      <nav>
        <a href="/">MigrateKit OSSEA</a>
      </nav>
      <main>
        <h1>Virtual machine</h1>
        <p>Replication and failover history.</p>
        <VmPage />
      </main>
    </>
  );
}
