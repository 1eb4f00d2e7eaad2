/** Byte measurement lives with the other shared test helpers; this path keeps older imports working. */
export { measurePage, type PageBytes } from '../../support/bytes.ts';
