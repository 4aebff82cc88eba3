import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = { title: 'MigrateKit OSSEA' };

/** Tailwind's dark mode: a `dark` class on <html>, from the user's saved choice. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const dark = (await cookies()).get('theme')?.value === 'dark';
  return (
    <html lang="en" className={dark ? 'dark' : undefined}>
      <body className="bg-gray-50 text-gray-900 dark:bg-gray-900 dark:text-gray-100">
        <nav className="border-b border-gray-200 bg-white px-4 py-3 dark:border-gray-700 dark:bg-gray-800">
          <a href="/" className="text-lg font-semibold text-blue-700 dark:text-blue-400">
            MigrateKit OSSEA
          </a>
        </nav>
        <main className="mx-auto max-w-5xl p-4">{children}</main>
      </body>
    </html>
  );
}
