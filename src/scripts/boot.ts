/**
 * A page's tool script, started once the page has painted its first content. The script sits in an
 * inert <template data-boot> (the browser neither fetches nor runs scripts there), and this inline
 * snippet imports it as soon as the browser reports the first contentful paint. A tab opened in the
 * background paints nothing until it is shown, so there it starts at the load event; and 3 s after
 * the load event at the latest, for a browser without paint timing. The page paints its
 * prerendered text first, and the tool's 85 KB of code does not compete with the page's HTML and
 * styles on a slow connection, much as Astro's islands start loading only once the styles are in.
 * Byte budgets count a data-boot template's script as part of the page (tests/support/bytes.ts).
 */
export const BOOT_AFTER_PAINT = `(function(){var d=0;function g(){if(d++)return;var s=document.querySelector('template[data-boot]');s=s&&s.content.querySelector('script[src]');s&&import(s.src)}try{new PerformanceObserver(function(l){l.getEntriesByName('first-contentful-paint').length&&g()}).observe({type:'paint',buffered:!0})}catch(e){}addEventListener('load',function(){document.hidden?g():setTimeout(g,3e3)})})()`;
