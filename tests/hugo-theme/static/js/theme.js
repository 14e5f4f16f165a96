window.__themeRan = true;
