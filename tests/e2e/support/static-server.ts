/** The static server lives with the other shared test helpers; this path keeps older imports working. */
export { serveStatic } from '../../support/static-server.ts';
