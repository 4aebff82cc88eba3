import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Virtual machines</h1>
      <Link href="/vms/pgtest1" className="text-blue-700 underline dark:text-blue-400">
        pgtest1
      </Link>
    </>
  );
}
