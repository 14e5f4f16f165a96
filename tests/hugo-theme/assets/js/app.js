// The theme's bundled script (js.Build): an export drops it.
window.__bundleRan = true;
