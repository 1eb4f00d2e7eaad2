/**
 * Inline <head> script, run before first paint: marks that JavaScript runs and applies the
 * reader's stored theme so it never flashes the other one. Kept as a string so the layout can
 * inline it and hash it for the Content Security Policy.
 */
export const THEME_BOOT = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})();`;
