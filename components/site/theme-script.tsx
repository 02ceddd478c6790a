// Runs before the first paint: applies the reader's saved theme so that the page never flashes.
// Without a saved choice the CSS follows the system setting (prefers-color-scheme).
export const THEME_SCRIPT = "try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.classList.add(t)}catch(e){}";

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
