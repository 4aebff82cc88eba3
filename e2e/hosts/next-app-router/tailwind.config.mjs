import flowbite from 'flowbite/plugin';

/** @type {import('tailwindcss').Config} */
export default {
  content: ['./app/**/*.{ts,tsx}', './node_modules/flowbite/**/*.js'],
  darkMode: 'class',
  theme: { extend: {} },
  plugins: [flowbite],
};
