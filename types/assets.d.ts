// Stylesheets are handled by Rspack (CSS modules) and by identity-obj-proxy in jest.
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
declare module '*.css';
