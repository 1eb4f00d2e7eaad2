/**
 * Inline <head> script, run before first paint: marks that JavaScript runs, applies the
 * reader's stored theme so it never flashes the other one, and marks a /search/ link that
 * carries a query (html.search-q) so its results can lead the page from the first paint. Kept as a string so the layout can
 * inline it and hash it for the Content Security Policy.
 */
export const THEME_BOOT = `(function(){var d=document.documentElement;d.classList.add('js');if(/[?&]q=[^&]/.test(location.search))d.classList.add('search-q');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})();`;
